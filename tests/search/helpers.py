"""Content for search tests, made through the real community and moderation services."""

import itertools

from community.models import PostStatus, Visibility
from community.services.posts import post_create, thread_create
from community.services.spaces import category_create, membership_add
from community.services.transitions import post_transition
from search import indexing
from tests.factories.accounts import UserFactory

_counter = itertools.count(1)


def category(visibility=Visibility.PUBLIC, name=None):
    n = next(_counter)
    return category_create(
        actor=None, name=name or f"Space {n}", visibility=visibility, system=True
    )


def member(**kwargs):
    return UserFactory(**kwargs)


def _published(posted):
    post = posted.post
    if post.status == PostStatus.PENDING:
        post = post_transition(
            actor=None, post_id=post.pk, to_status=PostStatus.PUBLISHED, system=True
        )
    return post


def thread(space, title, body, author=None, publish=True):
    author = author or member()
    if space.visibility == Visibility.PRIVATE:
        membership_add(actor=None, category=space, user=author, system=True)
    posted = thread_create(actor=author, category=space, title=title, body=body)
    post = _published(posted) if publish else posted.post
    return post.thread


def reply(thread_obj, body, author=None, publish=True):
    author = author or member()
    if thread_obj.category.visibility == Visibility.PRIVATE:
        membership_add(
            actor=None, category=thread_obj.category, user=author, system=True
        )
    posted = post_create(actor=author, thread_id=thread_obj.pk, body=body)
    return _published(posted) if publish else posted.post


def transition(post, to_status):
    return post_transition(
        actor=None, post_id=post.pk, to_status=to_status, system=True
    )


def drain():
    """What the worker does after commit (tests run inside one transaction)."""
    return indexing.drain(raise_errors=True)


def page(site, title, intro, slug=None, publish=True):
    """A standard editorial page under the home page (editorial's search_payload)."""
    from home.models import StandardPage
    from search import outbox

    home = site.root_page
    new = StandardPage(title=title, slug=slug or f"page-{next(_counter)}", intro=intro)
    home.add_child(instance=new)
    if publish:
        new.save_revision().publish()
    else:
        new.unpublish()
    outbox.record(new)
    return new


def synonyms(*terms):
    from search.models import SynonymGroup

    return SynonymGroup.objects.create(terms=", ".join(terms))
