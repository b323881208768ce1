import pytest

from moderation import detectors, evaluation
from moderation.evaluation import (
    SAMPLE_HOSPITALS,
    evaluate_crisis,
    evaluate_personal_details,
    load,
)
from moderation.screening import Screening, describe

CRISIS = load("crisis.jsonl")
DETAILS = load("personal_details.jsonl")


@pytest.mark.parametrize("row", CRISIS, ids=[r["text"][:40] for r in CRISIS])
def test_crisis_detector_on_each_labelled_example(row):
    kinds = detectors.detect_crisis(row["text"])
    assert bool(kinds) == row["crisis"]
    if row["crisis"]:
        assert row["kind"] in kinds


@pytest.mark.parametrize("row", DETAILS, ids=[r["text"][:40] for r in DETAILS])
def test_personal_details_detector_on_each_labelled_example(row):
    found = {
        f.kind
        for f in detectors.detect_personal_details(
            row["text"], hospitals=SAMPLE_HOSPITALS
        )
    }
    assert found == set(row["kinds"])


def test_the_labelled_samples_hold_positives_and_hard_negatives():
    assert sum(r["crisis"] for r in CRISIS) >= 25
    assert sum(not r["crisis"] for r in CRISIS) >= 25
    assert sum(bool(r["kinds"]) for r in DETAILS) >= 15
    assert sum(not r["kinds"] for r in DETAILS) >= 15


def test_detector_precision_and_recall_stay_above_the_floor():
    crisis, details = evaluate_crisis(), evaluate_personal_details()
    # Missing a crisis is worse than a false alarm: recall has the higher floor.
    assert crisis["recall"] >= 0.95 and crisis["precision"] >= 0.9
    assert details["recall"] >= 0.9 and details["precision"] >= 0.9


def test_redaction_replaces_each_detail_with_a_label():
    text = (
        "Ring 07911 123456 or email dad.of.three@example.net, we're at 3 Orchard Close."
    )
    redacted = detectors.redact(text, detectors.detect_personal_details(text))
    assert redacted == (
        "Ring [phone number removed] or email [email address removed], "
        "we're at [address removed]"
    )


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("cure*", "they say it cures everything", True),
        ("cure*", "secure the line", False),
        ("miracle cure", "A MIRACLE CURE!", True),
        ("d*mn", "damn it", True),
        ("d*mn", "condemn", False),
    ],
)
def test_watched_word_wildcards(pattern, text, matches):
    assert bool(detectors.watched_word_regex(pattern).search(text)) == matches


def test_describe_gives_kind_reasons_and_helplines_for_crisis(site):
    described = describe(
        Screening(hold=True, crisis=True, reasons=["crisis", "new_member"])
    )
    assert described["held"] and described["crisis"]
    assert [r["code"] for r in described["reasons"]] == ["crisis", "new_member"]
    assert "very soon" in described["reasons"][0]["text"]
    assert described["support"]["url"] == "/moderation/support/"
    assert any(
        "988" in (h.get("phone") or "") for h in described["support"]["helplines"]
    )


def test_describe_leaves_out_support_when_there_is_no_crisis(db):
    described = describe(Screening(hold=True, reasons=["new_member"]))
    assert "support" not in described
    assert described["reasons"][0]["code"] == "new_member"


def test_describe_accepts_what_community_returns_after_posting(newcomer, category):
    from community.services import posts as post_services

    posted = post_services.thread_create(
        actor=newcomer, category=category.slug, title="Hello there", body="First post"
    )
    described = describe(posted)
    assert described["held"] and described["reasons"][0]["code"] == "new_member"


def test_the_held_out_sample_is_balanced_and_shares_nothing_with_the_tuning_sample():
    for name in ("crisis", "personal_details"):
        tuning = {row["text"] for row in evaluation.load(f"{name}.jsonl")}
        held_out = evaluation.load(f"{name}{evaluation.HELD_OUT}.jsonl")
        assert not tuning & {row["text"] for row in held_out}, name
    crisis = evaluation.load(f"crisis{evaluation.HELD_OUT}.jsonl")
    positives = sum(row["crisis"] for row in crisis)
    assert len(crisis) >= 60 and 0.4 <= positives / len(crisis) <= 0.6
    details = evaluation.load(f"personal_details{evaluation.HELD_OUT}.jsonl")
    assert len(details) >= 40 and sum(not row["kinds"] for row in details) >= 15


def test_the_evaluation_scores_the_held_out_sample_on_its_own():
    result = evaluation.evaluate_crisis(evaluation.HELD_OUT)
    assert result["examples"] == len(
        evaluation.load(f"crisis{evaluation.HELD_OUT}.jsonl")
    )
    # Every labelled crisis is either found or missed.
    found_or_missed = result["true_positives"] + result["false_negatives"]
    assert found_or_missed == sum(
        row["crisis"] for row in evaluation.load(f"crisis{evaluation.HELD_OUT}.jsonl")
    )


# General cases written for the rebuilt crisis detector: in neither labelled sample.
CRISIS_STATEMENTS = [
    ("im gonna kill myself tonight", "suicide"),
    ("i dont wanna be here anymore", "suicide"),
    ("I wish I could just go to sleep and not wake up.", "suicide"),
    ("Everyone would be better off if I wasn't here.", "suicide"),
    ("I keep thinking about driving into oncoming traffic.", "suicide"),
    ("Please look after the kids for me. This is my last post.", "suicide"),
    ("I cant do this anymore. I've got the pills ready.", "suicide"),
    ("I've been saving up my sleeping pills for weeks.", "suicide"),
    ("I don't think I want to be alive anymore.", "suicide"),
    ("Ive been self harming again", "self_harm"),
    ("I've been hiding the cuts on my arms under long sleeves.", "self_harm"),
    ("My daughter has been burning herself with a lighter.", "child_danger"),
    ("My 9 year old says he wants to hurt himself.", "child_danger"),
    ("He punched my son in the face last night and I'm scared.", "child_danger"),
    ("Her dad keeps hitting her when she stays there.", "child_danger"),
    ("I'm scared I might shake the baby, I'm so tired.", "child_danger"),
    ("Our baby isn't breathing!", "child_danger"),
]
NOT_CRISIS = [
    "This week will be the death of me.",
    "I could kill for a coffee right now.",
    "She nearly died in ICU last year but she's doing great.",
    "Chemo is killing me, the nausea is awful.",
    "I'm dying to know the results.",
    "I could have killed myself laughing at his jokes.",
    "Suicide prevention week starts Monday; our charity is running a stall.",
    "The nurse asked if I'd had thoughts of harming myself, I said no.",
    "I'm not suicidal, just so tired.",
    "I have never thought of ending it, even on the worst days.",
    "I told the psychologist I used to feel suicidal but I've been well for years.",
    "My son cut himself on a broken glass and needed stitches.",
    "We're driving over the bridge tonight to get to the hospital.",
    "I bought three packs of paracetamol for the camping trip.",
    "Saying goodbye to everyone on the ward tomorrow, we're going home!",
    "I can't do this anymore, tomorrow is another scan.",
    "I took all his medication to the pharmacy for disposal.",
    "I thought I was going to die when the consultant said relapse.",
    "Our son is still not breathing on his own after surgery, but ICU are amazing.",
    "Her brother beat my daughter at chess again.",
]


@pytest.mark.parametrize(
    ("text", "kind"), CRISIS_STATEMENTS, ids=[t for t, _ in CRISIS_STATEMENTS]
)
def test_crisis_detector_finds_crisis_statements_it_was_not_tuned_on(text, kind):
    assert kind in detectors.detect_crisis(text)


@pytest.mark.parametrize("text", NOT_CRISIS, ids=NOT_CRISIS)
def test_crisis_detector_leaves_hyperbole_negation_and_clinical_talk_alone(text):
    assert detectors.detect_crisis(text) == []


def test_explain_crisis_tells_the_moderator_which_cue_fired_and_on_which_words():
    cues = detectors.explain_crisis(
        "I have the rope in the garage. I just need everyone to be asleep."
    )
    assert [c.kind for c in cues] == ["suicide"]
    assert "means" in cues[0].cue and "a time" in cues[0].cue
    assert "rope" in cues[0].text


def test_detect_crisis_and_explain_crisis_agree_on_the_kinds():
    for row in CRISIS + evaluation.load(f"crisis{evaluation.HELD_OUT}.jsonl"):
        explained = {c.kind for c in detectors.explain_crisis(row["text"])}
        assert set(detectors.detect_crisis(row["text"])) == explained


def test_anchor_words_never_hide_a_match_a_pattern_would_find():
    """Each pattern is searched only in sentences holding one of its anchor words: on
    every sentence we have, that shortcut must give what a full search gives."""
    texts = [row["text"] for row in CRISIS]
    texts += [row["text"] for row in evaluation.load("crisis_heldout.jsonl")]
    texts += [text for text, _ in CRISIS_STATEMENTS] + NOT_CRISIS
    units = [unit for _, _, _, group in detectors._STRONG for unit in group]
    units += [unit for _, unit in detectors._WEAK] + [detectors._FOOD]
    for text in texts:
        sentences = detectors._Sentences(detectors._normalise(text))
        for unit in units:
            searched = set(sentences.holding(unit))
            for index, sentence in enumerate(sentences.text):
                if unit.pattern.search(sentence):
                    assert index in searched, (unit.pattern.pattern[:60], sentence)


def test_the_development_samples_stay_above_the_floor():
    # Both earlier samples were read while rebuilding the detectors: development sets.
    crisis = evaluate_crisis(evaluation.HELD_OUT)
    assert crisis["recall"] >= 0.9 and crisis["precision"] >= 0.9
    details = evaluate_personal_details(evaluation.HELD_OUT)
    assert details["recall"] >= 0.9 and details["precision"] >= 0.9


DETAILS_STATEMENTS = [
    ("email me: jo.smith at gmail dot com", "email"),
    ("my email is jo_smith (at) hotmail (dot) co (dot) uk", "email"),
    ("drop a line to sarahb{at}example{dot}org", "email"),
    ("Ring me on +353 87 123 4567", "phone"),
    ("call +44 (0)7911 123456 anytime", "phone"),
    ("Cards to Leeds LS6 2AB please", "address"),
    ("We're staying at Riverside Childrens Hospital on ward 3.", "hospital"),
    ("We're at Saint Elsewhere Children's Hospital this week.", "hospital"),
    ("We're at St. Elsewhere Children's for her op.", "hospital"),
    ("I'm Ava Morrison's dad, she's 6.", "child_name"),
    ("Follow Team Oscar Hughes on Facebook!", "child_name"),
    ("Ruby Clarke, aged 7, starts chemo on Monday.", "child_name"),
]
NO_DETAILS = [
    "Meet me at home, dot to dot puzzles for the kids",
    "She was at Riverside Children's Hospital in the nineties for her tonsils.",
    "I trained at Great Northern Infirmary years ago.",
    "Her counts: WBC 2.1, Hb 98, plt 45, neut 0.4.",
    "Protocol UKALL 2011 regimen A, day 29 MRD negative.",
    "Call NHS 111 or 999 in an emergency, or Samaritans on 116 123.",
    "I'm Dr Sarah Mitchell's patient, she's lovely.",
    "Team Sky are raising money for the ward.",
]


@pytest.mark.parametrize(
    ("text", "kind"), DETAILS_STATEMENTS, ids=[t for t, _ in DETAILS_STATEMENTS]
)
def test_personal_details_detector_finds_details_written_the_ways_people_write_them(
    text, kind
):
    found = detectors.detect_personal_details(text, hospitals=SAMPLE_HOSPITALS)
    assert [f.kind for f in found] == [kind]


@pytest.mark.parametrize("text", NO_DETAILS, ids=NO_DETAILS)
def test_personal_details_detector_leaves_clinical_numbers_and_past_hospitals_alone(
    text,
):
    assert detectors.detect_personal_details(text, hospitals=SAMPLE_HOSPITALS) == []


def test_an_obfuscated_email_is_redacted_whole():
    text = "write to mum.of.three [at] example.org any time"
    redacted = detectors.redact(text, detectors.detect_personal_details(text))
    assert redacted == "write to [email address removed] any time"
