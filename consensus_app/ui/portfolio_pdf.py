"""The portfolio board as a PDF: landscape pages, a heading with the filters and the stalled
rule, a summary line and the board's table, its header row repeated on every page.

Drawn the way the review brief is (ui/exports/brief): blocks laid out once with QTextLayout (so
Hangul, kanji and Persian come through the application font's fallbacks), cut into pages by the
brief's pagination and painted by its PDF writer with the footer "Page n of m". Nothing here needs
the GUI thread (no map, no widget): the window draws it in a worker (ui/portfolio_export.py). So the
table's cells are laid out here, for this PDF only, not in the brief's shared cache of laid-out
text: a layout keeps the font engines of the thread that made it, which Qt drops when that thread
ends (a layout cached by a worker crashed a later PDF drawn on the GUI thread).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from consensus_app.core.cancellable import CancellableRun, ProgressCallback, StopCallback
from consensus_app.core.portfolio_board import BoardRow, headers, marked_values, summarise, unscored_words
from consensus_app.exporters.atomic import atomic_output
from consensus_app.i18n import _, ngettext
from consensus_app.ui.exports.brief.blocks import Column, heading, paragraph, table
from consensus_app.ui.exports.brief.document import _write_pdf
from consensus_app.ui.exports.brief.flow import Frame, Item, paginate
from consensus_app.ui.exports.fonts import check_fonts
from consensus_app.ui.exports.headless import ensure_application
from consensus_app.ui.exports.map_image import PageSize, page_size_px

RIGHT = Qt.AlignmentFlag.AlignRight
WEIGHTS = (1.2, 1.35, 1.0, 1.45, 0.9, 1.0, 0.65, 0.55, 0.7, 0.9, 1.4, 0.7)
_NUMBERS = (6, 7, 9, 11)  # days in stage, days idle, readiness, critical findings: right-aligned


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
    scope: str = "",
    page: PageSize | str = PageSize.A4,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> Path:
    """Write `rows` (in the board's order) as a PDF at `path` (replaced atomically); any thread
    of a process with a QApplication (made here if there is none: only in the GUI thread)."""
    ensure_application()
    scope = scope or _("all open pursuits")
    run = CancellableRun(progress, should_stop)
    paper = PageSize(page) if PageSize(page) is not PageSize.MAP else PageSize.A4
    frame = Frame(page_size_px(paper).transposed()).turned(True)
    summary = summarise(rows, today, stalled_after)
    columns = [
        Column(title, weight, RIGHT if index in _NUMBERS else Qt.AlignmentFlag.AlignLeft, bold=index == 0)
        for index, (title, weight) in enumerate(zip(headers(), WEIGHTS, strict=True))
    ]
    cells = [
        ["" if value is None else f"{value:,}" if isinstance(value, int) else str(value) for value in values]
        for values in (marked_values(r, today, stalled_after) for r in rows)
    ]
    check_fonts([scope, *(cell for values in cells for cell in values)], path)
    shown = ngettext("{n:,} open pursuit", "{n:,} open pursuits", summary.shown).format(n=summary.shown)
    lines = _(
        "{shown} ({scope}), {stalled} stalled (no change in {days} days), {critical} with critical "
        "findings; {assessed} of {total} assessed. As of {today}. Stalled pursuits first. Days in "
        "stage: from the change log. Readiness: the latest kept assessment (0–100)."
    ).format(
        shown=shown,
        scope=scope,
        stalled=summary.stalled,
        days=stalled_after,
        critical=summary.critical,
        assessed=summary.assessed,
        total=summary.shown,
        today=today.isoformat(),
    )
    provisional = sum(1 for r in rows if r.provisional)
    if provisional:
        lines += " " + ngettext(
            "{n:,} score is provisional (marked *): taken without the committee's themes.",
            "{n:,} scores are provisional (marked *): taken without the committee's themes.",
            provisional,
        ).format(n=provisional)
    if summary.unscored:
        lines += " " + unscored_words(summary.unscored)
    title = _("Portfolio board, {day}").format(day=today.isoformat())
    blocks: list[Item] = [
        heading(title, frame.width),
        paragraph(lines, frame.width, keep_with_next=True),
        *table(columns, cells, frame.width, max_lines=2, own_layouts=True),
    ]
    pages = paginate([(_Part(), blocks)], frame).pages
    run.report(0.1)
    with atomic_output(path) as tmp:
        _write_pdf(tmp, (_("Portfolio board"), title), frame, pages, paper, run)
    run.finish()
    return Path(path)
