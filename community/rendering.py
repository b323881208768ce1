"""Markdown subset → safe HTML, and @mentions.

Posts are rendered once, at write time, into `Post.body_html`; the output always passes
through nh3 (a maintained allowlist sanitiser), and the templates run stored HTML
through `sanitise()` again, so even a row written some other way renders inert.
"""

import re
from dataclasses import dataclass

import nh3
from django.contrib.auth import get_user_model
from django.db.models.functions import Lower
from django.urls import NoReverseMatch, reverse
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "p",
    "br",
    "em",
    "strong",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "hr",
    "del",
    "s",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "class"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc"

# CommonMark without raw HTML, images, headings or tables: a conversation, not a page.
_md = (
    MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False})
    .disable(["image", "heading", "lheading", "html_block", "html_inline"])
    .enable("strikethrough")
)

MENTION_RE = re.compile(r"(?<![\w@])@([^\s@][^@\n]{0,39})")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~])")


def sanitise(html: str) -> str:
    """The allowlist every piece of user HTML passes through, on write and on render."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )


@dataclass
class Rendered:
    html: str
    mentioned_ids: list[int]


def _profile_url(user_id: int) -> str | None:
    try:
        return reverse("members:profile", kwargs={"user_id": user_id})
    except NoReverseMatch:
        try:
            return reverse("members:profile", args=[user_id])
        except NoReverseMatch:
            return None


def find_mentions(body: str) -> dict[str, object]:
    """Map each mentioned display name (lowercased) to its user, longest match first.

    Display names may contain spaces, so each `@` is tried against the following one
    to six words; a single query finds which of those are real display names.
    """
    candidates: set[str] = set()
    for match in MENTION_RE.finditer(body):
        words = match.group(1).split(" ")
        for n in range(1, min(6, len(words)) + 1):
            name = " ".join(words[:n]).rstrip(".,;:!?)'\"").strip()
            if name:
                candidates.add(name.lower())
    if not candidates:
        return {}
    users = (
        get_user_model()
        .objects.annotate(lname=Lower("display_name"))
        .filter(lname__in=candidates, is_active=True)
        .only("id", "display_name")
    )
    return {u.display_name.lower(): u for u in users}


def render_body(body: str) -> Rendered:
    """Render a post body; mentions of real members become profile links."""
    found = find_mentions(body)
    mentioned: list[int] = []

    def replace(match: re.Match) -> str:
        words = match.group(1).split(" ")
        for n in range(min(6, len(words)), 0, -1):
            name = " ".join(words[:n]).rstrip(".,;:!?)'\"").strip()
            user = found.get(name.lower())
            if user is None:
                continue
            if user.pk not in mentioned:
                mentioned.append(user.pk)
            rest = match.group(1)[len(name) :]
            url = _profile_url(user.pk)
            escaped = _MD_SPECIAL.sub(r"\\\1", user.display_name)
            if url is None:
                return f"@{escaped}{rest}"
            return f"[@{escaped}]({url}){rest}"
        return match.group(0)

    source = MENTION_RE.sub(replace, body) if found else body
    html = _md.render(source)
    return Rendered(html=sanitise(html), mentioned_ids=mentioned)


def quote(body: str, author_name: str) -> str:
    """The Markdown a reply box starts with when quoting a post."""
    quoted = "\n".join(
        f"> {line}" if line else ">" for line in body.strip().splitlines()
    )
    return f"{quoted}\n> — {author_name}\n\n"
