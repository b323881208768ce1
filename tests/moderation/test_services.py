import pytest
from django.core import mail

from community.models import ModerationAction, Post, PostStatus, Thread
from community.services import posts as post_services
from core.errors import NotFound, PermissionDenied, ValidationError
from moderation import services
from moderation.models import HospitalName, QueueItem, Report, Sanction, WatchedWord
from moderation.sanctions import check_can_post, user_sanction
from search.models import OutboxEntry
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db(transaction=False)


def test_a_newcomers_first_post_goes_on_the_queue_with_its_reason(held_post):
    item = QueueItem.objects.get(post=held_post)
    assert item.kind == QueueItem.Kind.HELD
    assert item.reasons == ["new_member"]
    assert item.status == QueueItem.Status.OPEN


def test_crisis_language_is_held_queued_first_and_emails_on_call_moderators(
    django_capture_on_commit_callbacks, newcomer, category, moderator, held_post
):
    with django_capture_on_commit_callbacks(execute=True):
        posted = post_services.thread_create(
            actor=newcomer,
            category=category.slug,
            title="I can't do this",
            body="I don't want to be alive any more. I keep thinking about ending it all.",
        )
    assert posted.held and posted.crisis
    item = QueueItem.objects.get(post=posted.post)
    assert item.reasons[0] == "crisis"
    assert services.queue_for(moderator).first() == item  # above the older sandbox item
    urgent = [m for m in mail.outbox if "URGENT" in m.subject]
    assert len(urgent) == 1
    assert urgent[0].to == [moderator.email]
    assert "ending it all" not in urgent[0].body  # the text never leaves the site
    item.refresh_from_db()
    assert item.alerted_at is not None and item.alert_recipients == 1


def test_crisis_alert_goes_to_on_call_moderators_only_when_someone_is_on_call(
    django_capture_on_commit_callbacks, newcomer, category, moderator
):
    from accounts.roles import MODERATOR, role_grant
    from moderation.models import OnCallModerator

    on_call = UserFactory(email="oncall@example.org")
    role_grant(user=on_call, role=MODERATOR)
    OnCallModerator.objects.create(user=on_call, is_on_call=True)
    with django_capture_on_commit_callbacks(execute=True):
        post_services.thread_create(
            actor=newcomer,
            category=category.slug,
            title="Help",
            body="My partner keeps hitting my son and I am scared.",
        )
    urgent = [m for m in mail.outbox if "URGENT" in m.subject]
    assert urgent[0].to == ["oncall@example.org"]


def test_personal_details_are_held_with_a_suggested_redaction(newcomer, category):
    HospitalName.objects.create(name="St Elsewhere Children's Hospital")
    posted = post_services.thread_create(
        actor=newcomer,
        category=category.slug,
        title="Ward 4",
        body="We're at St Elsewhere Children's Hospital, call me on 07700 900123.",
    )
    item = QueueItem.objects.get(post=posted.post)
    assert "personal_details" in item.reasons
    assert "07700" not in item.suggested_redaction
    assert "[phone number removed]" in item.suggested_redaction
    assert "[hospital name removed]" in item.suggested_redaction


def test_a_moderator_can_apply_the_redaction_and_the_diff_is_audited(
    newcomer, category, moderator
):
    posted = post_services.thread_create(
        actor=newcomer,
        category=category.slug,
        title="Contact",
        body="Email me at newt.family@example.com any time.",
    )
    item = QueueItem.objects.get(post=posted.post)
    post = services.post_decide(
        actor=moderator,
        post_id=posted.post.pk,
        action="edit_approve",
        body=item.suggested_redaction,
    )
    assert post.status == PostStatus.PUBLISHED
    post.refresh_from_db()
    assert "example.com" not in post.body and "example.com" not in post.body_html
    action = ModerationAction.objects.filter(post=post).order_by("-id").first()
    assert action.action == "approve"
    assert "-Email me at newt.family@example.com" in action.details["diff"]
    assert post.revisions.count() == 1


def test_watched_words_block_hold_flag_and_replace(trusted, category):
    WatchedWord.objects.create(pattern="miracle cure*", action="block")
    WatchedWord.objects.create(pattern="bleach", action="hold")
    WatchedWord.objects.create(pattern="oncologist", action="flag")
    WatchedWord.objects.create(pattern="d*mn", action="replace", replacement="***")
    with pytest.raises(ValidationError) as blocked:
        post_services.thread_create(
            actor=trusted,
            category=category.slug,
            title="Try this",
            body="This miracle cures everything.",
        )
    assert "still in the box" in blocked.value.message
    held = post_services.thread_create(
        actor=trusted,
        category=category.slug,
        title="Question",
        body="Does bleach help?",
    )
    assert held.held and "watched_word" in held.reasons
    flagged = post_services.thread_create(
        actor=trusted,
        category=category.slug,
        title="Question two",
        body="Our oncologist said wait.",
    )
    assert not flagged.held
    assert QueueItem.objects.get(post=flagged.post).kind == QueueItem.Kind.ALERT
    replaced = post_services.thread_create(
        actor=trusted,
        category=category.slug,
        title="Question three",
        body="Damn this disease.",
    )
    assert replaced.post.body == "*** this disease."


def test_an_edit_that_adds_a_flagged_word_puts_the_post_on_the_queue_once(
    trusted, category, moderator
):
    WatchedWord.objects.create(pattern="oncologist", action="flag")
    posted = post_services.thread_create(
        actor=trusted, category=category.slug, title="Scan day", body="Scan went ok."
    )
    alerts = QueueItem.objects.filter(post=posted.post, kind=QueueItem.Kind.ALERT)
    assert not alerts.exists()

    edited = post_services.post_edit(
        actor=trusted, post_id=posted.post.pk, body="Scan went ok, says the oncologist."
    )
    assert not edited.held  # a flag alerts a moderator; the post stays up
    item = alerts.get()
    assert item.reasons == ["watched_word"]

    # A later edit that keeps the word is not news: no second alert once it's decided.
    services.post_decide(actor=moderator, post_id=posted.post.pk, action="approve")
    post_services.post_edit(
        actor=trusted,
        post_id=posted.post.pk,
        body="Scan went ok, says the oncologist. Home now.",
    )
    assert not alerts.filter(status=QueueItem.Status.OPEN).exists()


def test_reports_from_three_members_hide_a_post_until_reviewed(published_post):
    reporters = [UserFactory() for _ in range(3)]
    services.report_create(actor=reporters[0], post_id=published_post.pk, reason="spam")
    services.report_create(
        actor=reporters[1], post_id=published_post.pk, reason="unkind"
    )
    published_post.refresh_from_db()
    assert published_post.status == PostStatus.PUBLISHED
    services.report_create(actor=reporters[2], post_id=published_post.pk, reason="spam")
    published_post.refresh_from_db()
    assert published_post.status == PostStatus.HIDDEN
    hide = ModerationAction.objects.get(post=published_post, action="hide")
    assert hide.actor is None
    item = QueueItem.objects.get(post=published_post, kind=QueueItem.Kind.REPORT)
    assert item.report_weight == pytest.approx(3.0)


def test_reporting_twice_counts_once(published_post, member):
    _, created = services.report_create(
        actor=member, post_id=published_post.pk, reason="spam"
    )
    _, again = services.report_create(
        actor=member, post_id=published_post.pk, reason="spam"
    )
    assert created and not again
    assert Report.objects.filter(post=published_post).count() == 1


def test_a_member_cannot_report_what_they_cannot_see(held_post, member):
    with pytest.raises(NotFound):
        services.report_create(actor=member, post_id=held_post.pk, reason="spam")


def test_reporters_hear_the_outcome_and_the_author_never_learns_who_reported(
    django_capture_on_commit_callbacks, published_post, moderator
):
    reporter = UserFactory(display_name="Watchful Wren", email="wren@example.org")
    services.report_create(actor=reporter, post_id=published_post.pk, reason="unkind")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.post_decide(
            actor=moderator,
            post_id=published_post.pk,
            action="hide",
            reason="Please keep replies gentle.",
        )
    to_reporter = [m for m in mail.outbox if m.to == ["wren@example.org"]]
    to_author = [m for m in mail.outbox if m.to == [published_post.author.email]]
    assert "acted on it" in to_reporter[0].body
    assert to_author and "Please keep replies gentle." in to_author[0].body
    assert "Wren" not in to_author[0].body and "wren@" not in to_author[0].body
    assert Report.objects.get(reporter=reporter).outcome == Report.Outcome.UPHELD


def test_accurate_reporters_weigh_more_than_inaccurate_ones(
    trusted, category, moderator
):
    accurate, noisy = UserFactory(), UserFactory()
    for i in range(3):
        p = post_services.thread_create(
            actor=trusted,
            category=category.slug,
            title=f"Thread {i}",
            body=f"Post number {i}",
        ).post
        services.report_create(actor=accurate, post_id=p.pk, reason="spam")
        services.report_create(actor=noisy, post_id=p.pk, reason="spam")
        services.post_decide(actor=moderator, post_id=p.pk, action="approve")
    assert services.reporter_weight(accurate) == services.reporter_weight(noisy)
    p = post_services.thread_create(
        actor=trusted, category=category.slug, title="Thread nine", body="Post nine"
    ).post
    services.report_create(actor=accurate, post_id=p.pk, reason="spam")
    services.post_decide(actor=moderator, post_id=p.pk, action="remove", reason="Spam.")
    assert services.reporter_weight(accurate) > services.reporter_weight(noisy)
    assert services.reporter_weight(noisy) < 1.0


def test_approving_a_held_post_publishes_it_and_tells_the_author(
    django_capture_on_commit_callbacks, held_post, moderator
):
    with django_capture_on_commit_callbacks(execute=True):
        services.post_decide(actor=moderator, post_id=held_post.pk, action="approve")
    held_post.refresh_from_db()
    assert held_post.status == PostStatus.PUBLISHED
    assert Post.objects.visible_to(UserFactory()).filter(pk=held_post.pk).exists()
    assert QueueItem.objects.get(post=held_post).status == QueueItem.Status.RESOLVED
    from members.models import Notification

    told = Notification.objects.get(recipient=held_post.author, post=held_post)
    assert told.decision == "approved"


def test_rejecting_needs_a_kind_reason(held_post, moderator):
    with pytest.raises(ValidationError):
        services.post_decide(actor=moderator, post_id=held_post.pk, action="reject")
    services.post_decide(
        actor=moderator,
        post_id=held_post.pk,
        action="reject",
        reason="Could you leave out the surname? Then it's fine to post.",
    )
    held_post.refresh_from_db()
    assert held_post.status == PostStatus.REJECTED


def test_a_category_moderator_decides_only_in_their_categories(
    held_post, other_category_moderator
):
    with pytest.raises(NotFound):
        services.post_decide(
            actor=other_category_moderator, post_id=held_post.pk, action="approve"
        )
    assert not services.queue_for(other_category_moderator).exists()


def test_bulk_approve_decides_every_selected_item(newcomer, category, moderator):
    posts = [
        post_services.thread_create(
            actor=UserFactory(),
            category=category.slug,
            title=f"Hi {i}",
            body=f"Hello {i}",
        ).post
        for i in range(3)
    ]
    ids = list(QueueItem.objects.filter(post__in=posts).values_list("pk", flat=True))
    services.items_decide(actor=moderator, item_ids=ids, action="approve")
    assert set(
        Post.objects.filter(pk__in=[p.pk for p in posts]).values_list(
            "status", flat=True
        )
    ) == {"published"}


def test_claiming_an_item_stops_a_second_moderator_taking_it(held_post, moderator):
    from accounts.roles import MODERATOR, role_grant
    from core.errors import InvalidTransition

    second = UserFactory()
    role_grant(user=second, role=MODERATOR)
    item = QueueItem.objects.get(post=held_post)
    services.item_claim(actor=moderator, item_id=item.pk)
    with pytest.raises(InvalidTransition):
        services.item_claim(actor=second, item_id=item.pk)


def test_sanctions_climb_the_ladder_and_stop_posting(
    django_capture_on_commit_callbacks, trusted, category, moderator
):
    with django_capture_on_commit_callbacks(execute=True):
        first = user_sanction(
            actor=moderator, user_id=trusted.pk, reason="Please be kind."
        )
    assert first.kind == "warn"
    check_can_post(trusted)  # a warning does not stop posting
    second = user_sanction(actor=moderator, user_id=trusted.pk, reason="Again, please.")
    assert second.kind == "silence" and second.until is not None
    with pytest.raises(PermissionDenied):
        check_can_post(trusted)
    with pytest.raises(ValidationError) as refused:
        post_services.thread_create(
            actor=trusted, category=category.slug, title="Hello", body="Hello again"
        )
    assert "paused" in refused.value.message
    assert (
        ModerationAction.objects.filter(
            target_type="user", target_id=trusted.pk
        ).count()
        == 2
    )
    assert any(m.to == [trusted.email] for m in mail.outbox)


def test_members_cannot_sanction(member, trusted):
    with pytest.raises(PermissionDenied):
        user_sanction(actor=member, user_id=trusted.pk, kind="ban", reason="x")
    assert not Sanction.objects.exists()


def test_merging_threads_keeps_order_and_writes_one_audit_row(
    trusted, category, moderator
):
    a = post_services.thread_create(
        actor=trusted, category=category.slug, title="First A", body="a1"
    ).post.thread
    b = post_services.thread_create(
        actor=trusted, category=category.slug, title="Second B", body="b1"
    ).post.thread
    post_services.post_create(actor=trusted, thread_id=b.pk, body="b2")
    before = ModerationAction.objects.count()
    services.thread_merge(
        actor=moderator, thread_id=b.pk, into_thread_id=a.pk, reason="Same topic"
    )
    assert list(Post.objects.filter(thread=a).values_list("body", flat=True)) == [
        "a1",
        "b1",
        "b2",
    ]
    assert ModerationAction.objects.count() == before + 1
    b.refresh_from_db()
    assert b.status == PostStatus.REMOVED
    assert not Thread.objects.visible_to(trusted).filter(pk=b.pk).exists()
    assert OutboxEntry.objects.filter(
        model="community.thread", object_id=str(b.pk)
    ).exists()


def test_lock_move_and_in_memory_are_each_audited(
    published_post, moderator, other_category
):
    thread = published_post.thread
    start = (
        ModerationAction.objects.order_by("-id").values_list("pk", flat=True).first()
    )
    services.thread_set_flag(
        actor=moderator, thread_id=thread.pk, flag="is_locked", value=True
    )
    services.thread_set_flag(
        actor=moderator, thread_id=thread.pk, flag="in_memory_of", value=True
    )
    services.thread_move(
        actor=moderator, thread_id=thread.pk, category_id=other_category.pk
    )
    services.profile_set_in_memory(
        actor=moderator, user_id=published_post.author_id, value=True
    )
    verbs = list(
        ModerationAction.objects.filter(pk__gt=start)
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert verbs == ["lock", "in_memory_of", "move", "in_memory_of"]
    thread.refresh_from_db()
    assert (
        thread.is_locked and thread.in_memory_of and thread.category == other_category
    )


def test_stale_items_escalate_to_every_moderator_once(held_post, moderator):
    from datetime import timedelta

    from django.utils import timezone

    from moderation.tasks import escalate_stale_items

    QueueItem.objects.filter(post=held_post).update(
        created_at=timezone.now() - timedelta(hours=3)
    )
    assert escalate_stale_items() == 1
    assert any(m.to == [moderator.email] and "waited" in m.subject for m in mail.outbox)
    assert escalate_stale_items() == 0


def test_a_decision_made_outside_the_queue_still_clears_the_queue_and_reports(
    published_post, moderator, member
):
    from community.services.transitions import post_transition

    services.report_create(actor=member, post_id=published_post.pk, reason="unkind")
    post_transition(
        actor=moderator,
        post_id=published_post.pk,
        to_status=PostStatus.HIDDEN,
        reason="Unkind.",
    )
    assert not QueueItem.objects.filter(post=published_post, status="open").exists()
    assert Report.objects.get(post=published_post).outcome == Report.Outcome.UPHELD


def test_an_automatic_hide_keeps_the_report_item_open_for_a_moderator(published_post):
    for _ in range(3):
        services.report_create(
            actor=UserFactory(), post_id=published_post.pk, reason="spam"
        )
    item = QueueItem.objects.get(post=published_post)
    assert item.status == QueueItem.Status.OPEN
    assert Report.objects.filter(post=published_post, outcome="pending").count() == 3


def test_a_reporter_taking_a_break_is_not_emailed_but_finds_the_outcome_in_the_bell(
    django_capture_on_commit_callbacks, published_post, moderator
):
    from datetime import timedelta

    from django.utils import timezone

    reporter = UserFactory(
        email="resting@example.org",
        notifications_paused_until=timezone.now() + timedelta(days=3),
    )
    services.report_create(actor=reporter, post_id=published_post.pk, reason="spam")
    with django_capture_on_commit_callbacks(execute=True):
        services.post_decide(
            actor=moderator, post_id=published_post.pk, action="approve"
        )
    assert not [m for m in mail.outbox if m.to == ["resting@example.org"]]
    assert Report.objects.get(reporter=reporter).outcome == Report.Outcome.DISMISSED
    assert reporter.notifications.filter(kind="report", decision="dismissed").exists()


def test_a_safety_report_pages_moderators_even_when_the_post_was_already_reported(
    django_capture_on_commit_callbacks, published_post, moderator
):
    first, second, third = (UserFactory() for _ in range(3))
    with django_capture_on_commit_callbacks(execute=True):
        services.report_create(actor=first, post_id=published_post.pk, reason="spam")
    assert not [m for m in mail.outbox if "URGENT" in m.subject]
    with django_capture_on_commit_callbacks(execute=True):
        services.report_create(actor=second, post_id=published_post.pk, reason="safety")
    urgent = [m for m in mail.outbox if "URGENT" in m.subject]
    assert len(urgent) == 1 and urgent[0].to == [moderator.email]
    item = QueueItem.objects.get(post=published_post, status=QueueItem.Status.OPEN)
    assert "crisis" in item.reasons
    # A second safety report about the same post does not page anyone again.
    with django_capture_on_commit_callbacks(execute=True):
        services.report_create(actor=third, post_id=published_post.pk, reason="safety")
    assert len([m for m in mail.outbox if "URGENT" in m.subject]) == 1
