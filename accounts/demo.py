"""Demo accounts for `seed_demo` (DEBUG only): one per role, password kindred-demo."""

from allauth.account.models import EmailAddress
from django.utils import timezone

from accounts.guidelines import guidelines_accept
from accounts.models import GuidelinesVersion, User
from accounts.roles import EDITOR, MEMBER, MODERATOR, ensure_groups, role_grant

DEMO_PASSWORD = "kindred-demo"  # noqa: S105 — documented demo credential, DEBUG only
DEMO_ACCOUNTS = (
    ("member@example.org", "Hopeful Heron", User.FamilyRole.PARENT, MEMBER),
    (
        "moderator@example.org",
        "Moderator Maple",
        User.FamilyRole.PROFESSIONAL,
        MODERATOR,
    ),
    ("editor@example.org", "Editor Elm", User.FamilyRole.PROFESSIONAL, EDITOR),
)


FIRST_GUIDELINES_SUMMARY = (
    "Our first community guidelines: be kind, keep each other's privacy (no full "
    "names, hospitals or contact details), no medical advice in place of your care "
    "team, and ask for help when you need it."
)


def seed(command) -> None:
    ensure_groups()
    if not GuidelinesVersion.objects.exists():
        GuidelinesVersion.objects.create(version=1, summary=FIRST_GUIDELINES_SUMMARY)
        command.stdout.write("  community guidelines version 1")
    for email, display_name, family_role, role in DEMO_ACCOUNTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email,
                password=DEMO_PASSWORD,
                display_name=display_name,
                family_role=family_role,
                age_confirmed_at=timezone.now(),
            )
            command.stdout.write(f"  demo account {email} ({role})")
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        role_grant(user=user, role=role)
        if not user.accepted_guidelines_version:
            guidelines_accept(user=user)
