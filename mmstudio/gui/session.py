"""What the panels of one tab share, as a plain Python object that announces its changes.

No Qt here: the session is tested without an event loop, and panels subscribe to it instead of calling each
other. A panel writes a change to the session; every panel that cares follows it.

Topics, and what a subscriber is called with:

    "examples"   the ExampleSet, after any edit of its classes or examples
    "model"      the current ModelBundle (a run finished, or a saved model was opened)
    "loaded"     a ModelBundle opened from a file, just before it becomes the current model
    "predictor"  the current model's Predictor (built off the GUI thread), or None
    "training"   True when a run starts, False once it has ended
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mmstudio.core.examples import ExampleSet

TOPICS = ("examples", "model", "loaded", "predictor", "training")


def _announced(topic: str) -> property:
    """An attribute whose listeners on `topic` are called with the new value when it changes."""
    stored = "_" + topic

    def get(session: Session) -> Any:
        return getattr(session, stored)

    def set_(session: Session, value: Any) -> None:
        if value is not getattr(session, stored):
            setattr(session, stored, value)
            session.notify(topic, value)

    return property(get, set_)


class Session:
    bundle = _announced("model")  # core ModelBundle of the current model, or None
    predictor = _announced("predictor")  # core Predictor for it, or None
    training = _announced("training")  # whether a run is going

    def __init__(self, examples: ExampleSet | None = None) -> None:
        self._listeners: dict[str, list[Callable[[Any], None]]] = {topic: [] for topic in TOPICS}
        self._model = self._predictor = None
        self._training = False
        # the last run's held-back examples (core HeldBack records); set with the bundle it belongs to, so a
        # confusion-matrix cell and the mistakes can list their examples (empty for a loaded model)
        self.validation: list = []
        self.saved_bundle: Any = None  # the model last saved to or opened from a file
        self.examples = examples if examples is not None else ExampleSet()
        self.examples.subscribe(lambda: self.notify("examples", self.examples))

    def subscribe(self, topic: str, callback: Callable[[Any], None]) -> None:
        """Call `callback(value)` after every change of `topic` (one of TOPICS), in the order subscribed."""
        if topic not in self._listeners:
            raise ValueError(f"unknown session topic {topic!r}; choose one of {', '.join(TOPICS)}")
        self._listeners[topic].append(callback)

    def notify(self, topic: str, value: Any) -> None:
        for callback in list(self._listeners[topic]):
            callback(value)

    def has_unsaved_model(self) -> bool:
        """A model was trained here and not saved since: closing the window would lose it."""
        return self.bundle is not None and self.bundle is not self.saved_bundle

    def open_model(self, bundle: Any, predictor: Any) -> None:
        """A saved model was opened: its classes join the examples, then it becomes the current model."""
        for name in bundle.classes:
            self.examples.add_class(name)
        self.validation = []  # its held-back examples are not known here
        self.saved_bundle = bundle
        self.notify("loaded", bundle)
        self.bundle = bundle
        self.predictor = predictor
