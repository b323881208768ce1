from django.apps import AppConfig


class SearchConfig(AppConfig):
    label = "search"
    name = "search"
