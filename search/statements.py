"""Permission checks compiled to SQL once per process.

A search runs the same few `visible_to()` / `public_pages()` checks every time: which
categories a signed-out reader may read (before asking the engine) and which hits
they may still see (after). Building those querysets through the ORM costs far more
than running them, so each shape of statement is compiled once, from the very
querysets community's `visible_to()` and editorial's `public_pages()` return, and run
again with the request's ids (as community.pagecache does for its per-page check).
The rules stay theirs: a change there is compiled in by the next process; the data is
read on every request.

What a compiled statement may depend on besides the ids is part of its key (the page
view restrictions Wagtail's `public()` writes into the page check) or is put back in
on every run (the time, `timezone.now()`, where `public_pages()` compares with it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.db import connections
from django.utils import timezone

# Values no real key has: each compiled statement carries them as parameters, which a
# run replaces with the real ids.
_SENTINEL = -918_273_000
_MAX_SHAPES = 256


@dataclass(frozen=True)
class Statement:
    sql: str
    params: tuple
    id_positions: tuple[int, ...]
    now_positions: tuple[int, ...] = ()
    using: str = "default"

    def bind(self, ids: Sequence) -> tuple[str, list]:
        """The SQL and its parameters with `ids` in the sentinels' places (and the
        time now where the statement compared with the time it was compiled at)."""
        out = list(self.params)
        for position, value in zip(self.id_positions, ids, strict=True):
            out[position] = value
        if self.now_positions:
            now = connections[self.using].ops.adapt_datetimefield_value(timezone.now())
            for position in self.now_positions:
                out[position] = now
        return self.sql, out


_compiled: dict[tuple, Statement | None] = {}


def _now_positions(params: tuple, using: str, before, after) -> tuple[int, ...]:
    ops = connections[using].ops
    low = ops.adapt_datetimefield_value(before)
    high = ops.adapt_datetimefield_value(after)
    return tuple(
        i
        for i, p in enumerate(params)
        if type(p) is type(low) and not isinstance(p, int) and low <= p <= high
    )


def compiled(
    key: tuple,
    count: int,
    build: Callable[[list[int]], object],
    using: str,
    *,
    reads_now: bool = False,
    still_true: Callable[[], bool] | None = None,
) -> Statement | None:
    """The statement of `build(ids)`'s query for `count` ids; None when it cannot be
    kept: a query that `reads_now` whose time could not be found in its parameters,
    or one whose key no longer held once it was built (`still_true`, e.g. the page
    view restrictions changed meanwhile). Build it through the ORM instead."""
    memo = (*key, count, using, connections[using].vendor)
    if memo in _compiled:
        return _compiled[memo]
    ids = [_SENTINEL - i for i in range(count)]
    before = timezone.now()
    queryset = build(ids)
    sql, params = queryset.query.get_compiler(using=using).as_sql()
    after = timezone.now()
    params = tuple(params)
    statement = Statement(sql, params, tuple(params.index(i) for i in ids), (), using)
    if reads_now:
        positions = _now_positions(params, using, before, after)
        statement = (
            Statement(sql, params, statement.id_positions, positions, using)
            if positions
            else None
        )
    if still_true is not None and not still_true():
        return None
    if len(_compiled) >= _MAX_SHAPES:
        _compiled.clear()
    _compiled[memo] = statement
    return statement


def forget() -> None:
    _compiled.clear()
