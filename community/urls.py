from django.urls import path

from community import views

app_name = "community"

urlpatterns = [
    path("", views.category_list, name="index"),
    path("muting/", views.muting_settings, name="muting"),
    path("members/<int:member_id>/mute/", views.member_mute, name="member_mute"),
    path("c/<slug:slug>/", views.category_detail, name="category"),
    path("c/<slug:slug>/new/", views.thread_create, name="thread_create"),
    path("c/<slug:slug>/join/", views.category_join, name="category_join"),
    path("c/<slug:slug>/requests/", views.group_requests, name="group_requests"),
    path("t/<int:thread_id>/", views.thread_detail, name="thread"),
    path(
        "t/<int:thread_id>/p/<int:position>/",
        views.post_permalink,
        name="post_permalink",
    ),
    path("t/<int:thread_id>/reply/", views.post_reply, name="reply"),
    path("posts/<int:post_id>/waiting/", views.post_held, name="post_held"),
    path("posts/<int:post_id>/edit/", views.post_edit, name="post_edit"),
    path("posts/<int:post_id>/delete/", views.post_delete, name="post_delete"),
    path("posts/<int:post_id>/history/", views.post_history, name="post_history"),
    path("posts/<int:post_id>/react/", views.post_react, name="post_react"),
]
