"""The community's data. State changes go through community.services, never save()."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from community.querysets import CategoryQuerySet, PostQuerySet, ThreadQuerySet


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone can read")
    MEMBERS = "members", _("Members: signed-in members can read")
    PRIVATE = "private", _("Private group: only the group's members can read")


class PostStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Not approved")
    HIDDEN = "hidden", _("Hidden")
    REMOVED = "removed", _("Removed")


class ContentWarning(models.TextChoices):
    NONE = "", _("No content warning")
    LOSS = "loss", _("Loss and grief")
    MEDICAL = "medical", _("Medical details")
    DISTRESSING = "distressing", _("Distressing")


class Category(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.MEMBERS
    )
    position = models.PositiveIntegerField(default=0)
    is_locked = models.BooleanField(
        default=False, help_text=_("Members can read but not start threads or reply.")
    )
    moderators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="moderated_categories",
        help_text=_("Category moderators decide only in their categories."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name


class GroupMembership(models.Model):
    """Membership of a private-group category: members ask, a host or moderator accepts."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Asked to join")
        APPROVED = "approved", _("Member")
        DECLINED = "declined", _("Declined")

    category = models.ForeignKey(
        Category, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="group_memberships",
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.REQUESTED
    )
    is_host = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["category", "user"], name="one_membership_per_group"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.category_id} ({self.status})"


class Thread(models.Model):
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="threads"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="threads",
    )
    title = models.CharField(max_length=150)
    # Mirrors the opening post's status: a thread is visible only once its first post is.
    status = models.CharField(
        max_length=10,
        choices=PostStatus.choices,
        default=PostStatus.PENDING,
        db_index=True,
    )
    is_locked = models.BooleanField(default=False)
    is_pinned = models.BooleanField(default=False)
    in_memory_of = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    last_activity_at = models.DateTimeField(db_index=True)
    # Denormalised count of published posts, kept by the services for listings.
    reply_count = models.PositiveIntegerField(default=0)

    objects = ThreadQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(
                fields=["category", "-last_activity_at"],
                condition=models.Q(status="published"),
                name="thread_published_activity",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("community:thread", kwargs={"thread_id": self.pk})


class Post(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="posts",
    )
    # Position in the thread, assigned at creation under a row lock: permalinks and
    # page numbers stay stable whatever happens to other posts.
    position = models.PositiveIntegerField()
    body = models.TextField()
    body_html = models.TextField(blank=True)
    content_warning = models.CharField(
        max_length=12, choices=ContentWarning.choices, blank=True, default=""
    )
    status = models.CharField(
        max_length=10,
        choices=PostStatus.choices,
        default=PostStatus.PENDING,
        db_index=True,
    )
    deleted_by_author = models.BooleanField(default=False)
    idempotency_key = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["thread", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["thread", "position"], name="post_position_unique"
            ),
            models.UniqueConstraint(
                fields=["author", "idempotency_key"],
                condition=~models.Q(idempotency_key=""),
                name="post_idempotency_unique",
            ),
        ]
        indexes = [
            models.Index(
                fields=["thread", "position"],
                condition=models.Q(status="published"),
                name="post_published_position",
            ),
            models.Index(
                fields=["created_at"],
                condition=models.Q(status="pending"),
                name="post_pending_age",
            ),
        ]

    def __str__(self) -> str:
        return f"Post {self.pk} in thread {self.thread_id}"

    @property
    def is_opening_post(self) -> bool:
        return self.position == 1


class PostRevision(models.Model):
    """The edit history of a post: the body as it was before each edit."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Revision of post {self.post_id}"


class ModerationAction(models.Model):
    """Append-only audit of every state change. Never updated, never deleted."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_name = models.CharField(max_length=150)
    action = models.CharField(max_length=40)
    target_type = models.CharField(max_length=40)
    target_id = models.PositiveBigIntegerField()
    post = models.ForeignKey(
        Post, on_delete=models.SET_NULL, null=True, blank=True, related_name="actions"
    )
    thread = models.ForeignKey(
        Thread, on_delete=models.SET_NULL, null=True, blank=True, related_name="actions"
    )
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    reason = models.TextField(blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self) -> str:
        return f"{self.actor_name}: {self.action} {self.target_type} {self.target_id}"

    def save(self, *args, **kwargs):
        # Single-row invariant: the audit trail is append-only.
        if self.pk is not None:
            raise RuntimeError(
                "Moderation actions are append-only and cannot be changed."
            )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise RuntimeError("Moderation actions are append-only and cannot be deleted.")


class ReactionKind(models.TextChoices):
    """Supportive reactions instead of likes: there is no count to compete on."""

    LOVE = "love", _("Sending love")
    HUGS = "hugs", _("Hugs")
    THINKING = "thinking", _("Thinking of you")
    HELPED = "helped", _("This helped")


class Reaction(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reactions"
    )
    kind = models.CharField(max_length=10, choices=ReactionKind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["post", "user", "kind"], name="one_reaction_of_a_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} on post {self.post_id}"


class PostPhoto(models.Model):
    """A photo uploaded with a post: re-encoded on upload, so no EXIF/GPS survives."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(upload_to="community/photos/%Y/%m/")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    alt_text = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"Photo {self.pk} on post {self.post_id}"


class Mention(models.Model):
    """An @mention in a post, stored so the members app can notify the person."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="mentions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentions"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["post", "user"], name="one_mention_per_post"
            )
        ]

    def __str__(self) -> str:
        return f"Mention of {self.user_id} in post {self.post_id}"


class MutedWord(models.Model):
    """A word or phrase a member would rather not see: posts containing it collapse."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="muted_words"
    )
    word = models.CharField(max_length=60)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["word"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "word"], name="one_muted_word_per_user"
            )
        ]

    def __str__(self) -> str:
        return self.word


class MutedMember(models.Model):
    """A member someone has muted: their posts collapse for that someone only."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="muted_members"
    )
    muted = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="muted_by"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "muted"], name="one_mute_per_member"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} muted {self.muted_id}"


class ThreadRead(models.Model):
    """How far a member has read a thread, for unread markers."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="thread_reads"
    )
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="reads")
    last_read_position = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "thread"], name="one_read_mark_per_thread"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} read {self.thread_id} to {self.last_read_position}"
