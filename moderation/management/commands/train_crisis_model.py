"""Rebuild moderation/crisis_model.json from the development samples (ADR 0008)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from moderation import classifier, crisis_training


class Command(BaseCommand):
    help = (
        "Train the crisis classifier on the development samples (never the unseen "
        "measures) and write its weights, thresholds and cross-validated figures."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            default=classifier.WEIGHTS_PATH,
            help="Where to write the model (default: the committed file).",
        )

    def handle(self, *args, output: Path, **options):
        model = crisis_training.train()
        crisis_training.write(model, output)
        cv = model["training"]["cv"]
        for name in ("hold", "signpost"):
            if name in cv:
                self.stdout.write(f"{name}: {json.dumps(cv[name]['model_alone'])}")
                self.stdout.write(
                    f"{name} (regex held or model): "
                    f"{json.dumps(cv[name]['regex_held_or_model'])}"
                )
        self.stdout.write(f"thresholds: {json.dumps(model['thresholds'])}")
        self.stdout.write(self.style.SUCCESS(f"wrote {output}"))
