import datetime

import pytest
from django.utils import timezone

from blog.models import BlogPage
from core.tasks import publish_scheduled
from home.selectors import public_pages
from search.models import OutboxEntry
from tests.editorial.conftest import add_post

pytestmark = pytest.mark.django_db


def _schedule(post, when):
    post.go_live_at = when
    post.save_revision().publish()
    post.refresh_from_db()
    return post


def test_a_scheduled_post_stays_hidden_until_its_time(tree):
    post = _schedule(
        add_post(tree.blog, live=False), timezone.now() + datetime.timedelta(days=1)
    )
    assert not post.live
    publish_scheduled()
    assert not BlogPage.objects.get(pk=post.pk).live
    assert post not in tree.blog.posts()


def test_the_beat_task_publishes_a_post_whose_time_has_come(tree):
    post = _schedule(
        add_post(tree.blog, live=False), timezone.now() + datetime.timedelta(minutes=5)
    )
    # Its time comes: move the approved go-live moment into the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = post.revisions.get(approved_go_live_at__isnull=False)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    OutboxEntry.objects.all().delete()

    publish_scheduled.delay()

    post = BlogPage.objects.get(pk=post.pk)
    assert post.live
    assert list(tree.blog.posts()) == [post]
    assert OutboxEntry.objects.filter(
        model="blog.blogpage", object_id=str(post.pk)
    ).exists()


def test_the_beat_task_unpublishes_an_expired_post(tree):
    post = add_post(tree.blog)
    BlogPage.objects.filter(pk=post.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    # Before the task runs, listings already leave it out.
    assert not public_pages(BlogPage.objects.filter(pk=post.pk)).exists()
    OutboxEntry.objects.all().delete()
    publish_scheduled()
    assert not BlogPage.objects.get(pk=post.pk).live
    assert OutboxEntry.objects.filter(object_id=str(post.pk)).exists()
