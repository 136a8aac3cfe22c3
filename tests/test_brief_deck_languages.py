"""The demo brief in Korean and Persian and the review deck in Japanese, read back as a seller
would read them (issue 17): every heading and sentence the app writes is in that language; the
people's own words (names, notes, statements) stay as they were written.

The PDF is read with poppler's pdftotext, the deck with python-pptx. Each English catalogue
sentence, cut at its placeholders into pieces of three words or more, must not be on a page.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from consensus_app.cli import main
from consensus_app.i18n import set_language
from consensus_app.resources import DEMO_WORKSPACE, resource_path

ROOT = Path(__file__).resolve().parent.parent
MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u2066\u2067\u2068\u2069"))


def english_pieces() -> list[str]:
    with (ROOT / "resources" / "locale" / "consensus.pot").open("rb") as source:
        template = read_po(source)
    pieces: set[str] = set()
    for message in template:
        for text in (message.id,) if isinstance(message.id, str) else message.id:
            for piece in re.split(r"\{[a-z_:,]*\}|\(CEB[^)]*\)|\(Gartner[^)]*\)", text or ""):
                words = " ".join(piece.strip(" .,:;()“”").split())
                if len(words.split()) >= 3 and re.search("[a-z]", words):
                    pieces.add(words)
    return sorted(pieces)


@pytest.fixture(autouse=True)
def language_back_to_the_systems():
    """`--lang` sets the process's language: the tests after these must not inherit it."""
    yield
    set_language(None)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "w.db")
    assert main(["import", str(resource_path(*DEMO_WORKSPACE)), "--db", db]) == 0
    return db


def brief_text(db: str, lang: str, out: Path) -> str:
    pdf = out / f"brief-{lang}.pdf"
    args = ["export", "--db", db, "--format", "brief", "--account", "한결", "--lang", lang, "-o", str(pdf)]
    assert main(args) == 0
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed to read the brief"
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # Persian comes back as presentation forms and with direction marks; lines are joined so a
    # sentence wrapped over two lines is found whole.
    return " ".join(unicodedata.normalize("NFKC", shown).translate(MARKS).split())


def english_left(text: str) -> list[str]:
    return [piece for piece in english_pieces() if piece in text]


@pytest.mark.slow
def test_the_korean_brief_has_korean_headings_and_body(
    demo_db: str, tmp_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    text = brief_text(demo_db, "ko", tmp_path)
    assert "딜 리뷰 브리핑" in text and "목차" in text and "구매 위원회" in text  # headings
    assert "위원 9명, 그중 승인권자 5명." in text  # the committee page's count, in Korean
    day = date.today()
    assert f"{day.year}년 {day.month}월 {day.day}일 기준 합의 준비도" in text  # a Korean date
    assert "개인적 성과:" in text and "갈등 관계" in text  # team notes' labels and ties
    assert "15쪽 중 1쪽" in text  # the footer
    assert "스마트 팩토리 품질 데이터 플랫폼" in text  # the pursuit's own name, as written
    assert not english_left(text), english_left(text)[:5]


@pytest.mark.slow
def test_the_persian_brief_has_persian_headings_and_body_right_to_left(
    demo_db: str, tmp_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    text = brief_text(demo_db, "fa", tmp_path)
    assert "فهرست" in text and "کمیته" in text and "ارزیابی" in text  # headings
    assert "برد شخصی" in text  # the team notes' labels
    assert not english_left(text), english_left(text)[:5]
    # The page is mirrored: a heading starts at the right margin, not the left.
    pdf = tmp_path / "brief-fa.pdf"
    layout = subprocess.run(
        ["pdftotext", "-layout", "-f", "7", "-l", "7", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    heading = next(line for line in layout.splitlines() if line.strip())
    assert len(heading) - len(heading.lstrip()) > 40, heading  # far from the left margin


def test_the_japanese_deck_speaks_japanese(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.deck_reading import open_deck, title

    deck_path = tmp_path / "review-ja.pptx"
    args = ["export", "--db", demo_db, "--format", "pptx", "--account", "한결", "--lang", "ja"]
    assert main([*args, "-o", str(deck_path)]) == 0
    deck = open_deck(deck_path)
    titles = [title(slide) for slide in deck.slides]
    assert "委員会マップ" in titles and "購買委員会" in titles and "評価" in titles
    assert any(t.startswith("主な指摘事項") for t in titles)
    words = []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                words.append(shape.text_frame.text)
            if shape.has_table:
                words += [cell.text for row in shape.table.rows for cell in row.cells]
    text = " ".join(" ".join(words).split())
    day = date.today()
    assert f"商談レビュー・{day.year}年{day.month}月{day.day}日" in text  # the title slide, a Japanese date
    assert "氏名" in text and "スタンス" in text  # the committee table's headers
    assert not english_left(text), english_left(text)[:5]


def test_the_buyer_safe_deck_is_in_the_drafts_language_whatever_the_sellers(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the customer reads keeps the drafts' language (the Korean committee's), even when the
    seller works in Persian; choosing English drafts makes it English."""
    from tests.deck_reading import open_deck, title

    args = ["export", "--db", demo_db, "--format", "pptx", "--account", "한결", "--for-customer"]
    korean, english = tmp_path / "customer-ko.pptx", tmp_path / "customer-en.pptx"
    assert main([*args, "--lang", "fa", "-o", str(korean)]) == 0
    assert main([*args, "--lang", "fa", "--drafts-language", "en", "-o", str(english)]) == 0
    korean_titles = [title(slide) for slide in open_deck(korean).slides]
    assert "참여하는 사람" in korean_titles and "결정 기준" in " ".join(korean_titles)
    assert not any(re.search("[\u0600-\u06ff]", t) for t in korean_titles)  # nothing in the seller's Persian
    english_titles = [title(slide) for slide in open_deck(english).slides]
    assert "Who takes part" in english_titles and "Proposed next steps" in english_titles


def test_spreadsheet_headers_are_for_people_and_json_keeps_its_keys(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv
    import json

    table = tmp_path / "committee.csv"
    args = ["export", "--db", demo_db, "--account", "한결", "--lang", "ko"]
    assert main([*args, "--format", "csv", "--table", "committee", "-o", str(table)]) == 0
    with table.open(encoding="utf-8-sig", newline="") as source:
        header, *rows = list(csv.reader(source))
    assert header[:4] == ["이해관계자 ID", "이름", "직책", "부서"] and "입장" in header
    assert rows and all(row[0].startswith("s-") or row[0] for row in rows)  # the ids stay ids
    document = tmp_path / "map.json"
    assert main([*args, "--format", "json", "-o", str(document)]) == 0
    written = json.loads(document.read_text(encoding="utf-8"))
    assert written["format"] == "consensus-map" and "accounts" in written  # keys are the schema's
    person = written["accounts"][0]["stakeholders"][0]
    assert {"id", "name", "function"} <= set(person) and person["function"].isascii()
