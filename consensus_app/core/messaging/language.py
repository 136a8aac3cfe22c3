"""Which language a set of statements is in: the priorities' own `language`, else the script.

Script ranges: Hangul → ko, Kana → ja, Han without Kana or Hangul → zh, Arabic script → fa
when it has Persian letters, else ar. Latin script cannot tell English from Indonesian or
Norwegian: there the speaker's declared language decides, else the caller falls back.

A committee writing in several languages gets the language most of its approvers write in:
each approver counts once, in the language most of their own statements are in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

_HANGUL = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF))
_KANA = ((0x3040, 0x309F), (0x30A0, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))
_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_PERSIAN_LETTERS = frozenset("پچژگکی")
_SCRIPT_LANGUAGES = frozenset({"ko", "ja", "zh", "fa", "ar"})  # what detect_script_language tells


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


@lru_cache(maxsize=65536)  # every draft and kit asks again about the same committee's statements
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


def primary_subtag(code: str) -> str:
    return code.split("-", 1)[0].lower()


def statement_language(text: str, declared: str | None = None, speaker: str | None = None) -> str | None:
    """A statement's language: its declared code (primary subtag), else its script's, else,
    for Latin script, the speaker's declared language (unless theirs has a script of its own:
    a Korean speaker's Latin-script statement is not Korean)."""
    if declared:
        return primary_subtag(declared)
    by_script = detect_script_language(text)
    if by_script or not speaker or primary_subtag(speaker) in _SCRIPT_LANGUAGES:
        return by_script
    return primary_subtag(speaker)


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


def committee_language(
    approvers: Iterable[Sequence[str | None]], statements: Sequence[str | None], default: str = "en"
) -> str:
    """The language most approvers write in.

    approvers: each approver's statement languages (one vote each: their majority language;
    an approver with none has no vote); statements: every member's statement languages, which
    break ties and decide when no approver has a vote. Unknown languages count as `default`.
    """
    votes: Counter[str] = Counter(majority_language(spoken, default) for spoken in approvers if spoken)
    if not votes:
        return majority_language(statements, default)
    overall: Counter[str] = Counter(language or default for language in statements)
    best = max(votes.values())
    tied = [language for language in votes if votes[language] == best]
    return max(tied, key=lambda language: overall[language])  # ties of both: the first approver's
