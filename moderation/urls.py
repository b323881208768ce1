from django.urls import path

from moderation import views

app_name = "moderation"

urlpatterns = [
    path("report/post/<int:post_id>/", views.report_post, name="report_post"),
    path("support/", views.crisis_support, name="crisis_support"),
]
