"""The map's PNG writer: a valid PNG holding exactly the pixels given, with the resolution said."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pytest

from consensus_app.exporters.png_file import STRIP_ROWS, write_png_rgb


def _read(path: Path) -> tuple[dict[bytes, bytes], np.ndarray]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks: dict[bytes, bytes] = {}
    at = 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF, kind
        chunks[kind] = chunks.get(kind, b"") + body
        at += 12 + length
    width, height, depth, colour, _, _, _ = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert (depth, colour) == (8, 2)  # 8-bit RGB
    raw = np.frombuffer(zlib.decompress(chunks[b"IDAT"]), dtype=np.uint8).reshape(height, width * 3 + 1)
    assert not raw[:, 0].any()  # every row unfiltered
    return chunks, raw[:, 1:]


@pytest.mark.parametrize("height", [1, STRIP_ROWS, STRIP_ROWS * 2 + 7])
def test_the_file_holds_the_pixels_given(tmp_path: Path, height: int) -> None:
    rng = np.random.default_rng(3)
    pixels = np.full((height, 40 * 3), 255, dtype=np.uint8)
    pixels[:, 30:60] = rng.integers(0, 256, size=(height, 30), dtype=np.uint8)  # a busy band
    write_png_rgb(tmp_path / "map.png", pixels, dots_per_metre=7559)
    chunks, read = _read(tmp_path / "map.png")
    assert np.array_equal(read, pixels)
    assert struct.unpack(">IIB", chunks[b"pHYs"]) == (7559, 7559, 1)  # 192 dpi, in metres


def test_padded_rows_are_written_without_their_padding(tmp_path: Path) -> None:
    padded = np.arange(5 * 16, dtype=np.uint8).reshape(5, 16)  # 5 pixels a row + 1 byte of padding
    write_png_rgb(tmp_path / "map.png", padded[:, :15])
    _chunks, read = _read(tmp_path / "map.png")
    assert np.array_equal(read, padded[:, :15])


def test_rows_that_are_not_rgb_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not RGB pixel rows"):
        write_png_rgb(tmp_path / "map.png", np.zeros((3, 10), dtype=np.uint8))
