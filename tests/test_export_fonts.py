"""Korean, Japanese and Persian in every PDF and SVG export (issue 17, item 5).

The PDFs (map, review brief, portfolio board) must embed a font that draws the committee's
letters, read back from the files' own font dictionaries (tests/pdf_fonts.py, what `pdffonts`
lists). The SVG must carry subsets of its CJK and Arabic-script letters and a list of fallback
families. A script no installed font draws is named in a warning, not left as empty boxes.
"""

from __future__ import annotations

import base64
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pytestqt.qtbot import QtBot

from consensus_app.cli import main
from consensus_app.exporters.font_scripts import (
    ARABIC,
    CHINESE,
    HANGUL,
    JAPANESE,
    groups_needed,
    letters_by_group,
    warn_missing_fonts,
)
from consensus_app.i18n import set_language, use_language
from consensus_app.storage.demo import create_demo_workspace
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.settings import UiSettings
from models import BuyingStage
from tests.pdf_fonts import embedded_fonts, letters_without_embedded_font
from tests.test_brief_languages import committee_document
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixtures

KOREAN_ACCOUNT = "한결정밀 주식회사"
PERSIAN_ACCOUNT = "پخش البرز"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_workspace(path).close()
    return path


@pytest.fixture(scope="module")
def persian(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("persian")
    document = folder / "committee.json"
    document.write_text(
        json.dumps(committee_document("fa", BuyingStage.SOLUTION_IDENTIFICATION), ensure_ascii=False),
        encoding="utf-8",
    )
    assert main(["--db", str(folder / "fa.db"), "import", str(document)]) == 0
    return folder / "fa.db"


@pytest.fixture(autouse=True)
def language_reset() -> Iterator[None]:
    yield
    set_language(None)


def export(db: Path, lang: str, fmt: str, output: Path, *more: str) -> Path:
    assert main(["--db", str(db), "--lang", lang, "export", "--format", fmt, "-o", str(output), *more]) == 0
    return output  # every name given here ends as its format's files do


# --- PDFs -----------------------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
def test_korean_map_and_brief_pdfs_embed_a_font_drawing_their_hangul(demo: Path, tmp_path: Path) -> None:
    for fmt in ("pdf", "brief"):
        pdf = export(demo, "ko", fmt, tmp_path / f"ko-{fmt}.pdf", "--account", "acc-hangyeol")
        fonts = embedded_fonts(pdf)
        hangul = {name for name, drawn in fonts.items() if "한" in drawn}
        assert hangul, f"{fmt}: no embedded font draws Hangul: {sorted(fonts)}"
        # The account's name, and the Korean words of the page (the export is in Korean).
        assert letters_without_embedded_font(pdf, KOREAN_ACCOUNT + "입장 지지 반대") == set()


@pytest.mark.usefixtures("qapp")
def test_persian_map_and_brief_pdfs_embed_a_font_drawing_their_letters(persian: Path, tmp_path: Path) -> None:
    for fmt in ("pdf", "brief"):
        pdf = export(persian, "fa", fmt, tmp_path / f"fa-{fmt}.pdf")
        arabic_script = {name for name, drawn in embedded_fonts(pdf).items() if "پ" in drawn and "ی" in drawn}
        assert arabic_script, f"{fmt}: no embedded font draws Persian"
        assert letters_without_embedded_font(pdf, PERSIAN_ACCOUNT + " موضع مخالف") == set()
        assert letters_without_embedded_font(pdf, "한결") == {"한", "결"}  # the reading can fail


@pytest.mark.usefixtures("qapp")
def test_the_portfolio_board_pdf_embeds_the_fonts_of_every_script(demo: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "board.pdf"
    assert main(["--db", str(demo), "--lang", "ja", "portfolio-board", "-o", str(pdf)]) == 0
    assert letters_without_embedded_font(pdf, KOREAN_ACCOUNT + "商談") == set()


# --- SVG ------------------------------------------------------------------------------------------


def embedded_svg_fonts(svg: str) -> dict[str, set[str]]:
    """The @font-face families inside the SVG and the characters each draws."""
    fonts: dict[str, set[str]] = {}
    for family, data in re.findall(r"font-family: '([^']+)';.*?base64,([A-Za-z0-9+/=]+)", svg):
        cmap = TTFont(io.BytesIO(base64.b64decode(data))).getBestCmap()
        fonts.setdefault(family, set()).update(chr(code) for code in cmap)
    return fonts


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(
    ("lang", "account", "first_family"),
    [("ko", "acc-hangyeol", "Noto Sans CJK KR"), ("fa", None, "Noto Naskh Arabic")],
)
def test_an_svg_carries_its_letters_and_fallback_families(
    demo: Path, persian: Path, tmp_path: Path, lang: str, account: str | None, first_family: str
) -> None:
    chosen = ["--account", account] if account else []
    svg_path = export(demo if account else persian, lang, "svg", tmp_path / "map.svg", *chosen)
    svg = svg_path.read_text(encoding="utf-8")
    text = "".join(re.findall(r">([^<]+)<", svg))
    needed = set().union(*letters_by_group([text], lang).values())
    assert needed, "the SVG has no Korean or Persian text to check"
    embedded = embedded_svg_fonts(svg)
    drawn = set().union(*embedded.values()) if embedded else set()
    assert needed <= drawn  # a browser without Noto draws them from the file itself
    families = set(re.findall(r'font-family="([^"]*)"', svg))
    assert families and all(f.endswith("sans-serif") and first_family in f for f in families)
    assert all(f.startswith(f"'{name}'") for f in families for name in list(embedded)[:1])


# --- A missing font -------------------------------------------------------------------------------


def test_scripts_are_told_apart_han_by_the_letters_around_it() -> None:
    assert set(letters_by_group(["山本 花子", "やまもと"])) == {JAPANESE}
    assert set(letters_by_group(["山本"], "ja")) == {JAPANESE}
    assert set(letters_by_group(["山本"])) == {CHINESE}
    assert set(letters_by_group(["金敏俊 김민준"])) == {HANGUL}
    assert set(letters_by_group(["محمدرضا کریمی", "Øystein"])) == {ARABIC}
    assert groups_needed(["Acme Corp"], "fa") == [ARABIC]  # a Persian export's own headings
    assert groups_needed(["Acme Corp"], "id") == []


def test_a_missing_font_is_named_with_its_language_and_package() -> None:
    said = warn_missing_fonts(["김민준", "علی رضایی"], "map.pdf", installed=lambda group: group is not HANGUL)
    assert said == [
        "map.pdf: no installed font has Korean letters, so they would show as empty boxes; install "
        "Noto Sans CJK KR (on Debian and Ubuntu: the fonts-noto-cjk package) and export again"
    ]
    assert warn_missing_fonts(["김민준"], "map.pdf", installed=lambda group: True) == []
    with use_language("ja"):
        (japanese,) = warn_missing_fonts(["علی"], "map.pdf", installed=lambda group: False)
    assert "ペルシア語" in japanese and "Noto Naskh Arabic" in japanese and "fonts-noto-core" in japanese


@pytest.mark.usefixtures("qapp")
def test_an_export_without_a_korean_font_is_written_and_says_which_font_to_install(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from consensus_app.ui.exports import fonts

    real = fonts.families_for
    monkeypatch.setattr(fonts, "families_for", lambda group: [] if group is HANGUL else real(group))
    capsys.readouterr()
    pdf = export(demo, "ko", "pdf", tmp_path / "ko.pdf", "--account", "acc-hangyeol")
    assert pdf.is_file()
    err = capsys.readouterr().err
    assert "consensus-app: 경고: ko.pdf: " in err
    assert "한국어" in err and "Noto Sans CJK KR" in err and "fonts-noto-cjk" in err


def test_the_window_says_which_font_a_persian_map_pdf_lacks(
    qtbot: QtBot, workspace: Workspace, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File ▸ Export… of a Persian committee's map on a machine without an Arabic-script font: the
    file is written and the status bar names the language, the font and its package."""
    from consensus_app.core.interchange import check_document
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.ui.export_dialog import ExportDialog
    from consensus_app.ui.export_kinds import Kind
    from consensus_app.ui.exports import fonts

    import_document(workspace, check_document(committee_document("fa", BuyingStage.SOLUTION_IDENTIFICATION)))
    window = open_window(qtbot, workspace, settings)
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.PDF.value))
    out = tmp_path / "fa-map.pdf"
    monkeypatch.setattr(
        "consensus_app.ui.export_dialog.QFileDialog.getSaveFileName", lambda *_args: (str(out), "")
    )
    real = fonts.families_for
    monkeypatch.setattr(fonts, "families_for", lambda group: [] if group is ARABIC else real(group))
    with qtbot.waitSignal(dialog.sig_exported, timeout=30_000):
        dialog.export_button.click()
    shown = window.statusBar().currentMessage()
    assert shown.startswith(f"Exported the map on a page (pdf) to {out} fa-map.pdf: no installed font")
    assert "Persian letters" in shown and "Noto Naskh Arabic" in shown and "fonts-noto-core" in shown
    assert out.is_file()
