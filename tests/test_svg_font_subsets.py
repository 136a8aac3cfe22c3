"""The map SVG's font subsets are cut once per font and letters in a process (issue 17, item 5).

A CJK subset takes about a second to cut, most of it reading the font; exporting the same map
again (another layout, a second SVG from the window) must not pay it again, and a font file
fontTools cannot read is passed over for the next one instead of failing the export.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from consensus_app.exporters import svg_fonts
from consensus_app.exporters.font_scripts import HANGUL

KOREAN_NAMES = ["김민서", "박지우", "재무 담당 이사", "정보보안 팀장"]


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    svg_fonts._cut_file.cache_clear()
    yield
    svg_fonts._cut_file.cache_clear()


@pytest.fixture
def korean_font() -> tuple[Path, int]:
    found = svg_fonts.font_files(HANGUL, 400)
    assert found, "this machine needs a Korean font (fonts-noto-cjk) for the SVG font tests"
    return found[0]


def test_the_same_letters_are_cut_from_a_font_once(monkeypatch: pytest.MonkeyPatch) -> None:
    cuts: list[frozenset[str]] = []
    real = svg_fonts._cut

    def counted(font: Any, letters: frozenset[str]) -> Any:
        cuts.append(letters)
        return real(font, letters)

    monkeypatch.setattr(svg_fonts, "_cut", counted)
    first = svg_fonts.prepare_svg_fonts(KOREAN_NAMES, "ko")
    second = svg_fonts.prepare_svg_fonts(list(reversed(KOREAN_NAMES)), "ko")
    assert len(cuts) == len(svg_fonts.WEIGHTS)  # one cut per weight, none for the second export
    assert first.embedded == second.embedded
    assert {"김", "팀"} <= first.embedded[0].letters
    svg_fonts.prepare_svg_fonts([*KOREAN_NAMES, "구매 부장"], "ko")
    assert len(cuts) == 2 * len(svg_fonts.WEIGHTS)  # other letters: cut anew


def test_a_font_file_that_cannot_be_read_is_passed_over(
    tmp_path: Path, korean_font: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font at all")
    monkeypatch.setattr(svg_fonts, "font_files", lambda group, weight: ((broken, 0), korean_font))
    fonts = svg_fonts.prepare_svg_fonts(KOREAN_NAMES, "ko")
    assert fonts.embedded and all("김" in font.letters for font in fonts.embedded)
