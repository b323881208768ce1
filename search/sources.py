"""What is searchable, and the document each searchable thing becomes.

The only place that knows how community rows, Wagtail pages and editorial snippets
map to search documents. A thing is searchable when anyone at all may see it through
the site (published, in a live public page, ...); who exactly may see it is decided at
query time from category_id (see search.permissions), never baked into the index.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from datetime import datetime

from django.apps import apps
from django.db import models
from django.utils import timezone

PAGE_KEY = "wagtailcore.page"
THREAD_KEY = "community.thread"
POST_KEY = "community.post"
CATEGORY_KEY = "community.category"
MAX_BODY_CHARS = 20_000
_MARKDOWN_NOISE = re.compile(r"(!?\[([^\]]*)\]\([^)]*\))|[*_`>#~]+")

Doc = dict


def key_for(model_label: str, object_id) -> str:
    return f"{model_label}:{object_id}"


_URL_PLACEHOLDER = 987654321


def thread_url(thread_id: int) -> str:
    """reverse() once, then format: a rebuild makes hundreds of thousands of these."""
    global _THREAD_URL_TEMPLATE
    if _THREAD_URL_TEMPLATE is None:
        from django.urls import reverse

        _THREAD_URL_TEMPLATE = reverse(
            "community:thread", kwargs={"thread_id": _URL_PLACEHOLDER}
        ).replace(str(_URL_PLACEHOLDER), "{}")
    return _THREAD_URL_TEMPLATE.format(thread_id)


_THREAD_URL_TEMPLATE: str | None = None


def _plain(markdown: str) -> str:
    text = _MARKDOWN_NOISE.sub(lambda m: m.group(2) or " ", markdown or "")
    return " ".join(text.split())[:MAX_BODY_CHARS]


# Community --------------------------------------------------------------------------


def searchable_threads():
    from community.models import Thread

    return Thread.objects.filter(status="published")


def searchable_posts():
    """Replies only: an opening post is searched as its thread."""
    from community.models import Post

    return Post.objects.filter(
        status="published", thread__status="published", deleted_by_author=False
    ).exclude(position=1)


def thread_doc(thread) -> Doc:
    opening = getattr(thread, "_opening_body", None)
    if opening is None:
        first = thread.posts.filter(position=1).only("body").first()
        opening = first.body if first else ""
    category = thread.category
    return {
        "key": key_for(THREAD_KEY, thread.pk),
        "kind": "thread",
        "object_id": str(thread.pk),
        "title": thread.title,
        "summary": "",
        "body_text": _plain(opening),
        "section": category.name,
        "category_id": category.pk,
        "visibility": category.visibility,
        "status": "published",
        "tags": [],
        "date": thread.created_at,
        "url": thread_url(thread.pk),
        "thread_id": thread.pk,
    }


def post_doc(post) -> Doc:
    thread = post.thread
    category = thread.category
    return {
        "key": key_for(POST_KEY, post.pk),
        "kind": "post",
        "object_id": str(post.pk),
        "title": thread.title,
        "summary": "",
        "body_text": _plain(post.body),
        "section": category.name,
        "category_id": category.pk,
        "visibility": category.visibility,
        "status": "published",
        "tags": [],
        "date": post.published_at or post.created_at,
        "url": f"{thread_url(thread.pk)}#post-{post.pk}",
        "thread_id": thread.pk,
    }


# Pages and editorial snippets ---------------------------------------------------------


def public_pages():
    """Live, not private, not scheduled for later, not expired: editorial's one
    definition, so search can never show a page the site itself would not."""
    from home.selectors import public_pages as editorial_public_pages

    return editorial_public_pages()


@functools.cache
def searchable_page_models() -> tuple:
    """Models don't change while the process runs: worked out once."""
    from wagtail.models import Page

    return tuple(
        m
        for m in apps.get_models()
        if issubclass(m, Page) and callable(getattr(m, "search_payload", None))
    )


def searchable_pages():
    """Public pages of the types editorial made searchable (they have search_payload)."""
    from django.contrib.contenttypes.models import ContentType

    # get_for_models answers from ContentType's own cache after the first call.
    types = ContentType.objects.get_for_models(*searchable_page_models()).values()
    return public_pages().filter(content_type__in=[t.pk for t in types])


def _as_datetime(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return timezone.make_aware(datetime(value.year, value.month, value.day))
    except AttributeError:
        return None


def _payload_doc(key: str, object_id, payload: dict, default_kind: str) -> Doc:
    tags = payload.get("tags") or []
    return {
        "key": key,
        "kind": str(payload.get("kind") or default_kind)[:20],
        "object_id": str(object_id),
        "title": str(payload.get("title") or "")[:300],
        "summary": str(payload.get("summary") or ""),
        "body_text": " ".join(str(payload.get("body_text") or "").split())[
            :MAX_BODY_CHARS
        ],
        "section": str(
            payload.get("section")
            or payload.get("category")
            or payload.get("category_name")
            or ""
        )[:150],
        "category_id": None,
        "visibility": "public",
        "status": "published",
        "tags": [str(t)[:60] for t in tags if str(t).strip()][:20],
        "date": _as_datetime(payload.get("date")),
        "url": str(payload.get("url") or ""),
        "thread_id": None,
    }


def page_doc(page) -> Doc:
    payload = dict(page.specific.search_payload())
    payload["url"] = payload.get("url") or page.url
    return _payload_doc(key_for(PAGE_KEY, page.pk), page.pk, payload, "page")


@functools.cache
def snippet_models() -> tuple[type[models.Model], ...]:
    """Non-page models with a search_payload(): the editorial snippets (support services)."""
    from wagtail.models import Page

    found = []
    for model in apps.get_models():
        if issubclass(model, Page) or model._meta.app_label in ("community", "search"):
            continue
        if callable(getattr(model, "search_payload", None)):
            found.append(model)
    return tuple(found)


def searchable_snippets(model):
    if callable(getattr(model, "search_queryset", None)):
        return model.search_queryset()
    qs = model._default_manager.all()
    names = {f.name for f in model._meta.get_fields()}
    if "live" in names:
        qs = qs.filter(live=True)
    return qs


def snippet_doc(obj) -> Doc:
    label = obj._meta.label_lower
    return _payload_doc(key_for(label, obj.pk), obj.pk, obj.search_payload(), "service")


# From outbox entries to documents ------------------------------------------------------


def _is_page_model(model) -> bool:
    from wagtail.models import Page

    return issubclass(model, Page)


def expand(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Group (model label, id) changes by index key label, cascading where one change
    changes other documents: a thread's state or place changes its replies too."""
    grouped: dict[str, set[str]] = {}
    for label, object_id in pairs:
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            continue
        if _is_page_model(model):
            label = PAGE_KEY
        grouped.setdefault(label, set()).add(str(object_id))
    from community.models import Post, Thread

    if grouped.get(CATEGORY_KEY):
        ids = grouped.pop(CATEGORY_KEY)
        thread_ids = Thread.objects.filter(category_id__in=_ints(ids)).values_list(
            "pk", flat=True
        )
        grouped.setdefault(THREAD_KEY, set()).update(str(i) for i in thread_ids)
    if grouped.get(THREAD_KEY):
        post_ids = Post.objects.filter(
            thread_id__in=_ints(grouped[THREAD_KEY])
        ).values_list("pk", flat=True)
        grouped.setdefault(POST_KEY, set()).update(str(i) for i in post_ids)
    return grouped


def _ints(ids: Iterable[str]) -> list[int]:
    out = []
    for i in ids:
        try:
            out.append(int(i))
        except (TypeError, ValueError):
            continue
    return out


def documents_for(grouped: dict[str, set[str]]) -> dict[str, Doc | None]:
    """key -> document, or None when the thing is no longer searchable (delete it)."""
    result: dict[str, Doc | None] = {}
    for label, ids in grouped.items():
        for object_id in ids:
            result[key_for(label, object_id)] = None
        if label == THREAD_KEY:
            for thread in with_opening_bodies(
                searchable_threads()
                .filter(pk__in=_ints(ids))
                .select_related("category")
            ):
                result[key_for(label, thread.pk)] = thread_doc(thread)
        elif label == POST_KEY:
            qs = (
                searchable_posts()
                .filter(pk__in=_ints(ids))
                .select_related("thread__category")
            )
            for post in qs:
                result[key_for(label, post.pk)] = post_doc(post)
        elif label == PAGE_KEY:
            for page in searchable_pages().filter(pk__in=_ints(ids)).specific():
                result[key_for(label, page.pk)] = page_doc(page)
        else:
            try:
                model = apps.get_model(label)
            except (LookupError, ValueError):
                continue
            if model not in snippet_models():
                continue
            for obj in searchable_snippets(model).filter(pk__in=list(ids)):
                result[key_for(label, obj.pk)] = snippet_doc(obj)
    return result


def with_opening_bodies(threads) -> list:
    """Attach each thread's opening post body in one query (no N+1)."""
    from community.models import Post

    threads = list(threads)
    bodies = dict(
        Post.objects.filter(thread__in=[t.pk for t in threads], position=1).values_list(
            "thread_id", "body"
        )
    )
    for thread in threads:
        thread._opening_body = bodies.get(thread.pk, "")
    return threads


def iter_all_documents(chunk: int = 2000) -> Iterator[Doc]:
    """Every searchable document, for a full rebuild or a drift check."""
    threads = searchable_threads().select_related("category").order_by("pk")
    last = 0
    while True:
        batch = list(threads.filter(pk__gt=last)[:chunk])
        if not batch:
            break
        for thread in with_opening_bodies(batch):
            yield thread_doc(thread)
        last = batch[-1].pk
    # Replies are most of the documents: read plain tuples, not model instances.
    fields = (
        "pk",
        "body",
        "published_at",
        "created_at",
        "thread_id",
        "thread__title",
        "thread__category_id",
        "thread__category__name",
        "thread__category__visibility",
    )
    posts = searchable_posts().order_by("pk").values_list(*fields)
    last = 0
    while True:
        batch = list(posts.filter(pk__gt=last)[:chunk])
        if not batch:
            break
        for (
            pk,
            body,
            published_at,
            created_at,
            thread_id,
            title,
            cat_id,
            cat,
            vis,
        ) in batch:
            yield {
                "key": key_for(POST_KEY, pk),
                "kind": "post",
                "object_id": str(pk),
                "title": title,
                "summary": "",
                "body_text": _plain(body),
                "section": cat,
                "category_id": cat_id,
                "visibility": vis,
                "status": "published",
                "tags": [],
                "date": published_at or created_at,
                "url": f"{thread_url(thread_id)}#post-{pk}",
                "thread_id": thread_id,
            }
        last = batch[-1][0]
    yield from _page_documents()
    for model in snippet_models():
        for obj in searchable_snippets(model).iterator(chunk_size=500):
            yield snippet_doc(obj)


def _batch_lookups(model) -> tuple[list[str], list[str]]:
    """What a page type's search_payload() reads through relations, for loading a
    whole batch at once: its own foreign keys (joined), its many-to-many fields and
    the tag of each tagged item (prefetched)."""
    from wagtail.models import Page

    joins, prefetches = [], []
    for field in model._meta.get_fields():
        if field.model is Page or getattr(field, "parent_link", False):
            continue
        if field.many_to_one and field.concrete and not field.auto_created:
            joins.append(field.name)
        elif field.many_to_many and field.concrete:
            prefetches.append(field.name)
        elif field.one_to_many and field.auto_created:
            related = field.related_model
            if any(f.name == "tag" and f.many_to_one for f in related._meta.fields):
                prefetches.append(f"{field.get_accessor_name()}__tag")
    return joins, prefetches


def _page_documents(chunk: int = 500) -> Iterator[Doc]:
    """Every searchable page's document, type by type, a batch of queries per chunk
    rather than a few per page."""
    visible = searchable_pages().values("pk")
    for model in searchable_page_models():
        joins, prefetches = _batch_lookups(model)
        pages = (
            model.objects.filter(pk__in=visible)
            .select_related(*joins)
            .prefetch_related(*prefetches)
            .order_by("pk")
        )
        for page in pages.iterator(chunk_size=chunk):
            yield page_doc(page)


def count_all_documents() -> int:
    total = searchable_threads().count() + searchable_posts().count()
    total += searchable_pages().count()
    for model in snippet_models():
        total += searchable_snippets(model).count()
    return total
