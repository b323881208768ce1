"""Generated community data for benchmarks (and the search benchmarks): thousands of
threads and posts in a few seconds.

This is the one place that bypasses community.services, on purpose and only for bench
data: it writes rows with bulk_create, so no screening, audit or outbox happens. Never
call it on a real database.
"""

import random
from dataclasses import dataclass, field
from datetime import timedelta
from html import escape

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from community.models import Category, Post, PostStatus, Thread, Visibility

BATCH = 5_000
BIG_THREAD_POSTS = 1_000

CATEGORY_SPECS = [
    ("bench-newly-diagnosed", "Newly diagnosed", Visibility.PUBLIC),
    ("bench-treatment", "Treatment and side effects", Visibility.MEMBERS),
    ("bench-palliative", "Supportive and palliative care", Visibility.PUBLIC),
    ("bench-siblings", "Siblings", Visibility.MEMBERS),
    ("bench-bereaved-circle", "Bereaved parents' circle", Visibility.PRIVATE),
    ("bench-survivorship", "Survivorship", Visibility.PUBLIC),
]

OPENERS = [
    "Our daughter",
    "My son",
    "Our little one",
    "My brother",
    "My sister",
    "Our grandson",
    "I",
    "We",
]
EVENTS = [
    "started chemo this week",
    "had a lumbar puncture today",
    "is struggling with nausea after the second block",
    "finished radiotherapy on Friday",
    "has a port flush tomorrow",
    "moved to palliative care",
    "had clear scans at the follow-up",
    "is on steroids and hungry all night",
    "lost her hair and is being so brave",
    "has mucositis and can't eat much",
    "was admitted with a fever and neutropenia",
    "starts maintenance next month",
    "had a bone marrow aspirate",
    "is back at school part-time",
    "had a blood transfusion and perked up",
]
FEELINGS = [
    "I feel completely overwhelmed.",
    "We're exhausted but holding on.",
    "Some days are better than others.",
    "The nurses have been wonderful.",
    "I don't know how to explain it to his siblings.",
    "Comfort care at home has brought some peace.",
    "The anti-sickness medicine is finally helping.",
    "Fatigue is the hardest part right now.",
    "We're grateful for every good day.",
    "Scanxiety is real.",
]
QUESTIONS = [
    "Did anyone else go through this?",
    "What helped with the nausea?",
    "How did you talk to school about it?",
    "Any tips for long hospital stays?",
    "How do you look after yourself through it?",
    "Is this normal after chemotherapy?",
    "What should we ask the oncologist?",
    "How did you cope with the waiting?",
]
REPLIES = [
    "Sending love to you all.",
    "We went through the same with ALL, and it did get easier.",
    "Ginger, ice lollies and small cold meals helped us with chemo nausea.",
    "Ask for the palliative care team early; they helped so much with pain.",
    "Thinking of you tonight.",
    "Our play specialist was brilliant with procedures.",
    "Write your questions down before the ward round.",
    "The social worker helped us with parking costs and benefits.",
    "Hugs from another parent who understands.",
    "Steroid rage passes, I promise. Keep snacks by the bed.",
    "Late effects clinic was reassuring for us after treatment.",
    "This helped me so much, thank you for sharing.",
]


@dataclass
class Generated:
    categories: dict[str, Category] = field(default_factory=dict)
    big_thread_id: int = 0
    thread_count: int = 0
    post_count: int = 0
    users: list = field(default_factory=list)

    @property
    def public_category(self) -> Category:
        return self.categories["bench-newly-diagnosed"]


def _text(rng: random.Random, opening: bool) -> str:
    if opening:
        parts = [
            f"{rng.choice(OPENERS)} {rng.choice(EVENTS)}.",
            rng.choice(FEELINGS),
            rng.choice(FEELINGS),
            rng.choice(QUESTIONS),
        ]
    else:
        parts = [rng.choice(REPLIES), rng.choice(FEELINGS)]
        if rng.random() < 0.4:
            parts.append(f"{rng.choice(OPENERS)} {rng.choice(EVENTS)} too.")
    return " ".join(parts)


def _status(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.02:
        return PostStatus.PENDING
    if roll < 0.03:
        return PostStatus.HIDDEN
    if roll < 0.035:
        return PostStatus.REMOVED
    return PostStatus.PUBLISHED


def generate_community(
    *, threads: int = 10_000, posts: int = 200_000, users: int = 300, seed: int = 2026
) -> Generated:
    """Create `threads` threads holding `posts` posts in total (openers included).

    The first thread is published in a public category and has 1,000 posts (or fewer
    when `posts` is small), for the "long thread" page. About 3.5% of everything else is
    pending, hidden or removed, so visibility filters have something to filter.
    """
    rng = random.Random(seed)
    now = timezone.now()
    User = get_user_model()
    result = Generated()
    with transaction.atomic():
        for position, (slug, name, visibility) in enumerate(CATEGORY_SPECS):
            result.categories[slug], _ = Category.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "visibility": visibility,
                    "position": 100 + position,
                    "description": f"Generated {name.lower()} space.",
                },
            )
        start = User.objects.count()
        User.objects.bulk_create(
            [
                User(
                    email=f"bench{start + i}@example.org",
                    username=f"bench{start + i}@example.org",
                    display_name=f"Bench member {start + i}",
                    password="!",  # unusable
                    accepted_guidelines_version=1,
                )
                for i in range(users)
            ],
            batch_size=BATCH,
        )
        people = list(User.objects.order_by("-pk")[:users])
        result.users = people
        cats = list(result.categories.values())

        thread_objs = []
        for i in range(threads):
            category = result.public_category if i == 0 else rng.choice(cats)
            status = PostStatus.PUBLISHED if i == 0 else _status(rng)
            thread_objs.append(
                Thread(
                    category=category,
                    author=rng.choice(people),
                    title=f"{rng.choice(OPENERS)} {rng.choice(EVENTS)}"[:150],
                    status=status,
                    last_activity_at=now
                    - timedelta(minutes=rng.randint(0, 60 * 24 * 365)),
                    is_pinned=i % 997 == 1,
                )
            )
        Thread.objects.bulk_create(thread_objs, batch_size=BATCH)
        created = list(
            Thread.objects.filter(category__in=cats)
            .order_by("-pk")
            .values_list("pk", "status", "author_id")[:threads]
        )[::-1]
        result.big_thread_id = created[0][0]
        result.thread_count = len(created)

        # Openers first (one per thread), then replies: the big thread, then the rest.
        per_thread = [1] * len(created)
        remaining = max(0, posts - len(created))
        big = min(BIG_THREAD_POSTS - 1, remaining)
        per_thread[0] += big
        remaining -= big
        for _ in range(remaining):
            per_thread[rng.randrange(1, len(created)) if len(created) > 1 else 0] += 1

        batch: list[Post] = []
        reply_counts: dict[int, int] = {}
        total = 0
        for (thread_id, thread_status, author_id), count in zip(
            created, per_thread, strict=True
        ):
            published_replies = 0
            for position in range(1, count + 1):
                opening = position == 1
                status = thread_status if opening else _status(rng)
                body = _text(rng, opening)
                batch.append(
                    Post(
                        thread_id=thread_id,
                        author_id=author_id if opening else rng.choice(people).pk,
                        position=position,
                        body=body,
                        body_html=f"<p>{escape(body)}</p>",
                        content_warning="medical" if rng.random() < 0.03 else "",
                        status=status,
                        published_at=now if status != PostStatus.PENDING else None,
                    )
                )
                if not opening and status == PostStatus.PUBLISHED:
                    published_replies += 1
                if len(batch) >= BATCH:
                    Post.objects.bulk_create(batch)
                    total += len(batch)
                    batch = []
            reply_counts[thread_id] = published_replies
        if batch:
            Post.objects.bulk_create(batch)
            total += len(batch)
        result.post_count = total

        to_update = []
        for thread in Thread.objects.filter(pk__in=reply_counts).only(
            "pk", "reply_count"
        ):
            thread.reply_count = reply_counts[thread.pk]
            to_update.append(thread)
        Thread.objects.bulk_update(to_update, ["reply_count"], batch_size=BATCH)
    return result
