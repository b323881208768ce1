"""The crisis model's cost (moderation/classifier.py, ADR 0008).

- Loading: seconds and resident memory added by the first post screened in a process.
- Scoring: milliseconds per post for a short post and a 2,000-character one (three
  overlapping 256-token windows), as a ratio to the regex layer on the same text.
- The cross-validated figures the committed weights were chosen with (read from
  crisis_model.json, not recomputed: `manage.py train_crisis_model` does that).

Only the development samples are read here; the unseen measures are the lead's, through
`evaluation.evaluate_crisis_with_model(evaluation.UNSEEN_4)`.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

SHORT = "Honestly the world would be lighter without me in it. I have stopped calling."
LONG = (
    "We had clinic on Tuesday and the consultant went through the plan for the next "
    "cycle, the parking was awful again and the pharmacy lost the prescription. "
) * 13


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _median_ms(fn, text: str, repeats: int) -> float:
    fn(text)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 2)


def run() -> dict:
    from moderation import classifier, detectors

    before = _rss_mb()
    started = time.perf_counter()
    classifier.encoder()
    classifier.crisis_model()
    load_seconds = time.perf_counter() - started
    after = _rss_mb()
    long_text = LONG[:2000]
    out: dict = {
        "load_seconds": round(load_seconds, 2),
        "rss_added_mb": round(after - before, 1),
        "windows": {
            "short": len(classifier.encoder().windows(SHORT)),
            "2000_chars": len(classifier.encoder().windows(long_text)),
        },
    }
    for name, text, repeats in (("short", SHORT, 20), ("2000_chars", long_text, 5)):
        model_ms = _median_ms(classifier.crisis_score, text, repeats)
        regex_ms = _median_ms(detectors.crisis_signals, text, repeats)
        out[name] = {
            "model_ms": model_ms,
            "regex_ms": regex_ms,
            "model_to_regex_ratio": round(model_ms / max(regex_ms, 1e-3), 1),
        }
    committed = json.loads(classifier.WEIGHTS_PATH.read_text(encoding="utf-8"))
    out["thresholds"] = committed["thresholds"]
    out["cv"] = {
        name: committed["training"]["cv"][name]
        for name in ("hold", "signpost")
        if name in committed["training"]["cv"]
    }
    return out
