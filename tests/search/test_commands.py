"""search_reindex and search_check, on both engines."""

from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import CommandError, call_command

from community.models import PostStatus, Visibility
from search import maintenance, queries
from search.models import SearchDocument
from tests.search import helpers as h

anon = AnonymousUser()


def _remove_from_index(engine, key):
    SearchDocument.objects.filter(key=key).delete()
    if engine == "elasticsearch":
        from search import documents
        from search.engines import elastic

        elastic.client().delete(
            index=documents.alias_for_key(key), id=key, refresh=True
        )


@pytest.fixture
def space(engine):
    return h.category(Visibility.PUBLIC, "Survivorship")


def test_reindex_rebuilds_everything_and_searches_answer_during_the_build(
    engine, space
):
    for i in range(5):
        h.thread(space, f"Late effects clinic {i}", "Late effects follow-up.")
    h.drain()
    seen_during_build = []
    late = {}

    def progress(done, total):
        if not late:
            # Searches keep answering from the old indexes while the new ones fill.
            seen_during_build.append(queries.search(anon, q="late effects").total)
            # A change made during the build: recorded, not drained (no worker here).
            late["thread"] = h.thread(
                space, "Late effects and school", "Late effects at school."
            )

    report = maintenance.reindex(progress=progress)
    assert seen_during_build == [5]
    assert report.documents == 5
    assert report.replayed >= 1
    outcome = queries.search(anon, q="late effects")
    assert outcome.total == 6
    if engine == "elasticsearch":
        from search import documents
        from search.engines import elastic

        es = elastic.client()
        for alias, index in report.new_indexes.items():
            assert list(es.indices.get_alias(name=alias)) == [index]
        assert report.dropped_indexes
        assert not es.indices.exists(index=",".join(report.dropped_indexes))
        assert set(report.new_indexes) == set(documents.all_aliases())


def test_the_reindex_command_shows_progress_and_a_summary(engine, space):
    h.thread(space, "Fertility after treatment", "Questions about fertility.")
    h.drain()
    out = StringIO()
    call_command("search_reindex", stdout=out)
    text = out.getvalue()
    assert "100%" in text and "Indexed 1 documents" in text
    assert queries.search(anon, q="fertility").total == 1


def test_reindex_takes_out_what_is_no_longer_searchable(engine, space):
    thread = h.thread(space, "Proton therapy travel", "Travelling for proton therapy.")
    h.drain()
    # Hidden without its drain running: the index is stale until the rebuild.
    h.transition(thread.posts.get(position=1), PostStatus.HIDDEN)
    maintenance.reindex()
    assert not SearchDocument.objects.filter(status="published").exists()
    assert queries.search(anon, q="proton").total == 0


def test_search_check_reports_missing_and_unexpected_documents_and_repairs_them(
    engine, space
):
    kept = h.thread(space, "Bone marrow donors", "Finding a bone marrow donor.")
    hidden = h.thread(space, "Marrow biopsy pain", "Biopsy pain relief.")
    h.drain()
    _remove_from_index(engine, f"community.thread:{kept.pk}")
    h.transition(hidden.posts.get(position=1), PostStatus.HIDDEN)  # not drained
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("search_check", stdout=out)
    report = out.getvalue()
    assert f"community.thread:{kept.pk}" in report
    assert f"community.thread:{hidden.pk}" in report
    call_command("search_check", "--repair", stdout=StringIO())
    again = StringIO()
    call_command("search_check", stdout=again)
    assert "out of step" not in again.getvalue()
    assert [hit.title for hit in queries.search(anon, q="marrow").hits] == [
        "Bone marrow donors"
    ]
