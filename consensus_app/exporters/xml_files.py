"""Mending XML files written by tools that pass text through as it is (Qt's SVG generator)."""

from __future__ import annotations

import re
from pathlib import Path

# What XML 1.0 forbids, as UTF-8 bytes: C0 controls but tab, newline and carriage return (never
# part of a multi-byte sequence), and U+FFFE / U+FFFF. UTF-8 cannot hold lone surrogates.
_FORBIDDEN_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")


def drop_xml_forbidden(path: Path) -> None:
    """Remove from the UTF-8 XML file at `path` every character XML 1.0 forbids."""
    data = path.read_bytes()
    cleaned = _FORBIDDEN_BYTES.sub(b"", data)
    if cleaned != data:
        path.write_bytes(cleaned)
