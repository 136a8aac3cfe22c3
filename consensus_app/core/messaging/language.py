"""Which language a set of statements is in: the priorities' own `language`, else the script.

Script ranges: Hangul → ko, Kana → ja, Han without Kana or Hangul → zh, Arabic script → fa
when it has Persian letters, else ar. Latin and anything else give None (the caller falls back).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

_HANGUL = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF))
_KANA = ((0x3040, 0x309F), (0x30A0, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))
_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_PERSIAN_LETTERS = frozenset("پچژگکی")


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


def detect_script_language(text: str) -> str | None:
    """The language a text's script implies, or None for Latin and other scripts."""
    counts: Counter[str] = Counter()
    for char in text:
        code = ord(char)
        if code < 0x0600:
            continue
        if _in(code, _HANGUL):
            counts["hangul"] += 1
        elif _in(code, _KANA):
            counts["kana"] += 1
        elif _in(code, _HAN):
            counts["han"] += 1
        elif _in(code, _ARABIC):
            counts["arabic"] += 1
    if not counts:
        return None
    if counts["hangul"] >= max(counts["kana"], counts["han"], counts["arabic"]):
        return "ko"
    if counts["kana"]:
        return "ja"
    if counts["han"] >= counts["arabic"]:
        return "zh"
    return "fa" if _PERSIAN_LETTERS.intersection(text) else "ar"


def statement_language(text: str, declared: str | None = None) -> str | None:
    """A statement's language: its declared code (primary subtag), else its script's."""
    if declared:
        return declared.split("-", 1)[0].lower()
    return detect_script_language(text)


def majority_language(languages: Iterable[str | None], default: str = "en") -> str:
    """The most common known language (ties: the first seen); `default` when none is known.

    Statements in Latin script count for the default, so an English committee with one
    Persian statement stays English.
    """
    counts: Counter[str] = Counter(language or default for language in languages)
    if not counts:
        return default
    best = max(counts.values())
    return next(language for language in counts if counts[language] == best)
