"""The export dialog's preview: the map page, the brief's first page, a table's first rows, or a sentence.

Each preview is what the export will write, drawn small: the map and the brief come from the
same functions as the files (with the same layout), so what the user sees is what they get.
Maps and briefs are gathered once per choice of layout (and date) and kept while the dialog is open.
The brief is gathered in a worker (its themes may need the sentence encoder: seconds), with
"Preparing…" shown meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from consensus_app.operations.reads import Reads
from consensus_app.ui.export_kinds import KINDS, Kind, Preview, Request, gather_requested_brief, kind_words
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from consensus_app.ui.tasks import Task

if TYPE_CHECKING:
    from consensus_app.core.analytics.results import Assessment
    from consensus_app.storage.workspace import Workspace
    from models.tables import AccountRecord, PursuitRecord

log = logging.getLogger(__name__)
SIZE = QSize(420, 300)
ROWS = 8


class ExportPreview(QWidget):
    def __init__(
        self,
        workspace: Workspace,
        account: AccountRecord,
        pursuit: PursuitRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._account = account
        self._pursuit = pursuit
        self._cache: dict[tuple[Any, ...], Any] = {}
        self._latest: Request | None = None  # the request shown last
        self._gathering: tuple[tuple[Any, ...], Task] | None = None  # the brief being gathered
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.text = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.text.setMargin(16)
        self.stack = QStackedWidget()
        for widget in (self.image, self.table, self.text):
            self.stack.addWidget(widget)
        self.stack.setFixedSize(SIZE + QSize(16, 16))
        self.stack.setStyleSheet("QStackedWidget { background: #E9EBEE; }")
        self.note = QLabel(wordWrap=True)
        self.note.setStyleSheet("color: #555;")
        self.note.setFixedWidth(self.stack.width())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_request(self, request: Request) -> None:
        self._latest = request
        try:
            self._show(request)
        except Exception as exc:  # a preview never stands in the way of an export
            log.warning("export preview failed: %s", exc, exc_info=True)
            self._show_text(self.tr("No preview: {reason}").format(reason=exc))

    def _cached(self, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def _show(self, request: Request) -> None:
        from consensus_app.exporters.map_source import load_map_source

        workspace, pid, layout = self._workspace, request.pursuit_id, request.layout
        kind = KINDS[request.kind].preview
        if request.for_customer and kind is not Preview.BRIEF:  # the deck: in words
            self._show_text(
                self.tr(FOR_CUSTOMER).format(what=kind_words(request.kind).split(" (")[0].lower())
            )
            return
        if kind is Preview.MAP:
            from consensus_app.ui.exports.map_image import preview_image

            committee_only = request.committee_only
            source = self._cached(
                ("map", layout, committee_only),
                lambda: load_map_source(workspace, pid, layout, committee_only=committee_only),
            )
            page = request.page if request.kind is Kind.PDF else "map"
            self._show_image(QPixmap.fromImage(preview_image(source, SIZE, page)))
            self.note.setText(f"{source.subtitle}")
        elif kind is Preview.BRIEF:
            from consensus_app.ui.exports.brief import preview_brief

            key = ("brief", layout, request.since, request.committee_only, request.for_customer)
            if key not in self._cache:
                self._gather_brief(key, request)
                return
            data = self._cache[key]
            if request.for_customer:  # the buyer-safe brief's first page, and what it holds
                from consensus_app.ui.exports.brief import preview_customer_brief

                image, pages = preview_customer_brief(data, SIZE, request.page)
                self._show_image(QPixmap.fromImage(image))
                self.note.setText(
                    self.tr(
                        "Pages: {pages}, for the customer's committee: who takes part, the shared "
                        "ground in their words, their criteria, next steps and the plan; no stance, "
                        "influence, profiles, findings, score or notes."
                    ).format(pages=pages)
                )
                return
            image, pages = preview_brief(data, SIZE, request.page)
            self._show_image(QPixmap.fromImage(image))
            self.note.setText(
                self.tr(
                    "{pages} pages: title, map, committee ({members}), assessment ({readiness}); "
                    "changes since {since}: {changes}."
                ).format(
                    pages=pages,
                    members=len(data.members),
                    readiness=_readiness(data.assessment),
                    since=data.since.isoformat(),
                    changes=len(data.changes),
                )
            )
        elif kind is Preview.TABLE:
            self._show_table(request.kind)
        elif kind is Preview.TEXT:
            self._show_text(_describer(request.kind)(self._snapshot(), self._account.name, self._pursuit.id))
        else:  # a preview kind added to exporters/formats.py without a view here
            raise ValueError(f"no preview for {str(kind)!r} ({request.kind} export)")

    def _gather_brief(self, key: tuple[Any, ...], request: Request) -> None:
        """Gather the brief in a worker; the preview is drawn when it is ready."""

        self._show_text(self.tr("Preparing the brief…"))
        if self._gathering is not None:
            if self._gathering[0] == key:
                return
            self._gathering[1].cancel()  # another layout or date was chosen meanwhile
        workspace = self._workspace
        task = Task(
            lambda progress, stop: (  # with its key: a superseded worker may still report
                key,
                _gather_customer(workspace, request, progress, stop)
                if request.for_customer
                else gather_requested_brief(workspace, request, progress, stop),
            ),
            self,
        )
        self._gathering = (key, task)
        task.sig_done.connect(self._on_brief_gathered)
        task.sig_failed.connect(self._on_brief_failed)
        task.start()

    def _on_brief_gathered(self, result: tuple[tuple[Any, ...], Any]) -> None:
        key, data = result
        self._cache[key] = data
        if self._gathering is not None and self._gathering[0] == key:
            self._gathering = None
        if self._latest is not None:
            self.show_request(self._latest)  # draws it if the brief is still the choice

    def _on_brief_failed(self, exc: Exception) -> None:
        self._gathering = None
        log.warning("export preview failed: %s", exc, exc_info=exc)
        self._show_text(self.tr("No preview: {reason}").format(reason=exc))

    def _show_image(self, pixmap: QPixmap) -> None:
        self.image.setPixmap(pixmap)
        self.stack.setCurrentWidget(self.image)

    def _show_text(self, text: str) -> None:
        self.text.setText(text)
        self.note.setText("")
        self.stack.setCurrentWidget(self.text)

    def _snapshot(self) -> Any:
        return self._cached(("snapshot",), lambda: Reads(self._workspace).snapshot(self._account.id))

    def _show_table(self, kind: Kind) -> None:
        from consensus_app.exporters.pursuit_tables import TableName, pursuit_tables

        name = TableName(KINDS[kind].tables[0]) if KINDS[kind].tables else TableName.COMMITTEE
        table = pursuit_tables(self._snapshot(), self._pursuit.id, [name])[0]
        shown = table.rows[:ROWS]
        self.table.clear()
        self.table.setColumnCount(len(table.headers))
        self.table.setRowCount(len(shown))
        self.table.setHorizontalHeaderLabels(table.headers)
        for r, row in enumerate(shown):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.table.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.table)
        note = self.tr("The first {shown} of {rows} rows of the {table} table.")
        if kind is Kind.XLSX:
            note = self.tr(
                "The first {shown} of {rows} rows of the {table} table, a Priorities sheet and the Plan."
            )
        self.note.setText(note.format(shown=len(shown), rows=len(table.rows), table=table.title))


def _gather_customer(workspace: Any, request: Request, progress: Any, stop: Any) -> Any:
    from consensus_app.exporters.customer_view import gather_customer_view

    return gather_customer_view(workspace, request.pursuit_id, progress=progress, should_stop=stop)


FOR_CUSTOMER = QT_TRANSLATE_NOOP(
    "ExportPreview",
    "The {what} for the customer's committee: who takes part, the shared ground in their own "
    "words (as the drafts quote them), their decision criteria, the proposed next steps and the "
    "plan for deciding together. Nothing internal goes in: no stance, influence, profiles, "
    "findings, score, notes, evidence, personal wins or priorities, mobilizer kits or ties.",
)


def _describe_json(snapshot: Any, account: str, _pursuit_id: int) -> str:
    return QCoreApplication.translate(
        "ExportPreview",
        "The whole account {account} as an interchange file — people: {people}, relationships: "
        "{ties}, priorities: {priorities}, pursuits: {pursuits}, messages: {messages}. It imports "
        "into any Consensus workspace.",
    ).format(
        account=account,
        people=len(snapshot.stakeholders),
        ties=len(snapshot.relationships),
        priorities=len(snapshot.priorities),
        pursuits=len(snapshot.pursuits),
        messages=len(snapshot.messages),
    )


def _describe_deck(snapshot: Any, _account: str, pursuit_id: int) -> str:
    members = len(snapshot.committee.get(pursuit_id, []))
    return QCoreApplication.translate(
        "ExportPreview",
        "An editable PowerPoint deck: a title slide, the committee map as cards and lines you "
        "can move ({members} on the committee), the committee table, the assessment, the "
        "bridge themes, approved and drafted messages, and what changed since the date chosen.",
    ).format(members=members)


def _describe_graph(tool: str) -> Describer:
    def describe(snapshot: Any, _account: str, pursuit_id: int) -> str:
        members = len(snapshot.committee.get(pursuit_id, []))
        return QCoreApplication.translate(
            "ExportPreview",
            "The pursuit's graph — people: {people} ({members} on the committee), their reporting "
            "lines, relationships: {ties}, with every attribute, for {tool}.",
        ).format(
            people=len(snapshot.stakeholders), members=members, ties=len(snapshot.relationships), tool=tool
        )

    return describe


Describer = Callable[[Any, str, int], str]  # (account snapshot, account name, pursuit id) -> text
# What each format previewed as text holds, in words.
DESCRIBERS: dict[Kind, Describer] = {
    Kind.JSON: _describe_json,
    Kind.PPTX: _describe_deck,
    Kind.GRAPHML: _describe_graph("yEd, Cytoscape, networkx, igraph"),
    Kind.GEXF: _describe_graph("Gephi"),
}


def _describer(kind: Kind) -> Describer:
    try:
        return DESCRIBERS[kind]
    except KeyError:  # never "a graph" for a format this preview does not know
        raise ValueError(f"no description for the {str(kind)!r} export") from None


def _readiness(assessment: Assessment) -> str:
    if not assessment.assessable:
        return QCoreApplication.translate("ExportPreview", "not enough to assess yet")
    return QCoreApplication.translate("ExportPreview", "{score}/100, findings: {findings}").format(
        score=assessment.score, findings=len(assessment.findings)
    )
