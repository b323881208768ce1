from django.urls import path

from community import views

app_name = "community"

urlpatterns = [
    path("", views.category_list, name="index"),
    path("t/<int:thread_id>/", views.thread_detail, name="thread"),
]
