"""Background jobs for the GUI: superqt workers on Qt's thread pool, kept alive until they end.

Every slow step (reading folders, thumbnails, training, prediction, loading and saving models) goes through
here, so the GUI thread only ever routes results to widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from shiboken6 import isValid

if TYPE_CHECKING:
    from superqt.utils import WorkerBase

log = logging.getLogger("mmstudio")


class Jobs(QObject):
    """Starts jobs for one owner and holds references to them, so none is collected while it runs.

    Every running worker is also held by the class (`_alive`) until it ends: when an owner goes (its window
    closed) while a job it started still runs, the worker and its signals must outlive the owner, or the
    job's last emit fails ("Signal source has been deleted").
    """

    _alive: set = set()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[WorkerBase] = set()
        self._closed = False

    def _deliver(self, callback: Callable | None) -> Callable:
        """`callback`, skipped once the owner is closing or gone: a late result must not touch deleted widgets."""

        def deliver(*args) -> None:
            if callback is not None and not self._closed and isValid(self):
                callback(*args)

        return deliver

    def start(
        self,
        function: Callable,
        *args,
        on_yield: Callable | None = None,
        on_result: Callable | None = None,
        on_error: Callable[[str], None] | None = None,
        on_finish: Callable[[], None] | None = None,
        **kwargs,
    ) -> WorkerBase:
        """Run `function` (a plain function or a generator function) off the GUI thread.

        `on_error` receives a plain message; the technical details go to the log, never to a dialog.
        """
        from superqt.utils import create_worker  # imported on first use: it pulls in qtpy, ~0.3 s at launch

        worker = create_worker(function, *args, _start_thread=False, **kwargs)
        if on_yield is not None and hasattr(worker, "yielded"):
            worker.yielded.connect(self._deliver(on_yield))
        worker.returned.connect(self._deliver(on_result))
        report_error = self._deliver(on_error)

        def errored(error: Exception) -> None:
            log.error("Background job failed", exc_info=(type(error), error, error.__traceback__))
            report_error(str(error) or type(error).__name__)

        worker.errored.connect(errored)
        report_finish = self._deliver(on_finish)

        def finished() -> None:
            self._running.discard(worker)
            report_finish()

        worker.finished.connect(finished)
        worker.finished.connect(lambda: Jobs._alive.discard(worker))  # runs even after the owner is gone
        self._running.add(worker)
        Jobs._alive.add(worker)
        worker.start()
        return worker

    def busy(self) -> bool:
        return bool(self._running)

    @staticmethod
    def wait_for_all(milliseconds: int) -> bool:
        """Ask every job of the application to quit and wait for them; False when some did not end in time."""
        import sys

        if "superqt.utils" not in sys.modules:  # no job was ever started
            return True
        from superqt.utils import WorkerBase

        try:
            WorkerBase.await_workers(msecs=milliseconds)
        except RuntimeError:
            return False
        return True

    def shutdown(self) -> None:
        """Ask every job to end at its next yield (functions run to their end) and drop their late results."""
        self._closed = True
        for worker in list(self._running):
            worker.quit()
