import datetime

import pytest
from django.utils import timezone

from blog.models import SupportService
from tests.editorial.conftest import add_article, make_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def services(tree):
    made = [
        ("Riverside Palliative Team", "palliative", "Ohio"),
        ("Sunrise Hospice", "hospice", "Ohio"),
        ("Little Harbor Hospice", "hospice", "Massachusetts"),
        ("Family Helpline", "helpline", "Nationwide"),
    ]
    return [
        SupportService.objects.create(
            name=name, kind=kind, region=region, offer="Help.", phone="(800) 555 0199"
        )
        for name, kind, region in made
    ]


def test_families_can_filter_the_directory_by_kind_and_region(client, tree, services):
    html = client.get(
        tree.directory.url, {"kind": "hospice", "region": "Ohio"}
    ).content.decode()
    assert "Sunrise Hospice" in html
    assert "Little Harbor Hospice" not in html
    assert "Riverside Palliative Team" not in html
    assert '<label for="id_kind">' in html and '<label for="id_region">' in html
    assert 'href="tel:8005550199"' in html


def test_nationwide_services_show_for_every_region(client, tree, services):
    html = client.get(tree.directory.url, {"region": "Massachusetts"}).content.decode()
    assert "Little Harbor Hospice" in html and "Family Helpline" in html
    assert "Sunrise Hospice" not in html


def test_an_unknown_filter_value_gets_a_kind_message_not_an_error(
    client, tree, services
):
    response = client.get(tree.directory.url, {"kind": "nonsense"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "Sunrise Hospice" in html  # nothing is lost: every service is still listed


def test_articles_show_review_date_services_and_documents_with_size_and_type(
    client, tree, services
):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from blog.demo_media import brochure_pdf
    from blog.models import ResourcePageDocument, ResourcePageService

    article = add_article(tree.resources, section=tree.section, title="Palliative care")
    document = get_document_model()(title="A guide for families")
    document.file = ContentFile(brochure_pdf("A guide", ["Hello."]), name="guide.pdf")
    document.save()
    ResourcePageDocument.objects.create(page=article, document=document)
    ResourcePageService.objects.create(page=article, service=services[1])
    html = client.get(article.url).content.decode()
    assert "Reviewed: June 2018" in html
    assert "Sunrise Hospice" in html
    assert "A guide for families" in html and "(PDF, " in html and "KB)" in html
    assert "Find more services in the support directory" in html
    assert document.file.read(5) == b"%PDF-"


def test_the_review_report_lists_only_articles_past_their_review_date(client, tree):
    overdue = add_article(
        tree.resources,
        section=tree.section,
        title="Overdue article",
        next_review_at=timezone.now().date() - datetime.timedelta(days=1),
    )
    add_article(
        tree.resources,
        section=tree.section,
        title="Fresh article",
        next_review_at=timezone.now().date() + datetime.timedelta(days=30),
    )
    client.force_login(make_editor())
    response = client.get("/admin/reports/articles-due-for-review/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Overdue article" in html and "Fresh article" not in html
    assert f"/admin/pages/{overdue.pk}/edit/" in html


def test_members_cannot_open_the_review_report(client, tree):
    from tests.factories.accounts import UserFactory

    client.force_login(UserFactory())
    response = client.get("/admin/reports/articles-due-for-review/")
    assert response.status_code in (302, 403, 404)
    assert b"Articles due for review" not in response.content
