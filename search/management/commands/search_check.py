"""Compare what the database says is searchable with what each index holds."""

from django.core.management.base import BaseCommand, CommandError

from search import maintenance


class Command(BaseCommand):
    help = (
        "Report drift between the database and the search indexes; --repair fixes it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--repair", action="store_true", help="Re-index what drifted."
        )
        parser.add_argument(
            "--show", type=int, default=10, help="How many keys to list per problem."
        )

    def handle(self, *args, repair=False, show=10, **options):
        drifts = maintenance.check()
        total = 0
        for drift in drifts:
            problems = (
                ("missing from the index", drift.missing),
                ("in the index but not searchable", drift.unexpected),
                ("in the wrong category", drift.misplaced),
            )
            count = sum(len(keys) for _label, keys in problems)
            total += count
            if not count:
                self.stdout.write(self.style.SUCCESS(f"{drift.engine}: in step"))
                continue
            self.stdout.write(
                self.style.WARNING(f"{drift.engine}: {count} out of step")
            )
            for label, keys in problems:
                if keys:
                    sample = ", ".join(keys[:show]) + (" …" if len(keys) > show else "")
                    self.stdout.write(f"  {len(keys)} {label}: {sample}")
        if not total:
            return
        if repair:
            fixed = maintenance.repair(drifts)
            self.stdout.write(self.style.SUCCESS(f"Repaired {fixed} documents."))
            remaining = sum(len(d.keys) for d in maintenance.check())
            if remaining:
                raise CommandError(f"{remaining} documents are still out of step.")
        else:
            raise CommandError("The index has drifted; run with --repair to fix it.")
