"""Plain-language warnings about a data set before training, and about results after it."""

from __future__ import annotations

from pathlib import Path

from mmstudio.core.errors import DataError
from mmstudio.core.messages import message

FEW_EXAMPLES = 10  # below this per class, results are mostly luck
UNBALANCED_RATIO = 3.0  # largest class / smallest class


def require_trainable(counts: dict[str, int]) -> None:
    """Raise a DataError when training cannot even start."""
    empty = [name for name, n in counts.items() if n == 0]
    if empty:
        raise DataError(message("The class '{name}' has no examples. Add some or remove the class.", name=empty[0]))
    if len(counts) < 2:
        raise DataError(message("Training needs at least two classes that each have examples."))


def data_warnings(counts: dict[str, int]) -> list[str]:
    """Warnings a user should see before training; empty when the data looks healthy."""
    warnings = []
    few = [name for name, n in counts.items() if 0 < n < FEW_EXAMPLES]
    if few:
        names = ", ".join(f"'{n}'" for n in few[:3])
        if len(few) > 3:
            names = message("{names} and others", names=names)
        warnings.append(
            message(
                "Few examples in {names}: with fewer than {few} per class, results are mostly luck. Aim for 20 or more.",
                names=names, few=FEW_EXAMPLES,
            )
        )
    sizes = [n for n in counts.values() if n > 0]
    if len(sizes) >= 2 and max(sizes) >= UNBALANCED_RATIO * min(sizes):
        big = max(counts, key=counts.get)
        small = min((k for k in counts if counts[k] > 0), key=counts.get)
        warnings.append(
            message(
                "The classes are unbalanced: '{big}' has {big_count} examples but '{small}' only {small_count}. "
                "The model may learn to favour the bigger class.",
                big=big, big_count=counts[big], small=small, small_count=counts[small],
            )
        )
    return warnings


def shared_examples(classes: dict[str, list]) -> str | None:
    """A warning when the very same file (or typed example) sits in two classes; found without reading files."""
    owner: dict = {}
    for name, items in classes.items():
        for item in items:
            first = owner.setdefault(item, name)
            if first != name:
                return message(
                    "'{example}' is in both '{first}' and '{second}'. The same example with two labels confuses the model.",
                    example=Path(item).name if isinstance(item, Path) else item, first=first, second=name,
                )
    return None


def chance_note(accuracy: float, num_classes: int) -> str | None:
    """A note when validation accuracy is barely better than guessing."""
    chance = 1.0 / max(num_classes, 1)
    if accuracy <= chance + 0.1 * (1 - chance):
        return message(
            "Accuracy ({accuracy}) is close to guessing ({chance} with {classes} classes): "
            "the model has not learned to tell the classes apart. Try more examples, more epochs or another model.",
            accuracy=f"{accuracy:.0%}", chance=f"{chance:.0%}", classes=num_classes,
        )
    return None
