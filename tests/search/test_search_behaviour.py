"""What a person searching sees, on both engines: matching, synonyms, typos, facets,
sorting, paging and highlighting."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from community.models import Visibility
from search import queries
from tests.search import helpers as h

anon = AnonymousUser()


def titles(outcome):
    return sorted(hit.title for hit in outcome.hits)


@pytest.fixture
def public(engine):
    return h.category(Visibility.PUBLIC, "Treatment and side effects")


def test_a_word_in_a_reply_finds_the_reply_and_says_where_it_lives(public):
    thread = h.thread(public, "Eating during treatment", "What did your child eat?")
    h.reply(thread, "Plain pasta and frozen grapes got us through.")
    h.drain()
    outcome = queries.search(anon, q="grapes")
    assert outcome.total == 1
    hit = outcome.hits[0]
    assert hit.kind == "post"
    assert hit.title == "Eating during treatment"
    assert hit.section == "Treatment and side effects"
    assert hit.url.startswith(thread.get_absolute_url())
    assert "<mark>grapes</mark>" in hit.snippet_html


def test_synonyms_find_chemotherapy_when_someone_types_chemo(public):
    h.thread(
        public, "Chemotherapy and school", "Going back to school during chemotherapy."
    )
    h.drain()
    assert queries.search(anon, q="chemo").total == 0
    h.synonyms("chemo", "chemotherapy")  # an editor adds it: no reindex needed
    outcome = queries.search(anon, q="chemo")
    assert titles(outcome) == ["Chemotherapy and school"]


def test_multi_word_synonyms_work_both_ways(public):
    h.synonyms("comfort care", "palliative care")
    h.thread(
        public, "Starting palliative care", "Our team explained palliative care gently."
    )
    h.thread(
        public, "What comfort care meant for us", "Comfort care let us be at home."
    )
    h.drain()
    assert titles(queries.search(anon, q="comfort care")) == [
        "Starting palliative care",
        "What comfort care meant for us",
    ]
    assert queries.search(anon, q="palliative care").total == 2


def test_an_abbreviation_in_capitals_expands_but_the_everyday_word_does_not(public):
    h.synonyms("ALL", "acute lymphoblastic leukaemia")
    h.thread(public, "Newly diagnosed with acute lymphoblastic leukaemia", "Day one.")
    h.thread(public, "Tired all the time", "Fatigue is real.")
    h.drain()
    assert "Newly diagnosed with acute lymphoblastic leukaemia" in titles(
        queries.search(anon, q="ALL")
    )
    assert "Newly diagnosed with acute lymphoblastic leukaemia" not in titles(
        queries.search(anon, q="all")
    )


def test_a_misspelt_word_still_finds_what_was_meant(public):
    h.synonyms("chemo", "chemotherapy")
    h.thread(
        public,
        "Chemo nausea in a toddler",
        "Nausea was worst on day two for our toddler.",
    )
    h.drain()
    outcome = queries.search(anon, q="chemo nausia toddler")
    assert titles(outcome) == ["Chemo nausea in a toddler"]
    assert "nausea" in (outcome.corrected_to + outcome.did_you_mean)


def test_did_you_mean_is_offered_for_a_misspelling(public):
    h.thread(public, "Steroids and mood swings", "Steroids made our son very hungry.")
    h.drain()
    outcome = queries.search(anon, q="steriods")
    assert "steroids" in (outcome.corrected_to or outcome.did_you_mean)
    assert outcome.total >= 1


def test_when_no_result_has_every_word_results_with_some_of_them_are_shown(public):
    h.thread(public, "Port flushing at home", "The nurse showed us how.")
    h.drain()
    outcome = queries.search(anon, q="port xylophone")
    assert outcome.any_words is True
    assert titles(outcome) == ["Port flushing at home"]


def test_facets_count_types_and_categories_and_filters_narrow(engine, site):
    space = h.category(Visibility.PUBLIC, "Siblings")
    h.thread(space, "Siblings feeling left out", "Our daughter feels left out.")
    h.page(site, "Supporting siblings", "Brothers and sisters feel left out too.")
    h.drain()
    outcome = queries.search(anon, q="left out")
    kinds = {f.value: f.count for f in outcome.facets["kind"]}
    assert kinds == {"thread": 1, "page": 1}
    assert {f.value: f.count for f in outcome.facets["section"]} == {"Siblings": 1}
    narrowed = queries.search(anon, q="left out", kinds=["page"])
    assert titles(narrowed) == ["Supporting siblings"]
    by_section = queries.search(anon, q="left out", section="Siblings")
    assert titles(by_section) == ["Siblings feeling left out"]


def test_unknown_facet_values_are_ignored_or_find_nothing_without_errors(public):
    h.thread(public, "Blood counts", "Counts dropped again.")
    h.drain()
    assert queries.search(anon, q="counts", kinds=["nonsense"]).total == 1
    assert queries.search(anon, q="counts", date="someday").total == 1
    assert queries.search(anon, q="counts", section="No such place" * 30).total == 0
    assert queries.search(anon, q="counts", tag="no-such-tag").total == 0


def test_newest_first_sorts_by_date(public):
    old = h.thread(public, "Radiotherapy masks", "Masks for radiotherapy.")
    h.thread(public, "Radiotherapy tiredness", "Radiotherapy made her tired.")
    from community.models import Thread

    Thread.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=400)
    )
    h.drain()
    newest = queries.search(anon, q="radiotherapy", sort="newest")
    assert [hit.title for hit in newest.hits] == [
        "Radiotherapy tiredness",
        "Radiotherapy masks",
    ]
    dated = queries.search(anon, q="radiotherapy", date="older")
    assert titles(dated) == ["Radiotherapy masks"]


def test_pages_of_results_and_pages_past_the_end(public):
    for i in range(13):
        h.thread(public, f"Hospital parking tip {i}", "Parking near the hospital.")
    h.drain()
    first = queries.search(anon, q="parking")
    assert first.total == 13 and first.pages == 2 and len(first.hits) == 10
    second = queries.search(anon, q="parking", page="2")
    assert len(second.hits) == 3 and second.page == 2
    assert not {h.key for h in first.hits} & {h.key for h in second.hits}
    past = queries.search(anon, q="parking", page="99")
    assert past.page == 2 and len(past.hits) == 3 and past.messages
    for bad in ("0", "-3", "abc", "999999999999"):
        outcome = queries.search(anon, q="parking", page=bad)
        assert outcome.page == 1 and len(outcome.hits) == 10


def test_highlights_are_escaped_html_with_only_mark_added(public):
    h.thread(
        public,
        "<script>alert(1)</script> tricky title",
        'We wrote <img src=x onerror="alert(2)"> about tricky feelings & fears.',
    )
    h.drain()
    hit = queries.search(anon, q="tricky").hits[0]
    for html in (hit.title_html, hit.snippet_html):
        assert "<script>" not in html and "<img" not in html
        cleaned = html.replace("<mark>", "").replace("</mark>", "")
        assert "<" not in cleaned
    assert "<mark>tricky</mark>" in hit.title_html.lower()
    assert "&lt;script&gt;" in hit.title_html


def test_editorial_pages_are_found_and_unpublishing_removes_them(engine, site):
    page = h.page(
        site, "Palliative care for children", "Extra support alongside treatment."
    )
    h.drain()
    outcome = queries.search(anon, q="palliative")
    assert titles(outcome) == ["Palliative care for children"]
    assert outcome.hits[0].url == page.url
    page.unpublish()
    from search import outbox

    outbox.record(page)
    h.drain()
    assert queries.search(anon, q="palliative").total == 0


def test_a_private_page_is_never_indexed(engine, site):
    from wagtail.models import PageViewRestriction

    page = h.page(site, "Editors only draft about fertility", "Fertility preservation.")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    from search import outbox

    outbox.record(page)
    h.drain()
    assert queries.search(anon, q="fertility").total == 0
    assert queries.search(h.member(), q="fertility").total == 0


def test_an_editor_changing_or_removing_synonyms_works_on_the_next_search(public):
    h.thread(public, "Palliative support at home", "Our palliative team visited.")
    h.drain()
    group = h.synonyms("comfort", "palliative")
    assert queries.search(anon, q="comfort").total == 1
    group.terms = "respite, palliative"
    group.save()  # as the Wagtail snippet editor saves it
    assert queries.search(anon, q="comfort").total == 0
    assert queries.search(anon, q="respite").total == 1
    group.delete()
    assert queries.search(anon, q="respite").total == 0


def test_the_synonym_set_is_read_once_not_on_every_search(
    public, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    h.synonyms("chemo", "chemotherapy")
    h.thread(public, "Chemotherapy days", "Long chemotherapy days.")
    h.drain()
    queries.search(anon, q="chemo")
    with CaptureQueriesContext(connection) as captured:
        assert queries.search(anon, q="chemo").total == 1
    assert not [q for q in captured if "search_synonymgroup" in q["sql"]]


def test_did_you_mean_needs_no_extra_request_when_the_results_already_show_the_word(
    es_engine,
):
    from search.engines import elastic

    space = h.category(Visibility.PUBLIC, "Treatment")
    for i in range(queries.FEW_RESULTS + 2):
        h.thread(space, f"Steroids week {i}", "Steroids made him hungry all night.")
    h.drain()
    es = elastic.client(3.0)
    sent = []
    original = es.count

    def counting(**kwargs):
        sent.append(kwargs)
        return original(**kwargs)

    es.count = counting
    try:
        outcome = queries.search(anon, q="steriods")
    finally:
        del es.count
    assert outcome.total == queries.FEW_RESULTS + 2
    assert outcome.did_you_mean == "steroids"
    assert sent == []
