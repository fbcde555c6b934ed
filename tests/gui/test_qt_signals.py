"""Regression test for a broken Qt binding: many signal emissions must not crash Python.

PySide6 6.12.0 on Python 3.11 drops a reference to True on every Signal.emit() (and
pyqtgraph's curve updates drop references to None), so the interpreter dies after a few
hundred emissions with "Fatal Python error: bool_dealloc" / "none_dealloc". pyproject.toml
excludes that release; this test makes sure no such release can land unnoticed.

A crash kills the whole interpreter, so each scenario runs in a child Python: the test
checks the child's exit code, the count of what it received, and that the reference
counts of True and None did not fall while it emitted (on Python 3.12+ they are immortal
and never change, which passes too).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import pytest

EMITS = 10_000
PLOT_UPDATES = 2_000
# A healthy binding keeps both counts steady within a few references; the broken one
# loses one per emission (thousands here), if the child survives at all.
REFCOUNT_MARGIN = 100
CHILD_TIMEOUT_S = 60

# Printed by every child: versions first (for the failure message), then its results.
PRELUDE = r"""
import sys
import PySide6
from qtpy import QtCore
print(f"VERSIONS python={sys.version.split()[0]} pyside6={PySide6.__version__} qt={QtCore.qVersion()}", flush=True)

def refcounts():
    return sys.getrefcount(True), sys.getrefcount(None)

# Quits the event loop after a while even if the test hangs; the returned list is non-empty if that happened.
def quit_after(app, milliseconds):
    from qtpy.QtCore import QTimer

    timed_out = []

    def give_up():
        timed_out.append(True)
        app.quit()

    QTimer.singleShot(milliseconds, give_up)
    return timed_out

def report(received, before, after):
    print(f"RECEIVED {received}", flush=True)
    print(f"REFCOUNT True before={before[0]} after={after[0]}", flush=True)
    print(f"REFCOUNT None before={before[1]} after={after[1]}", flush=True)
"""

MAIN_THREAD = r"""
from qtpy.QtCore import QCoreApplication, QObject, Signal, Slot

N = int(sys.argv[1])
app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])


class Emitter(QObject):
    number = Signal(int)
    flag = Signal(bool)


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.flags = 0

    @Slot(bool)
    def on_flag(self, value):
        self.flags += 1


numbers = []
emitter = Emitter()
receiver = Receiver()
emitter.number.connect(numbers.append)    # a plain Python callable
emitter.flag.connect(receiver.on_flag)    # a decorated slot on a QObject

before = refcounts()
for i in range(N):
    emitter.number.emit(i)
    emitter.flag.emit(i % 2 == 0)
after = refcounts()

assert numbers == list(range(N)), "int values arrived wrong or out of order"
report(min(len(numbers), receiver.flags), before, after)
"""

QTHREAD_WORKER = r"""
from qtpy.QtCore import QCoreApplication, QObject, QThread, QTimer, Qt, Signal, Slot

N = int(sys.argv[1])
app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])


class Worker(QObject):
    value = Signal(int)
    flag = Signal(bool)
    done = Signal()

    @Slot()
    def run(self):
        for i in range(N):
            self.value.emit(i)
            self.flag.emit(i % 2 == 0)
        self.done.emit()


class Counter(QObject):
    def __init__(self):
        super().__init__()
        self.values = 0
        self.flags = 0

    @Slot(int)
    def on_value(self, value):
        self.values += 1

    @Slot(bool)
    def on_flag(self, value):
        self.flags += 1


counter = Counter()
thread = QThread()
worker = Worker()
worker.moveToThread(thread)
worker.value.connect(counter.on_value, Qt.ConnectionType.QueuedConnection)
worker.flag.connect(counter.on_flag, Qt.ConnectionType.QueuedConnection)
# Queued after every value, so by the time it arrives all of them have been delivered.
worker.done.connect(app.quit, Qt.ConnectionType.QueuedConnection)
thread.started.connect(worker.run)

timed_out = quit_after(app, 30_000)

before = refcounts()
thread.start()
app.exec()
thread.quit()
thread.wait(5_000)
after = refcounts()

if timed_out:
    print("TIMEOUT waiting for the worker thread", flush=True)
    sys.exit(3)
report(min(counter.values, counter.flags), before, after)
"""

SUPERQT_WORKER = r"""
from qtpy.QtCore import QCoreApplication, QThreadPool, QTimer
from superqt.utils import create_worker

N = int(sys.argv[1])
app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])


def produce():
    for i in range(N):
        yield i


received = []
finished = []
errors = []
worker = create_worker(produce, _start_thread=False)
worker.yielded.connect(received.append)
worker.errored.connect(errors.append)
worker.finished.connect(lambda: finished.append(True))
worker.finished.connect(app.quit)

timed_out = quit_after(app, 30_000)

before = refcounts()
worker.start()
app.exec()
QThreadPool.globalInstance().waitForDone(5_000)  # let the worker's run() return first
after = refcounts()

if timed_out or not finished:
    print("TIMEOUT waiting for the superqt worker", flush=True)
    sys.exit(3)
if errors:
    print(f"WORKER ERROR {errors[0]!r}", flush=True)
    sys.exit(4)
assert received == list(range(N)), "yielded values arrived wrong or out of order"
report(len(received), before, after)
"""

PYQTGRAPH_CURVE = r"""
import numpy as np
from qtpy.QtWidgets import QApplication
import pyqtgraph as pg

N = int(sys.argv[1])
app = QApplication.instance() or QApplication(sys.argv[:1])

plot = pg.PlotWidget()
plot.resize(400, 300)
plot.show()
curve = plot.plot(pen="y")
assert isinstance(curve, pg.PlotDataItem)
x = np.arange(200, dtype=float)

updates = 0
before = refcounts()
for i in range(N):
    curve.setData(x, np.sin(x / 20.0 + i * 0.01))
    updates += 1
    if i % 50 == 0:
        app.processEvents()   # let it repaint now and then
plot.grab()                   # paint once more for certain
app.processEvents()
after = refcounts()

report(updates, before, after)
"""

SCENARIOS = {
    "main-thread-int-and-bool": (MAIN_THREAD, EMITS),
    "qthread-queued": (QTHREAD_WORKER, EMITS),
    "superqt-generator-worker": (SUPERQT_WORKER, EMITS),
    "pyqtgraph-setdata": (PYQTGRAPH_CURVE, PLOT_UPDATES),
}


def _run_child(source: str, count: int) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        PYQTGRAPH_QT_LIB="PySide6",
        PYTHONFAULTHANDLER="1",  # a traceback for the failure message if it dies
    )
    code = textwrap.dedent(PRELUDE) + textwrap.dedent(source)
    return subprocess.run(
        [sys.executable, "-c", code, str(count)],
        capture_output=True,
        text=True,
        env=env,
        timeout=CHILD_TIMEOUT_S,
    )


def _tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_many_signal_emissions_do_not_crash(scenario: str) -> None:
    source, count = SCENARIOS[scenario]
    proc = _run_child(source, count)
    versions = re.search(r"^VERSIONS .*$", proc.stdout, re.MULTILINE)
    where = versions.group(0) if versions else "(the child did not get as far as printing versions)"
    details = f"{where}\n--- stdout ---\n{_tail(proc.stdout)}\n--- stderr ---\n{_tail(proc.stderr)}"

    assert proc.returncode == 0, (
        f"The child Python exited with {proc.returncode} during {count} Qt signal emissions "
        f"({scenario}). A known cause is a broken PySide6 (6.12.0 on Python 3.11 crashes "
        f"with 'Fatal Python error: bool_dealloc').\n{details}"
    )

    received = re.search(r"^RECEIVED (\d+)$", proc.stdout, re.MULTILINE)
    assert received, f"The child printed no count.\n{details}"
    assert int(received.group(1)) == count, f"Expected {count} deliveries.\n{details}"

    for name in ("True", "None"):
        m = re.search(rf"^REFCOUNT {name} before=(\d+) after=(\d+)$", proc.stdout, re.MULTILINE)
        assert m, f"The child printed no reference count for {name}.\n{details}"
        before, after = int(m.group(1)), int(m.group(2))
        assert before - after <= REFCOUNT_MARGIN, (
            f"sys.getrefcount({name}) fell from {before} to {after} over {count} emissions: "
            f"the Qt binding is dropping references to {name} and will crash a longer run.\n{details}"
        )
