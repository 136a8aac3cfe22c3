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

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.text.text import TextFrame, _Paragraph
from pptx.util import Pt

from consensus_app.core.wording import right_to_left_on_page
from consensus_app.exporters.deck.xml_parts import solid_fill
from consensus_app.i18n import is_right_to_left

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


@dataclass(frozen=True)
class Line:
    """One paragraph: its text and how it looks."""

    text: str
    size: float = 14.0  # points
    bold: bool = False
    color: str = INK
    italic: bool = False
    space_after: float = 0.0  # points


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML
_ALIGN = {PP_ALIGN.LEFT: "l", PP_ALIGN.CENTER: "ctr", PP_ALIGN.RIGHT: "r", PP_ALIGN.JUSTIFY: "just"}
_R, _RPR, _T, _END = qn("a:r"), qn("a:rPr"), qn("a:t"), qn("a:endParaRPr")
_LATIN, _EA, _CS = qn("a:latin"), qn("a:ea"), qn("a:cs")


def add_run(
    paragraph: _Paragraph,
    text: str,
    *,
    size: float,
    bold: bool = False,
    color: str = INK,
    italic: bool = False,
) -> None:
    """A run of `text` at the paragraph's end: size, weight, colour and the fonts for its scripts.

    Built as XML directly: python-pptx's font setters cost ~1 ms a run, too slow for the
    thousands of runs of a 500-person deck.
    """
    p = paragraph._p
    run = p.makeelement(_R, {})
    attributes = {"sz": str(round(size * 100)), "b": "1" if bold else "0"}
    if italic:
        attributes["i"] = "1"
    fonts = [(_LATIN, LATIN_FONT)]
    if _HANGUL.search(text):
        fonts.append((_EA, KOREAN_FONT))
        attributes["lang"] = "ko-KR"
    elif _CJK.search(text):
        fonts.append((_EA, JAPANESE_FONT))
        attributes["lang"] = "ja-JP"
    if _ARABIC.search(text):
        fonts.append((_CS, ARABIC_SCRIPT_FONT))
        attributes["lang"] = "fa-IR"
    properties = run.makeelement(_RPR, attributes)
    properties.append(solid_fill(properties, color))
    for tag, typeface in fonts:  # a:latin, a:ea, a:cs: the schema's order
        properties.append(properties.makeelement(tag, {"typeface": typeface}))
    run.append(properties)
    body = run.makeelement(_T, {})
    body.text = _CONTROL.sub("", text)
    run.append(body)
    end = p.find(_END)
    if end is not None:
        end.addprevious(run)
    else:
        p.append(run)


def fill_paragraph(paragraph: _Paragraph, line: Line, align: PP_ALIGN | None = None) -> None:
    """The paragraph's one run; right to left when the text starts in Arabic script."""
    add_run(paragraph, line.text, size=line.size, bold=line.bold, color=line.color, italic=line.italic)
    if line.space_after:
        paragraph.space_after = Pt(line.space_after)
    set_direction(paragraph, line.text, align)


def set_direction(paragraph: _Paragraph, text: str, align: PP_ALIGN | None = None) -> None:
    """Right to left (and right-aligned unless centred) when `text` starts in Arabic script."""
    rtl = right_to_left_on_page(text, is_right_to_left())  # the deck's language: the page's way
    if rtl and align in (None, PP_ALIGN.LEFT):
        align = PP_ALIGN.RIGHT
    if not rtl and align is None:
        return
    properties = paragraph._p.get_or_add_pPr()
    if rtl:
        properties.set("rtl", "1")
    if align is not None:
        properties.set("algn", _ALIGN.get(align, "l"))


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
