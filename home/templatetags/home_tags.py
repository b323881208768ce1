import re

from django import template

register = template.Library()


@register.filter
def tel_digits(value: str) -> str:
    """'0800 123 456' → '0800123456' for tel:/sms: links (a leading + is kept)."""
    value = (value or "").strip()
    digits = re.sub(r"[^\d]", "", value)
    return f"+{digits}" if value.startswith("+") else digits


@register.inclusion_tag("home/includes/helplines_list.html", takes_context=True)
def helplines(context, heading_level: int = 2):
    """The site's helplines, for pages rendered with or without a request."""
    from home.models import SupportSettings

    request = context.get("request")
    support = None
    if request is not None:
        support = SupportSettings.for_request(request)
    else:
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
        if site is not None:
            support = SupportSettings.for_site(site)
    return {"support": support, "heading_level": heading_level, "request": request}
