"""Fonts inside an SVG export, so Korean, Japanese and Persian read the same on any viewer.

Qt's SVG writer names the font family the painter used ("Sans Serif" headless, the system UI
font in the window) and leaves the drawing to the viewer. A browser without that family, or
without any CJK or Arabic-script font, would show another script's shapes or empty boxes. So:

- every `font-family` becomes a list a viewer can choose from: our embedded fonts first, then
  well-known fonts per script (Noto, Apple's, Microsoft's), then `sans-serif`;
- the letters the SVG uses in those scripts are embedded as font subsets (CSS @font-face with
  the font data inline), taken from the fonts fontconfig finds here and cut with fontTools.

Without fontconfig (Windows, macOS) or fontTools, nothing is embedded and the list of
families still lets the viewer's own fonts draw the text.
"""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from consensus_app.exporters.font_scripts import GROUPS, ScriptGroup, letters_by_group

LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial")
WEIGHTS = (400, 700)


@dataclass(frozen=True)
class EmbeddedFont:
    group: ScriptGroup
    weight: int
    letters: frozenset[str]
    data: bytes  # an OpenType / TrueType subset
    kind: str  # "opentype" or "truetype"

    @property
    def family(self) -> str:
        return f"Consensus {self.group.code.upper()}"


@dataclass(frozen=True)
class SvgFonts:
    """The fonts prepared for one SVG: subsets (possibly none) and the family list to write."""

    language: str | None
    embedded: tuple[EmbeddedFont, ...] = ()
    groups: tuple[ScriptGroup, ...] = field(default_factory=tuple)

    def covers(self, letters: dict[ScriptGroup, set[str]]) -> bool:
        """Whether every letter in `letters` was prepared (by the group that draws it)."""
        prepared: dict[ScriptGroup, set[str]] = {}
        for font in self.embedded:
            prepared.setdefault(font.group, set()).update(font.letters)
        return all(
            group in self.groups and chars <= prepared.get(group, chars) for group, chars in letters.items()
        )

    def family_list(self, original: str) -> str:
        """The CSS font-family value replacing Qt's `original` one."""
        names = [font.family for font in self.embedded]
        names += [name for group in self.groups for name in group.families]
        names += [original, *LATIN_FAMILIES]
        unique = list(dict.fromkeys(n for n in names if n))
        return ", ".join(f"'{name}'" for name in unique) + ", sans-serif"


def prepare_svg_fonts(texts: Iterable[str], language: str | None = None) -> SvgFonts:
    """Subsets of installed fonts for the CJK and Arabic-script letters in `texts` (slow: about a
    second per CJK font; call it off the GUI thread when there is a window)."""
    letters = letters_by_group(texts, language)
    groups = tuple(g for g in GROUPS if g in letters)
    embedded = []
    for group in groups:
        for weight in WEIGHTS:
            font = _subset(group, weight, frozenset(letters[group]))
            if font is not None:
                embedded.append(font)
    return SvgFonts(language, tuple(embedded), groups)


def svg_letters(svg: str, language: str | None = None) -> dict[ScriptGroup, set[str]]:
    """The CJK and Arabic-script letters the SVG's text draws."""
    return letters_by_group(re.findall(r">([^<]+)<", svg), language)


_FAMILY = re.compile(r'font-family="([^"]*)"')


def embed_svg_fonts(svg: str, fonts: SvgFonts) -> str:
    """`svg` with every font-family a list of fallbacks and the prepared subsets inside it."""
    families: dict[str, str] = {}  # Qt repeats the same family on every element: a list per name

    def listed(match: re.Match[str]) -> str:
        original = match.group(1)
        if original not in families:
            families[original] = f'font-family="{fonts.family_list(original)}"'
        return families[original]

    svg = _FAMILY.sub(listed, svg)
    if not fonts.embedded:
        return svg
    faces = "\n".join(_font_face(font) for font in fonts.embedded)
    style = f'<defs><style type="text/css"><![CDATA[\n{faces}\n]]></style></defs>'
    opening = re.search(r"<svg\b[^>]*>", svg)
    if opening is None:
        return svg
    return svg[: opening.end()] + "\n" + style + svg[opening.end() :]


def _font_face(font: EmbeddedFont) -> str:
    data = base64.b64encode(font.data).decode("ascii")
    mime = "font/otf" if font.kind == "opentype" else "font/ttf"
    return (
        f"@font-face {{ font-family: '{font.family}'; font-weight: {font.weight}; "
        f"src: url(data:{mime};base64,{data}) format('{font.kind}'); }}"
    )


def _subset(group: ScriptGroup, weight: int, letters: frozenset[str]) -> EmbeddedFont | None:
    best: EmbeddedFont | None = None
    for path, index in font_files(group, weight):  # the first that draws every letter, else the most
        cut = _cut_file(path, index, letters)
        if cut is None:
            continue
        drawn, data, kind = cut
        if drawn and (best is None or len(drawn) > len(best.letters)):
            best = EmbeddedFont(group, weight, drawn, data, kind)
        if drawn == letters:
            break
    return best


@lru_cache(maxsize=16)
def _cut_file(path: Path, index: int, letters: frozenset[str]) -> tuple[frozenset[str], bytes, str] | None:
    """The letters a subset of the font at `path` draws, the subset and its kind; None without
    fontTools or for a font it cannot read. Kept for the process: the cut takes about a second
    per CJK font, and the same map exported again (or as PNG then SVG) needs the same letters."""
    try:
        from fontTools.ttLib import TTFont, TTLibError  # type: ignore[import-untyped]
    except ImportError:  # fontTools is a dependency; a trimmed install still writes the SVG
        return None
    try:
        font = _cut(TTFont(str(path), fontNumber=index, lazy=True), letters)
    except (OSError, TTLibError):  # a broken or unreadable font file: the next one, or none
        return None
    drawn = frozenset(ch for ch in letters if ord(ch) in (font.getBestCmap() or {}))
    kind = "opentype" if "CFF " in font or "CFF2" in font else "truetype"
    buffer = io.BytesIO()
    font.save(buffer)
    return drawn, buffer.getvalue(), kind


def _cut(font: Any, letters: frozenset[str]) -> Any:
    """`font` cut down to `letters` (the subset's own cmap says which it has). About a second for
    a CJK collection, most of it reading the font."""
    from fontTools import subset  # type: ignore[import-untyped]

    options = subset.Options()
    options.hinting = False  # vectors at any size; smaller
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]  # Persian joins its letters through these
    options.drop_tables += ["FFTM"]  # FontForge's timestamps: nothing a viewer reads
    cutter = subset.Subsetter(options)
    cutter.populate(text="".join(sorted(letters)))
    cutter.subset(font)
    return font


@lru_cache(maxsize=32)
def font_files(group: ScriptGroup, weight: int) -> tuple[tuple[Path, int], ...]:
    """Installed font files (with their index in a collection) for `group`, best first, via
    fontconfig: the one it gives the language (what Qt falls back to when it draws, so the SVG's
    text keeps the widths Qt measured), then the group's families in order."""
    if shutil.which("fc-match") is None:
        return ()
    style = "bold" if weight >= 600 else "regular"
    found: list[tuple[Path, int]] = []
    default = _fc_match(f"sans-serif:lang={group.code}:weight={style}")
    if default is not None:
        found.append(default[:2])
    for family in group.families:
        match = _fc_match(f"{family}:weight={style}")
        if match is not None and match[2].casefold() == family.casefold():
            found.append(match[:2])
    return tuple(dict.fromkeys(found))


def _fc_match(pattern: str) -> tuple[Path, int, str] | None:
    try:
        done = subprocess.run(
            ["fc-match", "--format=%{file}|%{index}|%{family[0]}", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    parts = done.stdout.strip().split("|")
    if done.returncode != 0 or len(parts) != 3 or not parts[0]:
        return None
    path = Path(parts[0])
    if not path.is_file() or path.suffix.lower() not in (".ttf", ".otf", ".ttc", ".otc"):
        return None
    return path, int(parts[1] or 0), parts[2]
