"""Every export format, in one table: its name, the export dialog's entry, the CLI's, the file it
writes, the preview the dialog shows, and the function that writes it.

The CLI (`consensus-app export --format NAME`), the window's export dialog and its preview all
read this table. Formats drawn with Qt (the map images and the review brief) have no writer
here (`write is None`): the window registers theirs in ui/export_writers.py under the same
name. An unknown name raises `UnknownExportFormat` naming it. docs/extending.md says how to add
a format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from consensus_app.i18n import N_

if TYPE_CHECKING:  # the database layers load when an export runs, not when a parser is built
    from consensus_app.core.cancellable import ProgressCallback, StopCallback
    from consensus_app.storage.workspace import Workspace


class FormatName(StrEnum):
    """The one list of export format names (the dialog's entries; the CLI's, see `cli_name`)."""

    PNG = "png"
    SVG = "svg"
    PDF = "pdf"
    BRIEF = "brief"
    PPTX = "pptx"
    COMMITTEE_CSV = "committee-csv"
    PRIORITIES_CSV = "priorities-csv"
    XLSX = "xlsx"
    GRAPHML = "graphml"
    GEXF = "gexf"
    JSON = "json"


class PreviewKind(StrEnum):
    MAP = "map"  # the map as the file will show it
    BRIEF = "brief"  # the brief's first page
    TABLE = "table"  # the table's first rows
    TEXT = "text"  # a sentence saying what the file holds


class UnknownExportFormat(KeyError):
    def __init__(self, name: object) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        known = ", ".join(FormatName)
        return f"unknown export format {str(self.name)!r} (known: {known}); see exporters/formats.py"


@dataclass(frozen=True)
class ExportJob:
    """What to write and where: the CLI's options or the dialog's choices."""

    path: Path
    pursuit_id: int | None = None  # None for whole-account formats
    account_keys: list[str] | None = None  # whole-account formats: None for all
    layout: str = "org"
    scale: float = 2.0
    page: str = "a4"
    since: date | None = None
    aspect: str = "16:9"
    committee_only: bool = True  # the map shows the committee view, not everyone
    tables: tuple[str, ...] | None = None  # xlsx: only these sheets
    for_customer: bool = False  # brief, pptx: the buyer-safe version (exporters/customer_view.py)
    drafts_language: str | None = None  # brief, pptx: the drafted messages' language (None: the committee's)


Writer = Callable[["Workspace", ExportJob, "ProgressCallback | None", "StopCallback | None"], Path]


@dataclass(frozen=True)
class ExportFormat:
    name: FormatName
    label: str  # the export dialog's entry
    suffix: str
    file_filter: str  # the save dialog's filter
    file_word: str  # added to the file name: "Acme - Deal - map.png"
    preview: PreviewKind
    cli_name: str  # `--format` value; formats sharing one are told apart by --table
    cli_help: str  # N_: `export --help` shows it in the user's language
    write: Writer | None  # None: drawn with Qt, registered in ui/export_writers.py
    tables: tuple[str, ...] = ()  # the tables a table format holds (csv: its one table)
    per_pursuit: bool = True  # False: whole accounts
    also: tuple[str, ...] = ()  # other endings its files have
    # The dialog's options for it:
    layout: bool = False
    scale: bool = False
    pages: tuple[str, ...] = ()
    since: bool = False
    aspects: tuple[str, ...] = ()  # slide shapes offered (first: the default)
    for_customer: bool = False  # offers a buyer-safe version ("For the customer")


# --- the Qt-free writers (imports inside: a CLI run loads only what its format needs) ----------


def _pursuit(job: ExportJob) -> int:
    if job.pursuit_id is None:
        raise ValueError(f"{job.path.name}: this format exports one pursuit; none was chosen")
    return job.pursuit_id


def _write_tables(fmt: FormatName) -> Writer:
    def write(
        workspace: Workspace, job: ExportJob, progress: ProgressCallback | None, stop: StopCallback | None
    ) -> Path:
        from consensus_app.exporters.pursuit_data import export_tables
        from consensus_app.exporters.pursuit_tables import TableName

        chosen = EXPORT_FORMATS[fmt].tables or job.tables
        tables = [TableName(t) for t in chosen] if chosen else None
        file_type = "xlsx" if fmt is FormatName.XLSX else "csv"
        return export_tables(workspace, _pursuit(job), job.path, file_type, tables)

    return write


def _write_graph_as(fmt: str) -> Writer:
    def write(
        workspace: Workspace, job: ExportJob, progress: ProgressCallback | None, stop: StopCallback | None
    ) -> Path:
        from consensus_app.exporters.pursuit_data import export_graph

        return export_graph(workspace, _pursuit(job), job.path, fmt)

    return write


def _write_deck(
    workspace: Workspace, job: ExportJob, progress: ProgressCallback | None, stop: StopCallback | None
) -> Path:
    from consensus_app.exporters.deck import gather_deck, write_deck

    if job.for_customer:  # only what the committee may see, chosen field by field
        from consensus_app.exporters.customer_view import gather_customer_view
        from consensus_app.exporters.deck.customer import write_customer_deck

        view = gather_customer_view(
            workspace, _pursuit(job), drafts_language=job.drafts_language, progress=progress, should_stop=stop
        )
        return write_customer_deck(view, job.path, job.aspect)
    deck = gather_deck(
        workspace,
        _pursuit(job),
        since=job.since,
        layout=job.layout,
        drafts_language=job.drafts_language,
        progress=progress,
        should_stop=stop,
    )
    write_deck(deck, job.path, job.aspect)
    return job.path


def _write_json(
    workspace: Workspace, job: ExportJob, progress: ProgressCallback | None, stop: StopCallback | None
) -> Path:
    from consensus_app.exporters.interchange_json import export_document, write_document

    write_document(export_document(workspace, job.account_keys), job.path)
    return job.path


_MAP_PAGES = ("a4", "letter", "map")
EXPORT_FORMATS: dict[FormatName, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            FormatName.PNG, "Map image (PNG)", ".png", "PNG image (*.png)", "map", PreviewKind.MAP,
            "png", N_("the map as an image (--layout, --scale)"), None, layout=True, scale=True,
        ),
        ExportFormat(
            FormatName.SVG, "Map drawing (SVG)", ".svg", "SVG drawing (*.svg)", "map", PreviewKind.MAP,
            "svg", N_("the map as a vector drawing (--layout)"), None, layout=True,
        ),
        ExportFormat(
            FormatName.PDF, "Map on a page (PDF)", ".pdf", "PDF document (*.pdf)", "map", PreviewKind.MAP,
            "pdf", N_("the map on a page (--layout, --page)"), None, layout=True, pages=_MAP_PAGES,
        ),
        ExportFormat(
            FormatName.BRIEF, "Review brief (PDF)", ".pdf", "PDF document (*.pdf)", "brief",
            PreviewKind.BRIEF, "brief",
            N_("the review brief, a PDF for deal reviews (--since, --layout, --page, --for-customer)"), None,
            layout=True, pages=("a4", "letter"), since=True, for_customer=True,
        ),
        ExportFormat(
            FormatName.PPTX, "Review deck (PowerPoint)", ".pptx", "PowerPoint presentation (*.pptx)", "deck",
            PreviewKind.TEXT, "pptx",
            N_("the review deck, editable slides (--since, --layout, --aspect, --for-customer)"),
            _write_deck, layout=True, since=True, aspects=("16:9", "4:3"), for_customer=True,
        ),
        ExportFormat(
            FormatName.COMMITTEE_CSV, "Committee (CSV)", ".csv", "CSV table (*.csv)", "committee",
            PreviewKind.TABLE, "csv", N_("one table (--table committee|priorities), UTF-8 for Excel"),
            _write_tables(FormatName.COMMITTEE_CSV), tables=("committee",),
        ),
        ExportFormat(
            FormatName.PRIORITIES_CSV, "Priorities (CSV)", ".csv", "CSV table (*.csv)", "priorities",
            PreviewKind.TABLE, "csv", N_("one table (--table committee|priorities), UTF-8 for Excel"),
            _write_tables(FormatName.PRIORITIES_CSV), tables=("priorities",),
        ),
        ExportFormat(
            FormatName.XLSX, "Committee, priorities and plan (XLSX)", ".xlsx", "Excel workbook (*.xlsx)",
            "tables", PreviewKind.TABLE, "xlsx",
            N_("the committee, priorities and plan for deciding together, a sheet each (--table for one)"),
            _write_tables(FormatName.XLSX),
        ),
        ExportFormat(
            FormatName.GRAPHML, "Graph (GraphML)", ".graphml", "GraphML (*.graphml)", "graph",
            PreviewKind.TEXT, "graphml", N_("the pursuit's graph for yEd, Cytoscape, networkx, igraph"),
            _write_graph_as("graphml"), also=(".xml",),
        ),
        ExportFormat(
            FormatName.GEXF, "Graph for Gephi (GEXF)", ".gexf", "GEXF (*.gexf)", "graph", PreviewKind.TEXT,
            "gexf", N_("the pursuit's graph for Gephi"), _write_graph_as("gexf"), also=(".xml",),
        ),
        ExportFormat(
            FormatName.JSON, "Account as interchange JSON", ".json", "Consensus map (*.json)", "account",
            PreviewKind.TEXT, "json",
            N_("whole accounts as an interchange file (--account repeatable, default all)"), _write_json,
            per_pursuit=False,
        ),
    )
}  # fmt: skip


def export_format(name: str) -> ExportFormat:
    """The entry of one format; an unknown name raises, naming it."""
    try:
        return EXPORT_FORMATS[FormatName(name)]
    except ValueError:
        raise UnknownExportFormat(name) from None


def cli_names() -> list[str]:
    """The CLI's `--format` choices, in the table's order."""
    return list(dict.fromkeys(f.cli_name for f in EXPORT_FORMATS.values()))


def for_cli(cli_name: str, table: str | None = None) -> ExportFormat:
    """The format a CLI run means: by `--format`, and by `--table` where one name covers several."""
    matches = [f for f in EXPORT_FORMATS.values() if f.cli_name == cli_name]
    if not matches:
        raise UnknownExportFormat(cli_name)
    return next((f for f in matches if table is not None and f.tables == (table,)), matches[0])
