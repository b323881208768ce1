"""Random sequences of posting, editing, reporting and decisions keep the invariants:
a post is visible iff it (and its thread's opening post) is published; every status
change writes exactly one audit row and a search outbox entry."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from accounts.roles import MODERATOR, role_grant
from community.models import ModerationAction, Post, PostStatus, Visibility
from community.services import posts as post_services
from community.services import spaces
from core.errors import DomainError
from moderation import services
from moderation.models import CategoryRule
from search.models import OutboxEntry
from tests.factories.accounts import UserFactory

BODIES = [
    "Scan day tomorrow, feeling wobbly.",
    "Thank you all so much.",
    "Call me on 07700 900123.",
    "I don't want to be alive any more.",
    "Chemo is killing me slowly, the nausea.",
    "Has anyone tried ginger for sickness?",
]
DECISIONS = ["approve", "reject", "hide", "remove", "restore", "edit_approve"]
REASONS = ["spam", "unkind", "safety", "other"]

operation = st.one_of(
    st.tuples(st.just("thread"), st.integers(0, 2), st.sampled_from(BODIES)),
    st.tuples(
        st.just("reply"), st.integers(0, 2), st.integers(0, 20), st.sampled_from(BODIES)
    ),
    st.tuples(st.just("edit"), st.integers(0, 20), st.sampled_from(BODIES)),
    st.tuples(
        st.just("report"),
        st.integers(0, 2),
        st.integers(0, 20),
        st.sampled_from(REASONS),
    ),
    st.tuples(st.just("decide"), st.integers(0, 20), st.sampled_from(DECISIONS)),
    st.tuples(
        st.just("everyone_reports"), st.integers(0, 20), st.sampled_from(REASONS)
    ),
    st.tuples(
        st.just("approve_all"),
    ),
    st.tuples(st.just("edit_published"), st.integers(0, 20), st.sampled_from(BODIES)),
)


class ModerationInvariants(TestCase):
    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.lists(operation, min_size=4, max_size=20))
    def test_random_sequences_keep_visibility_audit_and_outbox_in_step(self, ops):
        post_services.RATE_PER_MINUTE = post_services.RATE_PER_HOUR = 10_000
        category = spaces.category_create(
            actor=None,
            system=True,
            name="Everything",
            slug="everything",
            visibility=Visibility.MEMBERS,
            description="",
        )
        CategoryRule.objects.create(
            category=category, sandbox_posts=1, report_threshold=2
        )
        members = [UserFactory() for _ in range(3)]
        reader = UserFactory()
        moderator = UserFactory()
        role_grant(user=moderator, role=MODERATOR)

        for op in ops:
            before = dict(Post.objects.values_list("pk", "status"))
            audit_before = ModerationAction.objects.count()
            outbox_before = {
                pk: OutboxEntry.objects.filter(
                    model="community.post", object_id=str(pk)
                ).count()
                for pk in before
            }
            self._apply(op, members, moderator, category)
            after = dict(Post.objects.values_list("pk", "status"))
            changed = {
                pk: (before[pk], after[pk]) for pk in before if before[pk] != after[pk]
            }
            for pk, (old, new) in changed.items():
                rows = ModerationAction.objects.filter(
                    post_id=pk, from_status=old, to_status=new, pk__gt=0
                ).order_by("-id")
                assert rows.exists(), (op, pk, old, new)
                assert (
                    OutboxEntry.objects.filter(
                        model="community.post", object_id=str(pk)
                    ).count()
                    > outbox_before[pk]
                ), (op, pk)
            new_rows = ModerationAction.objects.order_by("id")[audit_before:]
            status_changes = [
                r
                for r in new_rows
                if r.target_type == "post"
                and r.from_status
                and r.from_status != r.to_status
            ]
            assert len(status_changes) == len(changed), (op, changed, status_changes)
            for post in Post.objects.select_related("thread"):
                visible = Post.objects.visible_to(reader).filter(pk=post.pk).exists()
                expected = (
                    post.status == PostStatus.PUBLISHED
                    and post.thread.status == PostStatus.PUBLISHED
                )
                assert visible == expected, (
                    op,
                    post.pk,
                    post.status,
                    post.thread.status,
                )
            for pk in set(after) - set(before):
                assert OutboxEntry.objects.filter(
                    model="community.post", object_id=str(pk)
                ).exists()

    def _apply(self, op, members, moderator, category):
        posts = list(Post.objects.order_by("pk").values_list("pk", flat=True))
        try:
            if op[0] == "thread":
                post_services.thread_create(
                    actor=members[op[1]],
                    category=category.slug,
                    title="A thread",
                    body=op[2],
                )
            elif op[0] == "reply" and posts:
                post = Post.objects.get(pk=posts[op[2] % len(posts)])
                post_services.post_create(
                    actor=members[op[1]], thread_id=post.thread_id, body=op[3]
                )
            elif op[0] == "edit" and posts:
                post = Post.objects.get(pk=posts[op[1] % len(posts)])
                if post.author is not None:
                    post_services.post_edit(
                        actor=post.author, post_id=post.pk, body=op[2] + " (edited)"
                    )
            elif op[0] == "report" and posts:
                services.report_create(
                    actor=members[op[1]],
                    post_id=posts[op[2] % len(posts)],
                    reason=op[3],
                )
            elif op[0] == "everyone_reports" and posts:
                for member in members:
                    try:
                        services.report_create(
                            actor=member,
                            post_id=posts[op[1] % len(posts)],
                            reason=op[2],
                        )
                    except DomainError:
                        pass
            elif op[0] == "edit_published":
                published = list(
                    Post.objects.filter(
                        status=PostStatus.PUBLISHED, author__isnull=False
                    )
                    .order_by("pk")
                    .select_related("author")
                )
                if published:
                    post = published[op[1] % len(published)]
                    post_services.post_edit(
                        actor=post.author, post_id=post.pk, body=op[2] + " Later."
                    )
            elif op[0] == "approve_all":
                for pk in Post.objects.filter(status=PostStatus.PENDING).values_list(
                    "pk", flat=True
                ):
                    services.post_decide(actor=moderator, post_id=pk, action="approve")
            elif op[0] == "decide" and posts:
                services.post_decide(
                    actor=moderator,
                    post_id=posts[op[1] % len(posts)],
                    action=op[2],
                    reason="Thank you; a moderator decided this kindly.",
                    body="Edited by a moderator.",
                )
        except DomainError:
            pass  # refusals (not visible, wrong state, own post) change nothing
