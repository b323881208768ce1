import pytest
from django.core.exceptions import ValidationError

from blog.models import (
    BlogIndexPage,
    BlogPage,
    ResourceIndexPage,
    ResourcePage,
    SupportServicesPage,
)
from home.models import HomePage, StandardPage
from tests.editorial.conftest import add_post, make_image

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (BlogIndexPage, HomePage, True),
        (ResourceIndexPage, HomePage, True),
        (StandardPage, HomePage, True),
        (StandardPage, StandardPage, True),
        (BlogPage, BlogIndexPage, True),
        (ResourcePage, ResourceIndexPage, True),
        (SupportServicesPage, ResourceIndexPage, True),
        (BlogPage, ResourceIndexPage, False),
        (BlogPage, HomePage, False),
        (ResourcePage, BlogIndexPage, False),
        (ResourcePage, HomePage, False),
        (BlogIndexPage, BlogIndexPage, False),
        (StandardPage, BlogIndexPage, False),
    ],
)
def test_pages_can_only_be_created_in_their_place_in_the_tree(child, parent, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_a_second_blog_index_or_resource_index_cannot_be_created(tree):
    assert not BlogIndexPage.can_create_at(tree.home)
    assert not ResourceIndexPage.can_create_at(tree.home)
    assert not SupportServicesPage.can_create_at(tree.resources)


def test_blog_posts_and_articles_have_no_children():
    assert BlogPage.allowed_subpage_models() == []
    assert ResourcePage.allowed_subpage_models() == []


def test_a_hero_image_without_alt_text_is_refused_kindly(tree):
    post = add_post(tree.blog)
    post.hero_image = make_image()
    post.hero_alt = "  "
    with pytest.raises(ValidationError) as excinfo:
        post.full_clean()
    assert "describe the hero image" in str(excinfo.value)
