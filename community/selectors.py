"""Reads. Everything goes through `visible_to(user)`."""

from django.http import Http404

from community.models import Category, Post, Thread


def categories_for(user):
    return Category.objects.visible_to(user)


def thread_for(user, thread_id: int) -> Thread:
    try:
        return (
            Thread.objects.visible_to(user)
            .select_related("category", "author")
            .get(pk=thread_id)
        )
    except Thread.DoesNotExist as exc:
        raise Http404 from exc


def posts_for(user, thread: Thread):
    return Post.objects.visible_to(user).filter(thread=thread).select_related("author")
