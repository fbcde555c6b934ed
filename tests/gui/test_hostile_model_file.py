"""A model file that is refused leaves the tab exactly as it was, with one plain sentence in the message bar."""

from __future__ import annotations

import pytest

from tests.core._model_files import description_of, with_description
from tests.gui.driving import load_folder, train


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: {**d, "classes": [1, 2, 3]},  # class names that are not text
        lambda d: {**d, "classes": ["star", "star", "circle"]},  # the same class twice
        lambda d: {**d, "history": "yesterday"},  # malformed history (raised inside a Qt slot before)
        lambda d: {**d, "preprocessing": {**d["preprocessing"], "size": 1500}},  # a huge network declared
        lambda d: {**d, "modality": ["image"]},
    ],
    ids=["int-classes", "duplicate-classes", "bad-history", "huge-size", "modality-list"],
)
def test_a_refused_model_file_leaves_the_tab_as_it_was(qtbot, tab, shapes, tmp_path, damage):
    load_folder(qtbot, tab, shapes)
    train(qtbot, tab, epochs=1)
    good = tmp_path / "good.mmstudio"
    tab.try_panel.save_model(good)
    qtbot.waitUntil(lambda: not tab.session.has_unsaved_model(), timeout=10_000)
    data = good.read_bytes()
    hostile = tmp_path / "hostile.mmstudio"
    hostile.write_bytes(with_description(data, damage(description_of(data))))
    before = (tab.session.examples.counts(), tab.session.bundle, tab.session.predictor,
              tab.train_panel.model_combo.currentData(), tab.train_panel.accuracy_label.text())
    tab.try_panel.load_model(hostile)
    qtbot.waitUntil(lambda: tab.message.kind == "error", timeout=10_000)
    text = tab.message.text()
    assert "hostile.mmstudio" in text and "Traceback" not in text and text.count(". ") <= 1
    after = (tab.session.examples.counts(), tab.session.bundle, tab.session.predictor,
             tab.train_panel.model_combo.currentData(), tab.train_panel.accuracy_label.text())
    assert after == before
