"""The portfolio board as a PDF: landscape pages, a heading with the filters and the stalled
rule, a summary line and the board's table, its header row repeated on every page.

Drawn the way the review brief is (ui/exports/brief): blocks laid out once with QTextLayout (so
Hangul, kanji and Persian come through the application font's fallbacks), cut into pages by the
brief's pagination and painted by its PDF writer with the footer "Page n of m".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from consensus_app.core.cancellable import CancellableRun, ProgressCallback, StopCallback
from consensus_app.core.portfolio_board import HEADERS, BoardRow, row_values, summarise
from consensus_app.core.wording import count
from consensus_app.exporters.atomic import atomic_output
from consensus_app.ui.exports.brief.blocks import Column, heading, paragraph, table
from consensus_app.ui.exports.brief.document import _write_pdf
from consensus_app.ui.exports.brief.flow import Frame, Item, paginate
from consensus_app.ui.exports.headless import ensure_application
from consensus_app.ui.exports.map_image import PageSize, page_size_px

RIGHT = Qt.AlignmentFlag.AlignRight
WEIGHTS = (1.5, 1.35, 1.6, 0.95, 1.25, 0.7, 0.7, 0.65, 0.85, 0.85, 0.75)


@dataclass
class _Part:
    """What the brief's pagination needs of a section."""

    title: str = ""
    new_page: bool = False
    landscape: bool = True


def board_pdf(
    rows: Sequence[BoardRow],
    path: Path | str,
    *,
    today: date,
    stalled_after: int,
    scope: str = "all open pursuits",
    page: PageSize | str = PageSize.A4,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> Path:
    """Write `rows` (in the board's order) as a PDF at `path` (replaced atomically). GUI thread."""
    ensure_application()
    run = CancellableRun(progress, should_stop)
    paper = PageSize(page) if PageSize(page) is not PageSize.MAP else PageSize.A4
    frame = Frame(page_size_px(paper).transposed()).turned(True)
    summary = summarise(rows, today, stalled_after)
    columns = [
        Column(
            title, weight, RIGHT if index in (5, 6, 8, 10) else Qt.AlignmentFlag.AlignLeft, bold=index == 0
        )
        for index, (title, weight) in enumerate(zip(HEADERS, WEIGHTS, strict=True))
    ]
    cells = [
        ["" if value is None else f"{value:,}" if isinstance(value, int) else str(value) for value in values]
        for values in (row_values(r, today, stalled_after) for r in rows)
    ]
    lines = (
        f"{count(summary.shown, 'open pursuit')} ({scope}), {summary.stalled} stalled (no change in "
        f"{stalled_after} days), {summary.critical} with critical findings; "
        f"{summary.assessed} of {summary.shown} assessed. As of {today.isoformat()}. Stalled pursuits "
        "first. Days in stage: from the change log. Readiness: the latest kept assessment (0–100)."
    )
    blocks: list[Item] = [
        heading(f"Portfolio board, {today.isoformat()}", frame.width),
        paragraph(lines, frame.width, keep_with_next=True),
        *table(columns, cells, frame.width, max_lines=2),
    ]
    pages = paginate([(_Part(), blocks)], frame).pages
    run.report(0.1)
    with atomic_output(path) as tmp:
        _write_pdf(
            tmp, ("Portfolio board", f"Portfolio board, {today.isoformat()}"), frame, pages, paper, run
        )
    run.finish()
    return Path(path)
