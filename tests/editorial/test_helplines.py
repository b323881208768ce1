from django.template import Context, Template
from django.test import RequestFactory

from home.models import SupportSettings


def _render(template_source: str, *, request=None) -> str:
    context = Context({"request": request} if request is not None else {})
    return Template(template_source).render(context)


def test_the_helplines_include_shows_988_with_call_and_text_links(site):
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    html = _render('{% include "home/includes/helplines.html" %}', request=request)
    assert "988 Suicide &amp; Crisis Lifeline" in html
    assert 'href="tel:988"' in html
    assert 'href="sms:988"' in html
    assert 'href="tel:911"' in html
    # The emergency number comes first.
    assert html.index("tel:911") < html.index("tel:988")


def test_the_helplines_render_without_a_request_from_the_default_site(site):
    html = _render("{% load home_tags %}{% helplines heading_level=3 %}")
    assert "<h3" in html and "tel:988" in html


def test_editors_can_change_the_helplines_in_the_site_setting(site):
    support = SupportSettings.for_site(site)
    support.helplines = [
        (
            "helpline",
            {
                "name": "Childhood Cancer Line",
                "phone": "+44 800 123 456",
                "hours": "9–5",
            },
        )
    ]
    support.save()
    html = _render("{% load home_tags %}{% helplines %}")
    assert 'href="tel:+44800123456"' in html
    assert "988" not in html
