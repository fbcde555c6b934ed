""""Find the best model" in the Text tab, driven like a user: the leaderboard fills as each model ends, the
winner becomes the tab's model and Try it predicts with it; Stop keeps the best so far. Real training."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.driving import drop, train
from tests.gui.test_text_tab import SPORT, WEATHER


@pytest.fixture
def text_tab(qtbot, window, tmp_path):
    """The Text tab with 16 short texts of two classes, dropped as a table."""
    tab = window.tab_for("text")
    window.tabs.setCurrentWidget(tab)
    table = tmp_path / "news.csv"
    rows = ["text,label"] + [f'"{line}",weather' for line in WEATHER] + [f'"{line}",sport' for line in SPORT]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    drop(tab, [table])
    qtbot.waitUntil(lambda: len(tab.session.examples) == 16, timeout=10_000)
    return tab


def rows_shown_as_each_ends(search) -> list[int]:
    """How many rows the leaderboard lists each time a model's figures arrive."""
    counts = []
    search.leaderboard.rowFinished.connect(lambda _name: counts.append(len(search.leaderboard.models())))
    return counts


def test_the_leaderboard_fills_live_and_the_winner_is_the_model_try_it_uses(qtbot, text_tab, tmp_path):
    panel, search = text_tab.train_panel, text_tab.train_panel.search
    panel.settings_form.epochs.setValue(3)
    counts = rows_shown_as_each_ends(search)
    qtbot.mouseClick(search.button, Qt.MouseButton.LeftButton)
    assert not search.button.isEnabled() and panel.stop_button.isEnabled()
    qtbot.waitUntil(lambda: text_tab.session.predictor is not None and not text_tab.session.training, timeout=120_000)

    tried = search.leaderboard.models()
    assert len(tried) >= 4 and set(tried) <= set(text_tab.medium.models)
    assert counts == list(range(1, len(tried) + 1))  # one row more as each model ended, not all at the end
    winner = search.leaderboard.winner()
    assert winner == text_tab.session.bundle.model == panel.model_name()
    assert search.title(winner) in search.leaderboard.reason_label.text()
    assert panel.results_tabs.currentWidget() is search.leaderboard

    with qtbot.waitSignal(text_tab.try_panel.predictionShown, timeout=10_000) as shown:
        qtbot.keyClicks(text_tab.try_box, "heavy rain and wind")
    assert text_tab.session.predictor.bundle is text_tab.session.bundle
    assert shown.args[0] == text_tab.session.predictor.predict("heavy rain and wind").label

    check_the_leaderboard_comes_back_with_its_model(qtbot, text_tab, tmp_path)


def board(search) -> list[tuple[str, str, str]]:
    table = search.leaderboard.table
    return sorted(tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount()))


def check_the_leaderboard_comes_back_with_its_model(qtbot, tab, tmp_path) -> None:
    """The model file keeps the leaderboard that chose it: a model trained on its own shows none, and loading the
    search's winner again shows its leaderboard, winner and reason."""
    search, shown = tab.train_panel.search, board(tab.train_panel.search)
    winner, reason = search.leaderboard.winner(), search.leaderboard.reason_label.text()
    path = tmp_path / "winner.mmstudio"
    tab.try_panel.save_model(path)
    qtbot.waitUntil(path.exists, timeout=10_000)
    train(qtbot, tab, epochs=1)
    assert board(search) == [] and search.leaderboard.winner() is None and search.leaderboard.reason_label.text() == ""
    tab.try_panel.load_model(path)
    qtbot.waitUntil(lambda: tab.session.bundle is tab.session.saved_bundle, timeout=10_000)
    assert board(search) == shown
    assert search.leaderboard.winner() == winner and search.leaderboard.reason_label.text() == reason


def test_stop_ends_the_search_and_keeps_the_best_so_far(qtbot, text_tab):
    panel, search = text_tab.train_panel, text_tab.train_panel.search
    panel.settings_form.epochs.setValue(300)
    search.leaderboard.rowFinished.connect(lambda _name: panel.stop_button.click())  # Stop once a model has ended
    qtbot.mouseClick(search.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: text_tab.session.predictor is not None and not text_tab.session.training, timeout=120_000)

    finished = [name for name in search.leaderboard.models() if search.leaderboard.table.item(
        search.leaderboard.models().index(name), 1).text() != "training…"]
    assert search.leaderboard.winner() in finished
    assert text_tab.session.bundle.model == search.leaderboard.winner()
    assert panel.progress.format() == "Training stopped early; the best model so far is kept."
    assert search.button.isEnabled()


def test_the_time_budget_in_settings_bounds_the_search_and_is_remembered(qtbot, text_tab):
    """One minute for every model, each asked for 1,000 epochs: the models' times add up to about that minute
    (the default two minutes would give them twice as long), and the choice is there in the next window."""
    panel, search = text_tab.train_panel, text_tab.train_panel.search
    panel.settings_form.epochs.setValue(1000)
    panel.settings_form.patience.setValue(0)
    search.budget.setValue(1)
    assert "about 1 minute in all" in search.button.toolTip()
    qtbot.mouseClick(search.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: text_tab.session.predictor is not None and not text_tab.session.training, timeout=150_000)
    times = [search.leaderboard.table.item(row, 2).text() for row in range(search.leaderboard.table.rowCount())]
    assert any("(time up)" in text for text in times)
    assert sum(float(text.split(" s")[0]) for text in times) <= 80

    from mmstudio.gui.main_window import MainWindow

    later = MainWindow(load_sample_on_first_launch=False)
    qtbot.addWidget(later)
    assert later.tab_for("text").train_panel.search.budget.value() == 1
