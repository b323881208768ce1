"""A whole-page cache for anonymous readers of public editorial pages.

Most readers arrive signed out, on a phone, to read an article. Those GETs are the
same for everyone, so the finished response is kept and served before sessions,
authentication or Wagtail's routing run.

Safety rules (each is tested in tests/editorial/test_page_cache.py):
- Only responses that a Wagtail hook marked (`before_serve_page`, below) are stored:
  editorial page types, a GET by an anonymous user, not a preview, and a page that
  `home.selectors.is_public_page()` says anyone may see (live, not private, not
  scheduled, not expired).
- Requests that carry a session or messages cookie or an Authorization header are never
  served from the cache and never stored: a signed-in person always gets a fresh page.
- Responses that set a cookie (e.g. a CSRF token) are never stored.
- Invalidation by versions: any publish/unpublish/move/delete/privacy change, snippet or
  helpline change bumps the "editorial" version; any change to community threads,
  posts or categories (and any search outbox row for them) bumps the "community"
  version, which pages showing community content (home highlights, "Join the
  conversation") depend on. Entries are tagged with the versions read *before* the
  page was rendered and are not stored if a version changed meanwhile; editorial
  changes bump again after commit. A short TTL bounds everything else.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse

EDITORIAL = "editorial"
COMMUNITY = "community"
_VERSION_KEYS = {EDITORIAL: "pagecache:v:editorial", COMMUNITY: "pagecache:v:community"}
TTL_SECONDS = 120
ALLOWED_QUERY_KEYS = {"page", "kind", "region"}
SKIP_PREFIXES = (
    "/admin/",
    "/api/",
    "/accounts/",
    "/community/",
    "/members/",
    "/moderation/",
    "/search/",
    "/documents/",
    "/static/",
    "/media/",
    "/healthz/",
    "/sitemap.xml",
    "/__bench__/",
)
HIT_HEADER = "X-Kindred-Page-Cache"


def _set_version(kind: str) -> None:
    cache.set(_VERSION_KEYS[kind], time.time_ns(), None)


def bump(kind: str, *, after_commit: bool = True) -> None:
    """Invalidate every cached page that depends on `kind`: now, and (for editorial
    changes) again once the change commits, so a page rendered from the old data in
    between is never served. Community changes bump only at once, to keep community's
    on-commit queue to its own side effects; a render that overlaps the change is still
    not stored (see the store guard in the middleware), which leaves only a render that
    starts after the bump and before the commit (milliseconds), bounded by the TTL."""
    _set_version(kind)
    if after_commit:
        transaction.on_commit(lambda: _set_version(kind))


def _versions(found: dict) -> dict:
    versions = {}
    for kind, key in _VERSION_KEYS.items():
        value = found.get(key)
        if value is None:
            value = time.time_ns()
            cache.add(key, value, None)
            value = cache.get(key, value)
        versions[kind] = value
    return versions


def _cacheable_request(request) -> bool:
    if request.method != "GET":
        return False
    if request.path.startswith(SKIP_PREFIXES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return set(request.GET.keys()) <= ALLOWED_QUERY_KEYS


def _entry_key(request) -> str:
    return f"pagecache:e:{request.get_host()}:{request.get_full_path()}"


def mark_cacheable(request, *, community: bool, ttl: int = TTL_SECONDS) -> None:
    request._kindred_page_cache = {"community": community, "ttl": ttl}


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _entry_key(request)
        found = cache.get_many([key, *_VERSION_KEYS.values()])
        versions = _versions(found)
        entry = found.get(key)
        if entry and entry["editorial"] == versions[EDITORIAL]:
            if not entry["community"] or entry["community"] == versions[COMMUNITY]:
                return self._rebuild(entry)

        response = self.get_response(request)
        mark = getattr(request, "_kindred_page_cache", None)
        if (
            mark
            and self._storable(request, response)
            # Store guard: nothing changed while this page was being rendered.
            and _versions(cache.get_many(list(_VERSION_KEYS.values()))) == versions
        ):
            cache.set(
                key,
                {
                    "editorial": versions[EDITORIAL],
                    "community": versions[COMMUNITY] if mark["community"] else None,
                    "status": response.status_code,
                    "content": response.content,
                    "headers": list(response.headers.items()),
                },
                mark["ttl"],
            )
        return response

    @staticmethod
    def _storable(request, response) -> bool:
        user = getattr(request, "user", None)
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and user is not None
            and not user.is_authenticated
            and not getattr(request, "is_preview", False)
        )

    @staticmethod
    def _rebuild(entry) -> HttpResponse:
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response[HIT_HEADER] = "hit"
        return response


def connect_invalidation() -> None:
    """Bump versions on every change that could alter a cached page."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    def editorial(**kwargs):
        bump(EDITORIAL)

    def community(**kwargs):
        bump(COMMUNITY, after_commit=False)

    page_published.connect(editorial, dispatch_uid="pagecache-published", weak=False)
    page_unpublished.connect(
        editorial, dispatch_uid="pagecache-unpublished", weak=False
    )
    post_page_move.connect(editorial, dispatch_uid="pagecache-moved", weak=False)

    editorial_models = [
        PageViewRestriction,
        apps.get_model("blog", "Person"),
        apps.get_model("blog", "BlogCategory"),
        apps.get_model("blog", "ResourceSection"),
        apps.get_model("blog", "SupportService"),
        apps.get_model("home", "SupportSettings"),
        apps.get_model("wagtailimages", "Image"),
        apps.get_model("wagtaildocs", "Document"),
        apps.get_model("wagtailcore", "Site"),
    ]
    for model in editorial_models:
        for signal in (post_save, post_delete):
            signal.connect(
                editorial,
                sender=model,
                dispatch_uid=f"pagecache-{signal is post_save}-{model._meta.label}",
                weak=False,
            )
    # Draft saves (and autosaves) don't change what readers see; deletes do.
    from wagtail.models import Page

    for model in apps.get_models():
        if issubclass(model, Page):
            post_delete.connect(
                editorial,
                sender=model,
                dispatch_uid=f"pagecache-deleted-{model._meta.label}",
                weak=False,
            )
    for name in ("Category", "Thread", "Post"):
        model = apps.get_model("community", name)
        for signal in (post_save, post_delete):
            signal.connect(
                community,
                sender=model,
                dispatch_uid=f"pagecache-{signal is post_save}-{model._meta.label}",
                weak=False,
            )

    # Every visibility change of community content records a search outbox row in its
    # transaction (the team's contract), including bulk paths that skip post_save.
    outbox = apps.get_model("search", "OutboxEntry")

    def outbox_recorded(sender, instance, created, **kwargs):
        if instance.model.startswith("community."):
            bump(COMMUNITY, after_commit=False)

    post_save.connect(outbox_recorded, sender=outbox, dispatch_uid="pagecache-outbox")
