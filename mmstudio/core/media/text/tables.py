"""Labelled texts from one table: CSV, TSV or JSON Lines, with a text column and a label column.

The columns are guessed from the header (text/sentence/review/文本 ..., label/class/category/标签 ...) or, when
the names say nothing, from the values: the column with the longest texts on average is the text and the one
with few distinct values is the label. `guess_columns` says whether it is `confident`, so a window can ask the
user to pick when it is not; `read_labelled_table(..., text_column=, label_column=)` takes the user's choice by
name or by 0-based position.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from mmstudio.core.errors import DataError
from mmstudio.core.media.text.decoding import read_text_file
from mmstudio.core.messages import message

TABLE_EXTENSIONS = frozenset({".csv", ".tsv", ".tab", ".jsonl", ".ndjson", ".json"})
MAX_TABLE_BYTES = 200 * 1024 * 1024
GUESS_ROWS = 2000  # rows looked at to guess columns

TEXT_NAMES = (
    "text", "texts", "sentence", "sentences", "content", "contents", "review", "reviews", "message", "messages",
    "body", "document", "doc", "comment", "comments", "tweet", "post", "utterance", "question", "query",
    "description", "abstract", "headline", "title", "review_text", "text_a",
    "文本", "内容", "句子", "评论", "评价", "正文", "文字", "留言", "内文", "內容", "評論", "テキスト", "本文", "文章", "텍스트", "내용",
)  # fmt: skip
LABEL_NAMES = (
    "label", "labels", "class", "classes", "category", "categories", "target", "sentiment", "tag", "tags", "topic",
    "intent", "y", "polarity", "emotion", "genre", "type", "class_name", "label_name",
    "类别", "标签", "分类", "类型", "類別", "標籤", "分類", "ラベル", "カテゴリ", "クラス", "레이블", "라벨", "분류",
)  # fmt: skip

ColumnRef = str | int


@dataclass
class Table:
    """A whole table as strings: `rows` are as long as `columns` ('' where a row had no value)."""

    path: Path
    columns: list[str]
    rows: list[list[str]]
    skipped_bad_rows: int = 0  # JSON Lines that are not JSON objects


@dataclass
class ColumnGuess:
    text_column: str
    label_column: str
    confident: bool  # both names looked like a text and a label column (or the values left no doubt)
    columns: list[str] = field(default_factory=list)


@dataclass
class LabelledTable:
    pairs: list[tuple[str, str]]  # (text, label), in file order
    text_column: str
    label_column: str
    columns: list[str]
    confident: bool  # False when the columns were guessed from the values and may be wrong
    skipped_missing_label: int = 0
    skipped_empty_text: int = 0
    skipped_bad_rows: int = 0

    @property
    def classes(self) -> list[str]:
        """Label values, sorted naturally (2 before 10)."""
        return sorted({label for _, label in self.pairs}, key=natural_key)

    @property
    def skipped(self) -> int:
        return self.skipped_missing_label + self.skipped_empty_text + self.skipped_bad_rows


def natural_key(text: str):
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.casefold()) for part in re.split(r"(\d+)", text)]


# reading -------------------------------------------------------------------------------------------------------
def load_table(path: Path | str, header: bool | None = None, max_bytes: int = MAX_TABLE_BYTES) -> Table:
    """Every row of a .csv / .tsv / .jsonl (or a .json list of objects) file.

    `header`: True when the first line names the columns, False when it is already data, None to decide:
    a first line is data when none of its cells is a known column name and each of them reappears as a value
    in the same column further down (a label such as 'positive' does; a header such as 'sentiment' does not).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    text = read_text_file(path, max_bytes=max_bytes)
    if suffix in (".jsonl", ".ndjson") or (suffix == ".json" and text.lstrip()[:1] != "["):
        return _load_json_lines(path, text)
    if suffix == ".json":
        return _load_json_list(path, text)
    delimiter = "\t" if suffix in (".tsv", ".tab") else _sniff_delimiter(text)
    rows = _parse_delimited(path, text, delimiter)
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise DataError(message("The table '{name}' is empty.", name=path.name))
    if header is None:
        header = _first_row_is_header(rows)
    width = max(len(row) for row in rows[: GUESS_ROWS + 1])
    if header:
        columns = _unique_names(rows[0], width)
        body = rows[1:]
    else:
        columns = [f"column {k + 1}" for k in range(width)]
        body = rows
    width = len(columns)
    body = [row[:width] + [""] * (width - len(row)) for row in body]
    return Table(path=path, columns=columns, rows=body)


def _parse_delimited(path: Path, text: str, delimiter: str) -> list[list[str]]:
    limit = csv.field_size_limit()
    if limit < 64 * 1024 * 1024:
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # texts longer than csv's 128 KB default
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise DataError(message("The table '{name}' could not be read: {reason}.", name=path.name, reason=str(error))) from None


def _sniff_delimiter(text: str) -> str:
    """Comma, semicolon (spreadsheets in many languages) or tab: whichever splits the first rows evenly."""
    sample = text[:65536]
    best, best_score = ",", -1.0
    for delimiter in (",", ";", "\t", "|"):
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))[:50]
        except csv.Error:
            continue
        if len(rows) > 1 and not sample.endswith(("\n", "\r")):
            rows = rows[:-1]  # the sample may cut the last row short
        rows = [row for row in rows if row]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        score = sum(1 for row in rows if len(row) == width) / len(rows) + min(width, 10) * 0.01
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    return json.dumps(value, ensure_ascii=False)


def _from_records(path: Path, records: list, bad: int) -> Table:
    columns: dict[str, None] = {}
    good = []
    for record in records:
        if not isinstance(record, dict):
            bad += 1
            continue
        good.append(record)
        for key in record:
            columns.setdefault(str(key), None)
    if not good:
        raise DataError(message("'{name}' holds no JSON objects such as {{\"text\": \"...\", \"label\": \"...\"}}.", name=path.name))
    names = list(columns)
    rows = [[_cell(record.get(name)) for name in names] for record in good]
    return Table(path=path, columns=names, rows=rows, skipped_bad_rows=bad)


def _load_json_lines(path: Path, text: str) -> Table:
    records, bad = [], 0
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except ValueError:
            bad += 1
    if not records:
        raise DataError(message("'{name}' is not a JSON Lines file: no line holds a JSON object.", name=path.name))
    return _from_records(path, records, bad)


def _load_json_list(path: Path, text: str) -> Table:
    try:
        records = json.loads(text)
    except ValueError as error:
        raise DataError(message("'{name}' is not valid JSON ({reason} on line {line}).", name=path.name, reason=error.msg, line=error.lineno)) from None
    if not isinstance(records, list):
        raise DataError(message("'{name}' must hold a list of objects such as {{\"text\": \"...\", \"label\": \"...\"}}.", name=path.name))
    return _from_records(path, records, 0)


def _unique_names(header: list[str], width: int) -> list[str]:
    names, seen = [], set()
    for k in range(width):
        base = header[k].strip() if k < len(header) else ""
        base = base or f"column {k + 1}"
        name, n = base, 2
        while name in seen:
            name, n = f"{base} {n}", n + 1
        seen.add(name)
        names.append(name)
    return names


def _first_row_is_header(rows: list[list[str]]) -> bool:
    if len(rows) < 3:
        return True
    first = [cell.strip() for cell in rows[0]]
    if any(_name_kind(cell) for cell in first):
        return True
    for k, cell in enumerate(first):
        if not cell:
            return True  # data rarely starts with an empty cell; an unnamed column (index) often does
        later = {row[k].strip() for row in rows[1 : GUESS_ROWS + 1] if k < len(row)}
        if len(later) <= max(2, len(rows) // 2) and cell in later:
            return False  # a value of a few-valued (label) column: this line is data
    return True


# guessing ------------------------------------------------------------------------------------------------------
def _normalise_name(name: str) -> str:
    return re.sub(r"[\s_\-.]+", "_", name.strip().casefold()).strip("_")


def _name_kind(name: str) -> str | None:
    """'text' or 'label' when a column name says so: exactly, or as a part ('review_text', 'label_id')."""
    key = _normalise_name(name)
    if not key:
        return None
    if key in TEXT_NAMES:
        return "text"
    if key in LABEL_NAMES:
        return "label"
    parts = key.split("_")
    if any(part in TEXT_NAMES for part in parts if len(part) > 1):
        return "text?"
    if any(part in LABEL_NAMES for part in parts if len(part) > 1):
        return "label?"
    return None


def guess_columns(table: Table | Path | str) -> ColumnGuess:
    """Which column holds the texts and which the labels, and whether that is a safe guess."""
    if not isinstance(table, Table):
        table = load_table(table)
    columns = table.columns
    if len(columns) < 2:
        raise DataError(
            message(
                "The table '{name}' has only one column; it needs a text column and a label column.", name=table.path.name
            )
        )
    rows = table.rows[:GUESS_ROWS]
    kinds = [_name_kind(name) for name in columns]

    def named(kind: str) -> int | None:
        """The column named most like `kind`: exact names first, in the order of the name lists ('text' before
        'title'), then names that contain one ('review_text')."""
        names = TEXT_NAMES if kind == "text" else LABEL_NAMES
        exact = [k for k, found in enumerate(kinds) if found == kind]
        if exact:
            return min(exact, key=lambda k: names.index(_normalise_name(columns[k])))
        return next((k for k, found in enumerate(kinds) if found == kind + "?"), None)

    text, label = named("text"), named("label")
    exact = text is not None and label is not None and kinds[text] == "text" and kinds[label] == "label"
    lengths = [sum(len(row[k]) for row in rows) / max(len(rows), 1) for k in range(len(columns))]
    distinct = [len({row[k].strip() for row in rows if row[k].strip()}) for k in range(len(columns))]
    if text is None or text == label:
        text = max((k for k in range(len(columns)) if k != label), key=lambda k: (lengths[k], -k))
    if label is None:
        label = _few_valued(columns, rows, distinct, exclude=text)
    clear = (
        len(columns) == 2
        and lengths[text] >= 2 * max(lengths[label], 1)
        and 2 <= distinct[label] <= max(2, len(rows) // 2)
    )
    return ColumnGuess(columns[text], columns[label], confident=exact or clear, columns=list(columns))


def _few_valued(columns: list[str], rows: list[list[str]], distinct: list[int], exclude: int) -> int:
    """The column with the fewest distinct values (at least two), preferring filled columns."""
    candidates = [k for k in range(len(columns)) if k != exclude]

    def score(k: int):
        filled = sum(1 for row in rows if row[k].strip())
        usable = distinct[k] >= 2
        return (not usable, -filled if not usable else 0, distinct[k], k)

    return min(candidates, key=score)


def resolve_column(table: Table, column: ColumnRef, role: str) -> int:
    """The position of a column given by name or 0-based number; DataError listing the columns if unknown."""
    columns = table.columns
    if isinstance(column, int) and not isinstance(column, bool):
        if 0 <= column < len(columns):
            return column
    else:
        name = str(column)
        if name in columns:
            return columns.index(name)
        folded = [c.strip().casefold() for c in columns]
        if name.strip().casefold() in folded:
            return folded.index(name.strip().casefold())
        if name.strip().isdigit() and int(name) < len(columns):
            return int(name)
    available = ", ".join(f"'{c}'" for c in columns)
    raise DataError(
        message(
            "There is no column '{column}' for the {role} in '{name}'. "
            "The columns are: {available} (or their numbers, starting at 0).",
            column=column, role=role, name=table.path.name, available=available,
        )
    )


def labelled_rows(
    table: Table, text_column: ColumnRef | None = None, label_column: ColumnRef | None = None
) -> LabelledTable:
    """Pairs of (text, label) from a loaded table; rows without a label or without text are counted, not kept."""
    guess = None
    if text_column is None or label_column is None:
        guess = guess_columns(table)
    text_k = resolve_column(table, text_column if text_column is not None else guess.text_column, message("text"))
    label_k = resolve_column(table, label_column if label_column is not None else guess.label_column, message("label"))
    if text_k == label_k:
        if text_column is None or label_column is None:  # the guess collided with the user's pick
            others = [k for k in range(len(table.columns)) if k != text_k]
            if text_column is None:
                lengths = {k: sum(len(row[k]) for row in table.rows[:GUESS_ROWS]) for k in others}
                text_k = max(others, key=lambda k: (lengths[k], -k))
            else:
                label_k = _few_valued(table.columns, table.rows[:GUESS_ROWS], _distinct(table), exclude=text_k)
        else:
            raise DataError(message("The text and the label cannot both be the column '{column}'.", column=table.columns[text_k]))
    result = LabelledTable(
        pairs=[],
        text_column=table.columns[text_k],
        label_column=table.columns[label_k],
        columns=list(table.columns),
        confident=guess.confident if guess is not None else True,
        skipped_bad_rows=table.skipped_bad_rows,
    )
    for row in table.rows:
        text, label = row[text_k], row[label_k].strip()
        if not label:
            result.skipped_missing_label += 1
        elif not text.strip():
            result.skipped_empty_text += 1
        else:
            result.pairs.append((text, label))
    return result


def _distinct(table: Table) -> list[int]:
    rows = table.rows[:GUESS_ROWS]
    return [len({row[k].strip() for row in rows if row[k].strip()}) for k in range(len(table.columns))]


def read_labelled_table(
    path: Path | str,
    text_column: ColumnRef | None = None,
    label_column: ColumnRef | None = None,
    header: bool | None = None,
) -> LabelledTable:
    """Load a table and pick its text and label columns (guessed unless given)."""
    return labelled_rows(load_table(path, header=header), text_column, label_column)


def is_table(path: Path | str) -> bool:
    return Path(path).suffix.lower() in TABLE_EXTENSIONS
