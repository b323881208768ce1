from django import template
from django.template.defaultfilters import filesizeformat

from home.selectors import public_pages

register = template.Library()


@register.simple_tag
def public_page(page):
    """`page` (specific) if an anonymous reader may see it, else None: related-content
    cards never point at drafts, private or scheduled pages."""
    if page is None:
        return None
    return public_pages(type(page).objects.filter(pk=page.pk)).first()


@register.filter
def document_type(document) -> str:
    """'PDF', 'DOCX'… for a Wagtail document."""
    return (document.file_extension or "").upper()


@register.filter
def document_size(document) -> str:
    size = document.get_file_size()
    return filesizeformat(size) if size else ""
