from django.urls import path

from accounts import views

# Mounted at /accounts/ before allauth's own URLs.
urlpatterns = [
    path("", views.account_home, name="accounts_home"),
    path("guidelines/", views.guidelines, name="accounts_guidelines"),
]
