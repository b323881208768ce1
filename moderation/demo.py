"""Demo moderation for `seed_demo`: settings, watched words, hospital names, kind
rejection messages, the demo moderator on call, and a few items waiting in the queue —
posted through the community services like anyone else's. Idempotent."""

from allauth.account.models import EmailAddress
from django.utils import timezone
from wagtail.models import Site

from accounts.models import User
from community.models import Category, Post, PostStatus
from community.services import posts as post_services
from moderation.models import (
    HospitalName,
    ModerationSettings,
    OnCallModerator,
    RejectionTemplate,
    WatchedWord,
)

WATCHED_WORDS = [
    ("miracle cure*", "hold", ""),
    ("bleach", "hold", ""),
    ("apricot kernel*", "hold", ""),
    ("essential oils cure*", "flag", ""),
    ("buy now", "block", ""),
    ("f*ck", "replace", "****"),
]
HOSPITALS = [
    "Riverside Children's Hospital",
    "St Elsewhere Children's Hospital",
    "Great Northern Infirmary",
    "Lakeside Royal Hospital for Children",
]
TEMPLATES = [
    (
        "Personal details",
        "Thank you for sharing this. We couldn't post it as it was because it includes "
        "details that could identify your family (like a full name, hospital or phone "
        "number). If you post it again without them, we'll be glad to approve it.",
    ),
    (
        "Medical claims",
        "Thank you for wanting to help. We couldn't post this because it suggests a "
        "treatment in place of the care team's advice. You're very welcome to share "
        "your experience of what helped you cope, alongside treatment.",
    ),
    (
        "Better in another space",
        "Thank you for posting. This fits better in another part of the community, so "
        "we haven't published it here; please post it there and people will find it.",
    ),
]
NEWCOMERS = [
    ("demo-newcomer@example.org", "Hopeful Newcomer"),
    ("demo-newcomer2@example.org", "Worried Dad"),
    ("demo-newcomer3@example.org", "Night Owl Mum"),
]
# (newcomer index, category slug, title, body, idempotency key)
HELD_POSTS = [
    (
        0,
        "newly-diagnosed",
        "Hello from a new family",
        "Our daughter was diagnosed with neuroblastoma last week. I've been reading here "
        "every night; thank you all for being so open.",
        "demo-moderation-1",
    ),
    (
        1,
        "treatment-and-side-effects",
        "Which ward are you on?",
        "We're on ward 4 at Riverside Children's Hospital, if anyone's nearby text me on "
        "07700 900123 and we can meet for a coffee.",
        "demo-moderation-2",
    ),
    (
        2,
        "bereaved-families",
        "I can't do this any more",
        "It's been three months since we lost him. Some nights I don't want to be alive "
        "any more. I don't know who else to tell.",
        "demo-moderation-3",
    ),
]


def seed(command) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        ModerationSettings.for_site(site)
    for pattern, action, replacement in WATCHED_WORDS:
        WatchedWord.objects.get_or_create(
            pattern=pattern,
            category=None,
            defaults={"action": action, "replacement": replacement},
        )
    for name in HOSPITALS:
        HospitalName.objects.get_or_create(name=name)
    for title, message in TEMPLATES:
        RejectionTemplate.objects.get_or_create(
            title=title, defaults={"message": message}
        )
    moderator = User.objects.filter(email="moderator@example.org").first()
    if moderator is not None:
        OnCallModerator.objects.get_or_create(
            user=moderator, defaults={"is_on_call": True}
        )
    command.stdout.write("  moderation rules, hospital names and rejection messages")
    _seed_queue(command)


def _seed_queue(command) -> None:
    from accounts.guidelines import guidelines_accept

    categories = {c.slug: c for c in Category.objects.all()}
    if not categories:
        command.stdout.write("  no community categories yet: skipped the demo queue")
        return
    people = []
    for email, name in NEWCOMERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email,
                password="kindred-demo",  # noqa: S106 — documented demo credential
                display_name=name,
                family_role=User.FamilyRole.PARENT,
                age_confirmed_at=timezone.now(),
            )
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
        if not user.accepted_guidelines_version:
            guidelines_accept(user=user)
        people.append(user)
    for index, slug, title, body, key in HELD_POSTS:
        if slug not in categories:
            continue
        if Post.objects.filter(author=people[index], idempotency_key=key).exists():
            continue
        posted = post_services.thread_create(
            actor=people[index],
            category=slug,
            title=title,
            body=body,
            idempotency_key=key,
        )
        if posted.post.status == PostStatus.PENDING:
            command.stdout.write(
                f"  held for review: {title} ({', '.join(posted.reasons)})"
            )
