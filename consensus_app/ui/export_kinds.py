"""What the export dialog can write, and how: each kind's options, file type and work.

The work comes in two halves: `gather` runs in a worker (layouts, database reads, the data
files themselves) and returns a `Finish` the GUI thread calls to draw what needs Qt (map
images and the review brief: the map is a QGraphicsScene).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from consensus_app.core.cancellable import ProgressCallback, StopCallback

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace

Finish = Callable[[], Path]


class Kind(StrEnum):
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


class Preview(StrEnum):
    MAP = "map"
    BRIEF = "brief"
    TABLE = "table"
    TEXT = "text"


@dataclass(frozen=True)
class KindInfo:
    label: str
    suffix: str
    file_filter: str
    name: str  # added to the file name: "Acme - Deal - map.png"
    preview: Preview
    layout: bool = False
    scale: bool = False
    pages: tuple[str, ...] = ()
    since: bool = False
    aspects: tuple[str, ...] = ()  # slide shapes offered (first: the default)


KINDS: dict[Kind, KindInfo] = {
    Kind.PNG: KindInfo("Map image (PNG)", ".png", "PNG image (*.png)", "map", Preview.MAP, True, True),
    Kind.SVG: KindInfo("Map drawing (SVG)", ".svg", "SVG drawing (*.svg)", "map", Preview.MAP, True),
    Kind.PDF: KindInfo(
        "Map on a page (PDF)", ".pdf", "PDF document (*.pdf)", "map", Preview.MAP, True,
        pages=("a4", "letter", "map"),
    ),
    Kind.BRIEF: KindInfo(
        "Review brief (PDF)", ".pdf", "PDF document (*.pdf)", "brief", Preview.BRIEF, True,
        pages=("a4", "letter"), since=True,
    ),
    Kind.PPTX: KindInfo(
        "Review deck (PowerPoint)", ".pptx", "PowerPoint presentation (*.pptx)", "deck", Preview.TEXT, True,
        since=True, aspects=("16:9", "4:3"),
    ),
    Kind.COMMITTEE_CSV: KindInfo("Committee (CSV)", ".csv", "CSV table (*.csv)", "committee", Preview.TABLE),
    Kind.PRIORITIES_CSV: KindInfo(
        "Priorities (CSV)", ".csv", "CSV table (*.csv)", "priorities", Preview.TABLE
    ),
    Kind.XLSX: KindInfo(
        "Committee and priorities (XLSX)", ".xlsx", "Excel workbook (*.xlsx)", "tables", Preview.TABLE
    ),
    Kind.GRAPHML: KindInfo("Graph (GraphML)", ".graphml", "GraphML (*.graphml)", "graph", Preview.TEXT),
    Kind.GEXF: KindInfo("Graph for Gephi (GEXF)", ".gexf", "GEXF (*.gexf)", "graph", Preview.TEXT),
    Kind.JSON: KindInfo(
        "Account as interchange JSON", ".json", "Consensus map (*.json)", "account", Preview.TEXT
    ),
}  # fmt: skip
PAGE_LABELS = {"a4": "A4", "letter": "US letter", "map": "Sized to the map"}
ASPECT_LABELS = {"16:9": "Widescreen (16:9)", "4:3": "Standard (4:3)"}


@dataclass(frozen=True)
class Request:
    kind: Kind
    pursuit_id: int
    account_key: str
    path: Path
    layout: str = "org"
    scale: float = 2.0
    page: str = "a4"
    since: date | None = None
    aspect: str = "16:9"
    committee_only: bool = True  # the window's Committee / Everyone choice, for the map


def file_name(account: str, pursuit: str, kind: Kind) -> str:
    """ "Acme Corp - Analytics platform - brief.pdf": any script, nothing a file system refuses."""
    stem = f"{account} - {pursuit} - {KINDS[kind].name}"
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", stem)
    stem = " ".join(stem.split()).strip(" .")[:150]
    return stem + KINDS[kind].suffix


def gather(
    workspace: Workspace, request: Request, progress: ProgressCallback, should_stop: StopCallback
) -> Finish:
    """The worker's half of an export; the returned Finish writes what needs Qt, in the GUI thread."""
    kind, path = request.kind, request.path
    if kind in (Kind.PNG, Kind.SVG, Kind.PDF):
        from consensus_app.exporters.map_source import load_map_source
        from consensus_app.ui.exports.map_image import write_map_image

        source = load_map_source(
            workspace,
            request.pursuit_id,
            request.layout,
            committee_only=request.committee_only,
            progress=progress,
            should_stop=should_stop,
        )
        return lambda: write_map_image(source, path, kind.value, scale=request.scale, page=request.page)
    if kind is Kind.BRIEF:
        from consensus_app.ui.exports.brief import gather_brief, render_brief

        data = gather_brief(
            workspace,
            request.pursuit_id,
            since=request.since,
            layout=request.layout,
            committee_only=request.committee_only,
            progress=progress,
            should_stop=should_stop,
        )
        return lambda: render_brief(data, path, page=request.page)
    if kind is Kind.PPTX:  # no Qt: the whole deck is written here, in the worker
        from consensus_app.exporters.deck import gather_deck, write_deck

        deck = gather_deck(
            workspace,
            request.pursuit_id,
            since=request.since,
            layout=request.layout,
            progress=progress,
            should_stop=should_stop,
        )
        write_deck(deck, path, request.aspect)
        return lambda: path
    _write_data(workspace, request)
    return lambda: path


def _write_data(workspace: Workspace, request: Request) -> None:
    from consensus_app.exporters.interchange_json import export_document, write_document
    from consensus_app.exporters.pursuit_data import export_graph, export_tables
    from consensus_app.exporters.pursuit_tables import TableName

    kind, path = request.kind, request.path
    if kind is Kind.COMMITTEE_CSV:
        export_tables(workspace, request.pursuit_id, path, "csv", [TableName.COMMITTEE])
    elif kind is Kind.PRIORITIES_CSV:
        export_tables(workspace, request.pursuit_id, path, "csv", [TableName.PRIORITIES])
    elif kind is Kind.XLSX:
        export_tables(workspace, request.pursuit_id, path, "xlsx")
    elif kind in (Kind.GRAPHML, Kind.GEXF):
        export_graph(workspace, request.pursuit_id, path, kind.value)
    else:
        write_document(export_document(workspace, [request.account_key]), path)
