"""Screening decides whether a new or edited post is held for review, and why.

community.services calls `screen_post` inside the posting transaction; the moderation
app owns the rules (sandbox, watched words, crisis language, personal details, links,
rate limits). The result is data, so the caller stays simple and testable.
"""

from dataclasses import dataclass, field


@dataclass
class Screening:
    hold: bool = False
    blocked: bool = False
    crisis: bool = False
    reasons: list[str] = field(default_factory=list)
    body: str = ""  # the body to store (watched words with "replace" applied)
    message: str = ""  # shown to the author when held or blocked


def screen_post(*, author, category, body: str, is_edit: bool = False) -> Screening:
    from moderation import rules

    return rules.screen(author=author, category=category, body=body, is_edit=is_edit)
