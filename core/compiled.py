"""Querysets compiled to SQL once per process, then run with a new id each time.

For the few reads made on every request (the admin's permission and role checks), where
building and compiling the queryset costs more than running it. The queryset is built
once with an id no row has; each run puts the real id where that one was. Rows come
back as the database driver returns them, without Django's field converters: use it for
plain columns (text, numbers, booleans read with bool()).
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import connections, router
from django.db.models import Model, QuerySet

#: An id no row has, to find where the real one goes in the compiled parameters.
SENTINEL_ID = -918_273_645


class CompiledQuery:
    def __init__(self, model: type[Model], build: Callable[[int], QuerySet]) -> None:
        self.model = model
        self.build = build
        self._statements: dict[tuple[str, str], tuple[str, list, list[int]]] = {}

    def _statement(self) -> tuple[str, tuple[str, list, list[int]]]:
        alias = router.db_for_read(self.model)
        memo = (alias, connections[alias].vendor)
        if memo not in self._statements:
            compiler = self.build(SENTINEL_ID).query.get_compiler(using=alias)
            sql, params = compiler.as_sql()
            params = list(params)
            positions = [i for i, p in enumerate(params) if p == SENTINEL_ID]
            if not positions:
                raise ValueError("the queryset does not use the id it was built with")
            self._statements[memo] = (sql, params, positions)
        return alias, self._statements[memo]

    def rows(self, object_id: int) -> list[tuple]:
        alias, (sql, params, positions) = self._statement()
        params = list(params)
        for position in positions:
            params[position] = object_id
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
