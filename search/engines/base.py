"""The engine interface: what queries.py asks of either engine, and what it gets back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from django.utils import timezone

from search.text import ParsedQuery

DATE_RANGES = ("month", "year", "older")
SORTS = ("relevance", "newest")


class EngineUnavailable(Exception):
    """The engine could not answer (down, timing out, refusing): fall back."""


@dataclass
class Filters:
    """Who may see what (category_ids: computed from community's visible_to) and the
    facet choices the person made. Permission fields are never optional."""

    category_ids: list[int]
    kinds: list[str] = field(default_factory=list)
    section: str = ""
    tag: str = ""
    date_range: str = ""

    def date_bounds(self, now: datetime | None = None):
        now = now or timezone.now()
        if self.date_range == "month":
            return now - timedelta(days=31), None
        if self.date_range == "year":
            return now - timedelta(days=366), None
        if self.date_range == "older":
            return None, now - timedelta(days=366)
        return None, None


@dataclass
class SearchRequest:
    query: ParsedQuery
    filters: Filters
    sort: str = "relevance"
    offset: int = 0
    limit: int = 10
    match_all_units: bool = True  # False: any word may match (the fallback)
    fuzzy: bool = True
    with_facets: bool = True
    with_spelling: bool = False  # also return corrections for unknown words


@dataclass
class Hit:
    key: str
    kind: str
    object_id: str
    title: str
    title_html: str
    snippet_html: str
    section: str
    date: datetime | None
    url: str
    thread_id: int | None = None
    category_id: int | None = None


@dataclass
class FacetValue:
    value: str
    count: int


@dataclass
class SearchResponse:
    hits: list[Hit]
    total: int
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    spelling: dict[str, str] | None = None


@dataclass
class Suggestion:
    key: str
    title: str
    url: str
    kind: str


@dataclass
class Change:
    """One index write: the document, or None to delete; the version decides races."""

    key: str
    doc: dict | None
    version: int


class Engine(Protocol):
    name: str

    def search(self, request: SearchRequest) -> SearchResponse: ...

    def count(self, request: SearchRequest) -> int: ...

    def suggest(
        self, words: list[str], filters: Filters, limit: int
    ) -> list[Suggestion]: ...

    def spelling(self, words: list[str]) -> dict[str, str]: ...

    def write(self, changes: list[Change]) -> None: ...
