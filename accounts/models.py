from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class KindredUserManager(UserManager):
    def _create_user(self, username, email, password, **extra_fields):
        # Email is the login; the username column is kept only for Django/Wagtail
        # internals and mirrors the email.
        email = self.normalize_email(email)
        username = username or email
        return super()._create_user(username, email, password, **extra_fields)

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("username", email)
        username = extra_fields.pop("username")
        return super().create_user(username, email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("username", email)
        username = extra_fields.pop("username")
        return super().create_superuser(username, email, password, **extra_fields)


class User(AbstractUser):
    """A Kindred account. Shown to others only by its pseudonymous display name."""

    class FamilyRole(models.TextChoices):
        PARENT = "parent", _("Parent or carer")
        PATIENT = "patient", _("Patient")
        SIBLING = "sibling", _("Sibling")
        FAMILY_FRIEND = "family_friend", _("Family member or friend")
        BEREAVED_PARENT = "bereaved_parent", _("Bereaved parent")
        PROFESSIONAL = "professional", _("Professional")

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(_("display name"), max_length=40, blank=True)
    family_role = models.CharField(
        _("your role"), max_length=20, choices=FamilyRole.choices, blank=True
    )
    bio = models.CharField(_("short bio"), max_length=300, blank=True)
    avatar = models.ImageField(upload_to="avatars/%Y/%m/", blank=True)
    profile_hidden_from_public = models.BooleanField(
        _("hide my profile from people who are not signed in"), default=False
    )
    age_confirmed_at = models.DateTimeField(null=True, blank=True)
    accepted_guidelines_version = models.PositiveIntegerField(default=0)
    accepted_guidelines_at = models.DateTimeField(null=True, blank=True)
    notifications_paused_until = models.DateTimeField(null=True, blank=True)
    in_memory_of = models.BooleanField(default=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = KindredUserManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                Lower("display_name"),
                condition=~models.Q(display_name=""),
                name="accounts_user_display_name_ci_unique",
            )
        ]

    def __str__(self) -> str:
        return self.display_name or _("Kindred member")

    @property
    def public_name(self) -> str:
        return self.display_name or str(_("A Kindred member"))

    @property
    def notifications_paused(self) -> bool:
        return bool(
            self.notifications_paused_until
            and self.notifications_paused_until > timezone.now()
        )


class GuidelinesVersion(models.Model):
    """A published version of the community guidelines (the page itself is Wagtail's).

    Members accept the highest published version; publishing a new one asks every
    member to read what changed and accept again before they post.
    """

    version = models.PositiveIntegerField(_("version"), unique=True)
    summary = models.TextField(
        _("what changed"),
        help_text=_("A short, plain summary members read before accepting again."),
    )
    published_at = models.DateTimeField(_("published at"), default=timezone.now)

    class Meta:
        ordering = ["-version"]
        verbose_name = _("community guidelines version")
        verbose_name_plural = _("community guidelines versions")

    def __str__(self) -> str:
        return str(_("Guidelines version %(version)s") % {"version": self.version})
