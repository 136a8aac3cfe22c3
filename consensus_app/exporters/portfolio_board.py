"""The portfolio board as a spreadsheet (XLSX, openpyxl; CSV): one row per open pursuit in the
board's order, numbers typed (days, readiness, critical findings sort and sum), with a second
sheet saying what the board shows (the day, the filters, the stalled rule, where figures come from).

A provisional score (taken without the committee's themes) stays a number, so a last column says
it is provisional, and the workbook shows it as the board does ("57*", a number format).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from consensus_app.core.portfolio_board import (
    PROVISIONAL_MARK,
    READINESS_COLUMN,
    BoardRow,
    headers,
    row_values,
    summarise,
    unscored_words,
)
from consensus_app.exporters.atomic import atomic_output
from consensus_app.exporters.csv_export import csv_value
from consensus_app.exporters.pursuit_tables import Table, TableName
from consensus_app.exporters.spreadsheet_cells import Cell, xml_safe
from consensus_app.exporters.xlsx_export import _fill_sheet
from consensus_app.i18n import _

BOARD_SHEET = "Portfolio board"
ABOUT_SHEET = "About"


def board_headers() -> list[str]:
    return [*headers(), _("Provisional")]


def board_cells(rows: Sequence[BoardRow], today: date, stalled_after: int) -> list[list[Cell]]:
    """Each row's values, then whether its score is provisional (said, not only marked)."""
    return [
        [
            *row_values(r, today, stalled_after),
            _("provisional") if r.provisional and r.score is not None else "",
        ]
        for r in rows
    ]


def about_lines(rows: Sequence[BoardRow], today: date, stalled_after: int, scope: str) -> list[list[Cell]]:
    summary = summarise(rows, today, stalled_after)
    provisional = sum(1 for r in rows if r.provisional)
    return [
        [_("As of"), today],
        [_("Pursuits"), _("{shown} open ({scope})").format(shown=summary.shown, scope=scope)],
        [
            _("Stalled"),
            _("{stalled}: nothing changed in {days} days or more; listed first").format(
                stalled=summary.stalled, days=stalled_after
            ),
        ],
        [
            _("Assessed"),
            _("{assessed} of {shown}").format(assessed=summary.assessed, shown=summary.shown)
            + (" " + unscored_words(summary.unscored) if summary.unscored else ""),
        ],
        [
            _("Days in stage"),
            _("From the change log: the last change of the pursuit's stage, else its creation or import"),
        ],
        [
            _("Readiness"),
            _(
                "The latest kept assessment's score (0–100); trend: change since the day before and "
                "daily scores"
            ),
        ],
        [
            _("Provisional"),
            _(
                "{count} scores were taken without the committee's themes (no stored sentence vectors "
                "yet), so divergent priorities do not count in them; opening the pursuit assesses it fully"
            ).format(count=provisional),
        ],
        [_("Owner"), _("The account-team member who owns the pursuit; blank: no owner")],
    ]


def write_board_xlsx(
    rows: Sequence[BoardRow], path: Path | str, *, today: date, stalled_after: int, scope: str = "all"
) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    # (Table's name only says which pursuit table it is; the sheet-filling ignores it.)
    board = Table(TableName.COMMITTEE, BOARD_SHEET, board_headers(), board_cells(rows, today, stalled_after))
    about = Table(TableName.COMMITTEE, ABOUT_SHEET, ["", ""], about_lines(rows, today, stalled_after, scope))
    sheet = workbook.create_sheet(BOARD_SHEET)
    _fill_sheet(sheet, board)
    marked = f'0"{PROVISIONAL_MARK}"'  # still a number that sorts and sums
    for number, row in enumerate(rows, 2):
        if row.provisional and row.score is not None:
            sheet.cell(number, READINESS_COLUMN + 1).number_format = marked
    _fill_sheet(workbook.create_sheet(ABOUT_SHEET), about)
    workbook.properties.title = xml_safe(f"Portfolio board {today.isoformat()}")
    workbook.properties.creator = "Consensus"
    with atomic_output(path) as tmp:
        workbook.save(tmp)
    return Path(path)


def write_board_csv(rows: Sequence[BoardRow], path: Path | str, *, today: date, stalled_after: int) -> Path:
    with atomic_output(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(board_headers())
        for values in board_cells(rows, today, stalled_after):
            writer.writerow([csv_value(v) for v in values])
    return Path(path)
