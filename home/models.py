from wagtail.models import Page


class HomePage(Page):
    """The site root. Editorial fields are added by the editorial work (issue 3)."""

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    template = "home/home_page.html"
