"""Text on slides in fonts Windows and macOS both have, with Korean, Japanese and Persian right.

PowerPoint picks a run's font per character class: `a:latin` for Latin, `a:ea` for Chinese,
Japanese and Korean, `a:cs` for complex scripts such as Persian. A run that holds CJK or
Arabic-script text gets the matching east-asian or complex-script face (and its language, so
line breaking and shaping follow it); a paragraph that starts in Arabic script reads right to
left (`rtl="1"`), as Persian does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import BaseOxmlElement, OxmlElement
from pptx.text.text import TextFrame, _Paragraph, _Run
from pptx.util import Pt

LATIN_FONT = "Calibri"  # Office installs it on Windows and macOS
KOREAN_FONT = "Malgun Gothic"
JAPANESE_FONT = "Yu Gothic"
ARABIC_SCRIPT_FONT = "Arial"  # has Persian letters on Windows and macOS

INK = "1F1F1F"
INK_SOFT = "4A4A4A"
INK_MUTED = "6B6B6B"

_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_STRONG = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u0750-\u077f"
                     "\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u1100-\u11ff\u3040-\u30ff"
                     "\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")  # fmt: skip


@dataclass(frozen=True)
class Line:
    """One paragraph: its text and how it looks."""

    text: str
    size: float = 14.0  # points
    bold: bool = False
    color: str = INK
    italic: bool = False
    space_after: float = 0.0  # points


def right_to_left(text: str) -> bool:
    """Whether a paragraph reads right to left: its first letter is in Arabic script."""
    first = _STRONG.search(text)
    return first is not None and _ARABIC.match(first.group()) is not None


def style_run(run: _Run, *, size: float, bold: bool = False, color: str = INK, italic: bool = False) -> None:
    """Size, weight, colour and the fonts for the scripts in the run's text."""
    font = run.font
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = RGBColor.from_string(color)
    font.name = LATIN_FONT  # a:latin; a:ea and a:cs must follow it
    text = run.text
    properties = run._r.get_or_add_rPr()
    latin = properties.find(qn("a:latin"))
    assert latin is not None  # font.name just made it
    if _HANGUL.search(text):
        _font_after(latin, "a:ea", KOREAN_FONT)
        properties.set("lang", "ko-KR")
    elif _CJK.search(text):
        _font_after(latin, "a:ea", JAPANESE_FONT)
        properties.set("lang", "ja-JP")
    if _ARABIC.search(text):
        anchor = properties.find(qn("a:ea"))
        _font_after(anchor if anchor is not None else latin, "a:cs", ARABIC_SCRIPT_FONT)
        properties.set("lang", "fa-IR")


def _font_after(previous: BaseOxmlElement, tag: str, typeface: str) -> None:
    element = OxmlElement(tag)
    element.set("typeface", typeface)
    previous.addnext(element)


def fill_paragraph(paragraph: _Paragraph, line: Line, align: PP_ALIGN | None = None) -> None:
    """The paragraph's one run; right to left when the text starts in Arabic script."""
    run = paragraph.add_run()
    run.text = line.text
    style_run(run, size=line.size, bold=line.bold, color=line.color, italic=line.italic)
    if line.space_after:
        paragraph.space_after = Pt(line.space_after)
    if right_to_left(line.text):
        paragraph._p.get_or_add_pPr().set("rtl", "1")
        paragraph.alignment = PP_ALIGN.RIGHT if align in (None, PP_ALIGN.LEFT) else align
    elif align is not None:
        paragraph.alignment = align


def write_lines(
    frame: TextFrame,
    lines: list[Line],
    *,
    align: PP_ALIGN | None = None,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
    wrap: bool = True,
) -> None:
    """Replace the frame's text with these paragraphs."""
    frame.clear()
    frame.word_wrap = wrap
    frame.vertical_anchor = anchor
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        fill_paragraph(paragraph, line, align)


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, ending in "…" when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
