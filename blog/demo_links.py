"""Runs after community.demo: link resource articles to the community categories that
match them, so their "Join the conversation" cards have somewhere to go."""

from blog import demo_content as content
from blog.models import ResourcePage

# Match by slug first, then by a word in the category's name.
KEYWORDS = {
    "supportive-and-palliative-care": "palliative",
    "newly-diagnosed": "diagnos",
    "treatment-and-side-effects": "side effect",
    "siblings": "sibling",
    "bereaved-families": "bereave",
    "survivorship": "surviv",
}


def _category_for(slug: str):
    from community.models import Category

    category = Category.objects.filter(slug=slug).first()
    if category is None and slug in KEYWORDS:
        category = Category.objects.filter(name__icontains=KEYWORDS[slug]).first()
    return category


def seed(command) -> None:
    for data in [content.PALLIATIVE_ARTICLE, *content.OTHER_ARTICLES]:
        article = ResourcePage.objects.filter(slug=data["slug"]).first()
        if article is None or article.community_category_id:
            continue
        category = _category_for(data["community_category"])
        if category is None:
            continue
        article.community_category = category
        revision = article.save_revision()
        if article.live:
            revision.publish()
        command.stdout.write(f"  linked {article.title} → {category.name}")
