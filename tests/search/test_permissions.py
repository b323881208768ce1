"""Only what the searching person may see is ever revealed, on both engines."""

import pytest
from django.contrib.auth.models import AnonymousUser

from community.models import PostStatus, Visibility
from search import queries
from tests.search import helpers as h


@pytest.fixture
def spaces(engine):
    public = h.category(Visibility.PUBLIC, "Treatment and side effects")
    members = h.category(Visibility.MEMBERS, "Members lounge")
    private = h.category(Visibility.PRIVATE, "Bereaved parents group")
    insider = h.member()
    h.thread(
        public, "Chemo nausea with a toddler", "Ginger biscuits helped with nausea."
    )
    h.thread(
        members,
        "Nausea on the ward at night",
        "The nurses brought ice lollies for nausea.",
    )
    group_thread = h.thread(
        private,
        "Nausea after losing our daughter",
        "Grief nausea zyxquorble.",
        author=insider,
    )
    h.drain()
    return {
        "public": public,
        "members": members,
        "private": private,
        "insider": insider,
        "group_thread": group_thread,
    }


def titles(outcome):
    return sorted(hit.title for hit in outcome.hits)


def test_anonymous_readers_find_only_public_conversations(spaces):
    outcome = queries.search(AnonymousUser(), q="nausea")
    assert titles(outcome) == ["Chemo nausea with a toddler"]
    assert outcome.total == 1


def test_members_also_find_members_only_conversations(spaces):
    outcome = queries.search(h.member(), q="nausea")
    assert titles(outcome) == [
        "Chemo nausea with a toddler",
        "Nausea on the ward at night",
    ]
    assert outcome.total == 2


def test_private_group_members_find_their_group(spaces):
    outcome = queries.search(spaces["insider"], q="nausea")
    assert "Nausea after losing our daughter" in titles(outcome)
    assert outcome.total == 3


def test_facets_never_count_or_name_a_private_group_for_outsiders(spaces):
    outcome = queries.search(h.member(), q="nausea")
    sections = {f.value: f.count for f in outcome.facets["section"]}
    assert "Bereaved parents group" not in sections
    assert sum(f.count for f in outcome.facets["kind"]) == 2


def test_suggestions_never_offer_a_private_title_to_outsiders(spaces):
    suggestions, _ = queries.suggest(h.member(), "nause")
    assert {s.title for s in suggestions} == {
        "Chemo nausea with a toddler",
        "Nausea on the ward at night",
    }
    insider, _ = queries.suggest(spaces["insider"], "nause")
    assert "Nausea after losing our daughter" in {s.title for s in insider}


def test_did_you_mean_never_offers_a_word_only_private_posts_contain(spaces):
    outsider = queries.search(h.member(), q="zyxquorbel")
    assert outsider.did_you_mean == "" and outsider.corrected_to == ""
    assert outsider.total == 0
    insider = queries.search(spaces["insider"], q="zyxquorbel")
    assert insider.total == 1


def test_highlights_come_only_from_visible_documents(spaces):
    outcome = queries.search(AnonymousUser(), q="nausea")
    snippets = " ".join(hit.snippet_html for hit in outcome.hits)
    assert "Ginger" in snippets
    assert "Grief" not in snippets and "ice lollies" not in snippets


@pytest.mark.parametrize("to_status", [PostStatus.HIDDEN, PostStatus.REMOVED])
def test_hiding_or_removing_a_post_removes_it_from_search_results(engine, to_status):
    space = h.category(Visibility.PUBLIC)
    thread = h.thread(space, "Port line infections", "Our port got infected twice.")
    reply = h.reply(thread, "The line infection cleared with antibiotics.")
    h.drain()
    assert queries.search(AnonymousUser(), q="antibiotics").total == 1
    h.transition(reply, to_status)
    h.drain()
    outcome = queries.search(AnonymousUser(), q="antibiotics")
    assert outcome.total == 0 and outcome.hits == []


def test_pending_and_rejected_posts_are_never_found(engine):
    space = h.category(Visibility.PUBLIC)
    thread = h.thread(space, "Scanxiety before results", "Waiting for scan results.")
    pending = h.reply(thread, "Pending words flibbertigibbet.", publish=False)
    rejected = h.reply(thread, "Rejected words gobbledygook.", publish=False)
    h.transition(rejected, PostStatus.REJECTED)
    h.drain()
    assert pending.status == PostStatus.PENDING
    moderator_view = queries.search(h.member(), q="flibbertigibbet")
    assert moderator_view.total == 0
    assert queries.search(h.member(), q="gobbledygook").total == 0
    assert queries.suggest(h.member(), "flibbertig")[0] == []


def test_hiding_an_opening_post_hides_the_whole_thread_and_its_replies(engine):
    space = h.category(Visibility.PUBLIC)
    thread = h.thread(space, "Neutropenic diet questions", "Which foods are safe?")
    h.reply(thread, "Our dietitian gave us a neutropenic list.")
    h.drain()
    assert queries.search(AnonymousUser(), q="neutropenic").total == 2
    opening = thread.posts.get(position=1)
    h.transition(opening, PostStatus.HIDDEN)
    h.drain()
    assert queries.search(AnonymousUser(), q="neutropenic").total == 0


def test_a_hit_the_database_no_longer_allows_is_dropped_when_results_are_shown(engine):
    space = h.category(Visibility.PUBLIC)
    thread = h.thread(space, "Hair loss and hats", "Soft hats for hair loss.")
    h.drain()
    # The change commits but its drain has not run yet: the index is stale.
    h.transition(thread.posts.get(position=1), PostStatus.HIDDEN)
    outcome = queries.search(AnonymousUser(), q="hats")
    assert outcome.hits == []


def test_leaving_a_private_group_takes_its_conversations_out_of_your_results(engine):
    from community.models import GroupMembership

    group = h.category(Visibility.PRIVATE, "Relapse group")
    person = h.member()
    h.thread(
        group, "Relapse after transplant", "We heard relapse today.", author=person
    )
    h.drain()
    assert queries.search(person, q="relapse").total == 1
    GroupMembership.objects.filter(user=person).update(status="declined")
    assert queries.search(person, q="relapse").total == 0


def test_signed_out_checks_read_the_database_on_every_search(engine):
    """The anonymous checks are compiled once per process (search.statements); what
    they read is read again on every search."""
    space = h.category(Visibility.PUBLIC, "Hair and hats")
    thread = h.thread(space, "Hats after chemo", "Soft hats for the cold.")
    h.reply(thread, "Cotton hats were kindest on a sore scalp.")
    h.drain()
    first = queries.search(AnonymousUser(), q="hats")
    assert first.total == 2 and len(first.hits) == 2
    # Not drained: the index still holds both documents as public.
    h.transition(thread.posts.get(position=2), PostStatus.HIDDEN)
    assert [hit.kind for hit in queries.search(AnonymousUser(), q="hats").hits] == [
        "thread"
    ]
    type(space).objects.filter(pk=space.pk).update(visibility=Visibility.PRIVATE)
    after = queries.search(AnonymousUser(), q="hats")
    assert (after.total, after.hits, after.facets.get("section", [])) == (0, [], [])
