"""Screening decides whether a new or edited post is held for review, and why.

community.services calls `screen_post` inside the posting transaction; the moderation
app owns the rules (sandbox, watched words, crisis language, personal details, links,
rate limits). The result is data, so the caller stays simple and testable.

Once the screened post is stored, the caller hands both back through `post_screened`,
still inside its transaction, and moderation puts held and flagged posts on the review
queue with their reasons.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass
class Screening:
    hold: bool = False
    blocked: bool = False
    crisis: bool = False
    # One softer crisis cue: not held, but the author is shown support and a moderator
    # reads the post (detectors.detect_concern).
    concern: bool = False
    # The crisis model's score when it read the post (regexes found no crisis), else
    # None: moderators see it as the reason a post without crisis cues was flagged.
    model_score: float | None = None
    reasons: list[str] = field(default_factory=list)
    body: str = ""  # the body to store (watched words with "replace" applied)
    message: str = ""  # shown to the author when held or blocked


def screen_post(
    *,
    author,
    category,
    body: str,
    is_edit: bool = False,
    previous_body: str = "",
    images: int = 0,
) -> Screening:
    """`images` is how many photos are uploaded with the post, or added by the edit.

    `previous_body` is an edited post's text before the edit: a possible-crisis cue
    it already had is not news (its author was shown support and a moderator asked to
    read it when it was first posted), so only an edit that adds one is a concern."""
    from moderation import classifier, detectors, rules

    screening = rules.screen(
        author=author, category=category, body=body, is_edit=is_edit, images=images
    )
    if (
        screening.concern
        and previous_body
        and (
            detectors.crisis_signals(previous_body)[1]
            or classifier.verdict(previous_body)[0]
        )
    ):
        screening.concern = False
    if (
        is_edit
        and "watched_word_flag" in screening.reasons
        and not _flags_added(
            body=screening.body, before=previous_body, category=category
        )
    ):
        # The flagged words were there before the edit: a moderator was asked then.
        screening.reasons.remove("watched_word_flag")
    return screening


def _flags_added(*, body: str, before: str, category) -> bool:
    """Whether `body` has a "flag" watched word that the text `before` did not."""
    from moderation import rules

    return any(
        regex.search(body) and not regex.search(before or "")
        for word, regex in rules.matching_watched_words(body, category)
        if word.action == "flag"
    )


def prescreen(body: str) -> None:
    """Call before the posting transaction: reads `body` with the crisis model when the
    regexes would leave it to the model, so the transaction (which holds the thread's
    row lock, and on SQLite the database) finds the score ready instead of waiting
    15–250 ms for it. Screening itself still runs, and decides, inside."""
    from moderation import classifier, detectors

    if body and not detectors.crisis_signals(body)[0]:
        classifier.verdict(body)


def post_screened(*, post, screening: Screening, is_edit: bool = False) -> None:
    """Call in the posting transaction once the screened post is stored.

    A held post goes on the review queue with its reasons (an edit as an edit item;
    an edit to a post still waiting adds its reasons to the item it waits in, so crisis
    language written into it pages the on-call moderators); a new published post that
    a watched word only flags goes on it as an alert (an edit only when it adds the
    flagged word), and so does a published post, new or edited, with a possible-crisis
    cue (`concern`).
    """
    from community.models import PostStatus
    from moderation.models import QueueItem
    from moderation.services import queue_post

    if post.status == PostStatus.PENDING and (screening.hold or screening.crisis):
        kind = QueueItem.Kind.HELD
        if is_edit:
            kind = (
                QueueItem.objects.filter(
                    post=post,
                    status=QueueItem.Status.OPEN,
                    kind__in=[QueueItem.Kind.HELD, QueueItem.Kind.EDIT],
                )
                .values_list("kind", flat=True)
                .first()
                or QueueItem.Kind.EDIT
            )
        queue_post(
            post=post,
            reasons=[r for r in screening.reasons if r != "watched_word_flag"]
            or ["new_member"],
            kind=kind,
            crisis=screening.crisis,
        )
    elif post.status == PostStatus.PUBLISHED:
        alerts = []
        if screening.concern:
            alerts.append("possible_crisis")
        if "watched_word_flag" in screening.reasons:
            alerts.append("watched_word")
        if alerts:
            queue_post(post=post, reasons=alerts, kind=QueueItem.Kind.ALERT)


def describe(screening) -> dict:
    """What to tell the author (and API clients) about a held or refused post.

    Takes a Screening, or anything with the same attributes (community's `Posted`
    result, whose `held` stands for `hold`). `reasons` are kind, plain words; `support`
    (the support page and helplines) is present for crisis language and for the
    softer possible-crisis signal (`concern`).
    """
    from django.urls import reverse

    from moderation.support import helplines

    held = bool(getattr(screening, "hold", getattr(screening, "held", False)))
    blocked = bool(getattr(screening, "blocked", False))
    crisis = bool(getattr(screening, "crisis", False))
    concern = bool(getattr(screening, "concern", False))
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
    if crisis or concern:
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
    "links": _("Links from new members are checked by a moderator first."),
    "images": _("Photos and images from new members are checked by a moderator first."),
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
