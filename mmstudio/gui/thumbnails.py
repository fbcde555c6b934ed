"""Thumbnails made lazily off the GUI thread: only what a view asks for, newest request first, bounded memory."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from mmstudio.gui.jobs import Jobs

THUMBNAIL_PX = 64
CACHE_SIZE = 4000  # about 64 MB of 64x64 RGBA at most


Render = Callable[[Path, int], tuple[bytes, int, int]]  # (RGBA bytes, width, height); DataError if unreadable


def _render(render: Render, path: Path, size: int) -> tuple[bytes, int, int] | None:
    from mmstudio.core.errors import DataError

    try:
        return render(path, size)
    except DataError:
        return None


class ThumbnailCache(QObject):
    """`get(path)` returns a pixmap at once when known, else None and a background job makes it with `render`
    (the medium's: a picture shrunk, a sound's spectrogram), which runs off the GUI thread."""

    ready = Signal(object)  # the Path whose thumbnail is now available

    def __init__(self, render: Render, size: int = THUMBNAIL_PX, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.render = render
        self.size = size
        self._pixmaps: OrderedDict[Path, QPixmap | None] = OrderedDict()
        self._wanted: list[Path] = []  # a stack: the most recent request is served first
        self._queued: set[Path] = set()
        self._lock = threading.Lock()
        self._jobs = Jobs(self)
        self._stopping = False

    def get(self, path: Path) -> QPixmap | None:
        if path in self._pixmaps:
            self._pixmaps.move_to_end(path)
            return self._pixmaps[path]
        with self._lock:
            if path not in self._queued:
                self._queued.add(path)
                self._wanted.append(path)
        self._ensure_working()
        return None

    def _ensure_working(self) -> None:
        """Start the job when requests wait and none runs (also called as a job ends, to catch late requests)."""
        if self._wanted and not self._jobs.busy() and not self._stopping:
            self._jobs.start(self._work, on_yield=self._store, on_finish=self._ensure_working)

    def is_unreadable(self, path: Path) -> bool:
        return path in self._pixmaps and self._pixmaps[path] is None

    def _next(self) -> Path | None:
        with self._lock:
            if not self._wanted:
                return None
            return self._wanted.pop()

    def _work(self):
        while (path := self._next()) is not None:
            yield path, _render(self.render, path, self.size)

    def _store(self, item) -> None:
        path, rendered = item
        with self._lock:
            self._queued.discard(path)
        pixmap = None
        if rendered is not None:
            data, width, height = rendered
            image = QImage(data, width, height, width * 4, QImage.Format.Format_RGBA8888)
            pixmap = QPixmap.fromImage(image.copy())  # copy: `data` is freed when this slot returns
        self._pixmaps[path] = pixmap
        while len(self._pixmaps) > CACHE_SIZE:
            self._pixmaps.popitem(last=False)
        self.ready.emit(path)

    def shutdown(self) -> None:
        self._stopping = True
        with self._lock:
            self._wanted.clear()
        self._jobs.shutdown()
