from django.db import models


class OutboxEntry(models.Model):
    """"This object changed": written in the same transaction as the change itself.

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
