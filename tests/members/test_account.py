"""A member's own account: profile and picture, download my data, delete my account."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from community.models import ModerationAction, Post, PostStatus
from community.services.reactions import reaction_toggle
from core.errors import ValidationError
from members import account, services
from members.models import Bookmark, Follow, Notification
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (800, 600), (200, 120, 80))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS IFD
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def test_an_uploaded_picture_loses_its_location_and_camera_details(client, member):
    raw = _jpeg_with_gps()
    assert Image.open(io.BytesIO(raw)).getexif()  # the fixture really has EXIF
    client.force_login(member)
    response = client.post(
        reverse("members:settings"),
        {
            "display_name": "Hopeful Heron",
            "family_role": "parent",
            "bio": "Mum of two.",
            "avatar": SimpleUploadedFile("me.jpg", raw, content_type="image/jpeg"),
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    with member.avatar.open("rb") as stored:
        saved = Image.open(io.BytesIO(stored.read()))
    assert saved.size == (512, 512)
    assert not saved.getexif()
    assert "exif" not in saved.info


def test_a_file_that_is_not_a_picture_is_refused_and_nothing_typed_is_lost(
    client, member
):
    client.force_login(member)
    response = client.post(
        reverse("members:settings"),
        {
            "display_name": "A brand new name",
            "family_role": "parent",
            "bio": "Something I wrote carefully.",
            "avatar": SimpleUploadedFile(
                "me.jpg", b"<script>alert(1)</script>", content_type="image/jpeg"
            ),
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "We couldn&#x27;t read that picture" in html
    assert "Something I wrote carefully." in html
    member.refresh_from_db()
    assert member.display_name == "Hopeful Heron"


def test_a_display_name_someone_else_uses_is_refused_kindly(member, other):
    with pytest.raises(ValidationError) as caught:
        account.profile_update(
            actor=member, display_name="kind KESTREL", family_role="parent"
        )
    assert "already using that name" in caught.value.field_errors["display_name"]


def test_hiding_a_profile_from_the_public(member):
    account.profile_update(
        actor=member,
        display_name="Hopeful Heron",
        family_role="sibling",
        bio="",
        profile_hidden_from_public=True,
    )
    member.refresh_from_db()
    assert member.profile_hidden_from_public and member.family_role == "sibling"


def test_the_export_holds_the_members_own_data_and_nothing_of_anyone_elses(
    community, public, member, other
):
    mine = community.start(member, public, title="My own thread", body="My own words.")
    theirs = community.reply(other, mine.thread, body="Someone else's words.")
    their_thread = community.start(other, public, title="Their thread", body="Theirs.")
    my_reply = community.reply(member, their_thread.thread, body="My reply there.")
    newcomer_view = UserFactory(display_name="New Newt")
    pending = community.reply_held(newcomer_view, mine.thread, body="Waiting words.")
    reaction_toggle(actor=member, post_id=theirs.pk, kind="love")
    services.bookmark_toggle(actor=member, post_id=theirs.pk)
    data = account.account_export(actor=member)
    blob = json.dumps(data)
    assert data["account"]["email"] == member.email
    assert {p["id"] for p in data["posts"]} == {mine.pk, my_reply.pk}
    assert "My own words." in blob and "My reply there." in blob
    assert "Someone else's words." not in blob
    assert "Theirs." not in blob and "Their thread" not in blob
    assert "Waiting words." not in blob and pending.pk not in {
        p["id"] for p in data["posts"]
    }
    assert other.email not in blob and "Kind Kestrel" not in blob
    assert data["reactions"] == [
        {
            "post_id": theirs.pk,
            "kind": "love",
            "created_at": data["reactions"][0]["created_at"],
        }
    ]
    assert [b["post_id"] for b in data["bookmarks"]] == [theirs.pk]
    assert {f["thread_id"] for f in data["follows"]} == {
        mine.thread_id,
        my_reply.thread_id,
    }
    assert [n["post_id"] for n in data["notifications"]] == [theirs.pk]


def test_the_export_includes_the_members_posts_in_every_state(
    community, public, member
):
    newcomer = UserFactory(display_name="New Newt")
    opening = community.start(member, public)
    held = community.reply_held(newcomer, opening.thread, body="Still waiting.")
    data = account.account_export(actor=newcomer)
    assert [(p["id"], p["status"], p["body"]) for p in data["posts"]] == [
        (held.pk, "pending", "Still waiting.")
    ]


def test_deleting_an_account_and_keeping_posts_anonymised(
    client, community, public, member, other
):
    opening = community.start(member, public, title="Still here", body="Kept words.")
    community.reply(other, opening.thread)
    services.bookmark_toggle(actor=member, thread_id=opening.thread_id)
    client.force_login(member)
    response = client.post(
        reverse("members:delete"), {"posts": "keep", "password": "kindred-test-pw"}
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(pk=member.pk)
    assert not user.is_active and not user.has_usable_password()
    assert user.email.endswith("@deleted.invalid")
    assert (user.display_name, user.bio) == ("", "")
    assert user.public_name == "A Kindred member"
    opening.refresh_from_db()
    assert (opening.status, opening.body) == (PostStatus.PUBLISHED, "Kept words.")
    assert not Follow.objects.filter(user=user).exists()
    assert not Bookmark.objects.filter(user=user).exists()
    assert not Notification.objects.filter(recipient=user).exists()
    # Signed out, and cannot sign back in.
    assert client.get(reverse("members:settings")).status_code == 302
    assert not client.login(email=member.email, password="kindred-test-pw")


def test_deleting_an_account_and_removing_posts(community, public, member, other):
    opening = community.start(member, public, title="Please remove", body="Gone soon.")
    reply = community.reply(member, opening.thread, body="Also gone.")
    community.transition(reply, PostStatus.HIDDEN)
    newcomer = UserFactory(display_name="New Newt")
    held = community.reply_held(newcomer, opening.thread, body="Never seen.")
    with community.capture(execute=True):
        account.account_delete(
            actor=newcomer, password="kindred-test-pw", posts="remove"
        )
    held.refresh_from_db()
    assert held.body == "" and held.status == PostStatus.REJECTED
    with community.capture(execute=True):
        account.account_delete(actor=member, password="kindred-test-pw", posts="remove")
    for post in (opening, reply):
        post.refresh_from_db()
        assert post.status == PostStatus.REMOVED
        assert post.body == "" and post.body_html == ""
    audit = ModerationAction.objects.filter(post=opening, to_status="removed").get()
    assert audit.actor is None and "deleted their account" in audit.reason
    assert not Post.objects.visible_to(other).filter(author_id=member.pk).exists()


def test_deleting_an_account_with_its_posts_closes_their_queue_items_and_reports(
    community, public, member, other
):
    from moderation.models import QueueItem, Report
    from moderation.services import report_create, reporter_weight

    opening = community.start(other, public, title="A place to talk", body="Hello.")
    reported = community.reply(member, opening.thread, body="Something reported.")
    report_create(actor=other, post_id=reported.pk, reason="unkind")
    newcomer = UserFactory(display_name="New Newt")
    held = community.reply_held(newcomer, opening.thread, body="Waiting words.")
    waiting = set(
        QueueItem.objects.filter(post__in=(held, reported), status="open").values_list(
            "pk", flat=True
        )
    )
    assert len(waiting) == 2  # the held reply, and the report on the other
    weight_before = reporter_weight(other)

    with community.capture(execute=True):
        account.account_delete(
            actor=newcomer, password="kindred-test-pw", posts="remove"
        )
        account.account_delete(actor=member, password="kindred-test-pw", posts="remove")

    # Nothing is left waiting for a moderator about posts that no longer exist ...
    assert not QueueItem.objects.filter(
        post__in=(held, reported), status="open"
    ).exists()
    assert set(
        QueueItem.objects.filter(pk__in=waiting).values_list("decision", flat=True)
    ) == {"withdrawn"}
    # ... and the report is closed without counting for or against the reporter.
    report = Report.objects.get(post=reported)
    assert report.outcome == Report.Outcome.WITHDRAWN
    assert reporter_weight(other) == weight_before
    assert not Notification.objects.filter(recipient=other, kind="report").exists()


def test_account_deletion_needs_the_right_password(client, member):
    with pytest.raises(ValidationError):
        account.account_delete(actor=member, password="wrong", posts="keep")
    client.force_login(member)
    response = client.post(
        reverse("members:delete"), {"posts": "remove", "password": "wrong"}
    )
    assert response.status_code == 200
    assert "doesn&#x27;t match" in response.content.decode()
    member.refresh_from_db()
    assert member.is_active and member.display_name == "Hopeful Heron"
