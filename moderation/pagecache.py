"""A short-lived cache of the review queue page, one per moderator and view of it.

Moderators reload the queue after every decision and while they wait for work; the
page (Wagtail's admin chrome around fifty rows) costs tens of milliseconds to render,
most of it the same from one reload to the next. This cache replaces the rendering
only, never a check:

- Everything that decides whether someone may see the queue runs on every request,
  before the lookup: the staff two-factor middleware, Wagtail's admin access check,
  `moderator_required`, and the moderator's scope (everywhere, or their categories),
  which is part of the key. A moderator who loses the role gets a 403 at once.
- The key is per user and holds everything the page or Wagtail's chrome reads for
  them: the account row and Wagtail profile (name, theme, density, contrast, language,
  time zone, dismissed tips), their permissions, the sidebar cookie, the active
  language and time zone, the host, the normalised filters and page, and the current
  minute (each row shows how long it has waited, to the minute).
- A stored page is served only while two generation numbers are unchanged, both read
  in the same cache round trip as the page: this module's, which `queue_changed()`
  bumps from every moderation service that changes what the page shows (items put on
  the queue, claimed, released, decided; reports; anything audited through
  `record_action`: sanctions, moves, merges), and community's
  (`community.pagecache.content_changed`), which every community write bumps (posts
  created, edited or changing state, categories). Each bump happens at once and again
  after commit, and a page is tagged with the generations read *before* it was
  rendered, so a page rendered from data a transaction was changing is never served.
  What bumps neither (a member renaming themselves, a new rejection template added
  outside the admin, a change to Wagtail page permissions) shows within a minute.
- Never stored or served: requests other than GET, responses other than 200, and
  requests with a flash message waiting (the message must be shown, once). The CSRF
  tokens in the page are replaced by a placeholder before it is stored and the current
  session's token is put back on each serve, so no token crosses sessions.
"""

from __future__ import annotations

import hashlib
import re
import time

from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import (  # type: ignore[attr-defined]
    _unmask_cipher_token,
    get_token,
)
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare

from community import pagecache as community_pages

GENERATION_KEY = "moderation:queue:generation"
TTL_SECONDS = 60
HIT_HEADER = "X-Kindred-Page-Cache"
#: Never in a rendered page: user text is escaped (no raw "<") and NUL can't be stored.
CSRF_PLACEHOLDER = b"<\x00kindred-csrf\x00>"
_MASKED_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
_SIDEBAR_COOKIE = "wagtail_sidebar_collapsed"


def queue_changed() -> None:
    """Call from any moderation service that changes what the review queue shows."""
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # evicted or never set: any new value retires every page
        cache.set(GENERATION_KEY, time.time_ns(), None)


def _generations(found: dict) -> tuple:
    values = []
    for key in (GENERATION_KEY, community_pages.GENERATION_KEY):
        value = found.get(key)
        if value is None:
            # A fresh number, never a reused one: a page stored under an evicted
            # generation must not match again.
            cache.add(key, time.time_ns(), None)
            value = cache.get(key)
        values.append(value)
    return tuple(values)


def _minute() -> int:
    return int(time.time() // 60)


def _messages_waiting(request) -> bool:
    if request.COOKIES.get("messages"):
        return True
    session = getattr(request, "session", None)
    return bool(session is not None and session.get("_messages"))


def _fingerprint(instance, *, skip: tuple[str, ...] = ()) -> tuple:
    if instance is None:
        return ()
    return tuple(
        str(getattr(instance, field.attname))
        for field in instance._meta.concrete_fields
        if field.attname not in skip
    )


def _reader(request) -> tuple:
    """What the page and Wagtail's chrome show differently for this reader. Reads only
    what the admin access check has loaded already: no extra query."""
    user = request.user
    profile = getattr(user, "wagtail_userprofile", None)
    permissions = (
        ("*",) if user.is_superuser else tuple(sorted(user.get_all_permissions()))
    )
    return (
        # last_login changes at each sign-in, which must not retire the other session's
        # page; the password hash is no business of a cache key.
        _fingerprint(user, skip=("last_login", "password")),
        _fingerprint(profile),
        permissions,
        request.COOKIES.get(_SIDEBAR_COOKIE, ""),
        translation.get_language(),
        timezone.get_current_timezone_name(),
        request.get_host(),
    )


class QueuePageCache:
    """Look up, serve and store one moderator's view of the queue.

    Create it after the permission check, with the moderator's `scope` and the
    normalised `query`; call `lookup()` before rendering and `store()` after.
    """

    def __init__(self, request, *, scope, query: str) -> None:
        self.request = request
        self.enabled = request.method == "GET" and not _messages_waiting(request)
        self.generations: tuple | None = None
        if self.enabled:
            parts = repr((_reader(request), scope, query, _minute())).encode()
            self.key = "moderation:queue:page:" + hashlib.sha256(parts).hexdigest()

    def lookup(self) -> HttpResponse | None:
        if not self.enabled:
            return None
        found = cache.get_many(
            [self.key, GENERATION_KEY, community_pages.GENERATION_KEY]
        )
        self.generations = _generations(found)
        entry = found.get(self.key)
        if entry is None or entry["generations"] != self.generations:
            return None
        token = get_token(self.request).encode()
        response = HttpResponse(
            entry["content"].replace(CSRF_PLACEHOLDER, token),
            content_type=entry["content_type"],
        )
        response[HIT_HEADER] = "hit"
        return response

    def store(self, response) -> None:
        if (
            not self.enabled
            or self.generations is None
            or response.status_code != 200
            or response.streaming
            or response.cookies
        ):
            return
        content = _without_csrf_tokens(self.request, response.content)
        if content is None:
            return
        cache.set(
            self.key,
            {
                "generations": self.generations,
                "content": content,
                "content_type": response["Content-Type"],
            },
            TTL_SECONDS,
        )


def _without_csrf_tokens(request, content: bytes) -> bytes | None:
    """`content` with every CSRF token of this request's secret replaced by the
    placeholder, or None when the secret itself shows (never store that page)."""
    secret = request.META.get("CSRF_COOKIE")
    if not secret:
        return content
    if secret.encode() in content:
        return None

    # Django's own unmasking recognises this request's tokens: private, but unchanged
    # since Django 1.10, and the second-session CSRF test fails if it ever changes.
    def swap(match: re.Match) -> bytes:
        candidate = match.group().decode()
        if constant_time_compare(_unmask_cipher_token(candidate), secret):
            return CSRF_PLACEHOLDER
        return match.group()

    return _MASKED_TOKEN.sub(swap, content)
