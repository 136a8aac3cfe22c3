"""What the export dialog can write, and how: the formats' table (exporters/formats.py) and the
window's writers of the formats drawn with Qt.

The work comes in two halves: `gather` runs in a worker (layouts, database reads, the data
files themselves) and returns a `Finish` the GUI thread calls to draw what needs Qt (map
images and the review brief: the map is a QGraphicsScene).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from consensus_app.core.cancellable import ProgressCallback, StopCallback
from consensus_app.exporters.formats import (
    EXPORT_FORMATS,
    ExportFormat,
    ExportJob,
    FormatName,
    PreviewKind,
    UnknownExportFormat,
    export_format,
)
from consensus_app.i18n import pgettext, use_language
from consensus_app.ui.marked import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace
    from consensus_app.ui.exports.brief import BriefData

Finish = Callable[[], Path]


# The one table of formats (exporters/formats.py), under the names the dialog has always used.
Kind = FormatName
Preview = PreviewKind
KindInfo = ExportFormat
KINDS: dict[FormatName, ExportFormat] = EXPORT_FORMATS
# Marked for the window's catalogue (context "ExportDialog"); the dialog translates them where shown.
PAGE_LABELS = {
    "a4": "A4",
    "letter": QT_TRANSLATE_NOOP("ExportDialog", "US letter"),
    "map": QT_TRANSLATE_NOOP("ExportDialog", "Sized to the map"),
}
ASPECT_LABELS = {
    "16:9": QT_TRANSLATE_NOOP("ExportDialog", "Widescreen (16:9)"),
    "4:3": QT_TRANSLATE_NOOP("ExportDialog", "Standard (4:3)"),
}
# The formats' names in the dialog (exporters/formats.py keeps the English for the command line).
KIND_WORDS: dict[FormatName, str] = {
    FormatName.PNG: QT_TRANSLATE_NOOP("ExportDialog", "Map image (PNG)"),
    FormatName.SVG: QT_TRANSLATE_NOOP("ExportDialog", "Map drawing (SVG)"),
    FormatName.PDF: QT_TRANSLATE_NOOP("ExportDialog", "Map on a page (PDF)"),
    FormatName.BRIEF: QT_TRANSLATE_NOOP("ExportDialog", "Review brief (PDF)"),
    FormatName.PPTX: QT_TRANSLATE_NOOP("ExportDialog", "Review deck (PowerPoint)"),
    FormatName.COMMITTEE_CSV: QT_TRANSLATE_NOOP("ExportDialog", "Committee (CSV)"),
    FormatName.PRIORITIES_CSV: QT_TRANSLATE_NOOP("ExportDialog", "Priorities (CSV)"),
    FormatName.XLSX: QT_TRANSLATE_NOOP("ExportDialog", "Committee, priorities and plan (XLSX)"),
    FormatName.GRAPHML: QT_TRANSLATE_NOOP("ExportDialog", "Graph (GraphML)"),
    FormatName.GEXF: QT_TRANSLATE_NOOP("ExportDialog", "Graph for Gephi (GEXF)"),
    FormatName.JSON: QT_TRANSLATE_NOOP("ExportDialog", "Account as interchange JSON"),
}


def kind_words(kind: FormatName) -> str:
    """The format's name in the window's language (its English label when not marked here)."""
    return QCoreApplication.translate("ExportDialog", KIND_WORDS.get(kind, KINDS[kind].label))


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
    for_customer: bool = False  # brief, deck: the buyer-safe version ("For the customer")
    language: str | None = None  # the seller's words (headings, legend, score); None: the window's
    drafts_language: str | None = (
        None  # the drafts' words, as chosen in the Messages tab (None: the committee's)
    )


# The word a file's name ends with, in the export's language (marked for the core's catalogue).
FILE_WORDS = {
    "map": lambda: pgettext("file name", "map"),
    "brief": lambda: pgettext("file name", "brief"),
    "deck": lambda: pgettext("file name", "deck"),
    "committee": lambda: pgettext("file name", "committee"),
    "priorities": lambda: pgettext("file name", "priorities"),
    "tables": lambda: pgettext("file name", "tables"),
    "graph": lambda: pgettext("file name", "graph"),
    "account": lambda: pgettext("file name", "account"),
}


def file_name(
    account: str, pursuit: str, kind: Kind, for_customer: bool = False, language: str | None = None
) -> str:
    """ "Acme Corp - Analytics platform - brief.pdf": any script, nothing a file system refuses;
    the buyer-safe version's name says so ("… - brief for the customer.pdf"). The words are in
    `language` (the export's; None: the window's): "… - 브리핑(고객용).pdf"."""
    with use_language(language):
        plain = KINDS[kind].file_word
        word = FILE_WORDS[plain]() if plain in FILE_WORDS else plain
        if for_customer:
            word = pgettext("file name", "{what} for the customer").format(what=word)
    stem = f"{account} - {pursuit} - {word}"
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", stem)
    stem = " ".join(stem.split()).strip(" .")[:150]
    return stem + KINDS[kind].suffix


def gather(
    workspace: Workspace, request: Request, progress: ProgressCallback, should_stop: StopCallback
) -> Finish:
    """The worker's half of an export; the returned Finish writes what needs Qt, in the GUI thread."""
    fmt = export_format(request.kind)
    if fmt.write is None:
        return _drawn(fmt.name)(workspace, request, progress, should_stop)
    job = ExportJob(
        request.path,
        request.pursuit_id,
        account_keys=[request.account_key],
        layout=request.layout,
        scale=request.scale,
        page=request.page,
        since=request.since,
        aspect=request.aspect,
        committee_only=request.committee_only,
        for_customer=request.for_customer and fmt.for_customer,
        drafts_language=request.drafts_language,
    )
    path = fmt.write(workspace, job, progress, should_stop)  # no Qt: the whole file, here in the worker
    return lambda: path


def _map_image(
    workspace: Workspace, request: Request, progress: ProgressCallback, should_stop: StopCallback
) -> Finish:
    from consensus_app.exporters.map_source import load_map_source
    from consensus_app.ui.exports.map_image import svg_fonts_for, write_map_image

    source = load_map_source(
        workspace,
        request.pursuit_id,
        request.layout,
        committee_only=request.committee_only,
        progress=progress,
        should_stop=should_stop,
    )
    kind, path = request.kind, request.path
    # An SVG's font subsets take about a second per CJK font: cut here, off the GUI thread.
    fonts = svg_fonts_for(source) if kind is FormatName.SVG else None
    return lambda: write_map_image(
        source, path, kind.value, scale=request.scale, page=request.page, svg_fonts=fonts
    )


def gather_requested_brief(
    workspace: Workspace, request: Request, progress: ProgressCallback, should_stop: StopCallback
) -> BriefData:
    """The brief's data for what the dialog asks (pursuit, layout, since, committee only)."""
    from consensus_app.ui.exports.brief import gather_brief

    return gather_brief(
        workspace,
        request.pursuit_id,
        since=request.since,
        layout=request.layout,
        committee_only=request.committee_only,
        drafts_language=request.drafts_language,
        progress=progress,
        should_stop=should_stop,
    )


def _brief(
    workspace: Workspace, request: Request, progress: ProgressCallback, should_stop: StopCallback
) -> Finish:
    from consensus_app.ui.exports.brief import render_brief, render_customer_brief

    if request.for_customer:  # only what the committee may see, chosen field by field
        from consensus_app.exporters.customer_view import gather_customer_view

        view = gather_customer_view(
            workspace,
            request.pursuit_id,
            drafts_language=request.drafts_language,
            progress=progress,
            should_stop=should_stop,
        )
        return lambda: render_customer_brief(view, request.path, page=request.page)
    data = gather_requested_brief(workspace, request, progress, should_stop)
    return lambda: render_brief(data, request.path, page=request.page)


Gather = Callable[["Workspace", Request, ProgressCallback, StopCallback], Finish]
# The formats drawn with Qt (the table has no writer for them), by name: gathered in the worker,
# drawn in the GUI thread.
DRAWN: dict[FormatName, Gather] = {
    FormatName.PNG: _map_image,
    FormatName.SVG: _map_image,
    FormatName.PDF: _map_image,
    FormatName.BRIEF: _brief,
}


def _drawn(name: FormatName) -> Gather:
    try:
        return DRAWN[name]
    except KeyError:
        raise UnknownExportFormat(name) from None
