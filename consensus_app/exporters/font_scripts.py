"""Which scripts an export's text needs fonts for, and what to say when none is installed.

PDF and SVG exports carry Korean, Japanese and Persian text. Qt embeds the glyphs it draws into
a PDF (subsets of the fonts it found) and the SVG writer embeds its own subsets
(exporters/svg_fonts.py); both need a font with those letters on this machine. When there is
none, the export is still written, and the user is told which font to install for which
language, instead of finding empty boxes in the file later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from consensus_app.i18n import N_, _

log = logging.getLogger("consensus_app.exports.fonts")


@dataclass(frozen=True)
class ScriptGroup:
    """Letters one family of fonts draws: Hangul, kana with kanji, Han alone, or Arabic script."""

    code: str  # the language whose fonts draw it: "ko", "ja", "zh", "fa"
    language: str  # its name, for messages (N_: translated where shown)
    families: tuple[str, ...]  # fonts that draw it well, best first (the first is recommended)
    package: str  # the Debian / Ubuntu package with the first


HANGUL = ScriptGroup(
    "ko",
    N_("Korean"),
    ("Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "NanumGothic"),
    "fonts-noto-cjk",
)
JAPANESE = ScriptGroup(
    "ja",
    N_("Japanese"),
    ("Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo"),
    "fonts-noto-cjk",
)
CHINESE = ScriptGroup(
    "zh",
    N_("Chinese"),
    ("Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei"),
    "fonts-noto-cjk",
)
ARABIC = ScriptGroup(
    "fa",
    N_("Persian"),
    ("Noto Naskh Arabic", "Noto Sans Arabic", "Vazirmatn", "Geeza Pro", "Tahoma", "Segoe UI"),
    "fonts-noto-core",
)
GROUPS = (HANGUL, JAPANESE, CHINESE, ARABIC)
_BY_LANGUAGE = {"ko": HANGUL, "ja": JAPANESE, "fa": ARABIC}


def _is_hangul(code: int) -> bool:
    return 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


def _is_kana(code: int) -> bool:
    return 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F


def _is_han(code: int) -> bool:
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def _is_arabic(code: int) -> bool:
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def letters_by_group(text: Iterable[str], language: str | None = None) -> dict[ScriptGroup, set[str]]:
    """The characters of `text` that need a CJK or Arabic-script font, by the group that draws them.

    Han characters go with Japanese when there is kana (or the export is in Japanese), with
    Korean when there is Hangul (hanja), else with Chinese: the same character is drawn in
    each language's own style.
    """
    found: dict[ScriptGroup, set[str]] = {}
    han: set[str] = set()
    for ch in set("".join(text)):
        code = ord(ch)
        if _is_hangul(code):
            found.setdefault(HANGUL, set()).add(ch)
        elif _is_kana(code):
            found.setdefault(JAPANESE, set()).add(ch)
        elif _is_han(code):
            han.add(ch)
        elif _is_arabic(code):
            found.setdefault(ARABIC, set()).add(ch)
    if han:
        owner = (
            JAPANESE
            if JAPANESE in found or language == "ja"
            else HANGUL
            if HANGUL in found or language == "ko"
            else CHINESE
        )
        found.setdefault(owner, set()).update(han)
    return found


def groups_needed(texts: Iterable[str], language: str | None = None) -> list[ScriptGroup]:
    """The groups `texts` need, and the export's own language's (its headings are in it)."""
    needed = set(letters_by_group(texts, language))
    if language in _BY_LANGUAGE:
        needed.add(_BY_LANGUAGE[language])
    return [group for group in GROUPS if group in needed]


def missing_font_message(group: ScriptGroup, where: str) -> str:
    """What the user reads when no installed font draws `group` for the export `where`."""
    return _(
        "{file}: no installed font has {language} letters, so they would show as empty boxes; "
        "install {font} (on Debian and Ubuntu: the {package} package) and export again"
    ).format(file=where, language=_(group.language), font=group.families[0], package=group.package)


def warn_missing_fonts(
    texts: Iterable[str], where: str, installed: Callable[[ScriptGroup], bool], language: str | None = None
) -> list[str]:
    """Log (and return) a warning for every group `texts` need that no installed font draws."""
    said = [missing_font_message(g, where) for g in groups_needed(texts, language) if not installed(g)]
    for message in said:
        log.warning("%s", message)
    return said


def texts_in(value: Any) -> Iterator[str]:
    """Every string held by `value` (dataclasses, mappings, sequences, enums' values): the words an
    export built from it may draw. A walk with its own stack: a 500-person map in a few ms."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            yield item
        elif depth > 12 or item is None or isinstance(item, int | float | bool):
            continue
        elif isinstance(item, Enum):
            yield str(item.value)
        elif isinstance(item, Mapping):
            stack.extend((part, depth + 1) for pair in item.items() for part in pair)
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend((part, depth + 1) for part in item)
        else:
            names = getattr(type(item), "__dataclass_fields__", None)
            if names is not None:
                stack.extend((getattr(item, name), depth + 1) for name in names)
