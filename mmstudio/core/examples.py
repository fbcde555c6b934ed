"""The user's labelled examples: ordered classes, each a list of files (or typed texts).

A plain Python object the GUI edits and observes, the CLI fills from folders, and the pipeline reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from mmstudio.core.errors import DataError
from mmstudio.core.messages import message

Item = Path | str  # a file, or an example typed in by the user (text only)


class ExampleSet:
    def __init__(self) -> None:
        self._classes: dict[str, list[Item]] = {}
        self._listeners: list[Callable[[], None]] = []

    # observers -------------------------------------------------------------
    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in self._listeners:
            listener()

    # queries ---------------------------------------------------------------
    @property
    def class_names(self) -> list[str]:
        return list(self._classes)

    def items(self, name: str) -> list[Item]:
        return list(self._classes[name])

    def counts(self) -> dict[str, int]:
        return {name: len(items) for name, items in self._classes.items()}

    def __len__(self) -> int:
        return sum(len(items) for items in self._classes.values())

    def labelled(self) -> list[tuple[Item, str]]:
        """Every example with its class name, in class order."""
        return [(item, name) for name, items in self._classes.items() for item in items]

    def unique_name(self, base: str) -> str:
        base = base.strip() or "Class"
        name, n = base, 2
        while name in self._classes:
            name, n = f"{base} {n}", n + 1
        return name

    # edits -----------------------------------------------------------------
    def add_class(self, name: str) -> str:
        """Add a class (or return the existing one of that name)."""
        name = name.strip()
        if not name:
            raise DataError(message("A class needs a name."))
        if name not in self._classes:
            self._classes[name] = []
            self._changed()
        return name

    def rename_class(self, old: str, new: str) -> None:
        new = new.strip()
        if not new:
            raise DataError(message("A class needs a name."))
        if new == old:
            return
        if new in self._classes:
            raise DataError(message("There is already a class called '{name}'.", name=new))
        self._classes = {(new if k == old else k): v for k, v in self._classes.items()}
        self._changed()

    def remove_class(self, name: str) -> None:
        del self._classes[name]
        self._changed()

    def add(self, name: str, items: Iterable[Item]) -> int:
        """Add examples to a class (created if new); files already in that class are not added twice."""
        if name not in self._classes:
            name = self.add_class(name)
        target = self._classes[name]
        seen = set(target)
        added = 0
        for item in items:
            if item not in seen:
                target.append(item)
                seen.add(item)
                added += 1
        if added:
            self._changed()
        return added

    def remove(self, name: str, items: Iterable[Item]) -> None:
        drop = set(items)
        self._classes[name] = [item for item in self._classes[name] if item not in drop]
        self._changed()

    def replace(self, name: str, old: Item, new: Item) -> None:
        """Put `new` where `old` was (an edited example keeps its place); an empty `new` removes it."""
        if new == old:
            return
        items = self._classes[name]
        position = items.index(old)
        if not new or new in items:
            del items[position]
        else:
            items[position] = new
        self._changed()

    def clear(self) -> None:
        self._classes.clear()
        self._changed()

    def merge(self, classes: dict[str, list[Item]]) -> int:
        """Add several classes at once (one change notification); returns how many examples were added."""
        listeners, self._listeners = self._listeners, []
        try:
            added = sum(self.add(name, items) for name, items in classes.items())
        finally:
            self._listeners = listeners
            self._changed()  # also when a bad name stops the merge half-way: observers see what was added
        return added
