from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet


class OutboxEntry(models.Model):
    """ "This object changed": written in the same transaction as the change itself.

    The drain task turns entries into index writes in bulk; an entry is deleted only
    after its write succeeded, so Elasticsearch or Redis being down loses nothing.
    """

    model = models.CharField(max_length=60)  # app_label.model_name
    object_id = models.CharField(max_length=40)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)
    available_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["model", "object_id"])]

    def __str__(self) -> str:
        return f"{self.model}:{self.object_id}"


class SearchDocument(models.Model):
    """One searchable thing as the embedded engine sees it.

    Always written by search.indexing (also when Elasticsearch is the main engine), so
    the site can fall back to it when Elasticsearch is down. Full text lives outside
    the ORM: an FTS5 virtual table on SQLite, a generated tsvector column with a GIN
    index on PostgreSQL (migration 0003). A row whose object stopped being searchable
    is kept as an empty tombstone (status "gone") so a stale write cannot resurrect it.
    """

    key = models.CharField(max_length=80, unique=True)  # app_label.model:pk
    kind = models.CharField(max_length=20, db_index=True)
    object_id = models.CharField(max_length=40)
    title = models.CharField(max_length=300, blank=True)
    summary = models.TextField(blank=True)
    body_text = models.TextField(blank=True)
    section = models.CharField(max_length=150, blank=True)
    category_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    visibility = models.CharField(max_length=10, blank=True)
    status = models.CharField(max_length=10, db_index=True)
    tags = models.CharField(max_length=500, blank=True)  # "|tag one|tag two|"
    date = models.DateTimeField(null=True, blank=True, db_index=True)
    url = models.CharField(max_length=300, blank=True)
    thread_id = models.BigIntegerField(null=True, blank=True)
    version = models.BigIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["status", "kind"])]

    def __str__(self) -> str:
        return self.key

    @property
    def tag_list(self) -> list[str]:
        return [t for t in self.tags.split("|") if t]


class SearchTerm(models.Model):
    """The embedded engine's vocabulary, for "did you mean" by edit distance."""

    term = models.CharField(max_length=40, unique=True)
    length = models.PositiveSmallIntegerField()
    initial = models.CharField(max_length=1)

    class Meta:
        indexes = [models.Index(fields=["initial", "length"])]

    def __str__(self) -> str:
        return self.term


class IndexBuild(models.Model):
    """A search_reindex in progress: while it builds, the drain writes to its new
    indexes too, so nothing that changes during the build is missed."""

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    indexes = models.JSONField(default=dict)  # alias -> new index name

    def __str__(self) -> str:
        return f"Index build {self.pk}"


@register_snippet
class SynonymGroup(models.Model):
    """Words that mean the same thing to the people searching (chemo, chemotherapy).

    Applied when a search is made, never when indexing, so a change here works at once
    without a reindex, identically on both engines.
    """

    terms = models.TextField(
        verbose_name=_("Words and phrases"),
        help_text=_(
            "Comma-separated, e.g. “chemo, chemotherapy”. Write abbreviations in capitals "
            "(ALL) to match only when someone types them in capitals."
        ),
    )
    note = models.CharField(
        max_length=200, blank=True, verbose_name=_("Note for editors")
    )

    panels = [FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        verbose_name = _("search synonym group")
        verbose_name_plural = _("search synonyms")
        ordering = ["id"]

    def __str__(self) -> str:
        return ", ".join(self.term_list)

    @property
    def term_list(self) -> list[str]:
        return [" ".join(t.split()) for t in self.terms.split(",") if t.strip()]
