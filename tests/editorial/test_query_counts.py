"""The blog index, a blog post and a resource article cost the same number of queries
however many tags, authors, categories, related posts, documents and services they have."""

import io

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model

from blog.models import (
    BlogCategory,
    ResourcePageDocument,
    ResourcePageService,
    SupportService,
)
from tests.editorial.conftest import add_article, add_post, make_person

pytestmark = pytest.mark.django_db


def _queries(client, url) -> int:
    client.get(url)  # warm the per-process caches (site root paths, renditions)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def _blog(tree, n):
    authors = [make_person(photo=True) for _ in range(n)]
    categories = [
        BlogCategory.objects.create(
            name=f"Category {tree.tag}{i}", slug=f"c-{tree.tag}{i}"
        )
        for i in range(n)
    ]
    tags = [f"tag {tree.tag}{i}" for i in range(n)]
    main = add_post(
        tree.blog, tags=tags, categories=categories, authors=authors, hero=True
    )
    for _ in range(n):
        add_post(
            tree.blog,
            tags=tags[:2],
            categories=categories[:1],
            authors=authors,
            hero=True,
        )
    return main


def test_blog_index_queries_do_not_grow_with_posts_tags_and_authors(client, tree):
    tree.tag = "a"
    _blog(tree, 1)
    few = _queries(client, "/blog/")
    tree.tag = "b"
    _blog(tree, 5)
    many = _queries(client, "/blog/")
    assert many == few


def test_blog_post_queries_do_not_grow_with_tags_authors_and_related_posts(
    client, tree
):
    tree.tag = "a"
    small = _blog(tree, 1)
    tree.tag = "b"
    large = _blog(tree, 6)
    few = _queries(client, small.url)
    many = _queries(client, large.url)
    assert len(large.related_posts()) == 3 and len(small.related_posts()) == 1
    assert many == few


def _article(tree, n):
    Document = get_document_model()
    article = add_article(
        tree.resources, section=tree.section, reviewer=make_person(photo=True)
    )
    for i in range(n):
        document = Document(title=f"Brochure {n}-{i}")
        document.file = ContentFile(
            io.BytesIO(b"%PDF-1.4\n%%EOF\n").getvalue(), name=f"b{n}{i}.pdf"
        )
        document.save()
        ResourcePageDocument.objects.create(
            page=article, document=document, sort_order=i
        )
        service = SupportService.objects.create(
            name=f"Service {n}-{i}",
            kind="hospice",
            region="Ohio",
            offer="Care.",
            phone="555",
        )
        ResourcePageService.objects.create(page=article, service=service, sort_order=i)
    related = add_post(tree.blog)
    article.related_blog_post = related
    article.save_revision().publish()
    return article


def test_resource_page_queries_do_not_grow_with_documents_and_services(client, tree):
    small = _article(tree, 1)
    large = _article(tree, 6)
    few = _queries(client, small.url)
    many = _queries(client, large.url)
    assert many == few
