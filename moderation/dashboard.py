"""Figures for the moderation dashboard: plain numbers plus server-drawn SVG bars.

No JavaScript and nothing from other hosts: each chart is an SVG with a text title and
the same numbers in a table beside it, so screen readers get the data too.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import datetime, time, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from moderation.models import QueueItem, Reason

DAYS = 14
WEEKS = 8


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def figures(open_items, *, user) -> dict:
    now = timezone.now()
    today = timezone.localdate()
    scope = QueueItem.objects.all()
    from accounts.roles import is_moderator

    if not is_moderator(user):
        scope = scope.filter(category__moderators=user)

    # Queue size at the end of each of the last DAYS days, in one query.
    ends = [
        timezone.make_aware(datetime.combine(today - timedelta(days=d), time.max))
        for d in reversed(range(DAYS))
    ]
    ends[-1] = now
    aggregates = scope.aggregate(
        **{
            f"d{i}": Count(
                "id",
                filter=Q(created_at__lte=end)
                & (Q(resolved_at__isnull=True) | Q(resolved_at__gt=end)),
            )
            for i, end in enumerate(ends)
        }
    )
    queue_sizes = [(end.date(), aggregates[f"d{i}"]) for i, end in enumerate(ends)]

    # Time to decision over the last 30 days.
    resolved = list(
        scope.filter(
            resolved_at__isnull=False, resolved_at__gte=now - timedelta(days=30)
        ).values_list("created_at", "resolved_at", "reasons")
    )
    minutes = [(r - c).total_seconds() / 60 for c, r, _ in resolved]
    median = statistics.median(minutes) if minutes else 0.0
    p95 = percentile(minutes, 95)

    # Decisions by reason per week (an item counts once per reason it had).
    week_start = today - timedelta(days=today.weekday())
    weeks = [week_start - timedelta(weeks=w) for w in reversed(range(WEEKS))]
    by_week: dict = defaultdict(Counter)
    older = list(
        scope.filter(
            resolved_at__isnull=False,
            resolved_at__gte=timezone.make_aware(datetime.combine(weeks[0], time.min)),
        ).values_list("resolved_at", "reasons")
    )
    for resolved_at, reasons in older:
        day = timezone.localtime(resolved_at).date()
        monday = day - timedelta(days=day.weekday())
        for reason in reasons or ["other"]:
            by_week[monday][reason] += 1
    labels = dict(Reason.choices)
    reason_codes = sorted({r for c in by_week.values() for r in c})
    weekly_rows = [
        {
            "week": w,
            "counts": [by_week[w].get(r, 0) for r in reason_codes],
            "total": sum(by_week[w].values()),
        }
        for w in weeks
    ]
    return {
        "open_count": open_items.count(),
        "queue_sizes": queue_sizes,
        "queue_chart": bar_chart([(d.strftime("%d %b"), n) for d, n in queue_sizes]),
        "decided_count": len(minutes),
        "median_minutes": round(median, 1),
        "p95_minutes": round(p95, 1),
        "target_met": median < 60 if minutes else None,
        "weekly_rows": weekly_rows,
        "reason_headers": [labels.get(r, r) for r in reason_codes],
        "weekly_chart": bar_chart(
            [(r["week"].strftime("%d %b"), r["total"]) for r in weekly_rows]
        ),
    }


def bar_chart(
    points: list[tuple[str, int]], *, width: int = 640, height: int = 180
) -> dict:
    """Geometry for a simple bar chart; the template draws it as SVG."""
    top = max([v for _, v in points] or [0]) or 1
    gap = 6
    bar_w = max(4, (width - gap * (len(points) + 1)) // max(1, len(points)))
    bars = []
    for i, (label, value) in enumerate(points):
        h = round((height - 30) * value / top)
        x = gap + i * (bar_w + gap)
        bars.append(
            {
                "x": x,
                "y": height - 20 - h,
                "w": bar_w,
                "h": h,
                "label": label,
                "value": value,
                "label_x": x + bar_w / 2,
                "label_y": height - 6,
                "value_y": max(10, height - 24 - h),
            }
        )
    return {"width": width, "height": height, "bars": bars, "max": top}
