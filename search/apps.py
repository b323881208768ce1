from django.apps import AppConfig


class SearchConfig(AppConfig):
    label = "search"
    name = "search"

    def ready(self) -> None:
        from search import signals

        signals.connect()
