"""Demo community for `seed_demo`: spaces of every visibility and gentle, realistic
conversations, all created through the services (held posts approved by the demo
moderator, as a real moderator would). Idempotent: idempotency keys replay."""

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts import guidelines
from community.models import Category, PostStatus, Visibility
from community.services import posts as post_services
from community.services import reactions, spaces
from community.services.transitions import post_transition

CATEGORIES = [
    (
        "newly-diagnosed",
        "Newly diagnosed",
        Visibility.PUBLIC,
        "The first days and weeks: questions, fears, and what helped other families.",
    ),
    (
        "treatment-and-side-effects",
        "Treatment and side effects",
        Visibility.MEMBERS,
        "Chemo, radiotherapy, surgery, steroids, nausea, hair loss, long hospital stays.",
    ),
    (
        "supportive-and-palliative-care",
        "Supportive and palliative care",
        Visibility.PUBLIC,
        "Comfort, pain relief and extra support alongside treatment, from diagnosis on.",
    ),
    (
        "siblings",
        "Siblings",
        Visibility.MEMBERS,
        "For brothers and sisters, and the parents trying to hold everyone together.",
    ),
    (
        "bereaved-families",
        "Bereaved families",
        Visibility.MEMBERS,
        "For families whose child has died. Take all the time you need here.",
    ),
    (
        "bereaved-parents-circle",
        "Bereaved parents' circle",
        Visibility.PRIVATE,
        "A small private group for bereaved parents. Ask to join; a host will welcome you.",
    ),
    (
        "survivorship",
        "Survivorship",
        Visibility.PUBLIC,
        "Life after treatment: follow-up scans, late effects, school and growing up.",
    ),
]

MEMBERS = [
    ("demo-wren@example.org", "Quiet Wren", "parent"),
    ("demo-otter@example.org", "Steady Otter", "parent"),
    ("demo-robin@example.org", "Robin in Leeds", "patient"),
    ("demo-fern@example.org", "Fern and Moss", "sibling"),
    ("demo-lark@example.org", "Lark's Mum", "bereaved_parent"),
    ("demo-oak@example.org", "Old Oak", "family_friend"),
    ("demo-nurse@example.org", "Nurse Juniper", "professional"),
]

# (category slug, author index, title, content warning, opening post, [(author, reply)])
THREADS = [
    (
        "newly-diagnosed",
        0,
        "Diagnosis on Friday, and I don't know where to start",
        "",
        "Our son (6) was diagnosed with ALL on Friday. Everything is a blur of consent "
        "forms and new words. How did you get through the first week?",
        [
            (
                1,
                "I remember that blur. Write your questions down as they come, even at "
                "3 a.m. The team expects lots of them. Be gentle with yourself.",
            ),
            (
                6,
                "The first weeks are a lot. Ask the ward for the family support worker; "
                "they can help with parking, meals and school letters.",
            ),
            (5, "Sending love. One day at a time, sometimes one hour at a time."),
        ],
    ),
    (
        "newly-diagnosed",
        1,
        "What to pack for the first hospital stay",
        "",
        "Things that made our first stay easier: a long phone charger, a soft blanket "
        "from home, slippers, a notebook, and snacks for the parent on the fold-out bed.",
        [
            (
                0,
                "Thank you, the long charger is genius. Adding a water bottle with a straw.",
            ),
            (2, "From the patient side: headphones. Wards are noisy at night."),
        ],
    ),
    (
        "treatment-and-side-effects",
        2,
        "Nausea on chemo: what actually helped",
        "medical",
        "I'm 15 and on my fourth block of chemotherapy. The anti-sickness medicine "
        "helps, but the smell of food still gets me. Ginger biscuits and cold food help "
        "a bit. Anything else?",
        [
            (
                6,
                "Small, cold meals and eating before the worst of it can help. Do tell "
                "your team how often you're sick: they can change the anti-sickness plan.",
            ),
            (
                1,
                "My daughter liked ice lollies and plain crackers. Hope tomorrow is kinder.",
            ),
        ],
    ),
    (
        "treatment-and-side-effects",
        0,
        "Steroid hunger at 2 a.m.",
        "",
        "Anyone else's child asking for toast and noodles in the middle of the night on "
        "dexamethasone? The mood swings are hard too.",
        [
            (
                1,
                "Yes! We kept a box of easy snacks by the bed. It does pass after the block.",
            ),
            (
                3,
                "My brother was so grumpy on steroids. It wasn't really him. It got better.",
            ),
        ],
    ),
    (
        "supportive-and-palliative-care",
        6,
        "Palliative care isn't only for the end",
        "",
        "A lot of families are surprised that palliative care can start at diagnosis, "
        "alongside treatment. It's about comfort: pain, nausea, sleep, worry. Ask your "
        "child's doctor for a referral if you'd like extra support.",
        [
            (
                0,
                "I wish we'd known this earlier. Our palliative nurse helped with pain at "
                "home so much.",
            ),
            (5, "Thank you for explaining it so kindly."),
        ],
    ),
    (
        "supportive-and-palliative-care",
        1,
        "Comfort care at home: what we learned",
        "loss",
        "When treatment stopped working, we chose comfort care at home. The hospice "
        "team came every day. I'm sharing in case it helps someone facing the same choice.",
        [
            (4, "Thank you for sharing something so tender. Thinking of you."),
        ],
    ),
    (
        "siblings",
        3,
        "Nobody asks how I am",
        "",
        "My little sister has cancer and everyone asks about her. I'm 14. I love her "
        "but sometimes I feel invisible.",
        [
            (
                6,
                "What you feel is very common, and it matters. Is there a teacher or a "
                "sibling group you could talk to?",
            ),
            (
                0,
                "As a parent, thank you for writing this. I'm going to ask my older one "
                "tonight how they are.",
            ),
        ],
    ),
    (
        "bereaved-families",
        4,
        "The first birthday without her",
        "loss",
        "It would have been Lark's ninth birthday next week. We're thinking of letting "
        "off lanterns. How do other families mark the day?",
        [
            (1, "We bake his favourite cake and everyone tells a story about him."),
            (5, "Holding you close in my thoughts next week."),
        ],
    ),
    (
        "bereaved-parents-circle",
        4,
        "Welcome to the circle",
        "",
        "This is a small, private space. Say as much or as little as you like. "
        "You are among people who understand.",
        [],
    ),
    (
        "survivorship",
        2,
        "Five years clear and still nervous before scans",
        "",
        "Five years since my last treatment. I still can't sleep the week before a "
        "follow-up scan. Is 'scanxiety' normal this long after?",
        [
            (1, "Completely normal. We plan something nice for after every scan."),
            (
                6,
                "Very common. The late-effects clinic can talk through it with you too.",
            ),
        ],
    ),
    (
        "survivorship",
        5,
        "Going back to school after treatment",
        "",
        "Our granddaughter returns to school after a year away. Any tips for talking "
        "with teachers about fatigue and missed work?",
        [
            (
                0,
                "A meeting before the first day helped us, with a plan for rest breaks.",
            ),
            (2, "Let her choose what to tell classmates. That helped me a lot."),
        ],
    ),
    (
        "newly-diagnosed",
        2,
        "Words that helped me understand my diagnosis",
        "",
        "When I was diagnosed, a nurse drew my blood cells on a napkin. Did anyone "
        "find good, simple explanations for kids?",
        [(6, "Many hospitals have picture books for this. Ask your key worker.")],
    ),
]


def _demo_user(email: str, display_name: str, role: str):
    User = get_user_model()
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email=email,
            password=None,
            display_name=display_name,
            family_role=role,
            age_confirmed_at=timezone.now(),
            accepted_guidelines_version=_guidelines_version(),
        )
    return user


def _guidelines_version() -> int:
    version = guidelines.current()
    return version.version if version is not None else 1


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
    moderator = User.objects.filter(email="moderator@example.org").first()
    if moderator is None:
        command.stdout.write("  community demo skipped: the demo moderator is missing")
        return
    for position, (slug, name, visibility, description) in enumerate(CATEGORIES):
        if not Category.objects.filter(slug=slug).exists():
            spaces.category_create(
                actor=moderator,
                name=name,
                slug=slug,
                visibility=visibility,
                description=description,
                position=position,
            )
    members = [_demo_user(*m) for m in MEMBERS]
    circle = Category.objects.get(slug="bereaved-parents-circle")
    spaces.membership_add(
        actor=moderator, category=circle, user=members[4], is_host=True
    )
    spaces.membership_add(actor=moderator, category=circle, user=members[1])

    for n, (slug, author_i, title, warning, body, replies) in enumerate(THREADS):
        posted = post_services.thread_create(
            actor=members[author_i],
            category=slug,
            title=title,
            body=body,
            content_warning=warning,
            idempotency_key=f"demo-thread-{n}",
            rate_limit=False,
        )
        _publish(moderator, posted)
        for r, (reply_i, text) in enumerate(replies):
            reply = post_services.post_create(
                actor=members[reply_i],
                thread_id=posted.post.thread_id,
                body=text,
                idempotency_key=f"demo-reply-{n}-{r}",
                rate_limit=False,
            )
            _publish(moderator, reply)
        if not replies or posted.replayed:
            continue
        for kind, who in (("love", 5), ("hugs", 0), ("helped", 1)):
            if members[who].pk != posted.post.author_id:
                reactions.reaction_toggle(
                    actor=members[who], post_id=posted.post.pk, kind=kind
                )
    # One newcomer's first post, waiting in the moderation queue as a real one would.
    newcomer = _demo_user("demo-newcomer@example.org", "New Here", "parent")
    post_services.thread_create(
        actor=newcomer,
        category="newly-diagnosed",
        title="Hello from a new mum",
        body="Our daughter started treatment this week. Is it okay to just read for now?",
        idempotency_key="demo-newcomer-0",
        rate_limit=False,
    )
    command.stdout.write(
        f"  community: {len(CATEGORIES)} spaces, {len(THREADS)} threads"
    )
