"""Plain-language warnings about a data set before training, and about results after it."""

from __future__ import annotations

from pathlib import Path

from mmstudio.core.errors import DataError

FEW_EXAMPLES = 10  # below this per class, results are mostly luck
UNBALANCED_RATIO = 3.0  # largest class / smallest class


def require_trainable(counts: dict[str, int]) -> None:
    """Raise a DataError when training cannot even start."""
    empty = [name for name, n in counts.items() if n == 0]
    if empty:
        raise DataError(f"The class '{empty[0]}' has no examples. Add some or remove the class.")
    if len(counts) < 2:
        raise DataError("Training needs at least two classes that each have examples.")


def data_warnings(counts: dict[str, int]) -> list[str]:
    """Warnings a user should see before training; empty when the data looks healthy."""
    warnings = []
    few = [name for name, n in counts.items() if 0 < n < FEW_EXAMPLES]
    if few:
        names = ", ".join(f"'{n}'" for n in few[:3]) + (" and others" if len(few) > 3 else "")
        warnings.append(
            f"Few examples in {names}: with fewer than {FEW_EXAMPLES} per class, results are mostly luck. "
            "Aim for 20 or more."
        )
    sizes = [n for n in counts.values() if n > 0]
    if len(sizes) >= 2 and max(sizes) >= UNBALANCED_RATIO * min(sizes):
        big = max(counts, key=counts.get)
        small = min((k for k in counts if counts[k] > 0), key=counts.get)
        warnings.append(
            f"The classes are unbalanced: '{big}' has {counts[big]} examples but '{small}' only {counts[small]}. "
            "The model may learn to favour the bigger class."
        )
    return warnings


def shared_examples(classes: dict[str, list]) -> str | None:
    """A warning when the very same file (or typed example) sits in two classes; found without reading files."""
    owner: dict = {}
    for name, items in classes.items():
        for item in items:
            first = owner.setdefault(item, name)
            if first != name:
                return (
                    f"'{Path(item).name if isinstance(item, Path) else item}' is in both '{first}' and '{name}'. "
                    "The same example with two labels confuses the model."
                )
    return None


def chance_note(accuracy: float, num_classes: int) -> str | None:
    """A note when validation accuracy is barely better than guessing."""
    chance = 1.0 / max(num_classes, 1)
    if accuracy <= chance + 0.1 * (1 - chance):
        return (
            f"Accuracy ({accuracy:.0%}) is close to guessing ({chance:.0%} with {num_classes} classes): "
            "the model has not learned to tell the classes apart. Try more examples, more epochs or another model."
        )
    return None
