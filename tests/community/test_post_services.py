import pytest

from community.models import (
    Mention,
    ModerationAction,
    Post,
    PostRevision,
    PostStatus,
    Thread,
)
from community.services import posts as post_services
from community.services import spaces
from core.errors import NotFound, PermissionDenied, RateLimited, ValidationError
from search.models import OutboxEntry
from tests.community.conftest import approve
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_a_newcomers_first_thread_is_held_for_review_with_the_thread(newcomer, public):
    posted = post_services.thread_create(
        actor=newcomer,
        category=public.slug,
        title="Just diagnosed",
        body="Where do we start?",
    )
    assert posted.held
    assert "new_member" in posted.reasons
    assert posted.post.status == PostStatus.PENDING
    assert posted.post.thread.status == PostStatus.PENDING
    assert posted.post.position == 1
    assert ModerationAction.objects.filter(post=posted.post, action="hold").exists()
    assert (
        not Thread.objects.visible_to(newcomer)
        .filter(pk=posted.post.thread_id)
        .exists()
    )


def test_a_trusted_members_thread_is_published_at_once(trusted, public):
    posted = post_services.thread_create(
        actor=trusted,
        category=public.slug,
        title="Chemo week two",
        body="**Nausea** again.",
    )
    assert not posted.held
    assert posted.post.thread.status == PostStatus.PUBLISHED
    assert "<strong>Nausea</strong>" in posted.post.body_html
    assert OutboxEntry.objects.filter(
        model="community.post", object_id=str(posted.post.pk)
    ).exists()


def test_replies_are_numbered_in_order_and_update_the_thread(
    trusted, public, thread_in
):
    thread = thread_in(public)
    before = thread.last_activity_at
    first = post_services.post_create(actor=trusted, thread_id=thread.pk, body="One")
    second = post_services.post_create(actor=trusted, thread_id=thread.pk, body="Two")
    assert [first.post.position, second.post.position] == [2, 3]
    thread.refresh_from_db()
    assert thread.reply_count == 2
    assert thread.last_activity_at >= before


def test_a_held_reply_does_not_count_as_activity(newcomer, public, thread_in):
    thread = thread_in(public)
    posted = post_services.post_create(
        actor=newcomer, thread_id=thread.pk, body="Hello"
    )
    assert posted.held
    thread.refresh_from_db()
    assert thread.reply_count == 0


def test_a_double_submit_with_the_same_key_returns_the_same_post(trusted, public):
    kwargs = dict(
        actor=trusted,
        category=public.slug,
        title="Same twice",
        body="Pressed twice",
        idempotency_key="abc-123",
    )
    first = post_services.thread_create(**kwargs)
    again = post_services.thread_create(**kwargs)
    assert again.post.pk == first.post.pk
    assert again.replayed
    assert Thread.objects.filter(title="Same twice").count() == 1


def test_a_reply_double_submit_is_idempotent(trusted, public, thread_in):
    thread = thread_in(public)
    a = post_services.post_create(
        actor=trusted, thread_id=thread.pk, body="x", idempotency_key="k1"
    )
    b = post_services.post_create(
        actor=trusted, thread_id=thread.pk, body="x", idempotency_key="k1"
    )
    assert a.post.pk == b.post.pk
    assert Post.objects.filter(thread=thread).count() == 2


@pytest.mark.parametrize(
    ("title", "body", "code"),
    [
        ("", "body", "title_too_short"),
        ("x" * 151, "body", "title_too_long"),
        ("A fine title", "   ", "body_empty"),
        ("A fine title", "x" * 20_001, "body_too_long"),
    ],
)
def test_bad_titles_and_bodies_get_a_kind_reason(trusted, public, title, body, code):
    with pytest.raises(ValidationError) as err:
        post_services.thread_create(
            actor=trusted, category=public.slug, title=title, body=body
        )
    assert err.value.code == code
    assert err.value.message


def test_an_unknown_category_is_not_found(trusted):
    with pytest.raises(NotFound):
        post_services.thread_create(
            actor=trusted, category="nope", title="Hello", body="x"
        )


def test_a_private_group_is_not_found_for_outsiders(outsider, private):
    with pytest.raises(NotFound):
        post_services.thread_create(
            actor=outsider, category=private.slug, title="Hello", body="x"
        )


def test_a_locked_thread_refuses_replies_but_moderators_may_still_post(
    trusted, moderator, public, thread_in
):
    thread = thread_in(public)
    spaces.thread_set_locked(actor=moderator, thread_id=thread.pk, locked=True)
    with pytest.raises(PermissionDenied) as err:
        post_services.post_create(actor=trusted, thread_id=thread.pk, body="hi")
    assert err.value.code == "locked"
    assert post_services.post_create(
        actor=moderator, thread_id=thread.pk, body="ok"
    ).post


def test_members_cannot_lock_threads(trusted, public, thread_in):
    thread = thread_in(public)
    with pytest.raises(PermissionDenied):
        spaces.thread_set_locked(actor=trusted, thread_id=thread.pk, locked=True)


def test_posting_too_fast_is_rate_limited_with_a_retry_time(
    trusted, public, thread_in, monkeypatch
):
    thread = thread_in(public)
    monkeypatch.setattr(post_services, "RATE_PER_MINUTE", 5)
    with pytest.raises(RateLimited) as err:
        for i in range(post_services.RATE_PER_MINUTE + 1):
            post_services.post_create(actor=trusted, thread_id=thread.pk, body=f"r{i}")
    assert 0 < err.value.retry_after <= 60
    assert "try again" in err.value.message


def test_editing_keeps_the_previous_text_and_marks_the_post_edited(trusted, public):
    posted = post_services.thread_create(
        actor=trusted, category=public.slug, title="Scan day", body="Scan on Monday"
    )
    edited = post_services.post_edit(
        actor=trusted, post_id=posted.post.pk, body="Scan moved to Tuesday"
    )
    assert edited.post.edited_at is not None
    assert "Tuesday" in edited.post.body_html
    assert list(
        PostRevision.objects.filter(post=posted.post).values_list("body", flat=True)
    ) == ["Scan on Monday"]


def test_nobody_else_can_edit_or_delete_a_post(trusted, outsider, public):
    posted = post_services.thread_create(
        actor=trusted, category=public.slug, title="Mine", body="My words"
    )
    with pytest.raises(PermissionDenied):
        post_services.post_edit(actor=outsider, post_id=posted.post.pk, body="Not mine")
    with pytest.raises(PermissionDenied):
        post_services.post_delete_own(actor=outsider, post_id=posted.post.pk)


def test_someone_elses_pending_post_is_not_found_when_editing(
    newcomer, outsider, public
):
    posted = post_services.thread_create(
        actor=newcomer, category=public.slug, title="Mine", body="My words"
    )
    with pytest.raises(NotFound):
        post_services.post_edit(actor=outsider, post_id=posted.post.pk, body="x")


def test_deleting_ones_own_post_keeps_its_place(trusted, public, thread_in):
    thread = thread_in(public)
    reply = post_services.post_create(actor=trusted, thread_id=thread.pk, body="oops")
    post = post_services.post_delete_own(actor=trusted, post_id=reply.post.pk)
    assert post.deleted_by_author
    assert post.position == 2
    assert ModerationAction.objects.filter(post=post, action="delete_own").exists()


def test_blocked_screening_refuses_the_post_with_its_message(
    trusted, public, monkeypatch
):
    from moderation.screening import Screening

    def blocked(**kwargs):
        return Screening(blocked=True, message="That word isn't allowed here.")

    monkeypatch.setattr(post_services, "screen_post", blocked)
    with pytest.raises(ValidationError) as err:
        post_services.thread_create(
            actor=trusted, category=public.slug, title="Hello", body="x y"
        )
    assert err.value.message == "That word isn't allowed here."
    assert not Thread.objects.filter(title="Hello").exists()


def test_crisis_language_is_stored_pending_and_flagged(trusted, public, monkeypatch):
    from moderation.screening import Screening

    monkeypatch.setattr(
        post_services,
        "screen_post",
        lambda **kw: Screening(crisis=True, reasons=["crisis"], body=kw["body"]),
    )
    posted = post_services.thread_create(
        actor=trusted, category=public.slug, title="Tonight", body="I can't go on"
    )
    assert posted.crisis and posted.held
    assert posted.post.status == PostStatus.PENDING


def test_a_held_edit_goes_back_to_review(trusted, public, monkeypatch):
    from moderation.screening import Screening

    posted = post_services.thread_create(
        actor=trusted, category=public.slug, title="Update", body="All fine"
    )
    monkeypatch.setattr(
        post_services,
        "screen_post",
        lambda **kw: Screening(hold=True, reasons=["watched_word"], body=kw["body"]),
    )
    edited = post_services.post_edit(
        actor=trusted, post_id=posted.post.pk, body="Edited"
    )
    assert edited.held
    edited.post.refresh_from_db()
    assert edited.post.status == PostStatus.PENDING
    assert edited.post.thread.status == PostStatus.PENDING


def test_screening_replacements_are_what_is_stored(trusted, public, monkeypatch):
    from moderation.screening import Screening

    monkeypatch.setattr(
        post_services,
        "screen_post",
        lambda **kw: Screening(body="Call me on [phone removed]"),
    )
    posted = post_services.thread_create(
        actor=trusted, category=public.slug, title="Call", body="Call me on 0777"
    )
    assert posted.post.body == "Call me on [phone removed]"


def test_mentions_are_stored_for_real_members(trusted, public):
    friend = UserFactory(display_name="Brave Badger")
    posted = post_services.thread_create(
        actor=trusted,
        category=public.slug,
        title="Thanks",
        body="Thank you @Brave Badger, and @nobody at all.",
    )
    assert list(
        Mention.objects.filter(post=posted.post).values_list("user", flat=True)
    ) == [friend.pk]
    assert "@Brave Badger" in posted.post.body_html


def test_anonymous_visitors_cannot_post(public):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        post_services.thread_create(
            actor=AnonymousUser(), category=public.slug, title="Hi", body="x"
        )


def test_approving_a_held_reply_publishes_it_in_its_place(
    newcomer, moderator, public, thread_in
):
    thread = thread_in(public)
    posted = post_services.post_create(
        actor=newcomer, thread_id=thread.pk, body="Hi all"
    )
    approve(moderator, posted)
    thread.refresh_from_db()
    assert thread.reply_count == 1


def test_posting_a_lot_in_an_hour_is_rate_limited_too(
    trusted, public, thread_in, monkeypatch
):
    thread = thread_in(public)
    monkeypatch.setattr(post_services, "RATE_PER_HOUR", 5)
    with pytest.raises(RateLimited) as err:
        for i in range(6):
            post_services.post_create(actor=trusted, thread_id=thread.pk, body=f"r{i}")
    assert err.value.retry_after > 60
