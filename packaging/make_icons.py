"""The app's icon in the sizes and formats the installers want, drawn from resources/icons/consensus.svg.

    python packaging/make_icons.py OUT_DIR

Writes consensus-<size>.png (16 … 512) with Qt's SVG renderer, and, where Pillow is installed (the
Windows and macOS builds), consensus.ico and consensus.icns made from those PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "consensus.svg"


def render_pngs(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"consensus-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"make_icons: could not write {path}")
        written.append(path)
    return written


def pack_ico_icns(out: Path) -> None:
    try:
        from PIL import Image
    except ImportError:
        return  # Linux packages use the PNGs and the SVG
    largest = Image.open(out / "consensus-512.png")
    largest.save(out / "consensus.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(out / "consensus.icns")


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "build/icons")
    out.mkdir(parents=True, exist_ok=True)
    render_pngs(out)
    pack_ico_icns(out)
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
