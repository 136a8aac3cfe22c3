"""Characters no stored text may hold, and how to say which one and where.

XML 1.0 (so SVG, GraphML, GEXF and XLSX) cannot hold the C0 control characters other than
tab, newline and carriage return, nor U+FFFE and U+FFFF. PostgreSQL refuses NUL (U+0000) in
text, and a lone surrogate (U+D800–U+DFFF, which `\\ud800` in JSON produces) cannot be written
as UTF-8 at all. Imports and edits refuse them, naming the field; exports drop them.
"""

from __future__ import annotations

import re
import unicodedata

from consensus_app.i18n import _

FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def forbidden_character(text: str) -> str | None:
    """Why `text` cannot be stored (the first bad character and its position), or None."""
    found = FORBIDDEN_CHARACTERS.search(text)
    if found is None:
        return None
    char = found.group()
    code = ord(char)
    point = f"U+{code:04X}"
    if code == 0:
        what = _("a NUL character ({code})").format(code=point)
    elif 0xD800 <= code <= 0xDFFF:
        what = _("half of a character pair (lone surrogate {code})").format(code=point)
    elif code < 0x20:
        name = unicodedata.name(char, "") or _CONTROL_NAMES.get(code, "control character")
        what = _("a control character ({code}, {name})").format(code=point, name=name.lower())
    else:
        what = _("a non-character ({code})").format(code=point)
    return _("contains {what} at character {position}; remove it").format(
        what=what, position=found.start() + 1
    )


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold (for every XML-based export)."""
    return FORBIDDEN_CHARACTERS.sub("", text)


_CONTROL_NAMES = {
    0x01: "start of heading",
    0x02: "start of text",
    0x03: "end of text",
    0x04: "end of transmission",
    0x07: "bell",
    0x08: "backspace",
    0x0B: "vertical tab",
    0x0C: "form feed",
    0x1B: "escape",
}
