"""A corpus of injection payloads through every text field: all render inert."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from community.rendering import render_body, sanitise
from community.services import posts as post_services

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=javascript:alert(1)></iframe>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<style>*{background:url(javascript:alert(1))}</style>",
    '<a href="&#106;avascript:alert(1)">x</a>',
    "[x](&#106;avascript:alert(1))",
    "![x](javascript:alert(1))",
    '<div style="background:url(javascript:alert(1))">',
    "<object data=javascript:alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<input autofocus onfocus=alert(1)>",
    "`<script>alert(1)</script>`",
    "<<script>script>alert(1)<</script>/script>",
    "<a href='x' onclick='alert(1)'>x</a>",
    "{{ 7*7 }} {% now 'Y' %}",
    '[a](https://example.org" onmouseover="alert(1))',
]

FORBIDDEN_TAGS = {
    "script",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "style",
    "base",
    "meta",
    "link",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "srcset", "xlink:href"}


class _Audit(HTMLParser):
    """Looks at what a browser would actually execute: tags, handlers and URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "img" and not dict(attrs).get("src", "").startswith("/media/"):
            self.problems.append("<img> from elsewhere")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"{tag}[{name}]")
            if name in URL_ATTRIBUTES and value:
                cleaned = re.sub(r"[\x00-\x20]", "", value).lower()
                if cleaned.startswith(("javascript:", "vbscript:", "data:")):
                    self.problems.append(f"{tag}[{name}={value}]")


def _inert(html: str) -> bool:
    audit = _Audit()
    audit.feed(html)
    return not audit.problems


@pytest.mark.parametrize("payload", PAYLOADS)
def test_rendered_bodies_are_inert(payload):
    assert _inert(render_body(payload).html), render_body(payload).html


@pytest.mark.parametrize("payload", PAYLOADS)
def test_stored_html_is_sanitised_again_on_the_way_out(payload):
    assert _inert(sanitise(payload))


def test_links_are_nofollow_ugc():
    html = render_body("[help](https://example.org/help)").html
    assert 'rel="nofollow ugc"' in html


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_titles_bodies_and_names_render_inert_on_every_page(
    client, make_trusted, public, payload
):
    author = make_trusted(display_name=payload[:40])
    posted = post_services.thread_create(
        actor=author, category=public.slug, title=payload[:150] or "x", body=payload
    )
    thread = posted.post.thread
    for url in [
        reverse("community:category", args=[public.slug]),
        reverse("community:thread", args=[thread.pk]),
        reverse("community:post_history", args=[posted.post.pk]),
    ]:
        html = client.get(url).content.decode()
        main = html[html.index('<main id="main"') : html.index("</main>")]
        assert _inert(main), (url, main)
    api = client.get(f"/api/v1/threads/{thread.pk}/").json()
    assert _inert(api["posts"][0]["body_html"])
