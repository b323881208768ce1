"""Anonymous permission checks, compiled to SQL once per process.

A search by someone signed out runs the same two `visible_to(AnonymousUser())` checks
every time: which categories they may read (before asking the engine) and which hits
they may still see (after). Building those querysets through the ORM costs far more
than running them, so each shape of statement is compiled once, from the very
querysets community's `visible_to()` returns, and run again with the request's ids
(as community.pagecache does for its per-page check). The rule stays community's: a
change there is compiled in by the next process; the data is read on every request.

Only statements whose SQL depends on nothing but the ids are kept here (threads,
posts, categories). Pages are not: Wagtail's `public()` reads the view restrictions
and the time into the statement, so they are built through the ORM each time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.db import connections

# Values no real key has: each compiled statement carries them as parameters, which a
# run replaces with the real ids.
_SENTINEL = -918_273_000
_MAX_SHAPES = 256
_compiled: dict[tuple, tuple[str, tuple, tuple[int, ...]]] = {}


def _sentinels(count: int) -> list[int]:
    return [_SENTINEL - i for i in range(count)]


def compiled(
    key: tuple, count: int, build: Callable[[list[int]], object], using: str
) -> tuple[str, tuple, tuple[int, ...]]:
    """(sql, params, positions) of `build(ids)`'s query for `count` ids, where
    `positions[i]` is the index in params of the i-th id."""
    memo = (*key, count, using, connections[using].vendor)
    found = _compiled.get(memo)
    if found is None:
        ids = _sentinels(count)
        queryset = build(ids)
        sql, params = queryset.query.get_compiler(using=using).as_sql()
        params = tuple(params)
        positions = tuple(params.index(i) for i in ids)
        if len(_compiled) >= _MAX_SHAPES:
            _compiled.clear()
        found = _compiled[memo] = (sql, params, positions)
    return found


def bind(statement: tuple[str, tuple, tuple[int, ...]], ids: Sequence) -> tuple:
    """The statement's SQL and its parameters with `ids` in the sentinels' places."""
    sql, params, positions = statement
    out = list(params)
    for position, value in zip(positions, ids, strict=True):
        out[position] = value
    return sql, out


def forget() -> None:
    _compiled.clear()
