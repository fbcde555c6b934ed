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


def tokenize(text: str, cjk_ngrams: int = 2, limit: int | None = None) -> list[str]:
    """Tokens of `text`; at most `limit` of them (counting stops early, so long texts stay cheap)."""
    if isinstance(cjk_ngrams, bool) or not isinstance(cjk_ngrams, int) or not 1 <= cjk_ngrams <= MAX_CJK_NGRAMS:
        raise ValueError(f"cjk_ngrams must be a whole number from 1 to {MAX_CJK_NGRAMS}, not {cjk_ngrams!r}")
    tokens: list[str] = []
    if not text:
        return tokens
    limit = limit if limit is not None and limit >= 0 else None
    n = cjk_ngrams
    scanner, splitter = _patterns()
    for match in scanner.finditer(normalise(text)):
        kind = match.lastindex
        token = match.group(kind)
        if kind == 3 and not (token.isascii() and "_" not in token):
            _split_chunk(token, n, tokens, splitter)
        elif kind == 4 and unicodedata.category(token) in _IGNORED:
            continue
        else:
            tokens.append(token)
        if limit is not None and len(tokens) >= limit:
            del tokens[limit:]
            break
    return tokens


def _split_chunk(chunk: str, n: int, tokens: list[str], splitter: re.Pattern) -> None:
    for part in splitter.finditer(chunk):
        if part.lastindex == 1:
            tokens.extend(_char_ngrams(part.group(1), n))
        else:
            tokens.append(part.group(part.lastindex))  # a word piece or an underscore


def _char_ngrams(run: str, n: int) -> list[str]:
    """Each character followed by the n-grams that start at it: 我爱你 -> 我 我爱 爱 爱你 你 (n=2)."""
    units = _unit_pattern().findall(run) if _mark_pattern().search(run) else list(run)
    if n == 1 or len(units) == 1:
        return units
    if n == 2:
        grams = [None] * (2 * len(units) - 1)
        grams[0::2] = units
        grams[1::2] = [a + b for a, b in zip(units, units[1:])]
        return grams
    grams = []
    for i in range(len(units)):
        grams.append(units[i])
        grams.extend("".join(units[i : i + k]) for k in range(2, min(n, len(units) - i) + 1))
    return grams


def fingerprint_text(text: str) -> str:
    """The text as duplicate detection compares it: normalised, whitespace collapsed."""
    return " ".join(normalise(text).split())
