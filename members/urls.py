from django.urls import path

from members import views

app_name = "members"

urlpatterns = [
    path("notifications/", views.notification_list, name="notifications"),
    path(
        "notifications/<int:notification_id>/",
        views.notification_open,
        name="notification_open",
    ),
    path("notifications/read/", views.notifications_read, name="notifications_read"),
    path("saved/", views.saved, name="saved"),
    path("following/", views.following, name="following"),
    path("follow/thread/<int:thread_id>/", views.follow_thread, name="follow_thread"),
    path(
        "follow/category/<int:category_id>/",
        views.follow_category,
        name="follow_category",
    ),
    path("save/post/<int:post_id>/", views.bookmark_post, name="bookmark_post"),
    path("save/thread/<int:thread_id>/", views.bookmark_thread, name="bookmark_thread"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("settings/", views.settings_profile, name="settings"),
    path(
        "settings/notifications/",
        views.settings_notifications,
        name="notification_settings",
    ),
    path("settings/break/", views.settings_break, name="break"),
    path("settings/data/", views.settings_data, name="data"),
    path("settings/data/download/", views.data_download, name="data_download"),
    path("settings/delete/", views.settings_delete, name="delete"),
    path("<int:user_id>/", views.profile, name="profile"),
]
