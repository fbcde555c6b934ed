"""The session a tab's panels share: plain Python, so it is tested here without Qt or an event loop."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest

from mmstudio.core.events import HeldBack
from mmstudio.gui.session import TOPICS, Session


def listen(session: Session, *topics: str) -> list[tuple[str, object]]:
    """Every announcement of `topics` as (topic, value), in the order they came."""
    heard: list[tuple[str, object]] = []
    for topic in topics:
        session.subscribe(topic, lambda value, topic=topic: heard.append((topic, value)))
    return heard


def test_a_new_model_is_announced_once_with_its_value():
    session = Session()
    heard = listen(session, "model")
    bundle = SimpleNamespace(classes=["a", "b"])
    session.bundle = bundle
    session.bundle = bundle  # the same model again: nothing changed, nothing said
    assert heard == [("model", bundle)]
    assert session.bundle is bundle


def test_training_is_announced_when_it_starts_and_ends():
    session = Session()
    heard = listen(session, "training")
    assert session.training is False
    session.training = True
    session.training = True
    session.training = False
    assert heard == [("training", True), ("training", False)]


def test_edits_of_the_examples_are_announced_with_the_example_set():
    session = Session()
    heard = listen(session, "examples")
    session.examples.add("cats", ["cat1.png", "cat2.png"])
    session.examples.rename_class("cats", "kittens")
    assert heard == [("examples", session.examples)] * 3  # add_class, add, rename
    assert session.examples.counts() == {"kittens": 2}


def test_every_subscriber_hears_in_the_order_it_subscribed():
    session = Session()
    order = []
    session.subscribe("predictor", lambda value: order.append("first"))
    session.subscribe("predictor", lambda value: order.append("second"))
    session.predictor = object()
    assert order == ["first", "second"]


def test_an_opened_model_adds_its_classes_then_is_announced_loaded_model_predictor():
    session = Session()
    session.validation = [HeldBack("old.png", 0, 1, (0.4, 0.6))]
    heard = listen(session, "loaded", "model", "predictor")
    classes_when_loaded = []
    session.subscribe("loaded", lambda bundle: classes_when_loaded.append(session.examples.class_names))
    bundle, predictor = SimpleNamespace(classes=["circle", "square"]), object()
    session.open_model(bundle, predictor)
    assert heard == [("loaded", bundle), ("model", bundle), ("predictor", predictor)]
    assert classes_when_loaded == [["circle", "square"]]
    assert session.validation == []  # the old run's held-back examples are not this model's


def test_a_misspelt_topic_is_refused():
    with pytest.raises(ValueError, match="unknown session topic 'modle'"):
        Session().subscribe("modle", print)
    assert set(TOPICS) == {"examples", "model", "loaded", "predictor", "training"}


def test_the_session_imports_no_qt():
    code = "import sys, mmstudio.gui.session; print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
