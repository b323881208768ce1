"""The search page's repeated fragments (result items, facet lists), built in Python.

A results page repeats the same small markup for ten hits and up to ~50 facet
entries; building it here instead of a template include per item takes a fraction of
the time. Every value is escaped except the highlighted title and snippet, which
search.text.marked_to_html already made safe (escape all, then turn our private-use
markers into <mark>). Translations are looked up once per page, not once per item.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from search import queries

COMMUNITY_KINDS = ("thread", "post")


class _Words:
    """This page's translated words, each looked up once."""

    def __init__(self):
        self.in_community = _("In the community: %(section)s")
        self.in_section = _("In %(section)s")
        self._kinds: dict[str, str] = {}
        self._months: dict[int, str] = {}

    def kind(self, kind: str) -> str:
        if kind not in self._kinds:
            self._kinds[kind] = escape(queries.kind_label(kind))
        return self._kinds[kind]

    def month(self, month: int) -> str:
        if month not in self._months:
            self._months[month] = str(MONTHS[month])
        return self._months[month]


def _meta(hit, words: _Words) -> str:
    parts = []
    if hit.section:
        where = words.in_community if hit.kind in COMMUNITY_KINDS else words.in_section
        parts.append(escape(where % {"section": hit.section}))
    if hit.date:
        when = timezone.localtime(hit.date) if timezone.is_aware(hit.date) else hit.date
        # As the template filters `date:"c"` and `date:"j F Y"` would write them.
        shown = f"{when.day} {words.month(when.month)} {when.year}"
        parts.append(
            f'<time datetime="{escape(when.isoformat())}">{escape(shown)}</time>'
        )
    return " · ".join(parts)


def _hit(hit, words: _Words) -> str:
    snippet = (
        f'<p class="search-hit__snippet">{hit.snippet_html}</p>'
        if hit.snippet_html
        else ""
    )
    return (
        '<li class="search-hit">'
        f'<p class="search-hit__kind small">{words.kind(hit.kind)}</p>'
        f'<h2 class="search-hit__title"><a href="{escape(hit.url)}">'
        f"{hit.title_html}</a></h2>"
        f"{snippet}"
        f'<p class="search-hit__meta small">{_meta(hit, words)}</p>'
        "</li>"
    )


def hits_html(hits) -> SafeString:
    words = _Words()
    # title_html and snippet_html come from marked_to_html; everything else escaped.
    return mark_safe("".join(_hit(hit, words) for hit in hits))  # noqa: S308


FACET_HEADINGS = {
    "kind": lambda: _("Type"),
    "section": lambda: _("Category"),
    "tag": lambda: _("Tag"),
    "date": lambda: _("Date"),
}


def facets_html(facets: list[dict]) -> SafeString:
    """facets: [{"name", "entries": [{"label", "count", "url", "selected"}]}]."""
    selected = (
        ' aria-current="true" class="is-selected"',
        f'<span class="visually-hidden">{escape(_("Selected:"))} </span>✓ ',
    )
    out = []
    for facet in facets:
        heading = FACET_HEADINGS.get(facet["name"], FACET_HEADINGS["date"])()
        items = "".join(
            f'<li><a href="{escape(e["url"])}"{selected[0] if e["selected"] else ""}>'
            f"{selected[1] if e['selected'] else ''}{escape(e['label'])}</a> "
            f'<span class="small">({int(e["count"])})</span></li>'
            for e in facet["entries"]
        )
        out.append(f"<h3>{escape(heading)}</h3><ul>{items}</ul>")
    # Every value above is escaped; the rest is our own markup.
    return mark_safe("".join(out))  # noqa: S308
