"""Where the model goes wrong, in the real window after real training: the mistakes gallery, the most confused
pairs and the confidence histogram, in the Image tab and the Text tab (one panel serves every medium)."""

from __future__ import annotations

import math
import random
import re

import pytest
from PySide6.QtCore import Qt

from tests.gui.driving import load_folder, train

# Classes sharing most of their words: a model trained briefly mixes them up.
SHARED = "the a of and to in is was it on with for at by this that from".split()
WEATHER = "rain wind sun snow cloud storm fog warm cold".split()
SPORT = "match goal team runner coach tennis striker fans".split()
FOOD = "bread soup cheese apple rice salad pasta cake".split()
RESULT_TABS = ("Per class", "Confusion matrix", "Mistakes", "Mix-ups", "Confidence", "Leaderboard")


def lines(own: list[str], count: int, seed: int) -> list[str]:
    chooser = random.Random(seed)
    return [" ".join(chooser.choice(SHARED if chooser.random() < 0.8 else own) for _ in range(6)) for _ in range(count)]


@pytest.fixture
def text_tab(window):
    tab = window.tab_for("text")
    window.tabs.setCurrentWidget(tab)
    tab.session.examples.merge(
        {"weather": lines(WEATHER, 30, 1), "sport": lines(SPORT, 30, 2), "food": lines(FOOD, 30, 3)}
    )
    return tab


@pytest.fixture
def image_tab(qtbot, window, shapes):
    tab = window.tab_for("image")
    load_folder(qtbot, tab, shapes)
    return tab


def wrong_ones(validation) -> list:
    return [held for held in validation if held.guess != held.truth]


def check_views_match_the_run(qtbot, tab) -> None:
    """The three views show exactly what the run's held-back examples say."""
    panel, validation, classes = tab.train_panel, tab.session.validation, tab.session.bundle.classes
    matrix = tab.session.bundle.metrics["confusion_matrix"]
    wrong = wrong_ones(validation)
    assert validation and wrong, "the brief training must leave some mistakes to look at"

    shown = panel.mistakes.shown()
    assert sorted(map(id, shown)) == sorted(map(id, wrong))  # exactly the wrong ones, each once
    assert [held.confidence for held in shown] == sorted((held.confidence for held in wrong), reverse=True)
    first = panel.mistakes.model.index(0)
    assert first.data(Qt.ItemDataRole.UserRole) == (
        f"is {classes[shown[0].truth]} · model said {classes[shown[0].guess]} · {shown[0].confidence:.0%} sure"
    )
    assert str(shown[0].item) in first.data(Qt.ItemDataRole.ToolTipRole)  # the whole name, which a row may cut
    assert panel.mistakes.caption.text().startswith(
        f"{len(wrong)} mistake{'s' if len(wrong) > 1 else ''} on {len(validation)} held-back examples"
    )

    rows = panel.confused_pairs.rows()
    off_diagonal = sorted((matrix[t][g] for t in range(len(classes)) for g in range(len(classes)) if t != g and matrix[t][g]),
                          reverse=True)
    assert len(rows) == min(5, len(off_diagonal))
    for row in rows:
        truth, guess, count = re.fullmatch(r"“(.+)” taken for “(.+)”: (\d+) times?", row).groups()
        assert int(count) == matrix[classes.index(truth)][classes.index(guess)]
    assert [int(re.search(r"(\d+) times?$", row).group(1)) for row in rows] == off_diagonal[: len(rows)]

    right_heights, wrong_heights = panel.confidence.bar_heights()
    assert sum(right_heights) + sum(wrong_heights) == len(validation)
    expected_right, expected_wrong = [0] * 10, [0] * 10
    for held in validation:
        bin_ = min(math.floor(held.confidence * 10), 9)
        (expected_wrong if held in wrong else expected_right)[bin_] += 1
    assert (right_heights, wrong_heights) == (expected_right, expected_wrong)
    assert "sure" in panel.confidence.caption.text()


def check_clicks_list_the_examples(qtbot, tab) -> None:
    """A mix-up lists its examples in step 1 like a confusion-matrix cell; a mistake is announced and listed."""
    panel, gather, classes = tab.train_panel, tab.gather_panel, tab.session.bundle.classes
    matrix = tab.session.bundle.metrics["confusion_matrix"]
    panel.results_tabs.setCurrentWidget(panel.confused_pairs)
    pairs = panel.confused_pairs.list
    qtbot.mouseClick(pairs.viewport(), Qt.MouseButton.LeftButton, pos=pairs.visualItemRect(pairs.item(0)).center())
    truth, guess = pairs.item(0).data(Qt.ItemDataRole.UserRole)
    assert gather.browser.model().rowCount() == matrix[truth][guess]
    assert gather.examples_title.text().startswith(f"Held-back “{classes[truth]}” examples the model called “{classes[guess]}”")

    panel.results_tabs.setCurrentWidget(panel.mistakes_page)
    gallery = panel.mistakes.list
    second = panel.mistakes.model.index(min(1, panel.mistakes.model.rowCount() - 1))
    with qtbot.waitSignal(panel.mistakes.mistakeChosen, timeout=5_000) as chosen:
        qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=gallery.visualRect(second).center())
    held = chosen.args[0]
    assert held is panel.mistakes.shown()[second.row()]
    assert [gather.browser.example_model.item(row) for row in range(gather.browser.model().rowCount())] == [held.item]
    assert gather.examples_title.text() == (
        f"Held-back “{classes[held.truth]}” example the model called “{classes[held.guess]}” ({held.confidence:.0%} sure)"
    )
    # beside the list, the mistake is shown with why the model said what it said
    qtbot.waitUntil(lambda: panel.explained_mistake is held, timeout=20_000)
    why = panel.why_view
    if tab.medium.name == "image":  # the picture under a heat map, not the plain picture
        from mmstudio.gui.widgets.image_view import pixmap_from_rgba

        plain = pixmap_from_rgba(*type(tab).render_preview(held.item)).toImage()
        assert why.has_picture() and why._pixmap.toImage() != plain
    else:
        assert why.toPlainText().strip() == str(held.item).strip()
        assert "background-color: rgba(" in why.toHtml() or "background-color:rgba(" in why.toHtml()


def check_everything_fits(window, tab) -> None:
    panel = tab.train_panel
    assert [panel.results_tabs.tabText(k) for k in range(panel.results_tabs.count())] == list(RESULT_TABS)
    for k in range(panel.results_tabs.count()):
        panel.results_tabs.setCurrentIndex(k)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720, (panel.results_tabs.tabText(k), hint)
        assert panel.results_tabs.currentWidget().toolTip() or panel.results_tabs.toolTip()


def check_a_new_run_clears_then_refills(qtbot, tab, epochs: int) -> None:
    panel = tab.train_panel
    before = tab.session.bundle
    tab.session.predictor = None
    panel.settings_form.epochs.setValue(epochs)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    assert tab.session.training
    assert panel.mistakes.shown() == []
    assert panel.mistakes.caption.text() == "After training, the held-back examples the model got wrong are listed here."
    assert panel.confused_pairs.rows() == []
    assert panel.confused_pairs.caption.text() == "After training, the classes the model mixes up most are listed here."
    assert panel.confidence.bar_heights() == ([0] * 10, [0] * 10)
    assert "mostly" not in panel.confidence.caption.text()
    qtbot.waitUntil(lambda: tab.session.predictor is not None and not tab.session.training, timeout=60_000)
    assert tab.session.bundle is not before
    check_views_match_the_run(qtbot, tab)


def check_a_loaded_model_says_to_train_here(qtbot, tab, tmp_path) -> None:
    panel = tab.train_panel
    path = tmp_path / "model.mmstudio"
    tab.try_panel.save_model(path)
    qtbot.waitUntil(path.exists, timeout=10_000)
    tab.try_panel.load_model(path)
    qtbot.waitUntil(lambda: tab.session.bundle is tab.session.saved_bundle and not tab.session.validation, timeout=10_000)
    note = "These views need a model trained in this session: train it here to see where it goes wrong."
    assert panel.mistakes.caption.text() == note and panel.mistakes.shown() == []
    assert panel.confused_pairs.caption.text() == note and panel.confused_pairs.rows() == []
    assert panel.confidence.caption.text() == note and panel.confidence.bar_heights() == ([0] * 10, [0] * 10)


def test_image_tab_shows_its_mistakes_mix_ups_and_confidence(qtbot, window, image_tab, tmp_path):
    assert image_tab.train_panel._confidence is None  # no pyqtgraph plot before there is anything to plot
    train(qtbot, image_tab, epochs=1)
    check_views_match_the_run(qtbot, image_tab)
    gallery = image_tab.train_panel.mistakes
    qtbot.waitUntil(lambda: gallery.model.index(0).data(Qt.ItemDataRole.DecorationRole) is not None, timeout=10_000)
    check_clicks_list_the_examples(qtbot, image_tab)
    check_everything_fits(window, image_tab)
    check_a_new_run_clears_then_refills(qtbot, image_tab, epochs=2)
    check_a_loaded_model_says_to_train_here(qtbot, image_tab, tmp_path)


def test_text_tab_shows_its_mistakes_mix_ups_and_confidence(qtbot, window, text_tab, tmp_path):
    train(qtbot, text_tab, epochs=1)
    check_views_match_the_run(qtbot, text_tab)
    assert text_tab.train_panel.mistakes.model.index(0).data(Qt.ItemDataRole.DecorationRole) is None  # lines, no pictures
    check_clicks_list_the_examples(qtbot, text_tab)
    check_everything_fits(window, text_tab)
    check_a_new_run_clears_then_refills(qtbot, text_tab, epochs=2)
    check_a_loaded_model_says_to_train_here(qtbot, text_tab, tmp_path)


def test_no_mistakes_is_said_plainly(qtbot, window):
    """Classes with no word in common, trained long enough: right on every held-back example, and told so."""
    tab = window.tab_for("text")
    only = {"weather": WEATHER, "sport": SPORT}
    tab.session.examples.merge(
        {name: [" ".join(random.Random(k).choices(words, k=4)) for k in range(20)] for name, words in only.items()}
    )
    train(qtbot, tab, epochs=12)
    panel, count = tab.train_panel, len(tab.session.validation)
    assert count and not wrong_ones(tab.session.validation)
    assert panel.mistakes.caption.text() == f"No mistakes on the {count} held-back examples."
    assert panel.mistakes.shown() == []
    assert panel.confused_pairs.caption.text() == f"No mix-ups on the {count} held-back examples."
    right_heights, wrong_heights = panel.confidence.bar_heights()
    assert (sum(right_heights), wrong_heights) == (count, [0] * 10)
    assert panel.confidence.caption.text().endswith("sure, and there were no mistakes.")
