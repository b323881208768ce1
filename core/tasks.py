from celery import shared_task
from django.core.management import call_command


@shared_task(ignore_result=True)
def publish_scheduled() -> None:
    """Wagtail's scheduled publishing and expiry, run by Celery beat (no cron)."""
    call_command("publish_scheduled")
