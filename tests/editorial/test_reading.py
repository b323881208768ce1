import json
import re

import pytest
from django.contrib.auth.models import AnonymousUser

from community.models import Category
from tests.editorial.conftest import add_article, add_post, make_editor, make_person

pytestmark = pytest.mark.django_db


def test_a_post_has_meta_json_ld_canonical_url_srcset_and_reading_time(client, tree):
    author = make_person("Jess Morgan", photo=True)
    post = add_post(
        tree.blog, title="What is palliative care?", authors=[author], hero=True
    )
    html = client.get(post.url).content.decode()
    assert f'<link rel="canonical" href="{post.get_full_url()}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert 'alt="A calm picture"' in html and "srcset=" in html
    data = json.loads(
        re.search(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.S
        ).group(1)
    )
    assert data["@type"] == "Article"
    assert data["headline"] == "What is palliative care?"
    assert data["author"] == [{"@type": "Person", "name": "Jess Morgan"}]
    assert "1 minute read" in html


def test_json_ld_cannot_be_broken_out_of_by_a_title(client, tree):
    post = add_post(tree.blog, title="</script><script>alert(1)</script>")
    html = client.get(post.url).content.decode()
    script = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    )
    assert "alert(1)" in script.group(1) and "<script>" not in script.group(1)


def test_join_the_conversation_shows_only_what_anyone_may_read(client, tree):
    public = Category.objects.create(
        name="Supportive care", slug="supportive", visibility="public"
    )
    members = Category.objects.create(
        name="Parents only", slug="parents", visibility="members"
    )
    shown = add_article(tree.resources, section=tree.section, community_category=public)
    hidden = add_article(
        tree.resources, section=tree.section, community_category=members
    )
    assert (
        Category.objects.visible_to(AnonymousUser()).filter(pk=members.pk).count() == 0
    )
    html = client.get(shown.url).content.decode()
    assert "Join the conversation" in html and "Supportive care" in html
    html = client.get(hidden.url).content.decode()
    assert "Join the conversation" not in html and "Parents only" not in html


def test_the_resource_index_groups_articles_by_section_with_review_dates(client, tree):
    add_article(
        tree.resources, section=tree.section, title="Palliative care for children"
    )
    html = client.get("/resources/").content.decode()
    assert "Supportive care" in html and "Palliative care for children" in html
    assert "Reviewed: June 2018" in html
    assert client.get("/resources/section/supportive-care/").status_code == 200
    assert client.get("/resources/section/no-such-section/").status_code == 404


def test_the_blog_paginates_and_a_page_past_the_end_is_not_found(client, tree):
    for _ in range(12):
        add_post(tree.blog)
    first = client.get("/blog/").content.decode()
    assert "Page 1 of 2" in first and 'rel="next"' in first
    assert client.get("/blog/?page=2").status_code == 200
    assert client.get("/blog/?page=9").status_code == 404
    assert client.get("/blog/?page=oops").status_code == 200


def test_the_accessibility_checker_is_on_in_the_page_editor(client, tree):
    post = add_post(tree.blog)
    client.force_login(make_editor())
    html = client.get(f"/admin/pages/{post.pk}/edit/").content.decode()
    # Wagtail's content checks (axe) run in the editor's "Checks" side panel.
    assert 'id="checker-axe-configuration"' in html
    assert "Toggle checks" in html


def test_a_related_content_card_never_points_at_a_draft(client, tree):
    from wagtail.rich_text import RichText

    draft = add_post(tree.blog, title="Not ready yet", live=False)
    friend = add_post(tree.blog, title="Ready to read")
    post = add_post(tree.blog, title="Main")
    post.body = [
        ("paragraph", RichText("<p>Hello.</p>")),
        ("related", {"page": draft, "text": "More"}),
        ("related", {"page": friend, "text": "More"}),
    ]
    post.save_revision().publish()
    html = client.get(post.url).content.decode()
    assert "Ready to read" in html
    assert "Not ready yet" not in html
