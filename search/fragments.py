"""The search page's repeated fragments (result items, facet lists), built in Python.

A results page repeats the same small markup for ten hits and up to ~50 facet
entries; building it with format_html instead of a template include per item takes a
fraction of the time. Everything is escaped by format_html except the highlighted
title and snippet, which search.text.marked_to_html already made safe (escape all,
then turn our private-use markers into <mark>).
"""

from __future__ import annotations

from django.utils import dateformat, timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from search import queries

COMMUNITY_KINDS = ("thread", "post")


def _meta(hit) -> SafeString:
    parts = []
    if hit.section:
        if hit.kind in COMMUNITY_KINDS:
            where = _("In the community: %(section)s") % {"section": hit.section}
        else:
            where = _("In %(section)s") % {"section": hit.section}
        parts.append(format_html("{}", where))
    if hit.date:
        when = timezone.localtime(hit.date) if timezone.is_aware(hit.date) else hit.date
        time_html = format_html(
            '<time datetime="{}">{}</time>',
            dateformat.format(when, "c"),
            dateformat.format(when, "j F Y"),
        )
        parts.append(time_html)
    return mark_safe(" · ".join(parts))  # noqa: S308 — each part escaped above


def hit_html(hit) -> SafeString:
    snippet = ""
    if hit.snippet_html:
        safe_snippet = mark_safe(hit.snippet_html)  # noqa: S308 — marked_to_html
        snippet = format_html('<p class="search-hit__snippet">{}</p>', safe_snippet)
    return format_html(
        '<li class="search-hit">'
        '<p class="search-hit__kind small">{kind}</p>'
        '<h2 class="search-hit__title"><a href="{url}">{title}</a></h2>'
        "{snippet}"
        '<p class="search-hit__meta small">{meta}</p>'
        "</li>",
        kind=queries.kind_label(hit.kind),
        url=hit.url,
        title=mark_safe(hit.title_html),  # noqa: S308 — marked_to_html escaped it
        snippet=snippet,
        meta=_meta(hit),
    )


def hits_html(hits) -> SafeString:
    return mark_safe("".join(hit_html(hit) for hit in hits))  # noqa: S308


FACET_HEADINGS = {
    "kind": lambda: _("Type"),
    "section": lambda: _("Category"),
    "tag": lambda: _("Tag"),
    "date": lambda: _("Date"),
}


def facets_html(facets: list[dict]) -> SafeString:
    """facets: [{"name", "entries": [{"label", "count", "url", "selected"}]}]."""
    selected_prefix = format_html(
        '<span class="visually-hidden">{} </span>✓ ', _("Selected:")
    )
    out = []
    for facet in facets:
        heading = FACET_HEADINGS.get(facet["name"], FACET_HEADINGS["date"])()
        items = format_html_join(
            "",
            '<li><a href="{}"{}>{}{}</a> <span class="small">({})</span></li>',
            (
                (
                    e["url"],
                    mark_safe(' aria-current="true" class="is-selected"')  # noqa: S308
                    if e["selected"]
                    else "",
                    selected_prefix if e["selected"] else "",
                    e["label"],
                    e["count"],
                )
                for e in facet["entries"]
            ),
        )
        out.append(format_html("<h3>{}</h3><ul>{}</ul>", heading, items))
    return mark_safe("".join(out))  # noqa: S308 — each part built by format_html
