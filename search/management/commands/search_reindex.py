"""Rebuild the search indexes without downtime: searches keep answering throughout."""

from django.core.management.base import BaseCommand

from search import maintenance


class Command(BaseCommand):
    help = (
        "Build new versioned indexes, bulk load them, replay changes made meanwhile, "
        "swap the aliases atomically and drop the old indexes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--keep-old", action="store_true", help="Keep the previous indexes."
        )
        parser.add_argument(
            "--elasticsearch-only",
            action="store_true",
            help="Leave the embedded (database) engine's table as it is.",
        )

    def handle(self, *args, keep_old=False, elasticsearch_only=False, **options):
        verbosity = options.get("verbosity", 1)
        width = 30
        tty = self.stdout.isatty()

        def progress(done: int, total: int) -> None:
            if verbosity < 1:
                return
            filled = int(width * done / total) if total else width
            bar = "#" * filled + "-" * (width - filled)
            pct = 100 * done // total if total else 100
            line = f"[{bar}] {pct:3d}% {done}/{total} documents"
            self.stdout.write(("\r" if tty else "") + line, ending="" if tty else "\n")

        report = maintenance.reindex(
            progress=progress, keep_old=keep_old, database=not elasticsearch_only
        )
        if verbosity >= 1:
            self.stdout.write("")
            rate = report.documents / report.seconds if report.seconds else 0
            self.stdout.write(
                self.style.SUCCESS(
                    f"Indexed {report.documents} documents in {report.seconds:.1f}s "
                    f"({rate:.0f}/s); replayed {report.replayed} changes made meanwhile."
                )
            )
            for alias, index in report.new_indexes.items():
                self.stdout.write(f"  {alias} -> {index}")
            if report.dropped_indexes:
                self.stdout.write(f"  dropped: {', '.join(report.dropped_indexes)}")
