"""Side effects of visibility changes, recorded in the caller's transaction.

The search outbox row is written inside the transaction (so the index can never miss
a change); anything that talks to the outside world runs after commit.
"""

from community.models import Post, PostStatus
from search import outbox


def post_visibility_changed(*, post: Post, from_status: str) -> None:
    outbox.record(post)
    if post.is_opening_post:
        outbox.record(post.thread)


def post_content_changed(*, post: Post) -> None:
    if post.status == PostStatus.PUBLISHED or post.is_opening_post:
        outbox.record(post)
        if post.is_opening_post:
            outbox.record(post.thread)
