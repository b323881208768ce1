"""A short-lived cache of community pages as anonymous readers see them.

Only anonymous GETs are cached, and only after the visibility check has run against
the database on every request, so a space that becomes private is a 404 at once. Any
change to community content bumps one generation number (immediately and again after
commit), which retires every cached page; the TTL bounds anything changed elsewhere
(a member renaming themselves). Pages that used a CSRF token or carry a flash message
are never stored.

The check before serving a stored page is `visible_to(AnonymousUser())` itself, compiled
to SQL once per process and run with the page's key: the same rule as every other
read, without paying for building the query on every request.
"""

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import connections, router, transaction

GENERATION_KEY = "community:pages:generation"
TTL_SECONDS = 60


def _bump() -> None:
    if not cache.add(GENERATION_KEY, 1, timeout=None):
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            cache.set(GENERATION_KEY, 1, timeout=None)


def content_changed() -> None:
    """Call from any service that changes what community pages show."""
    _bump()
    transaction.on_commit(_bump)


def cacheable(request) -> bool:
    if request.method != "GET" or request.user.is_authenticated:
        return False
    if "messages" in request.COOKIES:
        return False
    session = getattr(request, "session", None)
    if session is not None and session.session_key and session.get("_messages"):
        return False
    return True


def key(*parts) -> str:
    generation = cache.get(GENERATION_KEY) or 0
    return "community:page:" + ":".join(str(p) for p in (generation, *parts))


def get(cache_key: str):
    return cache.get(cache_key)


def store(request, cache_key: str, response) -> None:
    if response.status_code != 200 or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return
    if hasattr(response, "render") and not response.is_rendered:
        return
    cache.set(cache_key, response, TTL_SECONDS)


# A value no real key has: the compiled SQL carries it as a parameter, which each
# check replaces with the real key.
_SENTINEL = {"pk": -918_273_645, "slug": "\x00kindred-sentinel\x00"}
_compiled: dict[tuple, tuple[str, list, int]] = {}


def _statement(model, field: str):
    alias = router.db_for_read(model)
    memo = (model._meta.label, field, alias, connections[alias].vendor)
    if memo not in _compiled:
        queryset = (
            model.objects.visible_to(AnonymousUser())
            .filter(**{field: _SENTINEL[field]})
            .values("pk")[:1]
        )
        sql, params = queryset.query.get_compiler(using=alias).as_sql()
        params = list(params)
        _compiled[memo] = (sql, params, params.index(_SENTINEL[field]))
    return alias, _compiled[memo]


def visible_to_anonymous(model, **lookup) -> bool:
    """Whether `model.objects.visible_to(AnonymousUser())` holds the row `lookup` names.

    `lookup` is exactly one of pk= or slug=.
    """
    ((field, value),) = lookup.items()
    alias, (sql, params, index) = _statement(model, field)
    params = list(params)
    params[index] = value
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone() is not None
