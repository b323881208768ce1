from datetime import timedelta

from celery import shared_task
from django.core.management import call_command
from django.utils import timezone

from core.models import WorkerHeartbeat

#: The hostname recorded when a heartbeat runs in-process (eager mode, no worker).
IN_PROCESS = "in-process"
HEARTBEAT_RETENTION = timedelta(days=7)


@shared_task(ignore_result=True)
def publish_scheduled() -> None:
    """Wagtail's scheduled publishing and expiry, run by Celery beat (no cron)."""
    call_command("publish_scheduled")


@shared_task(bind=True, ignore_result=True)
def record_heartbeat(self) -> None:
    """Prove a worker is taking jobs: /healthz/ reports the newest heartbeat."""
    now = timezone.now()
    WorkerHeartbeat.objects.update_or_create(
        hostname=IN_PROCESS if self.request.is_eager else self.request.hostname,
        defaults={"last_seen_at": now},
    )
    # Containers get new host names on every deploy: forget workers long gone.
    WorkerHeartbeat.objects.filter(last_seen_at__lt=now - HEARTBEAT_RETENTION).delete()
