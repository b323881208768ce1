"""Side effects of visibility changes, recorded in the caller's transaction.

The search outbox row is written inside the transaction (so the index can never miss
a change); anything that talks to the outside world runs after commit.

Notifications (members app): a post that becomes published, on creation or approval,
fans out to watchers and mentioned members after commit, by id. A post that stops
being visible needs nothing here: members.selectors filters every list, count and
email through visible_to at read and send time, so unread notifications about it
disappear and nothing new about it is sent.
"""

from community.models import Post, PostStatus
from core.queue import enqueue_on_commit
from search import outbox


def post_visibility_changed(*, post: Post, from_status: str) -> None:
    outbox.record(post)
    if post.is_opening_post:
        outbox.record(post.thread)
    if post.status == PostStatus.PUBLISHED and from_status != PostStatus.PUBLISHED:
        _after_commit_fan_out(post.pk)


def post_content_changed(*, post: Post) -> None:
    if post.status == PostStatus.PUBLISHED or post.is_opening_post:
        outbox.record(post)
        if post.is_opening_post:
            outbox.record(post.thread)
    if post.status == PostStatus.PUBLISHED and not post.deleted_by_author:
        # Someone newly @mentioned in the edit hears about it (others are not re-told).
        enqueue_on_commit(_tasks().fan_out_post_edited, post.pk)


#: Reactions are gathered: the author hears once about a few minutes' worth of them.
REACTION_BATCH_SECONDS = 300


def post_reacted(*, post: Post) -> None:
    """Call in the transaction that adds a reaction (community.services.reactions).

    The members app gathers reactions into one quiet notification for the author a few
    minutes later (Celery beat's members-batch-reactions is the safety net).
    """
    enqueue_on_commit(
        _tasks().batch_reactions, post.pk, countdown=REACTION_BATCH_SECONDS, swept=True
    )


def _tasks():
    from members import tasks

    return tasks


def _after_commit_fan_out(post_id: int) -> None:
    enqueue_on_commit(_tasks().fan_out_post_published, post_id)
