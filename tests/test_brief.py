"""The review brief (PDF), read back with poppler: pages, tables across pages, page numbers, changes.

`pdftoppm` renders every page (none blank), `pdftotext` reads each page's words, `pdffonts`
checks the fonts are embedded. The demo's English and Korean pursuits, a 60-member committee
and an account with a Persian name cover the scripts and the page breaks.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from consensus_app.core.cancellable import Cancelled
from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.demo import create_demo_workspace
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.exports.brief import gather_brief, render_brief, write_brief
from consensus_app.ui.exports.brief.flow import Block, Frame, paginate
from tests.conftest import minimal_document

POPPLER = shutil.which("pdftoppm") and shutil.which("pdftotext") and shutil.which("pdffonts")
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftoppm) is not installed")
PERSIAN = "داریوش رحیمی"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = create_demo_workspace(tmp_path_factory.mktemp("demo") / "demo.db", actor="reviewer")
    yield workspace
    workspace.close()


def pursuit(workspace: Workspace, key: str) -> int:
    return next(p.id for p in workspace.repos.pursuits.list_where() if p.key == key)


def page_images(pdf: Path, folder: Path, dpi: int = 30) -> list[QImage]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "page")], check=True)
    return [QImage(str(p)) for p in sorted(folder.glob("page*.png"))]


def ink_fraction(image: QImage) -> float:
    step = max(1, min(image.width(), image.height()) // 120)
    samples = inked = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            samples += 1
            inked += QColor(image.pixel(x, y)).lightness() < 240
    return inked / samples


def page_texts(pdf: Path) -> list[str]:
    """Each page's text (Persian letters compared without presentation forms and direction marks)."""
    pages = int(_info(pdf)["Pages"])
    texts = []
    for number in range(1, pages + 1):
        command = ["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"]
        text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        texts.append(unicodedata.normalize("NFKC", text).replace("\u202b", "").replace("\u202c", ""))
    return texts


def _info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


@pytest.mark.parametrize(
    ("key", "account", "person"),
    [
        ("opp-capacity-2027", "Lakeshore Valley Health", "Margaret Halvorsen"),
        ("opp-qdp-2027", "한결정밀 주식회사", "박상훈"),
    ],
)
def test_the_demo_briefs_render_page_by_page(
    qapp: QApplication, demo: Workspace, tmp_path: Path, key: str, account: str, person: str
) -> None:
    pdf = write_brief(demo, pursuit(demo, key), tmp_path / "brief.pdf")
    images = page_images(pdf, tmp_path)
    texts = page_texts(pdf)
    # Title, map, committee, assessment (one page or more), changes.
    assert len(images) == len(texts) >= 5
    assert all(ink_fraction(image) > 0.01 for image in images)  # no blank page
    assert images[1].width() > images[1].height()  # the map and the committee are landscape
    assert images[2].width() > images[2].height() and images[0].width() < images[0].height()
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {len(texts)}" in text
        assert account in " ".join(text.split())  # the footer names the account on every page
    assert "DEAL REVIEW BRIEF" in texts[0] and "Contents" in texts[0]
    # The map takes one landscape page or more (names at least 7 pt), then the committee table.
    table = next(i for i, text in enumerate(texts) if "Last engaged" in text)
    assert person in " ".join(texts[1:table]) and person in texts[table]  # on the map and in the committee
    assessment = "\n".join(texts[table + 1 : -1])
    assert "/ 100" in assessment and "Findings" in assessment
    assert "What changed since" in texts[-1] and "Imported account" in texts[-1]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # every font embedded


def test_the_brief_carries_the_bridge_themes_and_the_drafted_messages(
    qapp: QApplication, demo: Workspace, tmp_path: Path
) -> None:
    pdf = write_brief(demo, pursuit(demo, "opp-visibility-2027"), tmp_path / "brief.pdf")
    text = "\n".join(page_texts(pdf))
    themes = text[text.index("Themes and bridges\n") :]
    assert "Bridge themes: shared ground across the group" in themes
    assert "We under-bill customers because activity data arrives late" in themes  # their own words
    messages = text[text.rindex("Drafted messages") :]
    assert "Brings together:" in messages and "Suggested next step" in messages
    assert (
        text.index("Themes and bridges\n")
        < text.rindex("Drafted messages")
        < text.rindex("What changed since")
    )


def test_severity_and_stance_read_without_colour(qapp: QApplication, demo: Workspace, tmp_path: Path) -> None:
    pdf = write_brief(demo, pursuit(demo, "opp-capacity-2027"), tmp_path / "brief.pdf")
    text = "\n".join(page_texts(pdf))
    assert (
        "CRITICAL" in text and "An approver doubts or opposes it" in text and "APPROVER_OPPOSED" not in text
    )
    assert "−− opposed" in text and "++ advocate" in text  # a sign beside each stance word


def committee_of(size: int) -> dict[str, Any]:
    document = minimal_document()
    account = document["accounts"][0]
    account["stakeholders"] += [
        {
            "id": f"p-{i:02}",
            "name": f"Person {i:02} Kim",
            "title": f"Title of person {i:02}",
            "function": "it",
        }
        for i in range(size)
    ]
    account["pursuits"][0]["committee"] += [
        {"id": f"mm-{i:02}", "stakeholder": f"p-{i:02}", "stance": i % 5 - 2, "influence": 1 + i % 5,
         "last_engaged": "2026-01-15"}
        for i in range(size)
    ]  # fmt: skip
    return document


def test_a_large_committee_breaks_between_rows_with_its_header_on_every_page(
    qapp: QApplication, workspace: Workspace, tmp_path: Path
) -> None:
    import_document(workspace, check_document(committee_of(60)))
    pdf = write_brief(workspace, pursuit(workspace, "opp-1"), tmp_path / "brief.pdf", today=date(2026, 2, 1))
    texts = page_texts(pdf)
    # Titles appear on the map (page 2) and in the committee table only.
    committee = [i for i, text in enumerate(texts) if "Title of person" in text and "Org chart ·" not in text]
    assert len(committee) >= 3 and committee == list(range(committee[0], committee[-1] + 1))
    for i in committee:
        assert "Name" in texts[i] and "Last engaged" in texts[i] and "Influence" in texts[i]
    for n in range(60):
        pages = [i for i in committee if f"Title of person {n:02}" in texts[i]]
        assert len(pages) == 1, f"Person {n:02} is on pages {pages}"
        assert f"Person {n:02} Kim" in texts[pages[0]]  # the row is whole on its page
    assert all(f"Page {i} of {len(texts)}" in text for i, text in enumerate(texts, 1))


def test_the_changes_since_a_date_list_an_edit_by_day(
    qapp: QApplication, workspace: Workspace, tmp_path: Path
) -> None:
    import_document(workspace, check_document(minimal_document()))
    member = next(m for m in workspace.repos.committee.list_where() if m.key == "m-1")
    workspace.repos.committee.update(member.id, stance=1)
    pursuit_id = pursuit(workspace, "opp-1")
    pdf = write_brief(workspace, pursuit_id, tmp_path / "brief.pdf", since=date.today() - timedelta(days=3))
    text = " ".join(page_texts(pdf)[-1].split())
    assert f"What changed since {(date.today() - timedelta(days=3)).day} " in text
    assert f"{date.today():%A}, {date.today().day} {date.today():%B %Y} · 2 changes" in text
    assert "Lee Park: stance skeptical → supportive" in text  # names and words, not stored values
    assert "Imported account Acme Corp from file" in text and "by 1 person" in text
    later = write_brief(workspace, pursuit_id, tmp_path / "later.pdf", since=date.today() + timedelta(days=1))
    assert "No changes were recorded since" in page_texts(later)[-1]


def test_persian_names_render_in_the_committee(
    qapp: QApplication, workspace: Workspace, tmp_path: Path
) -> None:
    document = minimal_document()
    document["accounts"][0]["stakeholders"][2]["name"] = PERSIAN
    import_document(workspace, check_document(document))
    pdf = write_brief(workspace, pursuit(workspace, "opp-1"), tmp_path / "brief.pdf")
    assert PERSIAN in page_texts(pdf)[2]


def test_a_cancelled_brief_leaves_no_file(qapp: QApplication, demo: Workspace, tmp_path: Path) -> None:
    data = gather_brief(demo, pursuit(demo, "opp-capacity-2027"))
    out = tmp_path / "brief.pdf"
    reported: list[float] = []

    def stop() -> bool:
        return len(reported) >= 3  # a few pages in

    with pytest.raises(Cancelled):
        render_brief(data, out, progress=reported.append, should_stop=stop)
    assert list(tmp_path.iterdir()) == []


class _Section:
    title, new_page, landscape = "Table", True, False

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks

    def items(self, data: Any, frame: Frame) -> list[Block]:
        return self.blocks


def test_pagination_keeps_headings_with_what_follows_and_repeats_table_headers() -> None:
    frame = Frame(QSizeF(400, 400))  # 400 − 2 × 56 − 30 = 258 px of room on a page

    def block(height: float, **kwargs: Any) -> Block:
        return Block(height, lambda _p, _r: None, **kwargs)

    heading = block(40, keep_with_next=True)
    header = block(20, keep_with_next=True)
    rows = [block(50, header=header) for _ in range(6)]
    filler = block(180)
    pagination = paginate(
        [(_Section([filler, heading, header, *rows]), [filler, heading, header, *rows])], frame
    )
    pages = [[b for b, _top in page.placed] for page in pagination.pages]
    assert pages[0] == [filler]  # the heading, the header and one row do not fit under it
    assert pages[1] == [heading, header, rows[0], rows[1], rows[2]]
    assert pages[2] == [header, rows[3], rows[4], rows[5]]  # the header again atop the next page
    assert pagination.contents == [("Table", 1)]
