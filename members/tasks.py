"""Celery tasks: ids in, one service call, their own retry policy. No text in arguments."""

from datetime import date, timedelta

from celery import shared_task
from django.utils import timezone

from members import emails, services

RETRY = {
    "autoretry_for": (Exception,),
    "retry_backoff": 30,
    "retry_backoff_max": 600,
    "max_retries": 5,
    "ignore_result": True,
}


@shared_task(**RETRY)
def fan_out_post_published(post_id: int) -> int:
    """Notify watchers and mentioned members of a post that just became visible."""
    return len(services.fan_out_post_published(post_id=post_id))


@shared_task(**RETRY)
def fan_out_post_edited(post_id: int) -> int:
    """After an edit: notify people newly @mentioned in a published post."""
    return len(services.fan_out_post_published(post_id=post_id, mentions_only=True))


@shared_task(**RETRY)
def send_notification_email(notification_id: int) -> bool:
    return emails.notification_email_send(notification_id=notification_id)


@shared_task(**RETRY)
def send_digest(user_id: int, day: str) -> bool:
    return emails.digest_send(user_id=user_id, day=date.fromisoformat(day))


@shared_task(ignore_result=True)
def send_daily_digests() -> int:
    """Beat, once a day: one digest task per member who has something waiting."""
    day = timezone.localdate()
    user_ids = emails.digest_recipient_ids(day=day)
    for user_id in user_ids:
        send_digest.delay(user_id, day.isoformat())
    return len(user_ids)


@shared_task(**RETRY)
def batch_reactions(post_id: int) -> bool:
    return services.reactions_batch(post_id=post_id) is not None


@shared_task(ignore_result=True)
def batch_recent_reactions() -> int:
    """Beat, every few minutes: gather new reactions into one quiet note per post.

    Looks back further than the schedule's interval so a missed run loses nothing;
    batching is recomputed from the reactions, so overlapping runs are harmless.
    """
    since = timezone.now() - timedelta(hours=1)
    return services.reactions_batch_recent(since=since)
