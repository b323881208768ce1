from django.shortcuts import render

from community import selectors


def category_list(request):
    categories = selectors.categories_for(request.user)
    return render(request, "community/category_list.html", {"categories": categories})


def thread_detail(request, thread_id: int):
    thread = selectors.thread_for(request.user, thread_id)
    posts = selectors.posts_for(request.user, thread)
    return render(
        request, "community/thread_detail.html", {"thread": thread, "posts": posts}
    )
