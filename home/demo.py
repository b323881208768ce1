"""The Wagtail site and its home page."""

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from home.models import HomePage, SupportSettings

DEMO_HELPLINES = [
    {
        "name": "Emergency services",
        "phone": "911",
        "text": "",
        "text_number": "",
        "url": "",
        "hours": "24 hours, every day",
        "description": "If someone is in immediate danger, or has been badly hurt, call 911 now.",
        "is_emergency": True,
    },
    {
        "name": "988 Suicide & Crisis Lifeline",
        "phone": "988",
        "text": "Text 988",
        "text_number": "988",
        "url": "https://988lifeline.org/",
        "hours": "24 hours, every day",
        "description": (
            "Free, confidential support for anyone in emotional distress or thinking "
            "about suicide, and for people worried about someone else. Call or text 988."
        ),
        "is_emergency": False,
    },
]


def seed(command) -> None:
    from django.conf import settings

    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:  # a flushed database (transactional tests) has no tree at all
            root = Page.add_root(instance=Page(title="Root", slug="root"))
        home = HomePage(
            title="Kindred", slug="home", seo_title="Kindred: you are not alone"
        )
        # Wagtail's starter page holds the "home" slug; it makes way for ours.
        for starter in root.get_children().exclude(content_type__model="homepage"):
            if starter.slug == "home":
                starter.delete()
        root.add_child(instance=home)
        home.save_revision().publish()
        command.stdout.write("  home page")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Kindred",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Kindred"
        site.save()

    support = SupportSettings.for_site(Site.objects.get(is_default_site=True))
    if not support.helplines:
        support.helplines = [("helpline", line) for line in DEMO_HELPLINES]
        support.save()
        command.stdout.write("  helplines")
