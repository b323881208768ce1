"""Reporters hear what came of their report in the bell, not only by email: kindly,
naming nobody, and pointing at the post only while they can still see it."""

import pytest
from django.core import mail
from django.urls import reverse

from community.models import GroupMembership, Visibility
from community.services import posts as post_services
from community.services import spaces
from members import selectors as member_selectors
from members.models import Notification, NotificationKind
from moderation import services, tasks
from moderation.models import Report
from tests.factories.accounts import UserFactory
from tests.moderation.conftest import approve

pytestmark = pytest.mark.django_db


def decide(capture, moderator, post, action, reason=""):
    with capture(execute=True):
        services.post_decide(
            actor=moderator, post_id=post.pk, action=action, reason=reason
        )


def report_notifications(user):
    return list(
        member_selectors.notification_list(user).filter(kind=NotificationKind.REPORT)
    )


def permalink(post):
    return reverse(
        "community:post_permalink",
        kwargs={"thread_id": post.thread_id, "position": post.position},
    )


def test_a_reporter_whose_report_was_dismissed_gets_a_bell_notification_linking_to_the_post(  # noqa: E501
    django_capture_on_commit_callbacks, client, published_post, moderator
):
    reporter = UserFactory(display_name="Watchful Wren")
    services.report_create(actor=reporter, post_id=published_post.pk, reason="spam")
    decide(django_capture_on_commit_callbacks, moderator, published_post, "approve")

    [n] = report_notifications(reporter)
    text = member_selectors.notification_text(n)
    assert "Scan day" in text and "can stay" in text
    assert member_selectors.notification_url(n) == permalink(published_post)
    client.force_login(reporter)
    page = client.get(reverse("members:notifications")).content.decode()
    assert "decided it can stay" in page
    opened = client.get(reverse("members:notification_open", args=[n.pk]))
    assert opened.status_code == 302 and opened["Location"] == permalink(published_post)
    assert client.get(reverse("api:unread_count")).json()["unread"] == 0


def test_an_upheld_report_on_a_hidden_post_tells_the_reporter_without_naming_or_linking_it(  # noqa: E501
    django_capture_on_commit_callbacks, client, published_post, moderator
):
    reporter = UserFactory(display_name="Watchful Wren", email="wren@example.org")
    services.report_create(actor=reporter, post_id=published_post.pk, reason="unkind")
    mail.outbox.clear()
    decide(
        django_capture_on_commit_callbacks,
        moderator,
        published_post,
        "hide",
        "Please keep replies gentle.",
    )

    [n] = report_notifications(reporter)
    text = member_selectors.notification_text(n)
    assert "acted on it" in text
    assert "Scan day" not in text
    assert member_selectors.notification_url(n) == reverse("members:notifications")
    client.force_login(reporter)
    assert client.get(reverse("api:unread_count")).json()["unread"] == 1
    opened = client.get(reverse("members:notification_open", args=[n.pk]))
    assert opened["Location"] == reverse("members:notifications")
    # The email says the same, and neither names the conversation nor the moderator's
    # message to the author.
    [email] = [m for m in mail.outbox if m.to == ["wren@example.org"]]
    assert "acted on it" in email.body
    assert "Scan day" not in email.body + email.subject
    assert "gentle" not in email.body
    assert permalink(published_post) not in email.body


def test_a_reporter_of_a_post_in_a_private_group_they_left_gets_no_link(
    django_capture_on_commit_callbacks, client, moderator, make_trusted
):
    group = spaces.category_create(
        actor=None,
        system=True,
        name="Bereaved parents",
        slug="bereaved",
        visibility=Visibility.PRIVATE,
        description="A private group.",
    )
    author = make_trusted(display_name="Author Alder")
    spaces.membership_add(actor=None, category=group, user=author, system=True)
    posted = post_services.thread_create(
        actor=author,
        category=group.slug,
        title="Our private conversation",
        body="Something only the group should read.",
    )
    if posted.held:
        approve(moderator, posted.post)
    reporter = UserFactory(display_name="Watchful Wren")
    spaces.membership_add(actor=None, category=group, user=reporter, system=True)
    services.report_create(actor=reporter, post_id=posted.post.pk, reason="other")
    # They are no longer in the group when the moderators decide.
    membership = GroupMembership.objects.get(category=group, user=reporter)
    spaces.membership_decide(
        actor=moderator, membership_id=membership.pk, approve=False
    )
    decide(django_capture_on_commit_callbacks, moderator, posted.post, "approve")

    [n] = report_notifications(reporter)
    text = member_selectors.notification_text(n)
    assert text == (
        "Thank you: moderators looked at a post you reported and decided it can stay."
    )
    assert member_selectors.notification_url(n) == reverse("members:notifications")
    client.force_login(reporter)
    page = client.get(reverse("members:notifications")).content.decode()
    assert "decided it can stay" in page
    assert "Our private conversation" not in page
    assert permalink(posted.post) not in page
    listed = client.get("/api/v1/notifications/").json()["items"]
    assert [i["url"] for i in listed] == [reverse("members:notifications")]
    assert "Our private conversation" not in listed[0]["text"]


def test_no_reporter_learns_who_else_reported_and_the_author_never_learns_who_did(
    django_capture_on_commit_callbacks, published_post, moderator
):
    reporters = [
        UserFactory(display_name=name)
        for name in ("Wren Ash", "Robin Oak", "Finch Yew")
    ]
    for reporter in reporters:
        services.report_create(
            actor=reporter, post_id=published_post.pk, reason="unkind"
        )
    decide(
        django_capture_on_commit_callbacks,
        moderator,
        published_post,
        "remove",
        "This crossed a line.",
    )

    texts = set()
    for reporter in reporters:
        [n] = report_notifications(reporter)
        assert n.actor_id is None
        texts.add(member_selectors.notification_text(n))
    # Every reporter reads the same words: no names, no count of other reports.
    assert len(texts) == 1
    [text] = texts
    for name in ("Wren", "Robin", "Finch", "Moderator Maple", "Trusted Tern", "3"):
        assert name not in text
    author_texts = [
        member_selectors.notification_text(n)
        for n in member_selectors.notification_list(published_post.author)
    ]
    assert author_texts
    assert not any(
        name in t for t in author_texts for name in ("Wren", "Robin", "Finch")
    )


def test_telling_a_reporter_twice_still_makes_one_notification(
    django_capture_on_commit_callbacks, published_post, moderator
):
    reporter = UserFactory()
    services.report_create(actor=reporter, post_id=published_post.pk, reason="spam")
    decide(django_capture_on_commit_callbacks, moderator, published_post, "approve")
    report = Report.objects.get(reporter=reporter)
    assert tasks.notify_reporter_outcome(report.pk) is True
    assert (
        Notification.objects.filter(
            recipient=reporter, kind=NotificationKind.REPORT
        ).count()
        == 1
    )


def test_a_pending_report_tells_nobody_anything(published_post):
    reporter = UserFactory()
    report, _created = services.report_create(
        actor=reporter, post_id=published_post.pk, reason="spam"
    )
    assert tasks.notify_reporter_outcome(report.pk) is False
    assert report_notifications(reporter) == []


def test_a_list_of_report_outcomes_costs_the_same_queries_however_long_it_is(
    django_capture_on_commit_callbacks,
    client,
    moderator,
    make_trusted,
    category,
    django_assert_max_num_queries,
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    reporter = UserFactory()
    author = make_trusted()
    client.force_login(reporter)

    def reported_and_decided(n):
        for i in range(n):
            posted = post_services.thread_create(
                actor=author,
                category=category.slug,
                title=f"Thread {i}",
                body=f"Body {i}",
            )
            services.report_create(
                actor=reporter, post_id=posted.post.pk, reason="spam"
            )
            decide(
                django_capture_on_commit_callbacks,
                moderator,
                posted.post,
                "hide" if i % 2 else "approve",
                "Hidden while we look." if i % 2 else "",
            )

    reported_and_decided(1)
    with CaptureQueriesContext(connection) as few:
        assert client.get(reverse("members:notifications")).status_code == 200
    reported_and_decided(6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("members:notifications")).content.decode()
    assert page.count('<li class="members-notification') == 7
    assert page.count("moderators looked at the post you reported in") == 2 * 4


def test_a_daily_digest_never_names_the_conversation_of_a_post_the_reporter_cannot_see(
    django_capture_on_commit_callbacks, published_post, moderator
):
    from django.utils import timezone

    from members import emails
    from members import services as member_services

    reporter = UserFactory(email="digest-wren@example.org")
    member_services.preferences_set(actor=reporter, choices={"report": "digest"})
    services.report_create(actor=reporter, post_id=published_post.pk, reason="unkind")
    decide(
        django_capture_on_commit_callbacks,
        moderator,
        published_post,
        "hide",
        "Please keep replies gentle.",
    )
    mail.outbox.clear()
    assert emails.digest_send(user_id=reporter.pk, day=timezone.localdate()) is True
    [digest] = [m for m in mail.outbox if m.to == ["digest-wren@example.org"]]
    assert "moderators looked at a post you reported and acted on it" in digest.body
    assert "Posts you reported" in digest.body
    assert "Scan day" not in digest.body
    assert permalink(published_post) not in digest.body
