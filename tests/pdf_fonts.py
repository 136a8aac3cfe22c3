"""The fonts a PDF embeds and the characters each draws, read from the file itself (no poppler).

Qt writes each font as a Type0 font: /BaseFont, /DescendantFonts → a CIDFont → its
/FontDescriptor, which holds the font program (/FontFile2 or /FontFile3) when it is embedded,
and a /ToUnicode CMap saying which character each glyph is. What `pdffonts` lists as "emb".
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)


def _objects(pdf: bytes) -> dict[int, bytes]:
    return {int(number): body for number, body in _OBJECT.findall(pdf)}


def _ref(body: bytes, key: bytes) -> int | None:
    found = re.search(re.escape(key) + rb"\s*\[?\s*(\d+) 0 R", body)
    return int(found.group(1)) if found else None


def _stream(body: bytes) -> bytes:
    found = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
    data = found.group(1) if found else b""
    return zlib.decompress(data) if b"/FlateDecode" in body.split(b"stream")[0] else data


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", "replace")


_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[(.*?)\])", re.S)


def _to_unicode(cmap: bytes) -> set[str]:
    """The characters a ToUnicode CMap maps glyphs to (bfchar and bfrange entries), shaped forms
    (Arabic presentation forms, which Qt maps joined letters to) as the letters they are."""
    targets: list[str] = []
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        targets += [
            _utf16(target) for _glyph, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block)
        ]
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, first, listed in _RANGE.findall(block):
            if first:
                start = int(first, 16)
                targets += [chr(start + n) for n in range(int(high, 16) - int(low, 16) + 1)]
            else:
                targets += [_utf16(target) for target in re.findall(rb"<([0-9A-Fa-f]+)>", listed)]
    return {ch for target in targets for ch in unicodedata.normalize("NFKC", target)}


def embedded_fonts(path: Path) -> dict[str, set[str]]:
    """Every embedded font's name and the characters it draws in the PDF at `path`."""
    objects = _objects(path.read_bytes())
    fonts: dict[str, set[str]] = {}
    for body in objects.values():
        if b"/Type /Font" not in body or b"/Subtype /Type0" not in body:
            continue
        name = re.search(rb"/BaseFont\s*/([^\s/\[<>]+)", body)
        descendant = objects.get(_ref(body, b"/DescendantFonts") or -1, b"")
        descriptor = objects.get(_ref(descendant, b"/FontDescriptor") or -1, b"")
        if name is None or not re.search(rb"/FontFile[23]?\s+\d+ 0 R", descriptor):
            continue  # named, not embedded: the reader would substitute its own font
        cmap = objects.get(_ref(body, b"/ToUnicode") or -1, b"")
        fonts.setdefault(name.group(1).decode("latin-1"), set()).update(_to_unicode(_stream(cmap)))
    return fonts


def letters_without_embedded_font(path: Path, text: str) -> set[str]:
    """The letters of `text` (spaces and punctuation aside) no embedded font of the PDF draws."""
    drawn = set().union(*embedded_fonts(path).values())
    return {ch for ch in text if ch.isalpha() and ch not in drawn}
