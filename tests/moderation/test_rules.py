from datetime import timedelta

import pytest
from django.utils import timezone

from community.services import posts as post_services
from moderation.models import CategoryRule
from moderation.rules import is_sandboxed, screen
from tests.factories.accounts import UserFactory
from tests.moderation.conftest import approve

pytestmark = pytest.mark.django_db


def test_a_newcomer_is_sandboxed_until_three_posts_are_approved(
    newcomer, category, moderator
):
    for i in range(3):
        assert is_sandboxed(newcomer)
        posted = post_services.thread_create(
            actor=newcomer, category=category.slug, title=f"Post {i}", body=f"Hello {i}"
        )
        assert posted.held
        approve(moderator, posted.post)
    assert not is_sandboxed(newcomer)
    assert not post_services.thread_create(
        actor=newcomer, category=category.slug, title="Now", body="Straight up"
    ).held


def test_time_and_one_approved_post_earn_trust_early(category, moderator):
    member = UserFactory()
    posted = post_services.thread_create(
        actor=member, category=category.slug, title="First", body="Hi"
    )
    approve(moderator, posted.post)
    assert is_sandboxed(member)
    member.date_joined = timezone.now() - timedelta(days=45)
    member.save(update_fields=["date_joined"])
    assert not is_sandboxed(member)


def test_links_and_images_from_sandboxed_members_are_held(newcomer, trusted, category):
    body = "Have a look at https://example.com/cure"
    assert "links" in screen(author=newcomer, category=category, body=body).reasons
    assert "links" not in screen(author=trusted, category=category, body=body).reasons


def test_link_heavy_posts_are_held_as_spam_even_from_trusted_members(trusted, category):
    body = " ".join(f"https://spam.example/{i}" for i in range(6))
    result = screen(author=trusted, category=category, body=body)
    assert result.hold and "spam" in result.reasons


def test_the_same_long_text_twice_in_an_hour_is_held_but_short_thanks_are_not(
    trusted, category
):
    long_text = (
        "Visit our amazing shop for the best deals on everything you need today!!"
    )
    post_services.thread_create(
        actor=trusted, category=category.slug, title="Deals", body=long_text
    )
    assert "spam" in screen(author=trusted, category=category, body=long_text).reasons
    post_services.thread_create(
        actor=trusted, category=category.slug, title="Thanks", body="Thank you"
    )
    assert not screen(author=trusted, category=category, body="Thank you").hold


def test_posting_faster_than_the_hourly_limit_holds_the_post(trusted, category):
    from moderation.rules import load_settings

    limit = load_settings().posts_per_hour
    for i in range(limit):
        post_services.thread_create(
            actor=trusted, category=category.slug, title=f"Quick {i}", body=f"Post {i}"
        )
    result = screen(author=trusted, category=category, body="One more")
    assert result.hold and "rate_limit" in result.reasons


def test_a_category_can_hold_every_post_and_change_the_sandbox(
    trusted, category, newcomer
):
    CategoryRule.objects.create(category=category, hold_all_posts=True, sandbox_posts=0)
    assert "category" in screen(author=trusted, category=category, body="Hi").reasons
    assert (
        "new_member"
        not in screen(author=newcomer, category=category, body="Hi").reasons
    )


def test_staff_are_never_sandboxed(moderator, category):
    assert not screen(
        author=moderator, category=category, body="Welcome, everyone"
    ).hold


def test_a_held_message_is_kind_and_says_nothing_is_lost(newcomer, category):
    result = screen(author=newcomer, category=category, body="Hello")
    assert "Nothing you wrote has been lost" in result.message


def test_well_known_hospitals_are_in_the_moderators_list_and_can_be_taken_out(
    trusted, category
):
    from moderation.models import HospitalName

    body = "We're on the ward at Alder Hey until his counts come back up."
    assert HospitalName.objects.filter(name="Alder Hey").exists()
    assert (
        "personal_details"
        in screen(author=trusted, category=category, body=body).reasons
    )
    HospitalName.objects.filter(name="Alder Hey").delete()
    assert (
        "personal_details"
        not in screen(author=trusted, category=category, body=body).reasons
    )
