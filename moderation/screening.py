"""Screening decides whether a new or edited post is held for review, and why.

community.services calls `screen_post` inside the posting transaction; the moderation
app owns the rules (sandbox, watched words, crisis language, personal details, links,
rate limits). The result is data, so the caller stays simple and testable.

The screening is also remembered for the rest of the transaction so that, when the post
row is written, moderation can put it on the review queue with its reasons
(moderation.signals) without the caller passing anything back.
"""

import threading
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass
class Screening:
    hold: bool = False
    blocked: bool = False
    crisis: bool = False
    reasons: list[str] = field(default_factory=list)
    body: str = ""  # the body to store (watched words with "replace" applied)
    message: str = ""  # shown to the author when held or blocked


_recent = threading.local()


def remember(*, author_id, body: str, screening: Screening) -> None:
    store = getattr(_recent, "store", None)
    if store is None:
        store = _recent.store = {}
    if len(store) > 50:
        store.clear()
    store[(author_id, body)] = screening


def recall(*, author_id, body: str) -> Screening | None:
    store = getattr(_recent, "store", None) or {}
    return store.pop((author_id, body), None)


def screen_post(*, author, category, body: str, is_edit: bool = False) -> Screening:
    from moderation import rules

    screening = rules.screen(
        author=author, category=category, body=body, is_edit=is_edit
    )
    remember(
        author_id=getattr(author, "pk", None), body=screening.body, screening=screening
    )
    return screening


def describe(screening) -> dict:
    """What to tell the author (and API clients) about a held or refused post.

    Takes a Screening, or anything with the same attributes (community's `Posted`
    result, whose `held` stands for `hold`). `reasons` are kind, plain words; `support`
    (the support page and helplines) is present only for crisis language.
    """
    from django.urls import reverse

    from moderation.support import helplines

    held = bool(getattr(screening, "hold", getattr(screening, "held", False)))
    blocked = bool(getattr(screening, "blocked", False))
    crisis = bool(getattr(screening, "crisis", False))
    out: dict = {
        "held": held,
        "blocked": blocked,
        "crisis": crisis,
        "message": str(getattr(screening, "message", "") or ""),
        "reasons": [
            {"code": code, "text": str(REASON_TEXT[code])}
            for code in getattr(screening, "reasons", [])
            if code in REASON_TEXT and (held or blocked)
        ],
    }
    if crisis:
        out["support"] = {
            "url": reverse("moderation:crisis_support"),
            "helplines": helplines(),
        }
    return out


REASON_TEXT = {
    "crisis": _(
        "Your post talks about something serious. A person will read it very soon; "
        "please reach out to a helpline now if you need to."
    ),
    "personal_details": _(
        "Your post may include personal details (like a phone number, address, "
        "hospital or full name). A moderator will check it to keep your family safe."
    ),
    "new_member": _(
        "Welcome! New members' first posts are read by a moderator before they appear."
    ),
    "watched_word": _("Your post includes words a moderator reads before they appear."),
    "links": _("Links and images from new members are checked by a moderator first."),
    "rate_limit": _(
        "You've posted a lot in a short time, so a moderator will look first."
    ),
    "spam": _(
        "This looks like a repeated or link-heavy post, so a moderator will look."
    ),
    "category": _("Every post in this group is read by a moderator first."),
    "edit": _("A moderator will look at your edit."),
    "sanctioned": _("Your posting is paused by a moderator."),
    "other": _("A moderator will read your post before it appears."),
}
