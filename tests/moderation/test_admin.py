import pytest
from django.urls import reverse

from community.models import ModerationAction, PostStatus
from moderation.models import QueueItem, WatchedWord
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


def test_the_queue_lists_held_posts_with_reasons_age_and_author_history(
    mod_client, held_post
):
    response = mod_client.get(reverse("moderation_admin:queue"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hello from a new family" in html
    assert "New member&#x27;s post" in html or "New member's post" in html
    assert "0 approved · 0 strikes" in html


def test_each_queue_row_shows_its_own_authors_approved_posts_and_strikes(
    mod_client, moderator, category, held_post, make_trusted
):
    from community.services import posts as post_services
    from moderation.sanctions import user_sanction

    trusted = make_trusted(display_name="Trusted Teal")
    user_sanction(actor=moderator, user_id=trusted.pk, kind="warn", reason="Be kind.")
    post_services.thread_create(
        actor=trusted,
        category=category.slug,
        title="Phone",
        body="Ring me on 07700 900123 any time",
    )
    html = mod_client.get(reverse("moderation_admin:queue")).content.decode()
    teal_row = html[html.index("Trusted Teal") :][:200]
    newt_row = html[html.index("New Newt") :][:200]
    assert "3 approved · 1 strikes" in teal_row
    assert "0 approved · 0 strikes" in newt_row


def test_the_queue_page_uses_a_constant_number_of_queries(
    mod_client, category, django_assert_max_num_queries
):
    from tests.moderation.conftest import hold_new_threads

    hold_new_threads(category, 2)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert mod_client.get(reverse("moderation_admin:queue")).status_code == 200
    hold_new_threads(category, 12)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert mod_client.get(reverse("moderation_admin:queue")).status_code == 200


def test_filtering_the_queue_by_reason_keeps_only_matching_items(
    mod_client, held_post, newcomer, category
):
    from community.services import posts as post_services

    post_services.thread_create(
        actor=UserFactory(),
        category=category.slug,
        title="Numbers",
        body="Text me on 07700 900123 please",
    )
    html = mod_client.get(
        reverse("moderation_admin:queue") + "?reason=personal_details"
    ).content.decode()
    assert "Numbers" in html and "Hello from a new family" not in html


def test_approving_from_the_item_page_publishes_and_resolves(mod_client, held_post):
    item = QueueItem.objects.get(post=held_post)
    page = mod_client.get(reverse("moderation_admin:item", args=[item.pk]))
    assert page.status_code == 200
    assert "Our daughter was diagnosed" in page.content.decode()
    response = mod_client.post(
        reverse("moderation_admin:item", args=[item.pk]),
        {"op": "decide", "action": "approve"},
    )
    assert response.status_code == 302
    held_post.refresh_from_db()
    assert held_post.status == PostStatus.PUBLISHED


def test_rejecting_without_a_reason_keeps_the_form_and_explains(mod_client, held_post):
    item = QueueItem.objects.get(post=held_post)
    response = mod_client.post(
        reverse("moderation_admin:item", args=[item.pk]),
        {"op": "decide", "action": "reject", "reason": ""},
        follow=True,
    )
    assert "Please give a reason" in response.content.decode()
    held_post.refresh_from_db()
    assert held_post.status == PostStatus.PENDING


def test_bulk_reject_from_the_queue(mod_client, held_post):
    item = QueueItem.objects.get(post=held_post)
    mod_client.post(
        reverse("moderation_admin:queue"),
        {
            "items": [item.pk],
            "action": "reject",
            "reason": "Please post this in Siblings.",
        },
    )
    held_post.refresh_from_db()
    assert held_post.status == PostStatus.REJECTED


def test_sanctioning_from_the_item_page_follows_the_ladder(mod_client, held_post):
    item = QueueItem.objects.get(post=held_post)
    mod_client.post(
        reverse("moderation_admin:item", args=[item.pk]),
        {"op": "sanction", "kind": "", "reason": "Please read the guidelines."},
    )
    assert held_post.author.sanctions.get().kind == "warn"


def test_the_log_is_read_only_and_exports_csv(mod_client, held_post, moderator):
    response = mod_client.get(reverse("moderation_admin:log") + "?action=hold")
    assert response.status_code == 200
    assert "hold" in response.content.decode()
    csv_response = mod_client.get(reverse("moderation_admin:log") + "?format=csv")
    body = b"".join(csv_response.streaming_content).decode()
    assert body.splitlines()[0].startswith("id,created_at,actor_name,action")
    assert ",hold," in body
    # No admin URL edits or deletes an audit row.
    from django.urls import get_resolver

    names = [p for p in get_resolver().reverse_dict if isinstance(p, str)]
    assert not [n for n in names if "moderationaction" in n.lower()]
    with pytest.raises(RuntimeError):
        ModerationAction.objects.first().delete()


def test_the_dashboard_shows_charts_and_decision_times(
    mod_client, held_post, moderator
):
    from moderation.services import post_decide

    post_decide(actor=moderator, post_id=held_post.pk, action="approve")
    response = mod_client.get(reverse("moderation_admin:dashboard"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in html and "Median time to decision" in html
    assert "1 decision" in html


def test_watched_words_import_from_csv(mod_client, category):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = "pattern,action,replacement,category\nmiracle cure*,block,,\ndarn,replace,d***,treatment\nx,shout,,\n"
    response = mod_client.post(
        reverse("moderation_admin:watched_words_import"),
        {
            "file": SimpleUploadedFile(
                "words.csv", data.encode(), content_type="text/csv"
            )
        },
    )
    assert response.status_code == 200
    assert WatchedWord.objects.get(pattern="miracle cure*").action == "block"
    assert WatchedWord.objects.get(pattern="darn").category == category
    assert "unknown action" in response.content.decode()


def test_the_moderation_menu_and_rule_snippets_open_for_moderators(mod_client):
    home = mod_client.get("/admin/")
    assert home.status_code == 200
    for model in (
        "watchedword",
        "hospitalname",
        "rejectiontemplate",
        "categoryrule",
        "oncallmoderator",
    ):
        assert (
            mod_client.get(
                reverse(f"wagtailsnippets_moderation_{model}:list")
            ).status_code
            == 200
        )


def test_moderators_can_change_the_moderation_settings(mod_client, site):
    from moderation.models import ModerationSettings
    from moderation.rules import load_settings

    url = reverse("wagtailsettings:edit", args=["moderation", "moderationsettings"])
    page = mod_client.get(url, follow=True)
    assert page.status_code == 200
    assert "reports that hide a post" in page.content.decode().lower()
    assert load_settings().report_threshold == 3
    assert ModerationSettings.objects.count() == 1


def test_a_sanction_can_be_lifted_from_the_item_page_and_is_audited(
    mod_client, held_post, moderator
):
    from moderation.sanctions import check_can_post, user_sanction

    author = held_post.author
    sanction = user_sanction(
        actor=moderator, user_id=author.pk, kind="suspend", reason="Cool off."
    )
    item = QueueItem.objects.get(post=held_post)
    mod_client.post(
        reverse("moderation_admin:item", args=[item.pk]),
        {"op": "lift", "sanction": sanction.pk},
    )
    check_can_post(author)  # no longer raises
    assert (
        ModerationAction.objects.filter(
            action="lift_sanction", target_id=author.pk
        ).count()
        == 1
    )


def test_rejecting_with_a_template_sends_its_kind_words_to_the_author(
    mod_client, held_post, django_capture_on_commit_callbacks
):
    from django.core import mail

    from moderation.models import RejectionTemplate

    template = RejectionTemplate.objects.create(
        title="Personal details", message="Could you post it again without the surname?"
    )
    item = QueueItem.objects.get(post=held_post)
    with django_capture_on_commit_callbacks(execute=True):
        mod_client.post(
            reverse("moderation_admin:item", args=[item.pk]),
            {"op": "decide", "action": "reject", "template": template.pk, "reason": ""},
        )
    held_post.refresh_from_db()
    assert held_post.status == PostStatus.REJECTED
    assert any(
        "without the surname" in m.body and m.to == [held_post.author.email]
        for m in mail.outbox
    )


def test_the_queue_says_how_long_each_item_has_waited_in_plain_words():
    from datetime import timedelta

    from moderation.admin_views import _waited

    assert _waited(timedelta(seconds=20)) == "0 minutes"
    assert _waited(timedelta(minutes=1)) == "1 minute"
    assert _waited(timedelta(hours=3)) == "3 hours"
    assert _waited(timedelta(hours=1, minutes=5)) == "1 hour, 5 minutes"
    assert _waited(timedelta(days=2, hours=1, minutes=59)) == "2 days, 1 hour"


def test_queue_rows_link_to_their_item_and_shorten_long_titles(
    mod_client, newcomer, category
):
    from community.services import posts as post_services

    posted = post_services.thread_create(
        actor=newcomer,
        category=category.slug,
        title="A very long title " * 6,
        body="Short body.",
    )
    item = QueueItem.objects.get(post=posted.post)
    html = mod_client.get(reverse("moderation_admin:queue")).content.decode()
    assert f'href="{reverse("moderation_admin:item", args=[item.pk])}"' in html
    assert "A very long title A very long title A very long title A ver…" in html


def test_the_log_filters_to_changes_of_spaces(
    mod_client, held_post, moderator, category
):
    from community.services.spaces import category_update

    category_update(
        actor=moderator,
        category_id=category.pk,
        name=category.name,
        slug=category.slug,
        visibility="public",
        description=category.description,
        position=category.position,
        is_locked=category.is_locked,
    )
    response = mod_client.get(reverse("moderation_admin:log") + "?target_type=category")
    html = response.content.decode()
    assert 'value="category" selected' in html
    assert "<td>category_visibility</td>" in html
    assert "<td>hold</td>" not in html


def test_the_item_page_shows_which_kind_of_crisis_language_was_found_and_where(
    mod_client, newcomer, category
):
    from community.services import posts as post_services

    posted = post_services.thread_create(
        actor=newcomer,
        category=category.slug,
        title="Tonight",
        body="I have the rope in the garage. I just need everyone to be asleep.",
    )
    item = QueueItem.objects.get(post=posted.post)
    html = mod_client.get(reverse("moderation_admin:item", args=[item.pk])).content
    html = html.decode()
    assert "What the crisis detector found" in html
    assert "Suicide" in html and "the rope in the garage" in html


def test_the_item_page_of_a_post_held_for_other_reasons_names_no_crisis(
    mod_client, held_post
):
    item = QueueItem.objects.get(post=held_post)
    html = mod_client.get(reverse("moderation_admin:item", args=[item.pk])).content
    assert "What the crisis detector found" not in html.decode()
