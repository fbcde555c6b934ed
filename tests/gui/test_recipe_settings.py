"""The Settings form shows the recipe's knobs, each with a plain tooltip, and what is set there reaches the run."""

from __future__ import annotations

from tests.gui.driving import load_folder, train


def test_the_recipe_knobs_are_shown_with_tooltips(tab):
    form = tab.train_panel.settings_form
    for widget in (form.schedule, form.weight_decay, form.patience, form.fit_on_all):
        assert form.form.indexOf(widget) >= 0
        assert len(widget.toolTip().split()) >= 12, widget.toolTip()
    assert form.patience.specialValueText() == "Never stop early"
    defaults = form.settings()
    assert (defaults.schedule, defaults.patience, defaults.fit_on_all) == ("cosine", 5, True)


def test_the_recipe_knobs_reach_the_run(qtbot, tab, shapes):
    load_folder(qtbot, tab, shapes)
    form = tab.train_panel.settings_form
    form.schedule.setCurrentIndex(form.schedule.findData("constant"))
    form.weight_decay.setValue(0.05)
    form.patience.setValue(2)
    form.fit_on_all.setChecked(False)
    train(qtbot, tab, epochs=2)
    saved = tab.session.bundle.settings
    assert (saved["schedule"], saved["weight_decay"], saved["patience"], saved["fit_on_all"]) == ("constant", 0.05, 2, False)
    assert "final_fit" not in tab.session.bundle.metrics
    assert form.values()["schedule"] == "constant"
