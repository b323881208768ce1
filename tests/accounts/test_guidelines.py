import pytest
from django.urls import reverse
from django.utils import timezone

from accounts import guidelines
from accounts.models import GuidelinesVersion
from core.errors import PermissionDenied
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def version_2():
    GuidelinesVersion.objects.create(version=1, summary="The first guidelines.")
    return GuidelinesVersion.objects.create(
        version=2, summary="Please add a content warning to posts about loss."
    )


def test_the_current_version_is_the_highest_published_one(version_2):
    GuidelinesVersion.objects.create(
        version=3,
        summary="Not yet.",
        published_at=timezone.now() + timezone.timedelta(days=1),
    )
    assert guidelines.current() == version_2


def test_a_member_who_accepted_an_older_version_must_accept_again(version_2):
    member = UserFactory(accepted_guidelines_version=1)

    assert guidelines.needs_acceptance(member)
    with pytest.raises(PermissionDenied) as error:
        guidelines.require_current(member)
    assert error.value.code == "guidelines"


def test_accepting_records_the_current_version_and_lifts_the_requirement(version_2):
    member = UserFactory(accepted_guidelines_version=1)

    guidelines.guidelines_accept(user=member)

    member.refresh_from_db()
    assert member.accepted_guidelines_version == 2
    assert member.accepted_guidelines_at is not None
    guidelines.require_current(member)


def test_nobody_needs_to_accept_when_no_guidelines_are_published():
    member = UserFactory(accepted_guidelines_version=0)
    assert not guidelines.needs_acceptance(member)
    guidelines.require_current(member)


def test_anonymous_visitors_are_never_asked_to_accept(version_2):
    from django.contrib.auth.models import AnonymousUser

    assert not guidelines.needs_acceptance(AnonymousUser())


def test_the_guidelines_page_shows_what_changed_and_links_to_the_full_text(
    client, version_2
):
    member = UserFactory(accepted_guidelines_version=1)
    client.force_login(member)

    response = client.get(reverse("accounts_guidelines"))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Please add a content warning to posts about loss." in content
    assert "The first guidelines." not in content
    assert 'href="/community-guidelines/"' in content
    assert "I accept" in content


def test_accepting_on_the_page_returns_to_where_the_member_was(client, version_2):
    member = UserFactory(accepted_guidelines_version=1)
    client.force_login(member)

    response = client.post(
        reverse("accounts_guidelines") + "?next=/community/",
        {"accept": "on", "next": "/community/"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/community/"
    member.refresh_from_db()
    assert member.accepted_guidelines_version == 2


def test_the_page_never_redirects_to_another_site(client, version_2):
    member = UserFactory(accepted_guidelines_version=1)
    client.force_login(member)

    response = client.post(
        reverse("accounts_guidelines"),
        {"accept": "on", "next": "https://evil.example/"},
    )

    assert response["Location"] == "/"


def test_submitting_without_ticking_the_box_asks_kindly_and_accepts_nothing(
    client, version_2
):
    member = UserFactory(accepted_guidelines_version=1)
    client.force_login(member)

    response = client.post(reverse("accounts_guidelines"), {"next": "/community/"})

    assert response.status_code == 200
    assert "Please tick the box" in response.content.decode()
    member.refresh_from_db()
    assert member.accepted_guidelines_version == 1


def test_the_guidelines_page_asks_visitors_to_sign_in(client, version_2):
    response = client.get(reverse("accounts_guidelines"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_demo_publishes_version_one_once_and_its_accounts_accept_it():
    from io import StringIO

    from django.core.management.base import BaseCommand

    from accounts import demo
    from accounts.models import User

    command = BaseCommand(stdout=StringIO())
    demo.seed(command)
    demo.seed(command)

    assert list(GuidelinesVersion.objects.values_list("version", flat=True)) == [1]
    member = User.objects.get(email="member@example.org")
    assert not guidelines.needs_acceptance(member)


def test_editors_publish_a_new_version_from_the_admin_and_members_must_accept_it(
    client,
):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from accounts.roles import EDITOR, role_grant

    GuidelinesVersion.objects.create(version=1, summary="First.")
    member = UserFactory(accepted_guidelines_version=1)
    editor = UserFactory()
    role_grant(user=editor, role=EDITOR)
    TOTP.activate(editor, generate_totp_secret())
    client.force_login(editor)

    listing = client.get("/admin/snippets/accounts/guidelinesversion/")
    created = client.post(
        "/admin/snippets/accounts/guidelinesversion/add/",
        {
            "version": "2",
            "summary": "Please use content warnings.",
            "published_at": timezone.now().strftime("%Y-%m-%d %H:%M"),
        },
    )

    assert listing.status_code == 200
    assert created.status_code == 302, created.content.decode()[-2000:]
    assert guidelines.current().version == 2
    assert guidelines.needs_acceptance(member)
