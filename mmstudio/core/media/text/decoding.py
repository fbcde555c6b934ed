"""Read a text file whatever its encoding, or say plainly why it cannot be read.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; then NUL bytes mark a binary file (unless the
file is BOM-less UTF-16); then strict UTF-8 (also plain ASCII); then the legacy encodings people really have
(GBK/GB18030, Big5, Shift-JIS, Windows-1252/Latin-1, ...) via charset-normalizer.

charset-normalizer often ties or errs on short texts (Windows-1252 vs -1250, GBK vs Korean CP949 or BOM-less
UTF-16), so every candidate it finds viable is re-ranked by how plausible the decoded characters are: common
Han characters (GB2312 level 1, Big5 frequent, JIS level 1), kana, common Hangul, letters and punctuation count
as plausible; rare characters, box drawing, private use and script mixtures no real text has (Hangul with Han,
Cyrillic with kana) do not. Text whose every non-ASCII byte stands alone between ASCII ones is Windows-1252.
"""

from __future__ import annotations

import codecs
import unicodedata
from functools import lru_cache
from pathlib import Path

from mmstudio.core.errors import DataError
from mmstudio.core.files import checked_size
from mmstudio.core.messages import message
from mmstudio.core.os_reasons import os_reason

MAX_TEXT_BYTES = 5 * 1024 * 1024
SNIFF_BYTES = 64 * 1024  # NUL and UTF-16 checks look at the start of the file
MAX_CONTROL_SHARE = 0.05  # more control characters than this (in decoded text) means binary data

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# When candidates are equally plausible, the encodings people most often have come first.
_PREFERENCE = (
    "cp1252",
    "gb18030",
    "big5",
    "cp932",
    "shift_jis",
    "euc_jp",
    "cp949",
    "euc_kr",
    "cp1251",
    "latin_1",
    "iso8859_15",
    "cp1250",
)


def read_text_file(path: Path | str, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """The text of `path`, decoded; raises DataError (naming the file) when it cannot be read as text."""
    path = Path(path)
    name = path.name
    checked_size(path, message("text file"), max_bytes)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DataError(message("The file '{name}' could not be read: {reason}.", name=name, reason=os_reason(error))) from None
    return decode_text(data, name)


def decode_text(data: bytes, name: str = "the text") -> str:
    """Decode the bytes of a text file; `name` goes into error messages."""
    if not data:
        return ""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                kind = encoding.upper().replace("-SIG", "")
                raise DataError(message("'{name}' says it is {kind} text but is damaged.", name=name, kind=kind)) from None
            return _refuse_binary(text, name)
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        guess = _bomless_utf16(data)
        if guess is None:
            raise DataError(message("'{name}' looks like a binary file, not text.", name=name))
        return _refuse_binary(guess, name)
    try:
        return _refuse_binary(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is None:
        text = _legacy(data)
    if text is None:
        raise DataError(
            message(
                "'{name}' could not be read: its characters are in an encoding mmstudio does not recognise. "
                "Save it as UTF-8 text and try again.",
                name=name,
            )
        )
    return _refuse_binary(text, name)


def _refuse_binary(text: str, name: str) -> str:
    sample = text[:SNIFF_BYTES]
    if sample:
        control = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
        if control > MAX_CONTROL_SHARE * len(sample):
            raise DataError(message("'{name}' looks like a binary file, not text.", name=name))
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark: mostly-Latin text has a NUL in every other byte."""
    head = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        other = even if zeros is odd else odd
        if zeros.count(0) >= 0.6 * len(zeros) and other.count(0) <= 0.05 * len(other):
            try:
                return data[: len(data) - len(data) % 2].decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (one pasted Latin-1 character) is still UTF-8, not a legacy encoding."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f") - bad
    return text if good >= 3 and good >= 10 * bad else None


def _legacy(data: bytes) -> str | None:
    import charset_normalizer
    from charset_normalizer.md import mess_ratio

    runs = _high_byte_runs(data)
    if runs and max(runs) == 1:
        # Accented letters one at a time between ASCII: Western European text. Double-byte CJK text (GB2312,
        # Big5, Shift-JIS) almost never has every lead byte followed by an ASCII byte.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    matches = list(charset_normalizer.from_bytes(data))
    candidates: dict[str, tuple[str, float, float]] = {}
    for match in matches:
        encoding = codecs.lookup(match.encoding).name.replace("-", "_")
        try:
            candidates.setdefault(encoding, (data.decode(match.encoding), match.chaos, match.coherence))
        except (UnicodeDecodeError, LookupError):
            continue
    if not candidates:
        return None
    if "cp1252" not in candidates and any(_is_latin_family(e) for e in candidates):
        try:  # its twin cp1250 often ties with it; let the preferred one compete
            text = data.decode("cp1252")
            candidates["cp1252"] = (text, mess_ratio(text), 0.0)
        except UnicodeDecodeError:
            pass

    def rank(item):
        encoding, (text, chaos, coherence) = item
        preference = _PREFERENCE.index(encoding) if encoding in _PREFERENCE else len(_PREFERENCE)
        return (-round(_plausibility(text), 2), round(chaos, 2), -round(coherence, 2), preference)

    return min(candidates.items(), key=rank)[1][0]


def _is_latin_family(encoding: str) -> bool:
    return encoding.startswith(("cp125", "latin", "iso8859", "mac_", "cp85", "cp437", "cp775", "cp86"))


def _high_byte_runs(data: bytes) -> list[int]:
    runs, current = [], 0
    for byte in data[:SNIFF_BYTES]:
        if byte >= 0x80:
            current += 1
        elif current:
            runs.append(current)
            current = 0
    if current:
        runs.append(current)
    return runs


def _decode_range(encoding: str, leads: range, trails: range) -> set[str]:
    found = set()
    for lead in leads:
        for trail in trails:
            try:
                found.add(bytes((lead, trail)).decode(encoding))
            except UnicodeDecodeError:
                continue
    return found


@lru_cache(maxsize=1)
def _common_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(common Han characters, common Hangul syllables), taken from the national standards' frequent levels."""
    han = set()
    han |= _decode_range("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))  # GB2312 level 1: 3,755 characters
    han |= {c for c in _decode_range("big5", range(0xA4, 0xC7), range(0x40, 0xFF))}  # Big5 frequent: 5,401
    han |= _decode_range("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF))  # JIS X 0208 level 1: 2,965
    han = {c for c in han if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"}
    hangul = _decode_range("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))  # KS X 1001: 2,350 syllables
    return frozenset(han), frozenset(hangul)


def _script(c: str) -> str:
    o = ord(c)
    if 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F:
        return "han"
    if 0x3040 <= o <= 0x30FF:
        return "kana"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "hangul"
    if 0x0370 <= o <= 0x052F:
        return "greek-cyrillic"
    if 0x00C0 <= o <= 0x024F or 0x1E00 <= o <= 0x1EFF:
        return "latin"
    if 0x0590 <= o <= 0x06FF or 0x0E00 <= o <= 0x0E7F:
        return "letters"
    if (
        0x00A0 <= o <= 0x00BF
        or 0x2010 <= o <= 0x2027
        or 0x3000 <= o <= 0x303F
        or 0xFF01 <= o <= 0xFF5E
        or o in (0x20AC, 0x2122, 0x00D7, 0x00F7)
    ):
        return "punctuation"
    return "other"


def _plausibility(text: str) -> float:
    """Share of the non-ASCII characters that real text is made of (1.0 for pure ASCII)."""
    common_han, common_hangul = _common_sets()
    counts: dict[str, int] = {}
    good = total = 0
    for c in text[:SNIFF_BYTES]:
        if c < "\x80":
            continue
        total += 1
        script = _script(c)
        counts[script] = counts.get(script, 0) + 1
        if script == "han":
            good += c in common_han
        elif script == "hangul":
            good += c in common_hangul
        elif script != "other":
            good += 1
    if not total:
        return 1.0
    # mixtures no real text has: Korean decoding of Chinese bytes, Chinese decoding of Big5 or Shift-JIS bytes
    if counts.get("hangul") and counts.get("han"):
        good -= min(counts["hangul"], counts["han"])
    if counts.get("greek-cyrillic") and (counts.get("han") or counts.get("kana") or counts.get("hangul")):
        good -= counts["greek-cyrillic"]
    return max(good, 0) / total
