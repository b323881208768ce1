from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from blog import page_cache, signals

        signals.connect()
        page_cache.connect_invalidation()
