"""The beat schedule names members' periodic tasks, and they exist."""

from django.conf import settings


def test_the_daily_digest_and_reaction_batching_are_scheduled_and_registered():
    from config.celery import app

    app.loader.import_default_modules()
    schedule = {
        name: entry["task"] for name, entry in settings.CELERY_BEAT_SCHEDULE.items()
    }
    assert schedule["daily-digest"] == "members.tasks.send_daily_digests"
    assert schedule["members-batch-reactions"] == "members.tasks.batch_recent_reactions"
    for task in (
        "members.tasks.send_daily_digests",
        "members.tasks.batch_recent_reactions",
    ):
        assert task in app.tasks, task
