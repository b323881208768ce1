from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ModerationConfig(AppConfig):
    name = "moderation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        post_migrate.connect(grant_moderator_permissions, sender=self)


def grant_moderator_permissions(sender, **kwargs) -> None:
    """Moderators manage the rules (watched words, hospitals, settings) in the admin."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from accounts.roles import GROUP_NAMES, MODERATOR

    # This app is listed before django.contrib.auth, so make our permissions first.
    create_permissions(sender, verbosity=0, using=kwargs.get("using", "default"))
    group, _ = Group.objects.get_or_create(name=GROUP_NAMES[MODERATOR])
    codenames = [
        f"{verb}_{model}"
        for model in (
            "watchedword",
            "hospitalname",
            "rejectiontemplate",
            "categoryrule",
            "oncallmoderator",
            "moderationsettings",
        )
        for verb in ("add", "change", "delete", "view")
    ]
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="moderation", codename__in=codenames
        )
    )
