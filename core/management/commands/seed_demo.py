"""Idempotent demo content. Each app owns a `demo` module with `seed(command)`."""

import importlib
import importlib.util

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# Order matters: accounts and the page tree first, content that refers to them after.
SEED_MODULES = (
    "accounts.demo",
    "home.demo",
    "blog.demo",
    "community.demo",
    "blog.demo_links",  # links resource articles to the community categories just made
    "moderation.demo",
    "members.demo",
    "search.demo",
)


class Command(BaseCommand):
    help = "Create Kindred's demo content (safe to run again; it only fills gaps)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off (not production!).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates demo accounts with a known password, so it only runs "
                "with DEBUG on. Use --force if you really mean it."
            )
        for name in SEED_MODULES:
            if importlib.util.find_spec(name) is None:
                continue
            module = importlib.import_module(name)
            with transaction.atomic():
                module.seed(self)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
