"""Find the best model (core/search.py): real searches on a small subset of the bundled English texts, one torch
thread. Nothing here asserts on wall-clock time: the budget is checked through the epochs run and `stopped`."""

from __future__ import annotations

import csv
import json
import math

import pytest

from mmstudio.core.checkpoint import load_bundle, save_bundle
from mmstudio.core.errors import CheckpointError
from mmstudio.core.events import (
    CandidateFinished,
    CandidateStarted,
    EpochEnded,
    Failed,
    FinalFit,
    Leaderboard,
    LoadProgress,
    Notice,
)
from mmstudio.core.media import ModelSpec, get_medium, get_modality
from mmstudio.core.resources import resources_dir
from mmstudio.core.search import MIN_TIME_BUDGET_S, find_best_model, ranked, reason
from mmstudio.core.settings import TrainSettings

from ._helpers import assert_plain, finished, run

PER_CLASS = 15
QUICK = {"epochs": 3, "batch_size": 8, "seed": 0, "patience": 0, "fit_on_all": False}


@pytest.fixture(scope="module")
def text():
    return get_modality("text")


@pytest.fixture(scope="module")
def texts() -> tuple[list[tuple[str, str]], list[str]]:
    """(labelled typed texts, class names): the first PER_CLASS texts of each class of the English sample."""
    with open(resources_dir() / "samples" / "text_en.csv", encoding="utf-8") as table:
        rows = list(csv.DictReader(table))
    classes = sorted({row["label"] for row in rows})
    labelled = [(row["text"], name) for name in classes for row in [r for r in rows if r["label"] == name][:PER_CLASS]]
    return labelled, classes


def search(text, texts, stop=None, time_budget=600.0, models=None, **settings) -> list:
    labelled, classes = texts
    events = find_best_model(
        text, labelled, classes, TrainSettings(**{**QUICK, **settings}), time_budget=time_budget, stop=stop, models=models
    )
    return list(events)


def rows_of(events: list) -> list[CandidateFinished]:
    return [event for event in events if isinstance(event, CandidateFinished)]


def test_every_candidate_is_tried_on_the_same_held_back_examples_and_the_best_wins(text, texts, tmp_path):
    events = search(text, texts, fit_on_all=True)
    done = finished(events)
    rows = rows_of(events)
    left_out = {name for name in text.models for event in events if isinstance(event, Notice) and f"'{name}' was left out" in event.message}
    assert sorted(row.model for row in rows) == sorted(set(text.models) - left_out)  # a missing package: a Notice
    assert len(rows) >= 4
    starts = [event for event in events if isinstance(event, CandidateStarted)]
    assert [(start.index, start.count) for start in starts] == [(k, len(rows)) for k in range(1, len(rows) + 1)]
    reads = [event for event in events if isinstance(event, LoadProgress) and event.done == event.total]
    ways = {(spec.modality, json.dumps(spec.preprocessing, sort_keys=True)) for spec in text.models.values()}
    assert len(reads) <= len(ways) < len(rows), "read once for all the models that read them the same way"

    # each row is what that model scores when trained alone, and every lone run holds back the same examples
    labelled, classes = texts
    held_back = set()
    for row in rows:
        alone = finished(run(text, labelled, classes, row.model, **QUICK))
        assert alone.bundle.metrics["accuracy"] == row.val_accuracy, row.model
        assert row.epochs == QUICK["epochs"] and not row.stopped
        held_back.add(tuple(held.item for held in alone.validation))
    assert held_back == {tuple(held.item for held in done.validation)}

    board = next(event for event in events if isinstance(event, Leaderboard))
    best = max(rows, key=lambda row: (row.val_accuracy, -row.seconds))  # ties: the faster one
    assert board.winner == best.model == done.bundle.model
    assert board.rows == tuple(ranked(rows)) and board.rows[0] == best
    assert board.reason.startswith(best.model) and board.reason == done.bundle.metrics["reason"]
    assert [row["model"] for row in done.bundle.metrics["leaderboard"]] == [row.model for row in board.rows]
    check_the_model_file_keeps_the_leaderboard(done.bundle, board, tmp_path)
    final_fits = [event for event in events if isinstance(event, FinalFit)]
    assert len(final_fits) == 1 and "final_fit" in done.bundle.metrics  # the winner only
    assert not done.stopped


def check_the_model_file_keeps_the_leaderboard(bundle, board, tmp_path) -> None:
    """Saved and read again, the winner's file has every row and the reason; a row of the wrong kind is refused."""
    path = save_bundle(bundle, tmp_path / "winner.mmstudio")
    kept = load_bundle(path)
    assert [CandidateFinished.from_record(row) for row in kept.metrics["leaderboard"]] == list(board.rows)
    assert kept.metrics["reason"] == board.reason
    bundle.metrics["leaderboard"][0]["val_accuracy"] = 7
    with pytest.raises(CheckpointError, match=r"leaderboard\[0\]\.val_accuracy"):
        load_bundle(save_bundle(bundle, tmp_path / "bad.mmstudio"))


def test_a_candidate_stops_when_its_share_of_the_budget_is_spent(text, texts):
    events = search(text, texts, time_budget=MIN_TIME_BUDGET_S, models=("bow", "rnn"), epochs=100_000)
    done = finished(events)
    rows = rows_of(events)
    assert len(rows) == 2
    assert all(row.stopped and row.epochs < 100_000 for row in rows)
    assert not done.stopped, "a share running out is the plan, not the user's Stop"
    assert done.bundle.model == ranked(rows)[0].model


def test_stop_ends_the_current_candidate_and_keeps_the_best_so_far(text, texts):
    import threading

    labelled, classes = texts
    stop = threading.Event()
    events, started = [], 0
    for event in find_best_model(text, labelled, classes, TrainSettings(**{**QUICK, "epochs": 50}), stop=stop):
        events.append(event)
        started += isinstance(event, CandidateStarted)
        if started == 2 and isinstance(event, EpochEnded):
            stop.set()  # Stop pressed as the second model ends its first epoch
    done = finished(events)
    rows = rows_of(events)
    assert started == 2 and len(rows) == 2
    assert rows[0].epochs == 50 and not rows[0].stopped
    assert rows[1].stopped and rows[1].epochs == 1
    assert done.stopped and done.bundle.model == ranked(rows)[0].model
    assert not any(isinstance(event, Notice) and "final model" in event.message for event in events)


def test_a_model_that_cannot_run_here_is_left_out_with_a_notice(text, texts, monkeypatch):
    bow = text.models["bow"]
    missing = ModelSpec(
        name="needs_package",
        title="Needs a package",
        description="A network from a package that is not installed.",
        builder="mmstudio_absent_package_for_tests.models:Network",
        preprocessing=dict(bow.preprocessing),
    )
    monkeypatch.setitem(get_medium("text").models, missing.name, missing)
    events = search(text, texts, models=("needs_package", "bow"))
    finished(events)
    notices = [event.message for event in events if isinstance(event, Notice) and "needs_package" in event.message]
    assert len(notices) == 1
    assert_plain(notices[0], "mmstudio_absent_package_for_tests", "left out")
    assert [row.model for row in rows_of(events)] == ["bow"]


def test_ties_go_to_the_faster_model_and_the_reason_says_why():
    slow = CandidateFinished("lstm", 0.9, 12.0, 20, False)
    fast = CandidateFinished("bow", 0.9, 2.0, 20, False)
    worse = CandidateFinished("rnn", 0.86, 1.0, 20, False)
    assert ranked([slow, worse, fast]) == [fast, slow, worse]
    assert reason([fast, slow, worse]) == (
        "bow won: 90% on the held-back examples, as good as lstm but faster (2.0 s against 12 s)."
    )
    assert reason([slow, worse]) == "lstm won: 90% on the held-back examples, 4 point(s) above rnn; it took 12 s."
    assert reason([worse]) == "rnn was the only model tried: 86% on the held-back examples; it took 1.0 s."


@pytest.mark.parametrize("budget", [1.0, 0.0, -5.0, math.nan, 10 * 24 * 3600.0])
def test_a_time_budget_out_of_bounds_is_refused_plainly(text, texts, budget):
    events = search(text, texts, time_budget=budget)
    assert len(events) == 1 and isinstance(events[0], Failed)
    assert_plain(events[0].message, "time budget", "seconds")
