"""Demo follows, saved posts and notifications for member@example.org (after
community.demo), so the bell shows something real. Everything goes through the
services; idempotency keys make a second run a no-op."""

from django.contrib.auth import get_user_model

from community.models import Category, Post, PostStatus, Thread
from community.services import posts as post_services
from community.services.transitions import post_transition
from members import services
from members.models import Bookmark, Notification

DEMO_MEMBER = "member@example.org"
WATCHED_THREAD = "Diagnosis on Friday, and I don't know where to start"
WATCHED_SPACES = ("newly-diagnosed", "supportive-and-palliative-care")


def _publish(moderator, posted) -> None:
    if posted.post.status == PostStatus.PENDING:
        post_transition(
            actor=moderator,
            post_id=posted.post.pk,
            to_status=PostStatus.PUBLISHED,
            reason="Demo content",
        )


def seed(command) -> None:
    User = get_user_model()
    member = User.objects.filter(email=DEMO_MEMBER).first()
    moderator = User.objects.filter(email="moderator@example.org").first()
    wren = User.objects.filter(email="demo-wren@example.org").first()
    otter = User.objects.filter(email="demo-otter@example.org").first()
    thread = Thread.objects.filter(title=WATCHED_THREAD).first()
    if not all((member, moderator, wren, otter, thread)):
        command.stdout.write("  members demo skipped: the community demo is missing")
        return

    services.follow_set(actor=member, thread_id=thread.pk, level="watching")
    for slug in WATCHED_SPACES:
        category = Category.objects.filter(slug=slug).first()
        if category is not None:
            services.follow_set(actor=member, category_id=category.pk, level="watching")

    activity = [
        post_services.post_create(
            actor=wren,
            thread_id=thread.pk,
            body=(
                "@Hopeful Heron I remember you asked about the first week too. It does "
                "get a little easier once you know the ward and the nurses."
            ),
            idempotency_key="members-demo-mention",
            rate_limit=False,
        ),
        post_services.post_create(
            actor=otter,
            thread_id=thread.pk,
            body="Write your questions down for ward rounds. It helped us so much.",
            idempotency_key="members-demo-reply",
            rate_limit=False,
        ),
        post_services.thread_create(
            actor=otter,
            category="newly-diagnosed",
            title="What to pack for the first hospital stay",
            body="Phone charger with a long cable, slippers, and snacks for you too.",
            idempotency_key="members-demo-thread",
            rate_limit=False,
        ),
    ]
    for posted in activity:
        _publish(moderator, posted)
        # Fan out now (it is idempotent) rather than waiting for this seed's commit.
        services.fan_out_post_published(post_id=posted.post.pk)

    saved = Post.objects.visible_to(member).filter(thread=thread).order_by("position")
    for post in saved[1:3]:
        if not Bookmark.objects.filter(user=member, post=post).exists():
            services.bookmark_toggle(actor=member, post_id=post.pk)
    unread = Notification.objects.filter(recipient=member, read_at__isnull=True).count()
    command.stdout.write(f"  members: follows, saved posts, {unread} notifications")
