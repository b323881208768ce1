"""Moderation's own data: settings, rules, the review queue, reports and sanctions.

Post states and the audit trail live in community (Post.status, ModerationAction); this
app decides *why* something waits for a moderator and records what it decided.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="warning")
class ModerationSettings(BaseSiteSetting):
    sandbox_posts = models.PositiveIntegerField(
        _("new-member sandbox: posts held"),
        default=3,
        help_text=_(
            "A member's first posts are read by a moderator before they appear."
        ),
    )
    trusted_after_days = models.PositiveIntegerField(
        _("trust after days"),
        default=30,
        help_text=_(
            "Members whose account is at least this old and who have had one post "
            "approved leave the sandbox early."
        ),
    )
    report_threshold = models.PositiveIntegerField(
        _("reports that hide a post"),
        default=3,
        help_text=_(
            "Reports from this many different members hide a post until reviewed."
        ),
    )
    escalate_after_minutes = models.PositiveIntegerField(
        _("escalate after (minutes)"),
        default=120,
        help_text=_("Items waiting longer than this are emailed to every moderator."),
    )
    posts_per_hour = models.PositiveIntegerField(
        _("posts per hour before holding"),
        default=10,
        help_text=_("Posting faster than this holds the post (rate limit)."),
    )
    max_links = models.PositiveIntegerField(
        _("links before a post counts as link-heavy"), default=4
    )
    duplicate_window_minutes = models.PositiveIntegerField(
        _("duplicate window (minutes)"),
        default=60,
        help_text=_("The same text posted again within this time is held as spam."),
    )
    detect_crisis = models.BooleanField(_("detect crisis language"), default=True)
    detect_personal_details = models.BooleanField(
        _("detect personal details"), default=True
    )
    hold_links_from_sandboxed = models.BooleanField(
        _("hold links and images from members in the sandbox"), default=True
    )

    class Meta:
        verbose_name = _("moderation settings")


class CategoryRule(models.Model):
    """Per-category overrides of the site-wide settings."""

    category = models.OneToOneField(
        "community.Category", on_delete=models.CASCADE, related_name="moderation_rule"
    )
    sandbox_posts = models.PositiveIntegerField(
        _("new-member sandbox: posts held"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the site-wide setting."),
    )
    hold_all_posts = models.BooleanField(
        _("hold every post in this category"), default=False
    )
    report_threshold = models.PositiveIntegerField(
        _("reports that hide a post"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the site-wide setting."),
    )

    class Meta:
        verbose_name = _("category rule")

    def __str__(self) -> str:
        return str(self.category)


class WatchedWord(models.Model):
    class Action(models.TextChoices):
        BLOCK = "block", _("Block: the post is refused")
        HOLD = "hold", _("Hold: a moderator reads it first")
        FLAG = "flag", _("Flag: published, and added to the queue")
        REPLACE = "replace", _("Replace: the word is swapped before saving")

    pattern = models.CharField(
        _("word or phrase"),
        max_length=120,
        help_text=_("Use * as a wildcard, e.g. 'cure*' matches cures and cured."),
    )
    action = models.CharField(
        max_length=10, choices=Action.choices, default=Action.HOLD
    )
    replacement = models.CharField(max_length=120, blank=True)
    category = models.ForeignKey(
        "community.Category",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Leave empty to watch everywhere."),
    )
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pattern"]
        verbose_name = _("watched word")

    def __str__(self) -> str:
        return f"{self.pattern} ({self.get_action_display()})"


class HospitalName(models.Model):
    name = models.CharField(max_length=150, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("hospital name")

    def __str__(self) -> str:
        return self.name


class RejectionTemplate(models.Model):
    title = models.CharField(max_length=100)
    message = models.TextField(
        help_text=_("Sent to the author, kindly: say what to change, never blame.")
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("rejection message")

    def __str__(self) -> str:
        return self.title


class OnCallModerator(models.Model):
    """Who gets urgent crisis alerts first. With nobody on call, every moderator does."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="moderation_on_call",
    )
    is_on_call = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("on-call moderator")

    def __str__(self) -> str:
        return str(self.user)


class Reason(models.TextChoices):
    CRISIS = "crisis", _("Crisis language")
    POSSIBLE_CRISIS = "possible_crisis", _("Possible crisis language (published)")
    PERSONAL_DETAILS = "personal_details", _("Personal details")
    REPORTS = "reports", _("Reported by members")
    NEW_MEMBER = "new_member", _("New member's post")
    WATCHED_WORD = "watched_word", _("Watched word")
    LINKS = "links", _("Links from a new member")
    IMAGES = "images", _("Photos or images from a new member")
    RATE_LIMIT = "rate_limit", _("Posting very fast")
    SPAM = "spam", _("Looks like spam")
    CATEGORY = "category", _("Category holds every post")
    EDIT = "edit", _("Edit by a new member")
    SANCTIONED = "sanctioned", _("Member is sanctioned")


class QueueItem(models.Model):
    """One thing a moderator needs to look at. Open until a decision resolves it."""

    class Kind(models.TextChoices):
        HELD = "held", _("Held post")
        REPORT = "report", _("Reported post")
        ALERT = "alert", _("Automatic alert")
        EDIT = "edit", _("Edit by a new member")

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting")
        RESOLVED = "resolved", _("Decided")

    post = models.ForeignKey(
        "community.Post", on_delete=models.CASCADE, related_name="queue_items"
    )
    category = models.ForeignKey(
        "community.Category", on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    reasons = models.JSONField(default=list)
    priority = models.PositiveSmallIntegerField(default=0, db_index=True)
    report_weight = models.FloatField(default=0)
    suggested_redaction = models.TextField(blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    # When the urgent crisis email went out, and to how many moderators.
    alerted_at = models.DateTimeField(null=True, blank=True)
    alert_recipients = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decision = models.CharField(max_length=20, blank=True)
    decision_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-priority", "-report_weight", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "kind"],
                condition=models.Q(status="open"),
                name="one_open_queue_item_per_post_kind",
            )
        ]
        indexes = [
            models.Index(
                fields=["-priority", "-report_weight", "created_at"],
                condition=models.Q(status="open"),
                name="queue_open_order",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.post_id}"


class Report(models.Model):
    class ReportReason(models.TextChoices):
        SAFETY = "safety", _("I'm worried about someone's safety")
        MISINFORMATION = "misinformation", _("Medical misinformation")
        CHILD_PRIVACY = "child_privacy", _("A child's privacy")
        UNKIND = "unkind", _("Unkind or harassing")
        SPAM = "spam", _("Spam")
        OTHER = "other", _("Something else")

    class Outcome(models.TextChoices):
        PENDING = "pending", _("Waiting for a moderator")
        UPHELD = "upheld", _("Acted on")
        DISMISSED = "dismissed", _("No action needed")
        # The author deleted their account and their posts with it: nobody judged the
        # report, so it counts neither for nor against the reporter.
        WITHDRAWN = "withdrawn", _("Taken down by its author")

    post = models.ForeignKey(
        "community.Post", on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="moderation_reports",
    )
    reason = models.CharField(max_length=20, choices=ReportReason.choices)
    note = models.TextField(blank=True, max_length=1000)
    weight = models.FloatField(default=1.0)
    outcome = models.CharField(
        max_length=10, choices=Outcome.choices, default=Outcome.PENDING, db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"], name="one_report_per_member"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} (post {self.post_id})"


class Sanction(models.Model):
    class Kind(models.TextChoices):
        WARN = "warn", _("Warning")
        SILENCE = "silence", _("Silenced")
        SUSPEND = "suspend", _("Suspended")
        BAN = "ban", _("Banned")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sanctions"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    reason = models.TextField()
    until = models.DateTimeField(null=True, blank=True)
    lifted_at = models.DateTimeField(null=True, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.user}"

    @property
    def is_active(self) -> bool:
        if self.kind == self.Kind.WARN or self.lifted_at:
            return False
        return self.until is None or self.until > timezone.now()
