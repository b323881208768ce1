"""Precision and recall of the detectors on the labelled samples in tests/moderation/data.

Two samples per detector, both now development sets:
- the tuning sample (crisis.jsonl, personal_details.jsonl), which session 1 tuned the
  detectors against;
- the first held-out sample (crisis_heldout.jsonl, personal_details_heldout.jsonl),
  written in session 2 without reading the detectors. It showed the phrase lists did
  not generalise (crisis recall 0.13), and was then read while rebuilding them, so it
  no longer measures unseen text either. Labelling guide: tests/moderation/data/README.md.

The fresh samples (crisis_fresh.jsonl, personal_details_fresh.jsonl) were written
independently in session 2 and then read for a second round of fixes: development sets
too. crisis_fresh2.jsonl (120 posts) and crisis_fresh3.jsonl (100) were written blind and
measured unread (held recall 0.33 and 0.22); in session 3 they were READ to find the cue
families the detector was missing, so they are development sets now as well (FRESH_2,
FRESH_3) and their figures after that round (1.0) overstate accuracy.

The honest measures of crisis recall on unseen posts are crisis_fresh4.jsonl (120) and
crisis_fresh5.jsonl (100), written blind by independent writers while that round was
being done and not read by whoever changes the detectors (UNSEEN_4, UNSEEN_5).

Used by the detector tests (which hold floors on the development samples) and by
bench/bench_moderation.py (which reports every sample apart).
"""

from __future__ import annotations

import json
from pathlib import Path

from moderation import detectors

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "moderation" / "data"
#: The hospital list the personal-details sample is labelled against.
SAMPLE_HOSPITALS = [
    "Riverside Children's Hospital",
    "St Elsewhere Children's Hospital",
    "Great Northern Infirmary",
    # What a fresh install's list holds besides (migration 0002).
    *detectors.WELL_KNOWN_HOSPITALS,
]


def load(name: str) -> list[dict]:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _scores(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "true_positives": tp,
        "false_positives": fp,
        "false_negatives": fn,
    }


TUNING = ""
HELD_OUT = "_heldout"
#: The second independent sample: measured unread once, then read to fix the detectors
#: by cue family, so a development set too (tests/moderation/data/README.md).
FRESH = "_fresh"
#: Written blind and measured unread in session 2, then read in session 3 to find the
#: missing cue families: development sets now (tests/moderation/data/README.md).
FRESH_2 = "_fresh2"
FRESH_3 = "_fresh3"
#: Old names of the two above, from when they were unseen (bench/bench_moderation.py).
UNSEEN = FRESH_2
UNSEEN_2 = FRESH_3
#: The unseen crisis samples: written blind while session 3 changed the detectors and
#: never read by whoever changes them. Do not open them to fix a miss; write another.
UNSEEN_4 = "_fresh4"
UNSEEN_5 = "_fresh5"


def evaluate_crisis(sample: str = TUNING) -> dict:
    """Precision and recall of holding for crisis language, and how many crises are
    at least signposted (held, or published with support shown: detect_concern)."""
    rows = load(f"crisis{sample}.jsonl")
    tp = fp = fn = 0
    signposted = harmless_signposted = 0
    mistakes = []
    for row in rows:
        kinds, concern_family = detectors.crisis_signals(row["text"])
        found, concern = bool(kinds), bool(concern_family)
        if found and row["crisis"]:
            tp += 1
        elif found:
            fp += 1
            mistakes.append(("false positive", row["text"]))
        elif row["crisis"]:
            fn += 1
            mistakes.append(("signposted" if concern else "missed", row["text"]))
        if concern and row["crisis"]:
            signposted += 1
        elif concern:
            harmless_signposted += 1
    crises = tp + fn
    return {
        "examples": len(rows),
        **_scores(tp, fp, fn),
        "held_or_signposted": round((tp + signposted) / crises, 3) if crises else 1.0,
        "harmless_signposted": harmless_signposted,
        "mistakes": mistakes,
    }


def evaluate_personal_details(sample: str = TUNING) -> dict:
    """Scored per (example, kind): each labelled kind found is a true positive."""
    rows = load(f"personal_details{sample}.jsonl")
    tp = fp = fn = 0
    mistakes = []
    for row in rows:
        found = {
            f.kind
            for f in detectors.detect_personal_details(
                row["text"], hospitals=SAMPLE_HOSPITALS
            )
        }
        expected = set(row["kinds"])
        tp += len(found & expected)
        fp += len(found - expected)
        fn += len(expected - found)
        if found != expected:
            mistakes.append((sorted(found), sorted(expected), row["text"]))
    return {"examples": len(rows), **_scores(tp, fp, fn), "mistakes": mistakes}


def evaluate_crisis_with_model(sample: str = TUNING) -> dict:
    """`evaluate_crisis` for screening as it runs: the regexes, then the crisis model
    (moderation/classifier.py) on what they do not hold — held at its hold threshold,
    signposted at its signpost threshold. Also the model alone, for comparison.

    The model was trained on every development sample (crisis_training.py), so its
    figures on them overstate accuracy; only UNSEEN_4 and UNSEEN_5 measure it."""
    from moderation import classifier

    model = classifier.crisis_model()
    hold, signpost = model.hold_threshold, model.signpost_threshold
    seen = []  # (row, score, held, signposted)
    for row in load(f"crisis{sample}.jsonl"):
        kinds, family = detectors.crisis_signals(row["text"])
        score = classifier.crisis_score(row["text"])
        held = bool(kinds) or (hold is not None and score >= hold)
        soft = bool(family) or (signpost is not None and score >= signpost)
        seen.append((row, score, held, not held and soft))

    def scores(hit) -> dict:
        return _scores(
            sum(1 for o in seen if hit(o) and o[0]["crisis"]),
            sum(1 for o in seen if hit(o) and not o[0]["crisis"]),
            sum(1 for o in seen if not hit(o) and o[0]["crisis"]),
        )

    held = scores(lambda o: o[2])
    either = scores(lambda o: o[2] or o[3])
    return {
        "examples": len(seen),
        **held,
        "held_or_signposted": either["recall"],
        "harmless_signposted": either["false_positives"] - held["false_positives"],
        "model_alone": {
            name: scores(lambda o, t=t: t is not None and o[1] >= t)
            for name, t in (("hold", hold), ("signpost", signpost))
        },
        "thresholds": {"hold": hold, "signpost": signpost},
        "mistakes": [
            (
                "false positive" if held_ else "signposted" if soft else "missed",
                round(score, 3),
                row["text"],
            )
            for row, score, held_, soft in seen
            if held_ != row["crisis"]
        ],
    }
