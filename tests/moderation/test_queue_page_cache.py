"""The review queue page's per-moderator cache (moderation/pagecache.py).

Each test first shows that the page really came from the cache (the hit header), then
changes something through the real services and checks the very next view shows it.
"""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.roles import ensure_groups
from community.services import posts as post_services
from moderation import pagecache, services
from moderation.models import QueueItem
from moderation.sanctions import user_sanction
from tests.factories.accounts import UserFactory
from tests.moderation.conftest import approve, hold_new_threads, with_totp

pytestmark = pytest.mark.django_db

QUEUE = reverse("moderation_admin:queue")
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def one_minute(monkeypatch):
    """Every view in a test falls in the same minute, unless the test moves the clock."""
    clock = {"minute": 29_000_000}
    monkeypatch.setattr(pagecache, "_minute", lambda: clock["minute"])
    return clock


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


def is_hit(response) -> bool:
    return response.headers.get(pagecache.HIT_HEADER) == "hit"


def cached_queue(client, **params) -> str:
    """The queue page, viewed twice: the second view must come from the cache."""
    assert client.get(QUEUE, params).status_code == 200
    again = client.get(QUEUE, params)
    assert again.status_code == 200
    assert is_hit(again)
    return again.content.decode()


def fresh_queue(client, **params) -> str:
    response = client.get(QUEUE, params)
    assert response.status_code == 200
    return response.content.decode()


def row_of(html: str, text: str) -> str:
    start = html.index(text)
    return html[html.rfind("<tr", 0, start) : html.index("</tr>", start)]


def category_moderator(category):
    """A category moderator who can open the admin (through a group with admin access
    only, as a site admin would set it up)."""
    from django.contrib.auth.models import Group

    groups = ensure_groups()
    volunteers, _ = Group.objects.get_or_create(name="Volunteer moderators")
    volunteers.permissions.set(
        groups["moderator"].permissions.filter(codename="access_admin")
    )
    user = with_totp(UserFactory())
    user.groups.add(volunteers)
    category.moderators.add(user)
    return user


def test_a_new_held_post_shows_on_a_cached_queue_at_once(mod_client, category):
    assert "Nothing is waiting" in cached_queue(mod_client)
    post_services.thread_create(
        actor=UserFactory(),
        category=category.slug,
        title="Our first night on the ward",
        body="Hello, we are new here and scared.",
    )
    assert "Our first night on the ward" in fresh_queue(mod_client)


def test_a_report_on_a_published_post_shows_on_a_cached_queue_at_once(
    mod_client, published_post, member
):
    assert "Scan day" not in cached_queue(mod_client)
    services.report_create(actor=member, post_id=published_post.pk, reason="spam")
    assert "Scan day" in fresh_queue(mod_client)


def test_claiming_and_releasing_an_item_show_on_a_cached_queue_at_once(
    mod_client, moderator, held_post
):
    item = QueueItem.objects.get(post=held_post)
    assert "Moderator Maple" not in row_of(cached_queue(mod_client), "Hello from a new")
    services.item_claim(actor=moderator, item_id=item.pk)
    assert "Moderator Maple" in row_of(fresh_queue(mod_client), "Hello from a new")
    assert "Moderator Maple" in row_of(cached_queue(mod_client), "Hello from a new")
    services.item_unclaim(actor=moderator, item_id=item.pk)
    assert "Moderator Maple" not in row_of(fresh_queue(mod_client), "Hello from a new")


def test_a_decision_takes_the_item_off_a_cached_queue_at_once(
    mod_client, moderator, held_post
):
    assert "Hello from a new family" in cached_queue(mod_client)
    services.post_decide(actor=moderator, post_id=held_post.pk, action="approve")
    assert "Hello from a new family" not in fresh_queue(mod_client)


def test_keeping_a_reported_post_takes_it_off_a_cached_queue_at_once(
    mod_client, moderator, published_post, member
):
    services.report_create(actor=member, post_id=published_post.pk, reason="spam")
    assert "Scan day" in cached_queue(mod_client)
    # The post stays published: no change of state, only the queue and the audit log.
    services.post_decide(actor=moderator, post_id=published_post.pk, action="approve")
    assert "Scan day" not in fresh_queue(mod_client)


def test_a_strike_shows_in_the_authors_history_on_a_cached_queue_at_once(
    mod_client, moderator, newcomer, held_post
):
    assert "0 approved · 0 strikes" in row_of(cached_queue(mod_client), "New Newt")
    user_sanction(actor=moderator, user_id=newcomer.pk, kind="warn", reason="Be kind.")
    assert "0 approved · 1 strikes" in row_of(fresh_queue(mod_client), "New Newt")


def test_an_authors_edit_of_a_held_post_shows_on_a_cached_queue_at_once(
    mod_client, newcomer, held_post
):
    assert "We are so lost" in cached_queue(mod_client)
    post_services.post_edit(
        actor=newcomer, post_id=held_post.pk, body="We have found a good nurse."
    )
    html = fresh_queue(mod_client)
    assert "We have found a good nurse" in html
    assert "We are so lost" not in html


def test_moving_a_thread_shows_its_new_category_on_a_cached_queue_at_once(
    mod_client, moderator, held_post, other_category
):
    assert "Treatment and side effects" in row_of(
        cached_queue(mod_client), "Hello from a new"
    )
    services.thread_move(
        actor=moderator, thread_id=held_post.thread_id, category_id=other_category.pk
    )
    assert "Siblings" in row_of(fresh_queue(mod_client), "Hello from a new")


def test_the_waiting_times_move_on_with_the_minute(mod_client, held_post, one_minute):
    cached_queue(mod_client)
    one_minute["minute"] += 1
    assert not is_hit(mod_client.get(QUEUE))


def test_a_category_moderator_never_gets_another_moderators_page(
    client, moderator, category, other_category, held_post
):
    mine = category_moderator(category)
    theirs = category_moderator(other_category)
    client.force_login(mine)
    assert "Hello from a new family" in cached_queue(client)
    other = Client()
    other.force_login(theirs)
    assert "Hello from a new family" not in cached_queue(other)
    # Nor does a new scope reuse the old one's page: given the other category, they
    # see its items on the very next view.
    category.moderators.add(theirs)
    assert "Hello from a new family" in fresh_queue(other)


def test_filters_and_pages_are_cached_apart(mod_client, held_post):
    assert "Hello from a new family" in cached_queue(mod_client)
    assert "Hello from a new family" not in cached_queue(mod_client, reason="crisis")
    # Unknown values are dropped: the same page as no filter at all.
    assert is_hit(mod_client.get(QUEUE, {"reason": "nonsense", "p": "1"}))


def test_a_second_session_of_the_same_moderator_gets_its_own_csrf_token(
    moderator, held_post
):
    first = Client(enforce_csrf_checks=True)
    first.force_login(moderator)
    first_html = fresh_queue(first)
    first_token = TOKEN.search(first_html).group(1)

    second = Client(enforce_csrf_checks=True)
    second.force_login(moderator)
    response = second.get(QUEUE)
    assert is_hit(response)
    html = response.content.decode()
    token = TOKEN.search(html).group(1)
    assert token != first_token
    assert first_token not in html
    assert pagecache.CSRF_PLACEHOLDER.decode() not in html
    assert f'"CSRF_TOKEN": "{token}"' in html  # Wagtail's own config, for its scripts
    item = QueueItem.objects.get(post=held_post)
    decided = second.post(
        QUEUE,
        {"csrfmiddlewaretoken": token, "items": [item.pk], "action": "approve"},
    )
    assert decided.status_code == 302
    held_post.refresh_from_db()
    assert held_post.status == "published"


def test_a_cache_hit_takes_a_small_constant_number_of_queries(mod_client, category):
    def hit_queries() -> int:
        mod_client.get(QUEUE)
        with CaptureQueriesContext(connection) as queries:
            assert is_hit(mod_client.get(QUEUE))
        return len(queries)

    hold_new_threads(category, 2)
    few = hit_queries()
    hold_new_threads(category, 12)
    assert hit_queries() == few
    # The session, the user, and one query for their permissions, role, two-factor
    # device and Wagtail profile (accounts.staff_access): nothing about the queue.
    assert few <= 3


def test_a_moderator_who_loses_the_role_is_refused_at_once(
    mod_client, moderator, held_post
):
    cached_queue(mod_client)
    moderator.groups.clear()
    assert mod_client.get(QUEUE).status_code in (403, 404)


def test_a_category_moderator_removed_from_their_category_is_refused_at_once(
    client, category, held_post
):
    user = category_moderator(category)
    client.force_login(user)
    cached_queue(client)
    category.moderators.remove(user)
    response = client.get(QUEUE)
    # Wagtail turns the refusal into its "no permission" redirect to the dashboard.
    assert response.status_code in (302, 403)
    assert "Hello from a new family" not in response.content.decode()


def test_a_flash_message_is_shown_not_a_cached_page(mod_client):
    cached_queue(mod_client)
    # Bulk decision with nothing chosen: a message, and back to the queue.
    response = mod_client.post(QUEUE, {"action": "approve"}, follow=True)
    assert not is_hit(response)
    assert "Choose at least one item first." in response.content.decode()
    # Shown once, and the page that showed it was not stored.
    again = mod_client.get(QUEUE)
    assert "Choose at least one item first." not in again.content.decode()


def test_a_changed_admin_theme_is_not_served_from_an_old_page(mod_client, moderator):
    from wagtail.users.models import UserProfile

    cached_queue(mod_client)
    profile = UserProfile.get_for_user(moderator)
    profile.theme = UserProfile.AdminColorThemes.DARK
    profile.save()
    response = mod_client.get(QUEUE)
    assert not is_hit(response)
    assert "w-theme-dark" in response.content.decode()


def test_approving_the_authors_other_post_updates_their_history_at_once(
    mod_client, moderator, newcomer, held_post, category
):
    other = post_services.thread_create(
        actor=newcomer, category=category.slug, title="Second", body="Me again."
    )
    assert "0 approved" in row_of(cached_queue(mod_client), "Hello from a new")
    approve(moderator, other.post)
    assert "1 approved" in row_of(fresh_queue(mod_client), "Hello from a new")


def test_a_change_bumps_the_generation_again_when_it_commits(
    moderator, held_post, django_capture_on_commit_callbacks
):
    """A page rendered between the change and its commit read the old rows: the second
    bump, after commit, retires it."""
    from django.core.cache import cache

    item = QueueItem.objects.get(post=held_post)
    with django_capture_on_commit_callbacks() as callbacks:
        services.item_claim(actor=moderator, item_id=item.pk)
    during = cache.get(pagecache.GENERATION_KEY)
    for callback in callbacks:
        callback()
    assert cache.get(pagecache.GENERATION_KEY) != during


def test_a_rejection_template_added_in_the_admin_shows_in_the_bulk_form_at_once(
    mod_client,
):
    assert "Gentle duplicate" not in cached_queue(mod_client)
    # Followed to the listing, which shows (and so uses up) Wagtail's "created"
    # message: the queue is then served from the cache unless the hook retired it.
    added = mod_client.post(
        reverse("wagtailsnippets_moderation_rejectiontemplate:add"),
        {"title": "Gentle duplicate", "message": "This was already posted, thanks."},
        follow=True,
    )
    assert added.status_code == 200
    assert "Gentle duplicate" in fresh_queue(mod_client)
