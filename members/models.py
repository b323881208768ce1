"""What a member follows, saves and is told about. Writes go through members.services."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class FollowLevel(models.TextChoices):
    WATCHING = "watching", _("Watching: tell me about new activity")
    NORMAL = "normal", _("Normal: only when someone mentions me")
    MUTED = "muted", _("Muted: never tell me about this")


class Follow(models.Model):
    """A member's interest in one thread or one category (exactly one of the two)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    thread = models.ForeignKey(
        "community.Thread",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
    )
    category = models.ForeignKey(
        "community.Category",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
    )
    level = models.CharField(
        max_length=10, choices=FollowLevel.choices, default=FollowLevel.WATCHING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(thread__isnull=False, category__isnull=True)
                    | models.Q(thread__isnull=True, category__isnull=False)
                ),
                name="follow_thread_xor_category",
            ),
            models.UniqueConstraint(
                fields=["user", "thread"],
                condition=models.Q(thread__isnull=False),
                name="one_follow_per_thread",
            ),
            models.UniqueConstraint(
                fields=["user", "category"],
                condition=models.Q(category__isnull=False),
                name="one_follow_per_category",
            ),
        ]
        indexes = [
            models.Index(fields=["thread", "level"], name="follow_thread_level"),
            models.Index(fields=["category", "level"], name="follow_category_level"),
        ]

    def __str__(self) -> str:
        target = (
            f"thread {self.thread_id}"
            if self.thread_id
            else f"category {self.category_id}"
        )
        return f"{self.user_id} {self.level} {target}"


class Bookmark(models.Model):
    """A saved post or thread (exactly one of the two), shown on the Saved page."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bookmarks"
    )
    thread = models.ForeignKey(
        "community.Thread",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="bookmarks",
    )
    post = models.ForeignKey(
        "community.Post",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="bookmarks",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(thread__isnull=False, post__isnull=True)
                    | models.Q(thread__isnull=True, post__isnull=False)
                ),
                name="bookmark_thread_xor_post",
            ),
            models.UniqueConstraint(
                fields=["user", "thread"],
                condition=models.Q(thread__isnull=False),
                name="one_bookmark_per_thread",
            ),
            models.UniqueConstraint(
                fields=["user", "post"],
                condition=models.Q(post__isnull=False),
                name="one_bookmark_per_post",
            ),
        ]

    def __str__(self) -> str:
        return f"Bookmark {self.pk} of {self.user_id}"


class NotificationKind(models.TextChoices):
    REPLY = "reply", _("Replies in conversations I watch")
    NEW_THREAD = "new_thread", _("New conversations in spaces I watch")
    MENTION = "mention", _("When someone mentions me")
    REACTION = "reaction", _("Reactions to my posts")
    DECISION = "decision", _("Moderators' decisions on my posts")
    REPORT = "report", _("What happened to posts I reported")


class EmailChoice(models.TextChoices):
    IMMEDIATELY = "immediately", _("Email me straight away")
    DIGEST = "digest", _("Include it in a daily digest email")
    NEVER = "never", _("No emails")


#: What a member gets until they choose otherwise. Reactions are quiet by design.
DEFAULT_EMAIL = {
    NotificationKind.REPLY: EmailChoice.IMMEDIATELY,
    NotificationKind.NEW_THREAD: EmailChoice.DIGEST,
    NotificationKind.MENTION: EmailChoice.IMMEDIATELY,
    NotificationKind.REACTION: EmailChoice.DIGEST,
    NotificationKind.DECISION: EmailChoice.IMMEDIATELY,
    NotificationKind.REPORT: EmailChoice.IMMEDIATELY,
}
#: Reactions are never emailed one by one: at most they are part of the digest.
QUIET_KINDS = {NotificationKind.REACTION}


class NotificationPreference(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preferences",
    )
    kind = models.CharField(max_length=12, choices=NotificationKind.choices)
    email = models.CharField(max_length=12, choices=EmailChoice.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind"], name="one_preference_per_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.kind}: {self.email}"


class Notification(models.Model):
    """One thing to tell a member about a post. Visibility is checked when read and sent,
    never only when created: a post hidden in between is never shown or emailed."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=12, choices=NotificationKind.choices)
    post = models.ForeignKey(
        "community.Post", on_delete=models.CASCADE, related_name="notifications"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    #: reactions are batched into one notification per post; this counts them
    count = models.PositiveIntegerField(default=1)
    #: for decisions: approved / rejected / hidden / removed / restored; for report
    #: outcomes: upheld / dismissed
    decision = models.CharField(max_length=20, blank=True)
    #: "in memory of" threads: gentler, never emailed on their own
    quiet = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            # One per person, kind and post: a retried fan-out never doubles up.
            models.UniqueConstraint(
                fields=["recipient", "kind", "post"],
                condition=~models.Q(kind="decision"),
                name="one_notification_per_post_kind",
            ),
        ]
        indexes = [
            models.Index(
                fields=["recipient", "-updated_at"],
                name="notification_recipient_recent",
            ),
            models.Index(
                fields=["recipient"],
                condition=models.Q(read_at__isnull=True),
                name="notification_unread",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} for {self.recipient_id} about post {self.post_id}"


class DigestRun(models.Model):
    """One row per member per day a digest was considered: makes the digest idempotent."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_runs"
    )
    day = models.DateField()
    sent_at = models.DateTimeField(null=True, blank=True)
    item_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="one_digest_per_day")
        ]

    def __str__(self) -> str:
        return f"Digest for {self.user_id} on {self.day}"
