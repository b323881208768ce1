"""The holding rules behind moderation.screening.screen_post.

Order matters only for the message the author sees: a sanction refuses the post; a
"block" watched word refuses it; otherwise every rule that fires adds a reason, and any
holding reason holds the post. Crisis language always holds and is flagged separately so
the author is shown the support page at once.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from moderation import classifier, detectors
from moderation.models import Reason
from moderation.screening import Screening

SANDBOX_POSTS = 3  # default; ModerationSettings.sandbox_posts overrides
DUPLICATE_MIN_LENGTH = 60

#: reasons that only flag (the post is published but a moderator takes a look)
FLAG_ONLY = {"watched_word_flag"}


def load_settings():
    """The default site's ModerationSettings, or unsaved defaults before a site exists."""
    from wagtail.models import Site

    from moderation.models import ModerationSettings

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return ModerationSettings()
    return ModerationSettings.for_site(site)


def category_rule(category):
    from moderation.models import CategoryRule

    if category is None or category.pk is None:
        return None
    return CategoryRule.objects.filter(category=category).first()


def sandbox_size(config, rule) -> int:
    if rule is not None and rule.sandbox_posts is not None:
        return rule.sandbox_posts
    return config.sandbox_posts


def is_sandboxed(author, *, config=None, rule=None) -> bool:
    """New members are sandboxed until posts are approved, or time and one approval."""
    from community.models import PostStatus

    if author.is_staff or author.is_superuser:
        return False
    config = config or load_settings()
    approved = author.posts.filter(status=PostStatus.PUBLISHED).count()
    if approved >= sandbox_size(config, rule):
        return False
    old_enough = author.date_joined <= timezone.now() - timedelta(
        days=config.trusted_after_days
    )
    return not (old_enough and approved >= 1)


def matching_watched_words(body: str, category) -> list:
    from django.db.models import Q

    from moderation.models import WatchedWord

    words = WatchedWord.objects.filter(is_active=True).filter(
        Q(category__isnull=True) | Q(category=category)
        if category is not None and category.pk
        else Q(category__isnull=True)
    )
    return [(w, detectors.watched_word_regex(w.pattern)) for w in words]


def hospital_names() -> list[str]:
    """The moderators' editable list (seeded with detectors.WELL_KNOWN_HOSPITALS by
    migration 0002, so a name that holds innocent posts can be taken out)."""
    from moderation.models import HospitalName

    return list(HospitalName.objects.values_list("name", flat=True))


def screen(
    *, author, category, body: str, is_edit: bool = False, images: int = 0
) -> Screening:
    """`images` counts the photos uploaded with the post (or added by the edit)."""
    from community.models import Post
    from moderation.sanctions import active_sanction

    result = Screening(body=body)
    sanction = active_sanction(author)
    if sanction is not None:
        result.blocked = True
        result.reasons.append(Reason.SANCTIONED)
        result.message = sanction_message(sanction)
        return result

    config = load_settings()
    rule = category_rule(category)

    # Watched words: block beats hold beats flag; replacements always apply.
    for word, regex in matching_watched_words(body, category):
        if not regex.search(result.body):
            continue
        if word.action == "block":
            result.blocked = True
            result.reasons.append(Reason.WATCHED_WORD)
            result.message = _(
                "Some of the words in your post aren't allowed here, so it wasn't posted. "
                "Your text is still in the box: please change it and try again."
            )
            return result
        if word.action == "replace":
            result.body = regex.sub(word.replacement, result.body)
        elif word.action == "hold":
            _add(result, Reason.WATCHED_WORD)
            result.hold = True
        elif word.action == "flag":
            _add(result, "watched_word_flag")

    if config.detect_crisis:
        crisis_kinds, concern = detectors.crisis_signals(result.body)
        # What the regexes do not hold, the model reads (moderation/classifier.py).
        found, result.model_score = (
            ("", None) if crisis_kinds else classifier.verdict(result.body)
        )
        if crisis_kinds or found == classifier.HOLD:
            result.crisis = True
            result.hold = True
            _add(result, Reason.CRISIS)
        elif concern or found == classifier.SIGNPOST:
            result.concern = True
            _add(result, Reason.POSSIBLE_CRISIS)

    if config.detect_personal_details:
        findings = detectors.detect_personal_details(
            result.body, hospitals=hospital_names()
        )
        if findings:
            result.hold = True
            _add(result, Reason.PERSONAL_DETAILS)

    sandboxed = is_sandboxed(author, config=config, rule=rule)
    if sandboxed and not is_edit:
        result.hold = True
        _add(result, Reason.NEW_MEMBER)
    elif sandboxed and is_edit:
        result.hold = True
        _add(result, Reason.EDIT)

    links = detectors.count_links(result.body)
    if sandboxed and config.hold_links_from_sandboxed:
        if links:
            result.hold = True
            _add(result, Reason.LINKS)
        if images or detectors.has_images(result.body):
            result.hold = True
            _add(result, Reason.IMAGES)
    if links > config.max_links:
        result.hold = True
        _add(result, Reason.SPAM)

    if rule is not None and rule.hold_all_posts and not is_edit:
        result.hold = True
        _add(result, Reason.CATEGORY)

    if not is_edit:
        now = timezone.now()
        recent = Post.objects.filter(
            author=author, created_at__gte=now - timedelta(hours=1)
        )
        if recent.count() >= config.posts_per_hour:
            result.hold = True
            _add(result, Reason.RATE_LIMIT)
        window = now - timedelta(minutes=config.duplicate_window_minutes)
        # Short replies ("Thank you", "Sending love") are often repeated by real people.
        if (
            len(result.body) >= DUPLICATE_MIN_LENGTH
            and Post.objects.filter(
                author=author, created_at__gte=window, body=result.body
            ).exists()
        ):
            result.hold = True
            _add(result, Reason.SPAM)

    if result.hold:
        result.message = held_message(result)
    return result


def _add(result: Screening, reason: str) -> None:
    if str(reason) not in result.reasons:
        result.reasons.append(str(reason))


def held_message(result: Screening) -> str:
    if result.crisis:
        return _(
            "Thank you for telling us. A moderator will read your post very soon. "
            "If you or someone else is in danger right now, please call for help: "
            "the numbers are on the next page."
        )
    return _(
        "Thank you for posting. A moderator will read your post before it appears, "
        "usually within an hour. Nothing you wrote has been lost."
    )


def sanction_message(sanction) -> str:
    if sanction.until:
        return _(
            "You can't post right now: a moderator has paused your posting until "
            "%(until)s. You can still read everything. If you think this is a mistake, "
            "please reply to the email we sent you."
        ) % {"until": timezone.localtime(sanction.until).strftime("%d %B %Y, %H:%M")}
    return _(
        "You can't post on Kindred any more: a moderator has closed your posting. "
        "If you think this is a mistake, please reply to the email we sent you."
    )
