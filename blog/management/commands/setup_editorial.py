"""Give the Editors group its page, image and document permissions and create the
review workflows on the default site's tree (idempotent; seed_demo runs it too)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Site

from blog.editorial import ensure_editor_permissions, ensure_workflows
from blog.models import BlogIndexPage, ResourceIndexPage


class Command(BaseCommand):
    help = "Set up editor permissions and the editorial and medical review workflows."

    @transaction.atomic
    def handle(self, *args, **options):
        site = (
            Site.objects.filter(is_default_site=True)
            .select_related("root_page")
            .first()
        )
        if site is None:
            raise CommandError(
                "There is no default Wagtail site yet: create the home page first."
            )
        home = site.root_page
        ensure_editor_permissions(home)
        ensure_workflows(
            home=home,
            blog_index=BlogIndexPage.objects.child_of(home).first(),
            resource_index=ResourceIndexPage.objects.child_of(home).first(),
        )
        self.stdout.write(
            self.style.SUCCESS("Editor permissions and review workflows are set up.")
        )
