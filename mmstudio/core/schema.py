"""Declarative checks for JSON data that comes from outside (a model file): what each value may be, and how much.

A schema is built from a few check objects: `Whole`, `Number`, `Text`, `Flag`, `Choice`, `Maybe`, `ListOf`,
`MapOf` and `Record`. Calling one with a value and its name returns the value as checked (a `Record` leaves out
the keys it does not know, or refuses them) or raises `SchemaError`, whose message is one plain clause about the
first problem found, such as "'preprocessing.size' must be a whole number from 8 to 1024". Types are exact:
true is not a number, 1 is not a text and "12" is not a whole number. Nothing here imports torch.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class SchemaError(ValueError):
    """`str(error)` is a clause that completes a sentence such as "The file is damaged: ..."."""


class Check:
    def __call__(self, value: Any, name: str) -> Any:
        raise NotImplementedError


def _shown(number: float) -> str:
    return f"{number:g}" if isinstance(number, float) else str(number)


@dataclass(frozen=True)
class Whole(Check):
    low: int
    high: int

    def __call__(self, value, name):
        if isinstance(value, bool) or not isinstance(value, int) or not self.low <= value <= self.high:
            raise SchemaError(f"'{name}' must be a whole number from {self.low} to {self.high}")
        return value


@dataclass(frozen=True)
class Number(Check):
    """A finite number (a whole one counts too) from `low` to `high`, or to just below it when `below_high`."""

    low: float = -math.inf
    high: float = math.inf
    below_high: bool = False

    def __call__(self, value, name):
        fits = (
            not isinstance(value, bool)
            and isinstance(value, (int, float))
            and (isinstance(value, int) or math.isfinite(value))  # an int is finite, and may be too big for a float
            and self.low <= value
            and (value < self.high if self.below_high else value <= self.high)
        )
        if not fits:
            raise SchemaError(f"'{name}' must be {self._range()}")
        return value

    def _range(self) -> str:
        if self.high == math.inf:
            return "a number" if self.low == -math.inf else f"a number of at least {_shown(self.low)}"
        if self.below_high:
            return f"a number of at least {_shown(self.low)} and below {_shown(self.high)}"
        return f"a number from {_shown(self.low)} to {_shown(self.high)}"


@dataclass(frozen=True)
class Text(Check):
    min_length: int = 0
    max_length: int = 1000

    def __call__(self, value, name):
        if not isinstance(value, str) or not self.min_length <= len(value) <= self.max_length:
            raise SchemaError(f"'{name}' must be a text of {self.min_length} to {self.max_length} characters")
        return value


@dataclass(frozen=True)
class Flag(Check):
    def __call__(self, value, name):
        if not isinstance(value, bool):
            raise SchemaError(f"'{name}' must be true or false")
        return value


@dataclass(frozen=True)
class Choice(Check):
    """One of a few given values, of the same type too (so true is not the choice 1)."""

    choices: tuple

    def __init__(self, *choices) -> None:
        object.__setattr__(self, "choices", choices)

    def __call__(self, value, name):
        if not any(type(value) is type(choice) and value == choice for choice in self.choices):
            raise SchemaError(f"'{name}' must be one of: {', '.join(map(str, self.choices))}")
        return value


@dataclass(frozen=True)
class Maybe(Check):
    """`check`, or null (JSON's "no value"; a training loss that was not a number is written as null)."""

    check: Check

    def __call__(self, value, name):
        return None if value is None else self.check(value, name)


@dataclass(frozen=True)
class ListOf(Check):
    item: Check
    min_items: int = 0
    max_items: int = 1000
    unique: bool = False  # for lists of texts or numbers

    def __call__(self, value, name):
        if not isinstance(value, list) or not self.min_items <= len(value) <= self.max_items:
            raise SchemaError(f"'{name}' must be a list of {self.min_items} to {self.max_items} entries")
        checked = [self.item(entry, f"{name}[{index}]") for index, entry in enumerate(value)]
        if self.unique:
            seen: set = set()
            for entry in checked:
                if entry in seen:
                    raise SchemaError(f"'{name}' has {entry!r} twice")
                seen.add(entry)
        return checked


@dataclass(frozen=True)
class MapOf(Check):
    """A JSON object whose keys are names (texts) chosen by its writer, such as one entry per class."""

    key: Text
    value: Check
    max_items: int = 1000

    def __call__(self, value, name):
        if not isinstance(value, dict) or len(value) > self.max_items:
            raise SchemaError(f"'{name}' must be a JSON object of at most {self.max_items} entries")
        return {self.key(key, f"{name} key"): self.value(entry, f"{name}.{key}") for key, entry in value.items()}


@dataclass(frozen=True)
class Record(Check):
    """A JSON object with known keys. Keys in `required` must be there, unless `or_empty` and the object is {}.

    Unknown keys are left out of the result, or refused with `refuse_unknown` (where every key changes what is
    built from the object, such as a network's settings, so an unknown one cannot be safely ignored).
    """

    fields: Mapping[str, Check]
    required: tuple[str, ...] = ()
    or_empty: bool = False
    refuse_unknown: bool = False
    max_items: int = field(default=100)

    def __call__(self, value, name):
        within = f"{name}." if name else ""
        if not isinstance(value, dict) or len(value) > self.max_items:
            raise SchemaError(f"'{name or 'the description'}' must be a JSON object of at most {self.max_items} entries")
        if not (self.or_empty and not value):
            missing = [key for key in self.required if key not in value]
            if missing:
                raise SchemaError(f"'{within}{missing[0]}' is missing")
        unknown = [key for key in value if key not in self.fields]
        if unknown and self.refuse_unknown:
            raise SchemaError(f"'{within}{unknown[0]}' is not a setting this version of mmstudio knows")
        return {key: check(value[key], within + key) for key, check in self.fields.items() if key in value}


def without_nan(value: Any) -> Any:
    """`value` with every number that is not finite (NaN, infinity) replaced by None, so JSON writers can use
    `allow_nan=False`: strict JSON has no NaN, and a script reading the output would choke on it."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: without_nan(entry) for key, entry in value.items()}
    if isinstance(value, (list, tuple)):
        return [without_nan(entry) for entry in value]
    return value
