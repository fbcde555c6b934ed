"""Background jobs for the GUI: superqt workers on Qt's thread pool, kept alive until they end.

Every slow step (reading folders, thumbnails, training, prediction, loading and saving models) goes through
here, so the GUI thread only ever routes results to widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from superqt.utils import WorkerBase, create_worker

log = logging.getLogger("mmstudio")


class Jobs(QObject):
    """Starts jobs for one owner and holds references to them, so none is collected while it runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[WorkerBase] = set()

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
        worker = create_worker(function, *args, _start_thread=False, **kwargs)
        if on_yield is not None and hasattr(worker, "yielded"):
            worker.yielded.connect(on_yield)
        if on_result is not None:
            worker.returned.connect(on_result)

        def errored(error: Exception) -> None:
            log.error("Background job failed", exc_info=(type(error), error, error.__traceback__))
            if on_error is not None:
                on_error(str(error) or type(error).__name__)

        worker.errored.connect(errored)

        def finished() -> None:
            self._running.discard(worker)
            if on_finish is not None:
                on_finish()

        worker.finished.connect(finished)
        self._running.add(worker)
        worker.start()
        return worker

    def busy(self) -> bool:
        return bool(self._running)

    def quit_all(self) -> None:
        """Ask every job to end at its next yield (generator jobs only; functions run to the end)."""
        for worker in list(self._running):
            worker.quit()
