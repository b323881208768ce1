"""Publishing, unpublishing, deleting, moving and privacy changes record search outbox
rows in the same transaction; every searchable type gives search its payload."""

import datetime

import pytest
from django.db import transaction
from wagtail.models import PageViewRestriction

from blog.models import BlogPage, ResourcePage, SupportService
from home.models import StandardPage
from home.selectors import public_pages
from search.models import OutboxEntry
from tests.editorial.conftest import add_article, add_post, make_person

pytestmark = pytest.mark.django_db

PAYLOAD_KEYS = {
    "title",
    "summary",
    "body_text",
    "section",
    "tags",
    "date",
    "url",
    "kind",
}


def _recorded(obj) -> bool:
    return OutboxEntry.objects.filter(
        model=obj._meta.label_lower, object_id=str(obj.pk)
    ).exists()


def test_publishing_a_post_records_it_for_search(tree):
    post = add_post(tree.blog, live=False)
    OutboxEntry.objects.all().delete()
    post.save_revision().publish()
    assert _recorded(post)


def test_a_failed_publish_leaves_no_outbox_row(tree):
    post = add_post(tree.blog, live=False)
    OutboxEntry.objects.all().delete()
    with pytest.raises(RuntimeError), transaction.atomic():
        post.save_revision().publish()
        raise RuntimeError("the database rolls back")
    assert not _recorded(post)
    assert not BlogPage.objects.get(pk=post.pk).live


def test_unpublishing_deleting_and_moving_record_the_page(tree):
    post = add_post(tree.blog)
    OutboxEntry.objects.all().delete()
    post.unpublish()
    assert _recorded(post)

    article = add_article(tree.resources, section=tree.section)
    OutboxEntry.objects.all().delete()
    page_id = article.pk
    article.delete()
    assert OutboxEntry.objects.filter(
        model="blog.resourcepage", object_id=str(page_id)
    ).exists()

    page = StandardPage(title="About", slug="about")
    tree.home.add_child(instance=page)
    page.save_revision().publish()
    parent = StandardPage(title="Help", slug="help")
    tree.home.add_child(instance=parent)
    OutboxEntry.objects.all().delete()
    page.move(parent, pos="last-child")
    assert _recorded(page)


def test_making_a_section_private_records_every_page_below_it(tree):
    article = add_article(tree.resources, section=tree.section)
    OutboxEntry.objects.all().delete()
    restriction = PageViewRestriction.objects.create(
        page=tree.resources, restriction_type=PageViewRestriction.LOGIN
    )
    assert _recorded(article)
    OutboxEntry.objects.all().delete()
    restriction.delete()
    assert _recorded(article)


def test_saving_or_deleting_a_support_service_records_it(tree):
    service = SupportService.objects.create(
        name="Sunrise Hospice", kind="hospice", region="Ohio", offer="Care at home."
    )
    assert _recorded(service)
    OutboxEntry.objects.all().delete()
    service_id = service.pk
    service.delete()
    assert OutboxEntry.objects.filter(
        model="blog.supportservice", object_id=str(service_id)
    ).exists()


def test_every_searchable_type_gives_a_complete_plain_text_payload(tree):
    author = make_person("Jess Morgan")
    post = add_post(
        tree.blog,
        tags=["palliative care"],
        categories=[tree.category],
        authors=[author],
    )
    article = add_article(tree.resources, section=tree.section, reviewer=author)
    page = StandardPage(
        title="Need help now?", slug="need-help-now", intro="Help, any time."
    )
    tree.home.add_child(instance=page)
    service = SupportService.objects.create(
        name="Family Helpline",
        kind="helpline",
        region="Nationwide",
        offer="A listening ear.",
    )
    payloads = {
        "blog": BlogPage.objects.get(pk=post.pk).search_payload(),
        "resource": ResourcePage.objects.get(pk=article.pk).search_payload(),
        "page": StandardPage.objects.get(pk=page.pk).search_payload(),
        "service": service.search_payload(),
    }
    for kind, payload in payloads.items():
        assert set(payload) == PAYLOAD_KEYS, kind
        assert payload["kind"] == kind
        assert "<" not in payload["body_text"] and "<" not in payload["summary"], kind
        assert isinstance(payload["tags"], list)
        assert isinstance(payload["date"], datetime.date)
        assert payload["url"].startswith("/")
    assert payloads["blog"]["tags"] == ["palliative care"]
    assert payloads["blog"]["section"] == "Supportive care"
    assert "palliative care" in payloads["blog"]["body_text"]
    assert payloads["resource"]["section"] == "Supportive care"
    assert payloads["resource"]["url"] == article.url
    assert payloads["service"]["url"].startswith(tree.directory.url)


def test_public_pages_is_the_helper_search_uses(tree):
    shown = add_post(tree.blog)
    hidden = add_post(tree.blog, live=False)
    ids = set(public_pages().values_list("pk", flat=True))
    assert shown.pk in ids and hidden.pk not in ids
