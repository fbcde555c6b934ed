"""Declarative checks for JSON data that comes from outside (a model file): what each value may be, and how much.

A schema is built from a few check objects: `Whole`, `Number`, `Text`, `Flag`, `Choice`, `Maybe`, `ListOf`,
`MapOf` and `Record`. Calling one with a value and its name returns the value as checked (a `Record` leaves out
the keys it does not know, or refuses them) or raises `SchemaError`, whose message is one plain clause about the
first problem found, such as "'preprocessing.size' must be a whole number from 8 to 1024" (a `message(...)`, so
the window can translate it). Types are exact:
true is not a number, 1 is not a text and "12" is not a whole number. Nothing here imports torch.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mmstudio.core.messages import Message, message


class SchemaError(ValueError):
    """`str(error)` is a clause that completes a sentence such as "The file is damaged: ...".

    Raised with a `message(...)`, so `str(error)` is that Message (its template and values kept) and the window
    says the clause in the user's language too: put `str(error)` in the sentence, not the error itself.
    """


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
            raise SchemaError(
                message("'{name}' must be a whole number from {low} to {high}", name=name, low=self.low, high=self.high)
            )
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
            raise SchemaError(self._refusal(name))
        return value

    def _refusal(self, name: str) -> Message:
        low, high = _shown(self.low), _shown(self.high)
        if self.high == math.inf:
            if self.low == -math.inf:
                return message("'{name}' must be a number", name=name)
            return message("'{name}' must be a number of at least {low}", name=name, low=low)
        if self.below_high:
            return message(
                "'{name}' must be a number of at least {low} and below {high}", name=name, low=low, high=high
            )
        return message("'{name}' must be a number from {low} to {high}", name=name, low=low, high=high)


@dataclass(frozen=True)
class Text(Check):
    min_length: int = 0
    max_length: int = 1000

    def __call__(self, value, name):
        if not isinstance(value, str) or not self.min_length <= len(value) <= self.max_length:
            raise SchemaError(
                message(
                    "'{name}' must be a text of {low} to {high} characters",
                    name=name, low=self.min_length, high=self.max_length,
                )
            )
        return value


@dataclass(frozen=True)
class Flag(Check):
    def __call__(self, value, name):
        if not isinstance(value, bool):
            raise SchemaError(message("'{name}' must be true or false", name=name))
        return value


@dataclass(frozen=True)
class Choice(Check):
    """One of a few given values, of the same type too (so true is not the choice 1)."""

    choices: tuple

    def __init__(self, *choices) -> None:
        object.__setattr__(self, "choices", choices)

    def __call__(self, value, name):
        if not any(type(value) is type(choice) and value == choice for choice in self.choices):
            raise SchemaError(
                message("'{name}' must be one of: {choices}", name=name, choices=", ".join(map(str, self.choices)))
            )
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
            raise SchemaError(
                message(
                    "'{name}' must be a list of {low} to {high} entries",
                    name=name, low=self.min_items, high=self.max_items,
                )
            )
        checked = [self.item(entry, f"{name}[{index}]") for index, entry in enumerate(value)]
        if self.unique:
            seen: set = set()
            for entry in checked:
                if entry in seen:
                    raise SchemaError(message("'{name}' has {entry} twice", name=name, entry=repr(entry)))
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
            raise SchemaError(
                message("'{name}' must be a JSON object of at most {count} entries", name=name, count=self.max_items)
            )
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
            if not name:
                raise SchemaError(
                    message("'the description' must be a JSON object of at most {count} entries", count=self.max_items)
                )
            raise SchemaError(
                message("'{name}' must be a JSON object of at most {count} entries", name=name, count=self.max_items)
            )
        if not (self.or_empty and not value):
            missing = [key for key in self.required if key not in value]
            if missing:
                raise SchemaError(message("'{name}' is missing", name=within + missing[0]))
        unknown = [key for key in value if key not in self.fields]
        if unknown and self.refuse_unknown:
            raise SchemaError(
                message("'{name}' is not a setting this version of mmstudio knows", name=within + unknown[0])
            )
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
