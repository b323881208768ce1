"""Editorial pages through the real WSGI stack, as ratios to a trivial Django view.

Seeds the demo page tree (home, blog, resources with the palliative care article) plus
enough extra posts that the blog index paginates and related posts have candidates.
Anonymous requests, as most readers arrive. Target ratio: 0.5.
"""

import datetime
from io import StringIO

from django.core.management.base import BaseCommand

from bench.harness import compare_to_trivial

TARGET = 0.5
EXTRA_POSTS = 40


def _seed() -> dict[str, str]:
    from wagtail.rich_text import RichText

    from blog import demo as blog_demo
    from blog.models import (
        BlogCategory,
        BlogIndexPage,
        BlogPage,
        BlogPageAuthor,
        Person,
    )
    from home import demo as home_demo

    command = BaseCommand(stdout=StringIO())
    home_demo.seed(command)
    blog_demo.seed(command)

    index = BlogIndexPage.objects.get()
    people = list(Person.objects.all())
    categories = list(BlogCategory.objects.all())
    topics = ["sleep", "school", "siblings", "chemotherapy", "palliative care", "grief"]
    for n in range(EXTRA_POSTS):
        post = BlogPage(
            title=f"Notes from the ward, part {n + 1}",
            slug=f"notes-from-the-ward-{n + 1}",
            intro="What families have learned about getting through long days.",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=9 * n),
            body=[
                ("paragraph", RichText("<p>" + "Small comforts help. " * 120 + "</p>"))
            ],
        )
        post.categories = [categories[n % len(categories)]]
        post.tags.add(topics[n % len(topics)], topics[(n + 1) % len(topics)])
        post.blog_authors = [
            BlogPageAuthor(person=people[n % len(people)], sort_order=0),
            BlogPageAuthor(person=people[(n + 1) % len(people)], sort_order=1),
        ]
        index.add_child(instance=post)
        post.save_revision().publish()

    post = BlogPage.objects.get(slug="what-is-palliative-care")
    from blog.models import ResourcePage

    article = ResourcePage.objects.get(slug="palliative-care-for-children-with-cancer")
    return {
        "blog_index": "/blog/",
        "blog_post": post.url,
        "resource_article": article.url,
    }


def run() -> dict:
    from bench.harness import session_cookie_for
    from tests.factories.accounts import UserFactory

    paths = _seed()
    # Anonymous readers (the page cache serves them after the first request)...
    result = compare_to_trivial(paths, seconds=3.0, target=TARGET)
    # ...and signed-in members, who always get a freshly rendered page.
    member_cookie = session_cookie_for(UserFactory())
    result["signed_in"] = compare_to_trivial(
        paths, cookie=member_cookie, seconds=2.0, target=TARGET
    )["pages"]
    result["seeded_posts"] = EXTRA_POSTS + 8
    return result
