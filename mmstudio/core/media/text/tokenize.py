"""Split text into tokens, automatically per stretch of text: words where words are separated by spaces,
characters (plus character n-grams) where they are not.

    "我爱 machine learning!"  ->  ["我", "我爱", "爱", "machine", "learning", "!"]

Text is NFKC-normalised (full-width letters and punctuation become ordinary ones) and lower-cased. Words keep
inner apostrophes ("don't") and numbers their separators ("3.5"); every other punctuation mark or symbol is a
token of its own, emoji included (with skin tones, flags and ZWJ sequences kept whole). Chinese, Japanese and
Korean script, and Thai, Lao, Khmer and Myanmar, are split into characters, and with `cjk_ngrams=2` each
character is followed by the two-character string that starts there, which carries most of the meaning of
Chinese words without needing a dictionary. Pure Python on `re` and `unicodedata`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_CJK_NGRAMS = 4  # the longest character n-grams: each character of such text costs up to this many tokens

# Scripts written without spaces between words: one token per character (and n-grams).
_NO_SPACE_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3031, 0x3035),  # kana repeat marks
    (0x3038, 0x303C),
    (0x3040, 0x30FF),  # Hiragana, Katakana (with ー)
    (0x3100, 0x312F),  # Bopomofo
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31A0, 0x31BF),
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended-A
    (0xAC00, 0xD7FF),  # Hangul syllables, Jamo extended-B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana (NFKC makes them full width anyway)
    (0x16FE0, 0x16FFF),
    (0x1B000, 0x1B16F),  # kana supplement / extended
    (0x20000, 0x3134F),  # CJK extensions B..G
)

_EMOJI_BASE = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf\u23e9-\u23f3"
    "\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u27bf\u2934\u2935\u2b05-\u2b07"
    "\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001f1e5\U0001f200-\U0001faff"
)
_EMOJI_TAIL = "\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
_IGNORED = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me", "Zs", "Zl", "Zp"})


def _char_class(ranges) -> str:
    return "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a) for a, b in ranges)


def _mark_ranges() -> list[tuple[int, int]]:
    """Combining marks of the Basic Multilingual Plane (Indic vowel signs, Arabic and Hebrew points)."""
    ranges: list[list[int]] = []
    for code in range(0x0300, 0xFE30):
        if 0x3400 <= code < 0xA600 or 0xAC00 <= code < 0xFB00 or 0xFE00 <= code <= 0xFE0F:
            continue  # Han and Hangul have none; variation selectors belong to emoji
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return [(a, b) for a, b in ranges]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(the main scanner, the splitter of chunks that mix spaced and unspaced scripts).

    Python's `re` cannot subtract one character class from another, so the scanner takes whole chunks of word
    characters (which may hold Chinese or underscores) and the splitter cuts the rare non-ASCII ones apart.
    Classes kept within the Basic Multilingual Plane compile to fast lookup tables.
    """
    no_space = _char_class(_NO_SPACE_RANGES)
    marks = _char_class(_mark_ranges())
    chunk = rf"[\w{marks}]+"
    emoji = rf"[{_EMOJI_BASE}][{_EMOJI_TAIL}]*"
    scanner = re.compile(
        rf"(\d+(?:[.,:]\d+)+)"  # 1: numbers such as 3.5, 1,000, 12:30
        rf"|([0-9#*]\ufe0f?\u20e3|[\U0001f1e6-\U0001f1ff]{{2}}|{emoji}(?:\u200d{emoji})*)"  # 2: keycap, flag, emoji
        rf"|({chunk}(?:['\u2019]{chunk})*)"  # 3: words, with inner apostrophes
        rf"|(\S)",  # 4: any other visible character: punctuation, symbols
    )
    # a run of unspaced script (its combining marks included; a word piece takes its own marks first)
    splitter = re.compile(rf"([{no_space}{marks}]+)|(_)|([^{no_space}_]+)")
    return scanner, splitter


@lru_cache(maxsize=1)
def _unit_pattern() -> re.Pattern:
    """One character of a no-space run with its combining marks (Thai vowel signs)."""
    return re.compile(rf".[{_char_class(_mark_ranges())}]*", re.S)


@lru_cache(maxsize=1)
def _mark_pattern() -> re.Pattern:
    return re.compile(rf"[{_char_class(_mark_ranges())}]")


def normalise(text: str) -> str:
    """NFKC and lower case: what the tokenizer and duplicate detection see."""
    return unicodedata.normalize("NFKC", text).lower()


def tokenize(text: str, cjk_ngrams: int = 2, limit: int | None = None, in_words: bool = False) -> list[str]:
    """Tokens of `text`; at most `limit` of them (counting stops early, so long texts stay cheap). With
    `in_words` the limit counts words instead: a spaced word, a symbol, or one character of unspaced script
    with the n-grams that start there and end within the limit, so 200 reads 200 Chinese characters too."""
    return _scan(normalise(text), cjk_ngrams, limit, in_words=in_words)


def tokenize_with_spans(
    text: str, cjk_ngrams: int = 2, limit: int | None = None, in_words: bool = False
) -> list[tuple[str, int, int]]:
    """(token, start, end) for each token `tokenize` gives, in the same order, with the character offsets in
    `text` as written (before normalising) that the token comes from: explanations mark the user's own text.

    NFKC and lower-casing may change lengths ("ﬁ" -> "fi", "½" -> "1⁄2"): every character they produce is
    traced back to the written characters it came from, so a token's span covers all of them. A character
    n-gram spans the characters it joins."""
    normalised, origin_start, origin_end = _normalise_with_origin(text)
    spans: list[tuple[int, int]] = []
    tokens = _scan(normalised, cjk_ngrams, limit, spans, in_words)
    return [(token, origin_start[a], origin_end[b - 1]) for token, (a, b) in zip(tokens, spans)]


def _scan(normalised: str, cjk_ngrams: int, limit: int | None, spans: list | None = None, in_words: bool = False) -> list[str]:
    """The tokenizer itself, on normalised text; with `spans` (a list) it also appends each token's (start, end)
    in the normalised text. `limit` counts tokens, or words with `in_words` (see `tokenize`)."""
    n = cjk_ngrams
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_CJK_NGRAMS:
        raise ValueError(f"cjk_ngrams must be a whole number from 1 to {MAX_CJK_NGRAMS}, not {n!r}")
    tokens: list[str] = []
    if not normalised:
        return tokens
    limit = limit if limit is not None and limit >= 0 else None
    words = 0
    scanner, splitter = _patterns()
    for match in scanner.finditer(normalised):
        kind = match.lastindex
        token = match.group(kind)
        if kind == 3 and not (token.isascii() and "_" not in token):
            room = limit - words if in_words and limit is not None else None
            words += _split_chunk(token, n, tokens, splitter, spans, match.start(), room)
        elif kind == 4 and unicodedata.category(token) in _IGNORED:
            continue
        else:
            tokens.append(token)
            words += 1
            if spans is not None:
                spans.append(match.span())
        if limit is not None and (words if in_words else len(tokens)) >= limit:
            if not in_words:
                del tokens[limit:]
                if spans is not None:
                    del spans[limit:]
            break
    return tokens


def _split_chunk(
    chunk: str, n: int, tokens: list[str], splitter: re.Pattern, spans: list | None, offset: int, room: int | None
) -> int:
    """Appends the tokens of a word chunk that mixes scripts. With `room` (words left under a limit in words)
    a run of unspaced script counts a word a character and is cut to what fits; returns the words taken."""
    words = 0
    for part in splitter.finditer(chunk):
        if room is not None and words >= room:
            break
        if part.lastindex == 1:
            run = part.group(1)
            if room is not None:
                units = _units(run)[: room - words]
                run = "".join(units)
                words += len(units)
            grams = _char_ngrams(run, n)
            tokens.extend(grams)
            if spans is not None:
                spans.extend(_char_ngram_spans(run, n, offset + part.start()))
        else:
            tokens.append(part.group(part.lastindex))  # a word piece or an underscore
            words += 1
            if spans is not None:
                spans.append((offset + part.start(), offset + part.end()))
    return words


def _units(run: str) -> list[str]:
    """The characters of a no-space run, each with its combining marks."""
    return _unit_pattern().findall(run) if _mark_pattern().search(run) else list(run)


def _ngram_ranges(count: int, n: int):
    """(first, end) unit indices of each n-gram in token order: each unit, then the longer grams starting there."""
    for i in range(count):
        for end in range(i + 1, min(i + n, count) + 1):
            yield i, end


def _char_ngrams(run: str, n: int) -> list[str]:
    """Each character followed by the n-grams that start at it: 我爱你 -> 我 我爱 爱 爱你 你 (n=2)."""
    units = _units(run)
    if n == 1 or len(units) == 1:
        return units
    if n == 2:  # the common case, without a Python loop per gram
        grams = [None] * (2 * len(units) - 1)
        grams[0::2] = units
        grams[1::2] = [a + b for a, b in zip(units, units[1:])]
        return grams
    return ["".join(units[i:end]) for i, end in _ngram_ranges(len(units), n)]


def _char_ngram_spans(run: str, n: int, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each of `_char_ngrams(run, n)`, in the same order."""
    starts = [offset]
    for unit in _units(run):
        starts.append(starts[-1] + len(unit))
    return [(starts[i], starts[end]) for i, end in _ngram_ranges(len(starts) - 1, n)]


def _normalise_with_origin(text: str) -> tuple[str, list[int], list[int]]:
    """`normalise(text)`, and for each of its characters the start and end of the written characters it came
    from. Pieces (a character and its combining marks, else words, else the whole text) are normalised one by
    one; the finest split that gives exactly `normalise(text)` is used (a final sigma, or Hangul jamo joining
    into a syllable, need their neighbours)."""
    whole = normalise(text)
    if whole == text:
        return whole, list(range(len(text))), list(range(1, len(text) + 1))
    for pieces in (_character_pieces(text), re.findall(r"\s+|\S+", text)):
        normalised, starts, ends, position = [], [], [], 0
        for piece in pieces:
            part = normalise(piece)
            normalised.append(part)
            starts.extend([position] * len(part))
            ends.extend([position + len(piece)] * len(part))
            position += len(piece)
        if "".join(normalised) == whole:
            return whole, starts, ends
    return whole, [0] * len(whole), [len(text)] * len(whole)


def _character_pieces(text: str) -> list[str]:
    """Each character with the combining marks (and Hangul vowel and final jamo) that follow it."""
    pieces: list[str] = []
    for char in text:
        joins = unicodedata.combining(char) or unicodedata.category(char).startswith("M") or (
            "\u1160" <= char <= "\u11ff" or "\ud7b0" <= char <= "\ud7ff"
        )
        if joins and pieces:
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def fingerprint_text(text: str) -> str:
    """The text as duplicate detection compares it: normalised, whitespace collapsed."""
    return " ".join(normalise(text).split())
