"""Every route by which a moderator changes a post's state settles the review queue in
the same transaction: the post's open items are resolved with the decision and its
pending reports get their outcome (moderation.services.queue_settle_after_decision,
called by community.services.transitions.post_transition and by post_decide)."""

import pytest
from django.urls import reverse

from community.models import ModerationAction, PostStatus
from community.services import posts as post_services
from community.services.transitions import post_transition
from moderation import services
from moderation.models import QueueItem, Report
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


def report(post, *, times: int = 1, reason: str = "unkind") -> None:
    for _ in range(times):
        services.report_create(actor=UserFactory(), post_id=post.pk, reason=reason)


@pytest.fixture
def reported_post(published_post):
    """Published, with one pending report: an open report item."""
    report(published_post)
    return published_post


@pytest.fixture
def hidden_by_reports(published_post):
    """Hidden automatically by three reports, waiting for a moderator."""
    report(published_post, times=3)
    published_post.refresh_from_db()
    assert published_post.status == PostStatus.HIDDEN
    return published_post


def assert_settled(post, *, moderator, decision: str, outcome: str | None = None):
    items = QueueItem.objects.filter(post=post)
    assert items.exists()
    assert not items.filter(status=QueueItem.Status.OPEN).exists()
    for item in items:
        assert item.resolved_by == moderator and item.resolved_at is not None
        assert item.decision == decision
    if outcome is not None:
        outcomes = set(
            Report.objects.filter(post=post).values_list("outcome", flat=True)
        )
        assert outcomes == {outcome}


def item_page_decision(mod_client, post, **data):
    item = QueueItem.objects.filter(post=post, status="open").first()
    return mod_client.post(
        reverse("moderation_admin:item", args=[item.pk]), {"op": "decide", **data}
    )


# ---------------------------------------------------------------- the item page


def test_approving_a_held_post_on_its_item_page_resolves_its_item(
    mod_client, moderator, held_post
):
    response = item_page_decision(mod_client, held_post, action="approve")
    assert response.status_code == 302
    assert_settled(held_post, moderator=moderator, decision="approve")


def test_rejecting_a_held_post_on_its_item_page_resolves_its_item_with_the_reason(
    mod_client, moderator, held_post
):
    item_page_decision(
        mod_client, held_post, action="reject", reason="Please post it in Siblings."
    )
    assert_settled(held_post, moderator=moderator, decision="reject")
    item = QueueItem.objects.get(post=held_post)
    assert item.decision_reason == "Please post it in Siblings."


@pytest.mark.parametrize(
    ("action", "to_status"),
    [("hide", PostStatus.HIDDEN), ("remove", PostStatus.REMOVED)],
)
def test_hiding_or_removing_a_reported_post_on_its_item_page_upholds_the_reports(
    mod_client, moderator, reported_post, action, to_status
):
    item_page_decision(mod_client, reported_post, action=action, reason="Unkind.")
    reported_post.refresh_from_db()
    assert reported_post.status == to_status
    assert_settled(
        reported_post, moderator=moderator, decision=action, outcome="upheld"
    )


def test_rejecting_a_published_post_removes_it_and_the_item_keeps_the_word_reject(
    mod_client, moderator, reported_post
):
    item_page_decision(mod_client, reported_post, action="reject", reason="Unkind.")
    reported_post.refresh_from_db()
    assert reported_post.status == PostStatus.REMOVED
    assert ModerationAction.objects.filter(post=reported_post).last().action == (
        "remove"
    )
    assert_settled(
        reported_post, moderator=moderator, decision="reject", outcome="upheld"
    )


@pytest.mark.parametrize("state", ["reported_post", "hidden_by_reports"])
def test_approving_a_reported_post_publishes_it_and_dismisses_the_reports(
    request, mod_client, moderator, state
):
    """Kept as it was (published), or restored after reports hid it."""
    post = request.getfixturevalue(state)
    item_page_decision(mod_client, post, action="approve")
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED
    assert_settled(post, moderator=moderator, decision="approve", outcome="dismissed")


def test_edit_and_approve_of_a_held_post_resolves_its_item(
    mod_client, moderator, held_post
):
    item_page_decision(
        mod_client,
        held_post,
        action="edit_approve",
        body="Our daughter was diagnosed last week.",
    )
    held_post.refresh_from_db()
    assert held_post.status == PostStatus.PUBLISHED
    assert_settled(held_post, moderator=moderator, decision="edit_approve")


def test_edit_and_approve_of_a_post_hidden_by_reports_upholds_the_reports(
    mod_client, moderator, hidden_by_reports
):
    """The moderator changed the words the members reported: they were right."""
    item_page_decision(
        mod_client,
        hidden_by_reports,
        action="edit_approve",
        body="Scan results are tomorrow.",
    )
    hidden_by_reports.refresh_from_db()
    assert hidden_by_reports.status == PostStatus.PUBLISHED
    assert hidden_by_reports.body == "Scan results are tomorrow."
    assert_settled(
        hidden_by_reports,
        moderator=moderator,
        decision="edit_approve",
        outcome="upheld",
    )


def test_edit_and_approve_of_a_published_reported_post_upholds_the_reports(
    mod_client, moderator, reported_post
):
    item_page_decision(
        mod_client, reported_post, action="edit_approve", body="Scan results soon."
    )
    assert ModerationAction.objects.filter(post=reported_post).last().action == "edit"
    assert_settled(
        reported_post, moderator=moderator, decision="edit_approve", outcome="upheld"
    )


# ---------------------------------------------------------------- the API


def test_an_api_decision_resolves_the_item(client, moderator, held_post):
    client.force_login(moderator)
    response = client.post(
        f"/api/v1/moderation/posts/{held_post.pk}/decision/",
        {"action": "approve", "reason": ""},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert_settled(held_post, moderator=moderator, decision="approve")


def test_an_api_hide_of_a_reported_post_upholds_the_reports(
    client, moderator, reported_post
):
    client.force_login(moderator)
    response = client.post(
        f"/api/v1/moderation/posts/{reported_post.pk}/decision/",
        {"action": "hide", "reason": "Unkind."},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert_settled(
        reported_post, moderator=moderator, decision="hide", outcome="upheld"
    )


# ---------------------------------------------------------------- bulk decisions


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_a_bulk_decision_on_the_queue_page_resolves_every_chosen_item(
    mod_client, moderator, newcomer, category, action
):
    posts = [
        post_services.thread_create(
            actor=newcomer, category=category.slug, title=f"Hello {i}", body=f"Hi {i}"
        ).post
        for i in range(2)
    ]
    items = QueueItem.objects.filter(post__in=posts)
    mod_client.post(
        reverse("moderation_admin:queue"),
        {
            "items": [i.pk for i in items],
            "action": action,
            "reason": "Please post this in Siblings.",
        },
    )
    for post in posts:
        assert_settled(post, moderator=moderator, decision=action)


# ---------------------------------------------------------------- other tools


def test_a_moderators_change_through_post_transition_settles_the_queue(
    moderator, reported_post
):
    """The demo seeder, fixtures and any future tool go through post_transition."""
    post_transition(
        actor=moderator,
        post_id=reported_post.pk,
        to_status=PostStatus.REMOVED,
        reason="Unkind.",
    )
    assert_settled(
        reported_post, moderator=moderator, decision="remove", outcome="upheld"
    )


def test_moving_a_thread_changes_no_post_so_its_items_keep_waiting(
    moderator, held_post, other_category
):
    services.thread_move(
        actor=moderator, thread_id=held_post.thread_id, category_id=other_category.pk
    )
    item = QueueItem.objects.get(post=held_post)
    assert item.status == QueueItem.Status.OPEN
    assert item.category == other_category


def test_merging_a_thread_changes_no_post_so_its_items_keep_waiting(
    moderator, held_post, published_post
):
    services.thread_merge(
        actor=moderator,
        thread_id=held_post.thread_id,
        into_thread_id=published_post.thread_id,
    )
    held_post.refresh_from_db()
    assert held_post.status == PostStatus.PENDING
    assert QueueItem.objects.get(post=held_post).status == QueueItem.Status.OPEN


def test_a_held_edit_is_not_a_decision_and_leaves_the_reports_pending(
    trusted, reported_post
):
    post_services.post_edit(
        actor=trusted,
        post_id=reported_post.pk,
        body="Ring me on 07700 900123 any time",
    )
    reported_post.refresh_from_db()
    assert reported_post.status == PostStatus.PENDING
    kinds = set(
        QueueItem.objects.filter(post=reported_post, status="open").values_list(
            "kind", flat=True
        )
    )
    assert kinds == {QueueItem.Kind.REPORT, QueueItem.Kind.EDIT}
    assert Report.objects.get(post=reported_post).outcome == "pending"


def test_a_decision_that_fails_leaves_the_queue_as_it_was(moderator, held_post):
    from core.errors import InvalidTransition

    with pytest.raises(InvalidTransition):
        services.post_decide(
            actor=moderator, post_id=held_post.pk, action="hide", reason="Not yet."
        )
    assert QueueItem.objects.get(post=held_post).status == QueueItem.Status.OPEN


def test_settling_retires_the_cached_queue_pages(moderator, held_post):
    from django.core.cache import cache

    from moderation import pagecache

    before = cache.get(pagecache.GENERATION_KEY)
    services.post_decide(actor=moderator, post_id=held_post.pk, action="approve")
    assert cache.get(pagecache.GENERATION_KEY) != before
