"""The export dialog's SVG carries the letters its map draws, cut in the worker (issue 17, item 5).

The worker cuts the font subsets before the GUI thread draws (a CJK cut takes a second), from
the words the sheet will draw: the names and titles, each card's line, the subtitle and the
legend, in the export's language. Not from the whole catalogue: its kanji alone made a
Japanese map's SVG 2.7 times the size (960 KB where the command line wrote 360 KB).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from consensus_app.exporters.font_scripts import letters_by_group
from consensus_app.exporters.map_source import load_map_source
from consensus_app.i18n import use_language
from consensus_app.storage.demo import create_demo_workspace
from consensus_app.storage.workspace import open_workspace
from consensus_app.ui.exports import map_image
from consensus_app.ui.map.card import info_line
from tests.test_export_fonts import embedded_svg_fonts


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_workspace(path).close()
    return path


def _letters(texts: list[str], language: str) -> set[str]:
    return set().union(*letters_by_group(texts, language).values())


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(("language", "layout"), [("ja", "org"), ("ko", "influence"), ("fa", "grid")])
def test_the_worker_cuts_what_the_map_draws_and_no_more(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, layout: str
) -> None:
    with open_workspace(str(demo)) as workspace:
        pursuit = next(p for p in workspace.repos.pursuits.list_where() if p.key == "opp-qdp-2027")
        with use_language(language):
            source = load_map_source(workspace, pursuit.id, layout)
    with use_language(language):
        fonts = map_image.svg_fonts_for(source)  # in the worker

        def cut_again(*_args: object) -> None:
            raise AssertionError("font subsets cut again in the GUI thread")

        monkeypatch.setattr(map_image, "prepare_svg_fonts", cut_again)
        path = map_image.write_map_image(source, tmp_path / "map.svg", "svg", svg_fonts=fonts)
    svg = path.read_text(encoding="utf-8")
    assert {"ja": "スタンス", "ko": "입장", "fa": "موضع"}[language] in svg  # the legend, in that language
    drawn = _letters(re.findall(r">([^<]+)<", svg), language)
    embedded = set().union(*embedded_svg_fonts(svg).values())
    assert drawn <= embedded
    # Beyond what is drawn, only the letters of the card lines (names, titles, roles) a card elided.
    with use_language(language):
        card_lines = [*map_image.drawn_texts(source), *(info_line(n) for n in source.pursuit_map.nodes)]
    assert embedded - drawn <= _letters(card_lines, language)
