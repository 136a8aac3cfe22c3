"""Words shown to people, in their language, for the Qt-free layers (core, cli, exporters).

gettext with catalogues under resources/locale/<code>/LC_MESSAGES/consensus.mo (made from the .po
files by `pybabel compile`; scripts/translations.py refreshes them). The window uses Qt's own
catalogues (resources/i18n/*.qm) for its widgets and sets the same language here, so analysis
texts it shows follow the window. Nothing stored is ever translated: JSON and the database keep
their codes; only what is shown goes through `_()`.

Catalogues load lazily, on the first string asked for in a language, so start-up pays nothing.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Hashable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import TypeVar

DOMAIN = "consensus"
# The languages the app speaks, by their code, each named in its own words.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ko": "한국어",
    "ja": "日本語",
    "fa": "فارسی",
    "id": "Bahasa Indonesia",
}
RIGHT_TO_LEFT = frozenset({"fa"})

_chosen: ContextVar[str | None] = ContextVar("consensus_language", default=None)
_default: str | None = None


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The user's language from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for candidate in environ.get(variable, "").split(":"):
            code = normalise(candidate)
            if code is not None:
                return code
    return "en"


def normalise(code: str | None) -> str | None:
    """ "ko_KR.UTF-8", "ko-KR", "KO" → "ko"; None for a language the app does not speak."""
    if not code:
        return None
    base = code.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if base == "in":  # Java's and old glibc's code for Indonesian
        base = "id"
    return base if base in LANGUAGES else None


def set_language(code: str | None) -> None:
    """The language for the rest of this process (the window's choice, or the CLI's --lang)."""
    global _default
    _default = normalise(code)


def current_language() -> str:
    return _chosen.get() or _default or system_language()


@contextmanager
def use_language(code: str | None) -> Iterator[str]:
    """Within the block, shown words are in `code` (e.g. an export made in another language)."""
    token = _chosen.set(normalise(code))
    try:
        yield current_language()
    finally:
        _chosen.reset(token)


def is_right_to_left(code: str | None = None) -> bool:
    return (code or current_language()) in RIGHT_TO_LEFT


@cache
def _catalogue(code: str) -> gettext.NullTranslations:
    if code == "en":  # the source strings are English
        return gettext.NullTranslations()
    from consensus_app.resources import resources_dir

    return gettext.translation(DOMAIN, resources_dir() / "locale", languages=[code], fallback=True)


def _(message: str) -> str:
    """`message` in the current language (the English text when no translation exists)."""
    return _catalogue(current_language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form for `count` in the current language; callers format the number in themselves."""
    return _catalogue(current_language()).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """A word whose translation depends on where it is shown (`context`, e.g. "stance")."""
    return _catalogue(current_language()).pgettext(context, message)


def N_(message: str) -> str:
    """Marks a string for the catalogue without translating it (module-level tables, enum labels):
    translate it with `_()` where it is shown."""
    return message


K = TypeVar("K", bound=Hashable)


class ShownWords(Mapping[K, str]):
    """A table of English words (each marked with N_ where written) that reads in the current
    language whenever it is read: `STAGE_WORDS[stage]`, `.items()`, `.values()` all translate."""

    def __init__(self, words: Mapping[K, str]) -> None:
        self._words = dict(words)

    def __getitem__(self, key: K) -> str:
        return _(self._words[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


__all__ = [
    "LANGUAGES",
    "N_",
    "ShownWords",
    "_",
    "current_language",
    "is_right_to_left",
    "ngettext",
    "normalise",
    "pgettext",
    "set_language",
    "system_language",
    "use_language",
]
