""""Find the best model" in a tab's train panel: its button, its leaderboard, and the search run off the GUI thread.

The search is `background.find_best` on a worker thread, started like a training run: the same stop flag (Stop
keeps the best so far), the same progress bar and curves (reset for each model tried), and its winner's
Finished goes through the panel as a run's does, so the winner becomes the session's model and Try it uses it.
"""

from __future__ import annotations


from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QSpinBox, QWidget

from mmstudio.core.checks import require_trainable
from mmstudio.core.errors import MMStudioError
from mmstudio.core.events import CandidateFinished, CandidateStarted, Finished, Leaderboard
from mmstudio.core.search import DEFAULT_TIME_BUDGET_S, MAX_TIME_BUDGET_S, MIN_TIME_BUDGET_S
from mmstudio.gui import background
from mmstudio.gui.translation import core_tr
from mmstudio.gui.widgets.leaderboard import LeaderboardView


class BestModelSearch(QObject):
    """Owns the button and the leaderboard; the train panel places them and routes the run's other events."""

    def __init__(self, panel: QWidget) -> None:  # the tab's TrainPanel (not imported: it imports this module)
        super().__init__(panel)
        self.panel = panel
        self.models = panel.hooks.medium.models
        self.button = QPushButton(self.tr("Find the best model"))
        self.button.setMinimumHeight(40)
        self.budget = QSpinBox()  # placed in Settings by the panel; minutes, what a person plans a wait in
        self.budget.setRange(max(1, round(MIN_TIME_BUDGET_S / 60)), round(MAX_TIME_BUDGET_S / 60))
        self.budget.setValue(round(DEFAULT_TIME_BUDGET_S / 60))
        self.budget.setSuffix(self.tr(" min"))
        self.budget.setToolTip(
            self.tr("How long “Find the best model” may take in all. Each model gets an equal share of what is "
                    "left; a model whose share runs out is stopped and its best so far is compared.")
        )
        self.budget.valueChanged.connect(self._show_budget)
        self._show_budget()
        self.button.clicked.connect(self.start)
        self.leaderboard = LeaderboardView()
        self._settings = None
        panel.session.subscribe("training", lambda _training: self._update_enabled())
        panel.session.subscribe("examples", lambda _examples: self._update_enabled())
        self._update_enabled()

    def time_budget(self) -> float:
        return self.budget.value() * 60.0

    def _show_budget(self) -> None:
        self.button.setToolTip(
            self.tr("Train every kind of model on the same examples, about %n minute(s) in all, and keep the most "
                    "accurate.", "", self.budget.value())
        )

    def _update_enabled(self) -> None:
        session = self.panel.session
        self.button.setEnabled(not session.training and len(session.examples.class_names) >= 2)

    def title(self, name: str) -> str:
        """The model's title in the user's language (a saved leaderboard may name a model this version lacks)."""
        return core_tr(self.models[name].title) if name in self.models else name

    def show_kept(self, bundle) -> None:
        """The leaderboard that chose this model, as its file keeps it; empty for a model trained on its own."""
        rows = [CandidateFinished.from_record(record) for record in (bundle.metrics.get("leaderboard") or [])] if bundle else []
        if rows and self.leaderboard.winner() == rows[0].model and set(self.leaderboard.models()) == {row.model for row in rows}:
            return  # the search that just ended shows it already, in the order the models were tried
        self.leaderboard.clear()
        for row in rows:
            self.leaderboard.show_result(row.model, self.title(row.model), row.val_accuracy, row.seconds, row.stopped)
        if rows:
            self.leaderboard.show_winner(rows[0].model, self.reason(rows))

    def start(self) -> None:
        panel, session = self.panel, self.panel.session
        if session.training:
            return
        try:
            require_trainable(session.examples.counts())
        except MMStudioError as error:
            panel.message.show_message(str(error), "warning")
            return
        self._settings = panel.settings_form.settings()
        panel.begin_run()
        self.leaderboard.clear()
        panel.results_tabs.setCurrentWidget(self.leaderboard)
        panel.message.show_message(
            self.tr("Trying every kind of model… press Stop (Esc) to end it and keep the best so far.")
        )
        session.training = True
        panel.progress.setRange(0, 0)
        panel.progress.setFormat(self.tr("Reading the examples…"))
        hooks = panel.hooks
        panel.jobs.start(
            background.find_best,
            hooks.medium.name,
            session.examples.labelled(),
            session.examples.class_names,
            self._settings,
            hooks.preprocessing(),
            {name: hooks.model_config(spec) for name, spec in self.models.items()},
            self.time_budget(),
            panel._stop,
            on_yield=self._on_event,
            on_error=panel._training_crashed,
            on_finish=panel._training_ended,
        )

    def _on_event(self, event) -> None:
        panel = self.panel
        if isinstance(event, CandidateStarted):
            self.leaderboard.show_training(event.model, self.title(event.model))
            panel.curves.reset()
            panel.curves.plan_epochs(self._settings.epochs)
        elif isinstance(event, CandidateFinished):
            self.leaderboard.show_result(
                event.model, self.title(event.model), event.val_accuracy, event.seconds, event.stopped
            )
        elif isinstance(event, Leaderboard):
            self.leaderboard.show_winner(event.winner, self.reason(event.rows))
        else:
            panel._on_event(event)
            if isinstance(event, Finished):
                panel.model_combo.setCurrentIndex(panel.model_combo.findData(event.bundle.model))
                panel.curves.reset()  # the curves end with the winner's run, not the last model tried
                panel.curves.set_history(event.bundle.history)

    def reason(self, rows) -> str:
        """Why the first of the ranked rows won, in the user's language (core/search.py says it in English)."""
        best = rows[0]
        accuracy, took = f"{best.val_accuracy:.0%}", self.tr("%1 s").replace("%1", f"{best.seconds:.1f}")
        if len(rows) == 1:
            return (
                self.tr("%1 was the only model tried: %2 right on the held-back examples, in %3.")
                .replace("%1", self.title(best.model)).replace("%2", accuracy).replace("%3", took)
            )
        runner = rows[1]
        if best.val_accuracy == runner.val_accuracy:
            return (
                self.tr("%1 won: %2 right on the held-back examples, as good as %3 but faster (%4 against %5).")
                .replace("%1", self.title(best.model)).replace("%2", accuracy).replace("%3", self.title(runner.model))
                .replace("%4", took).replace("%5", self.tr("%1 s").replace("%1", f"{runner.seconds:.1f}"))
            )
        points = max(1, round((best.val_accuracy - runner.val_accuracy) * 100))
        return (
            self.tr("%1 won: %2 right on the held-back examples, %n point(s) above %3; it took %4.", "", points)
            .replace("%1", self.title(best.model)).replace("%2", accuracy).replace("%3", self.title(runner.model))
            .replace("%4", took)
        )
