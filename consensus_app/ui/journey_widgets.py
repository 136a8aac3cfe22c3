"""Where each buyer is, in the window: the dialog that moves a member to another buying stage
(with the day and what moved them), the inspector's stage row, and the Assessment tab's heat map
of people × stages with who is ahead of or behind the group."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.journey import (
    STAGE_SHORT,
    STAGE_WORDS,
    STAGES,
    JourneyRow,
    StageChoice,
    StageMove,
    Standing,
    group_stage,
    journey_rows,
    stage_words,
)
from consensus_app.core.pursuit_map import PursuitMap
from consensus_app.ui.delegates import ChoiceDelegate, Index
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from consensus_app.ui.widgets import EnumCombo
from models import BuyingStage

# Colour-blind safe (Okabe–Ito): ahead blue, with the group grey, behind orange.
STANDING_COLORS = {
    Standing.AHEAD: "#0072B2",
    Standing.WITH: "#7A7A7A",
    Standing.BEHIND: "#D55E00",
    Standing.UNKNOWN: "#BBBBBB",
}
# Where a member stands against the group, in words (Standing's values are codes).
STANDING_WORDS = {
    Standing.AHEAD: QT_TRANSLATE_NOOP("Journey", "ahead"),
    Standing.WITH: QT_TRANSLATE_NOOP("Journey", "with the group"),
    Standing.BEHIND: QT_TRANSLATE_NOOP("Journey", "behind"),
    Standing.UNKNOWN: QT_TRANSLATE_NOOP("Journey", "not known"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Journey", text)


def standing_words(where: Standing) -> str:
    return _tr(STANDING_WORDS[where])


_VISITED = "#E4E4E4"  # a stage their history passed through
_IDS = Qt.ItemDataRole.UserRole
SHOWN_ROWS = 16  # the heat map grows with the committee up to this many rows, then scrolls


def stage_combo() -> EnumCombo:
    return EnumCombo(
        [None, *STAGES],
        [QCoreApplication.translate("Journey", "Not known"), *(STAGE_WORDS[s] for s in STAGES)],
    )


class MoveDialog(QDialog):
    """Move a member to a stage: the day it happened (today unless told) and what moved them."""

    def __init__(self, name: str, stage: BuyingStage | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey-move-dialog")
        self.setWindowTitle(QCoreApplication.translate("Journey", "Move {name}").format(name=name))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate.currentDate())
        self.note = QLineEdit(
            placeholderText=QCoreApplication.translate(
                "Journey", "What moved them: a meeting, a new requirement, a doubt…"
            )
        )
        self.note.setMinimumWidth(360)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Journey", "Move")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{html.escape(name)}</b> → {html.escape(stage_words(stage))}"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Journey", "On"), self.day)
        form.addRow(QCoreApplication.translate("Journey", "What moved them"), self.note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_day(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())


class StageDelegate(ChoiceDelegate):
    """The committee table's Stage column: choosing another stage asks, like the inspector, when
    and what moved them; Cancel leaves the row as it was."""

    def __init__(self, parent: QObject | None = None) -> None:
        labels = [
            QCoreApplication.translate("Journey", "not known"),
            *(STAGE_SHORT[s].lower() for s in STAGES),
        ]
        super().__init__(
            [(label, stage, None) for label, stage in zip(labels, [None, *STAGES], strict=True)], parent
        )

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        chosen = editor.currentData()
        stage = BuyingStage(chosen) if chosen else None
        if editor.currentIndex() < 0 or stage == index.data(Qt.ItemDataRole.EditRole):
            return
        dialog = MoveDialog(str(index.model().index(index.row(), 0).data()), stage, editor.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            choice = StageChoice(stage, dialog.note.text().strip() or None, dialog.chosen_day())
            model.setData(index, choice, Qt.ItemDataRole.EditRole)


def history_text(moves: list[StageMove], limit: int = 4) -> str:
    """A person's last moves, newest first: "2026-12-01 · supplier selection → solution … — note"."""
    lines = []
    for move in reversed(moves[-limit:]):
        came = f"{stage_words(move.from_stage).lower()} → " if move.from_stage else ""
        note = f" — {html.escape(move.note)}" if move.note else ""
        back = (
            " <b>" + QCoreApplication.translate("Journey", "(back a stage)") + "</b>" if move.backward else ""
        )
        lines.append(f"{move.day.isoformat()} · {came}{stage_words(move.to_stage).lower()}{back}{note}")
    if len(moves) > limit:
        lines.append(
            "<i>"
            + QCoreApplication.translate("Journey", "earlier moves: {n}").format(n=len(moves) - limit)
            + "</i>"
        )
    return (
        "<br>".join(lines) or "<i>" + QCoreApplication.translate("Journey", "No moves recorded yet") + "</i>"
    )


class JourneyHeatMap(QTableWidget):
    """People × the three stages: each row filled at the person's stage in the colour of where
    they stand against the group (ahead, with it, behind), stages they came from shaded; the
    group's stage and the pursuit's are named in the heading. Selecting a row highlights them."""

    sig_highlight = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.COLUMNS = (
            QCoreApplication.translate("Journey", "Person"),
            *(STAGE_SHORT[s] for s in STAGES),
            QCoreApplication.translate("Journey", "Against the group"),
        )
        super().__init__(0, len(self.COLUMNS), parent)
        self.setObjectName("journey-heat-map")
        self.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the words they hold: sizing to contents measured every cell again
        # for each one set (seconds for a 500-person committee).
        metrics = header.fontMetrics()
        widest = (
            "",
            *self.COLUMNS[1:-1],
            QCoreApplication.translate("Journey", "moved back · {standing}").format(
                standing=standing_words(Standing.WITH)
            ),
        )
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, metrics.horizontalAdvance(widest[column]) + 18)
        self.verticalHeader().setDefaultSectionSize(20)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows: list[JourneyRow] = []
        self.group: BuyingStage | None = None
        self.itemSelectionChanged.connect(self._on_selection)

    def show_map(self, pursuit_map: PursuitMap | None) -> None:
        members = pursuit_map.members() if pursuit_map else []
        self.group = group_stage(
            [m.journey_stage for m in members], pursuit_map.stage if pursuit_map else None
        )
        people = [
            (m.stakeholder_id, m.name, m.journey_stage, m.journey_from, m.journey_since) for m in members
        ]
        moves = [
            StageMove(m.stakeholder_id, m.journey_since or date.min, m.journey_from, m.journey_stage)
            for m in members
            if m.journey_from is not None
        ]
        rows = journey_rows(people, moves, self.group)
        if rows != self.rows or not rows:  # (most edits move nobody: the rows stay)
            self.rows = rows
            self.blockSignals(True)
            self.setUpdatesEnabled(False)
            self.setRowCount(0)
            self.setRowCount(len(rows))
            for row, person in enumerate(rows):
                self._fill_row(row, person)
            self.setUpdatesEnabled(True)
            self.blockSignals(False)
            self._fit_height()
        self._say(pursuit_map)

    def _fit_height(self) -> None:
        """Tall enough for everyone up to SHOWN_ROWS; a larger committee scrolls."""
        rows = min(max(self.rowCount(), 3), SHOWN_ROWS)
        frame = 2 * self.frameWidth() + self.horizontalHeader().height()
        self.setFixedHeight(frame + rows * self.verticalHeader().defaultSectionSize() + 2)

    def _fill_row(self, row: int, person: JourneyRow) -> None:
        name = QTableWidgetItem(person.name)
        name.setData(_IDS, person.stakeholder_id)
        self.setItem(row, 0, name)
        for column, stage in enumerate(STAGES, start=1):
            cell = QTableWidgetItem("")
            if stage == person.stage:
                cell.setBackground(QBrush(QColor(STANDING_COLORS[person.standing])))
                cell.setText("⟲" if person.looped else "●")
                cell.setForeground(QBrush(QColor("white")))
            elif stage in person.visited:
                cell.setBackground(QBrush(QColor(_VISITED)))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            where = stage_words(person.stage).lower()
            if person.since and stage == person.stage:
                where = QCoreApplication.translate("Journey", "{stage} since {day}").format(
                    stage=where, day=person.since.isoformat()
                )
            cell.setToolTip(f"{person.name}: {where}")
            self.setItem(row, column, cell)
        words = standing_words(person.standing)
        standing = QTableWidgetItem(
            QCoreApplication.translate("Journey", "moved back · {standing}").format(standing=words)
            if person.looped
            else words
        )
        standing.setForeground(QBrush(QColor(STANDING_COLORS[person.standing]).darker(115)))
        self.setItem(row, len(self.COLUMNS) - 1, standing)

    def _say(self, pursuit_map: PursuitMap | None) -> None:
        if not self.rows:
            self.summary.setText(
                "<i>" + QCoreApplication.translate("Journey", "Nobody on the committee yet.") + "</i>"
            )
            return
        counts = {s: sum(1 for r in self.rows if r.standing is s) for s in Standing}
        pursuit = (
            stage_words(pursuit_map.stage).lower()
            if pursuit_map and pursuit_map.stage
            else QCoreApplication.translate("Journey", "not set")
        )
        self.summary.setText(
            QCoreApplication.translate(
                "Journey",
                "The group is at <b>{group}</b> (the pursuit: {pursuit}). "
                "{ahead} ahead, {with_group} with the group, {behind} behind, {unknown} not known.",
            ).format(
                group=stage_words(self.group).lower(),
                pursuit=pursuit,
                ahead=counts[Standing.AHEAD],
                with_group=counts[Standing.WITH],
                behind=counts[Standing.BEHIND],
                unknown=counts[Standing.UNKNOWN],
            )
        )

    def row_of(self, name: str) -> JourneyRow:
        return next(r for r in self.rows if r.name == name)

    def _on_selection(self) -> None:
        selected = self.selectedItems()
        ids = [item.data(_IDS) for item in selected if item.column() == 0]
        self.sig_highlight.emit([i for i in ids if i is not None])
