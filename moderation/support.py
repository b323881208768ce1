"""Helplines for people in crisis, from the editorial team's SupportSettings."""

from __future__ import annotations


def support_settings(request=None):
    from wagtail.models import Site

    from home.models import SupportSettings

    if request is not None:
        site = Site.find_for_request(request)
    else:
        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    return SupportSettings.for_site(site)


def helplines(request=None) -> list[dict]:
    """Plain data (for the API and emails): emergency numbers first."""
    support = support_settings(request)
    if support is None:
        return []
    out = []
    for value in support.ordered_helplines:
        out.append(
            {
                k: v if isinstance(v, bool) else ("" if v is None else str(v))
                for k, v in dict(value).items()
            }
        )
    return out
