"""Search's own model signals: an editor's synonym change retires the cached set."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save


def _synonyms_saved(sender, instance, **kwargs):
    from search.queries import synonyms_changed

    # Now (this process sees its own change at once) and after commit (nobody can load
    # the old rows again under the new version).
    synonyms_changed()
    transaction.on_commit(synonyms_changed)


def connect() -> None:
    from search.models import SynonymGroup

    post_save.connect(
        _synonyms_saved, sender=SynonymGroup, dispatch_uid="search-synonyms-saved"
    )
    post_delete.connect(
        _synonyms_saved, sender=SynonymGroup, dispatch_uid="search-synonyms-deleted"
    )
