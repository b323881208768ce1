"""Demo page tree for `seed_demo`: blog, resources, support directory and standard pages.

Idempotent: it only creates what is missing. Community categories are created later by
community.demo, so `blog.demo_links` (run after it) links articles to them.
"""

from django.utils.text import slugify
from wagtail.models import Page
from wagtail.rich_text import RichText

from blog import demo_content as content
from blog.demo_media import (
    brochure_pdf,
    get_or_create_document,
    get_or_create_image,
    hero_bytes,
    portrait_bytes,
)
from blog.editorial import ensure_editor_permissions, ensure_workflows
from blog.models import (
    BlogCategory,
    BlogIndexPage,
    BlogPage,
    BlogPageAuthor,
    Person,
    ResourceIndexPage,
    ResourcePage,
    ResourcePageDocument,
    ResourcePageService,
    ResourceSection,
    SupportService,
    SupportServicesPage,
)
from home.models import HomePage, HomePageFeaturedResource, StandardPage


def _stream(blocks: list) -> list:
    """Demo body tuples → StreamField values (rich text wrapped as RichText)."""
    out = []
    for block_type, value in blocks:
        if block_type == "paragraph":
            value = RichText(value)
        elif block_type == "callout":
            value = {**value, "body": RichText(value["body"])}
        out.append((block_type, value))
    return out


def _text_body(paragraphs: list[str]) -> list:
    return [("paragraph", RichText("".join(f"<p>{t}</p>" for t in paragraphs)))]


def _publish_child(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def seed(command) -> None:
    home = HomePage.objects.first()
    if home is None:
        command.stdout.write("  (no home page: run home.demo first)")
        return

    people = {}
    for data in content.PEOPLE:
        person = Person.objects.filter(name=data["name"]).first()
        if person is None:
            photo = get_or_create_image(
                f"Portrait: {data['name']}",
                portrait_bytes(data["name"]),
                f"portrait-{slugify(data['name'])}.png",
            )
            person = Person.objects.create(photo=photo, **data)
        people[person.name] = person

    categories = {}
    for name, slug, description in content.CATEGORIES:
        categories[slug], _ = BlogCategory.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )
    sections = {}
    for name, slug, description, order in content.SECTIONS:
        sections[slug], _ = ResourceSection.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "description": description, "sort_order": order},
        )
    services = {}
    for data in content.SERVICES:
        services[data["name"]], _ = SupportService.objects.get_or_create(
            name=data["name"], defaults=data
        )

    blog_index = _child(home, BlogIndexPage, "blog") or _publish_child(
        home,
        BlogIndexPage(
            title="Blog",
            slug="blog",
            intro="Stories, ideas and information from families, nurses, doctors and "
            "social workers.",
        ),
    )
    resource_index = _child(home, ResourceIndexPage, "resources") or _publish_child(
        home,
        ResourceIndexPage(
            title="Resources",
            slug="resources",
            intro="Clear, medically reviewed information for families, grouped by topic.",
        ),
    )
    if not _child(resource_index, SupportServicesPage, "support-services"):
        _publish_child(
            resource_index,
            SupportServicesPage(
                title="Support services directory",
                slug="support-services",
                intro="Hospital palliative care teams, hospices, community organisations, "
                "helplines and financial help. Filter by the kind of help and where you "
                "live.",
            ),
        )

    for data in [content.PALLIATIVE_POST, *content.OTHER_POSTS]:
        if _child(blog_index, BlogPage, data["slug"]):
            continue
        hero = get_or_create_image(
            f"Hero: {data['title']}",
            hero_bytes(data["title"]),
            f"hero-{data['slug']}.png",
        )
        body = _stream(data["body"]) if "body" in data else _text_body(data["text"])
        post = BlogPage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            date=data["date"],
            body=body,
            hero_image=hero,
            hero_alt="Soft, overlapping circles of colour",
        )
        post.categories = [categories[slug] for slug in data["categories"]]
        post.tags.add(*data["tags"])
        post.blog_authors = [
            BlogPageAuthor(person=people[name], sort_order=i)
            for i, name in enumerate(data["authors"])
        ]
        _publish_child(blog_index, post)
        command.stdout.write(f"  blog post: {post.title}")

    for data in [content.PALLIATIVE_ARTICLE, *content.OTHER_ARTICLES]:
        if _child(resource_index, ResourcePage, data["slug"]):
            continue
        body = _stream(data["body"]) if "body" in data else _text_body(data["text"])
        article = ResourcePage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            section=sections[data["section"]],
            body=body,
            reviewed_at=data["reviewed_at"],
            next_review_at=data["next_review_at"],
            reviewer=people[data["reviewer"]],
            related_blog_post=BlogPage.objects.filter(
                slug=data["related_post"]
            ).first(),
        )
        article.services = [
            ResourcePageService(service=services[name], sort_order=i)
            for i, name in enumerate(data.get("services", []))
        ]
        article.documents = [
            ResourcePageDocument(
                document=get_or_create_document(
                    title, brochure_pdf(title, text), filename
                ),
                sort_order=i,
            )
            for i, (title, filename, text) in enumerate(data.get("documents", []))
        ]
        _publish_child(resource_index, article)
        command.stdout.write(f"  resource article: {article.title}")

    for data in content.STANDARD_PAGES:
        if _child(home, StandardPage, data["slug"]):
            continue
        _publish_child(
            home,
            StandardPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                body=_text_body(data["text"]),
                show_guidelines_version=data.get("show_guidelines_version", False),
                show_helplines=data.get("show_helplines", False),
            ),
        )
        command.stdout.write(f"  page: {data['title']}")

    if not home.featured_resources.exists():
        slugs = [
            content.PALLIATIVE_ARTICLE["slug"],
            "the-first-days-after-diagnosis",
            "managing-nausea-and-vomiting",
        ]
        for order, slug in enumerate(slugs):
            HomePageFeaturedResource.objects.create(
                page=home,
                resource=ResourcePage.objects.get(slug=slug),
                sort_order=order,
            )
        home.save_revision().publish()

    ensure_editor_permissions(home)
    ensure_workflows(home=home, blog_index=blog_index, resource_index=resource_index)
