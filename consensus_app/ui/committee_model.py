"""The committee of one pursuit as a Qt table model: one row per committee member.

The model never writes: `setData` hands each edit to the window's `edit_member` hook, which
turns it into an undoable command, and the window then refreshes the rows with `set_rows`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPalette

from consensus_app.core.journey import StageChoice, stage_index, stage_words
from consensus_app.core.pursuit_map import MapNode
from consensus_app.ui.committee_words import (
    PROFILE_EXPLANATIONS,
    STANCE_EXPLANATIONS,
    function_label,
    journey_label,
    never_text,
    profile_label,
    role_label,
    stance_icon,
    stance_label,
)
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from models import BuyingRole, BuyingStage, Function, Profile
from models.enums import INFLUENCE_RANGE, STANCE_RANGE

log = logging.getLogger(__name__)
# More rows coming or going than this (another pursuit opened) reset the table instead.
_ROWS_MOVED_ONE_BY_ONE = 16

Index = QModelIndex | QPersistentModelIndex
EditMember = Callable[[int, str, object], None]

SortRole = Qt.ItemDataRole.UserRole + 1
StakeholderIdRole = Qt.ItemDataRole.UserRole + 2
MemberIdRole = Qt.ItemDataRole.UserRole + 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommitteeColumn", text)


class CommitteeColumn(IntEnum):
    NAME = 0
    TITLE = 1
    FUNCTION = 2
    ROLE = 3
    APPROVER = 4
    STANCE = 5
    INFLUENCE = 6
    PROFILE = 7
    LAST_ENGAGED = 8
    JOURNEY_STAGE = 9

    @property
    def header(self) -> str:
        return QCoreApplication.translate("CommitteeColumn", str(_HEADERS[self][0]))

    @property
    def field(self) -> str:
        """The name `edit_member` receives for an edit in this column."""
        return self.name.lower()


C = CommitteeColumn
# Marked for the catalogues (context "CommitteeColumn"); translated where shown.
_HEADERS = {
    C.NAME: (
        QT_TRANSLATE_NOOP("CommitteeColumn", "Name"),
        QT_TRANSLATE_NOOP("CommitteeColumn", "The stakeholder's name"),
    ),
    C.TITLE: (
        QT_TRANSLATE_NOOP("CommitteeColumn", "Title"),
        QT_TRANSLATE_NOOP("CommitteeColumn", "Job title"),
    ),
    C.FUNCTION: (
        QT_TRANSLATE_NOOP("CommitteeColumn", "Function"),
        QT_TRANSLATE_NOOP("CommitteeColumn", "The part of the organisation they work in"),
    ),
    C.ROLE: (
        QT_TRANSLATE_NOOP("CommitteeColumn", "Role"),
        QT_TRANSLATE_NOOP("CommitteeColumn", "Their buying role in this pursuit"),
    ),
    C.APPROVER: (
        QT_TRANSLATE_NOOP("CommitteeColumn", "Approver"),
        QT_TRANSLATE_NOOP("CommitteeColumn", "Formally signs off on the purchase"),
    ),
    C.STANCE: (
        QT_TRANSLATE_NOOP("CommitteeColumn", "Stance"),
        QT_TRANSLATE_NOOP("CommitteeColumn", "How they lean on this purchase: −2 opposed … +2 advocate"),
    ),
    C.INFLUENCE: (
        QT_TRANSLATE_NOOP("CommitteeColumn", "Influence"),
        QT_TRANSLATE_NOOP("CommitteeColumn", "How much they sway the decision: 1 little … 5 decisive"),
    ),
    C.PROFILE: (
        QT_TRANSLATE_NOOP("CommitteeColumn", "Profile"),
        QT_TRANSLATE_NOOP(
            "CommitteeColumn",
            "Mobilizers (go-getter, teacher, skeptic) drive change; talkers (guide, friend, climber)\n"
            "are easy to reach but do not drive it; blockers resist.",
        ),
    ),
    C.LAST_ENGAGED: (
        QT_TRANSLATE_NOOP("CommitteeColumn", "Last engaged"),
        QT_TRANSLATE_NOOP("CommitteeColumn", "When the account team last engaged them"),
    ),
    C.JOURNEY_STAGE: (
        QT_TRANSLATE_NOOP("CommitteeColumn", "Stage"),
        QT_TRANSLATE_NOOP(
            "CommitteeColumn",
            "Where they are in the purchase: problem definition, solution identification, supplier\n"
            "selection. Choosing another asks when and what moved them, and keeps the move in their history.",
        ),
    ),
}
_CENTERED = (C.APPROVER, C.INFLUENCE)
_ENUMS: dict[CommitteeColumn, type[StrEnum]] = {C.FUNCTION: Function, C.ROLE: BuyingRole, C.PROFILE: Profile}
_RANGES = {C.STANCE: STANCE_RANGE, C.INFLUENCE: INFLUENCE_RANGE}
_DISPLAY: dict[CommitteeColumn, Callable[[MapNode], str | None]] = {
    C.NAME: lambda n: n.name,
    C.TITLE: lambda n: n.title or "",
    C.FUNCTION: lambda n: function_label(n.function),
    C.ROLE: lambda n: role_label(n.role),
    C.APPROVER: lambda n: None,  # the checkbox says it
    C.STANCE: lambda n: stance_label(n.stance),
    C.INFLUENCE: lambda n: str(n.influence),
    C.PROFILE: lambda n: profile_label(n.profile),
    C.LAST_ENGAGED: lambda n: n.last_engaged.isoformat() if n.last_engaged else never_text(),
    C.JOURNEY_STAGE: lambda n: journey_label(n.journey_stage),
}
_SORT_KEY: dict[CommitteeColumn, Callable[[MapNode], int | str]] = {
    C.NAME: lambda n: n.name.casefold(),
    C.TITLE: lambda n: (n.title or "").casefold(),
    C.FUNCTION: lambda n: function_label(n.function).casefold(),
    C.ROLE: lambda n: list(BuyingRole).index(n.role) if n.role else len(BuyingRole),  # economic buyer first
    C.APPROVER: lambda n: int(n.approver),
    C.STANCE: lambda n: n.stance,
    C.INFLUENCE: lambda n: n.influence,
    C.PROFILE: lambda n: list(Profile).index(n.profile),  # mobilizers, talkers, blocker, unknown
    C.LAST_ENGAGED: lambda n: n.last_engaged.isoformat() if n.last_engaged else "",
    C.JOURNEY_STAGE: lambda n: stage_index(n.journey_stage) if n.journey_stage else -1,
}


class CommitteeModel(QAbstractTableModel):
    """Rows are committee members (`MapNode.on_committee`), in the order `set_rows` gives them."""

    sig_edit_failed = Signal(str)

    def __init__(self, edit_member: EditMember, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edit_member = edit_member
        self._rows: list[MapNode] = []
        self._row_of: dict[int, int] = {}  # stakeholder id -> row

    # -- rows -------------------------------------------------------------------------------------
    def set_rows(self, nodes: Sequence[MapNode]) -> None:
        """Show these members; a refresh of the same members keeps rows, so selections survive."""
        members = [node for node in nodes if node.on_committee]
        by_member = {node.member_id: node for node in members}
        gone = [row for row, node in enumerate(self._rows) if node.member_id not in by_member]
        have = {node.member_id for node in self._rows}
        joining = [node for node in members if node.member_id not in have]
        if len(gone) + len(joining) > _ROWS_MOVED_ONE_BY_ONE:  # another pursuit, say
            self.beginResetModel()
            self._rows = members
            self._reindex()
            self.endResetModel()
            return
        # A few rows came or went (someone added, deleted, seated): one by one, as a reset would
        # make the table, sorted through its proxy, read every cell again (0.3 s for 500 members).
        for row in reversed(gone):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        if joining:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(joining) - 1)
            self._rows.extend(joining)
            self.endInsertRows()
        self._reindex()
        last = len(CommitteeColumn) - 1
        for row, old in enumerate(self._rows):
            new = by_member[old.member_id]
            if new != old:
                self._rows[row] = new
                if new.stakeholder_id != old.stakeholder_id:
                    self._reindex()
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _reindex(self) -> None:
        self._row_of = {node.stakeholder_id: row for row, node in enumerate(self._rows)}

    def node(self, row: int) -> MapNode:
        return self._rows[row]

    def row_for_stakeholder(self, stakeholder_id: int) -> int | None:
        return self._row_of.get(stakeholder_id)

    # -- shape ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CommitteeColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(CommitteeColumn):
            column = CommitteeColumn(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("CommitteeColumn", str(_HEADERS[column][1]))
            if role == Qt.ItemDataRole.TextAlignmentRole and column in _CENTERED:
                return Qt.AlignmentFlag.AlignCenter
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == C.APPROVER:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    # -- reading ----------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        node = self._rows[index.row()]
        column = CommitteeColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _DISPLAY[column](node)
        if role == Qt.ItemDataRole.EditRole:
            return node.title or "" if column == C.TITLE else getattr(node, column.field)
        if role == SortRole:
            return _SORT_KEY[column](node)
        if role == StakeholderIdRole:
            return node.stakeholder_id
        if role == MemberIdRole:
            return node.member_id
        if role == Qt.ItemDataRole.CheckStateRole and column == C.APPROVER:
            return Qt.CheckState.Checked if node.approver else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == C.STANCE:
            return stance_icon(node.stance)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _CENTERED:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        if role == Qt.ItemDataRole.ForegroundRole and self._is_blank(node, column):
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    @staticmethod
    def _is_blank(node: MapNode, column: CommitteeColumn) -> bool:
        """Cells that say "nothing known" ("never", "unknown") are drawn in a quieter colour."""
        if column == C.LAST_ENGAGED:
            return node.last_engaged is None
        if column == C.JOURNEY_STAGE:
            return node.journey_stage is None
        return column == C.PROFILE and node.profile == Profile.UNKNOWN

    @staticmethod
    def _tooltip(node: MapNode, column: CommitteeColumn) -> str | None:
        if column == C.STANCE:
            explanation = STANCE_EXPLANATIONS.get(node.stance)
            return f"{stance_label(node.stance, signed=True)}: {_tr(explanation) if explanation else ''}"
        if column == C.PROFILE:
            return f"{profile_label(node.profile).capitalize()}. {_tr(PROFILE_EXPLANATIONS[node.profile])}"
        if column == C.LAST_ENGAGED:
            if node.last_engaged is None:
                return QCoreApplication.translate("CommitteeColumn", "Never engaged")
            days = (date.today() - node.last_engaged).days
            return (
                QCoreApplication.translate("CommitteeColumn", "Last engaged {days} days ago").format(
                    days=days
                )
                if days > 1
                else QCoreApplication.translate("CommitteeColumn", "Engaged recently")
            )
        if column in (C.NAME, C.TITLE):
            return _DISPLAY[column](node) or None
        if column == C.JOURNEY_STAGE and node.journey_stage is not None:
            words = stage_words(node.journey_stage)
            if node.journey_since:
                words = QCoreApplication.translate("CommitteeColumn", "{stage} since {day}").format(
                    stage=words, day=node.journey_since.isoformat()
                )
            if node.journey_from:
                words = QCoreApplication.translate("CommitteeColumn", "{stage}, from {earlier}").format(
                    stage=words, earlier=stage_words(node.journey_from).lower()
                )
            return words
        return None

    # -- editing ----------------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand the edit to the hook; the row itself changes only when the window calls `set_rows`."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        column = CommitteeColumn(index.column())
        node = self._rows[index.row()]
        check = role == Qt.ItemDataRole.CheckStateRole and column == C.APPROVER
        if role != Qt.ItemDataRole.EditRole and not check:
            return False
        try:
            new_value = _coerce(column, value, role)
        except (TypeError, ValueError) as exc:
            self.sig_edit_failed.emit(f"{column.header}: {exc}")
            return False
        if new_value == getattr(node, column.field):
            return True  # nothing changed: no command, no undo step
        assert node.member_id is not None
        try:
            self._edit_member(node.member_id, column.field, new_value)
        except Exception as exc:
            log.warning("Editing %s of %s failed", column.field, node.name, exc_info=True)
            self.sig_edit_failed.emit(str(exc) or type(exc).__name__)
            return False
        return True


def _coerce(column: CommitteeColumn, value: Any, role: int) -> object:
    """The value an editor gave, as the type the domain stores; raises ValueError for bad input."""
    if column in _ENUMS:
        return _ENUMS[column](str(value))
    if column in _RANGES:
        return _in_range(value, _RANGES[column])
    if column == C.APPROVER:
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState(value) == Qt.CheckState.Checked
        return bool(value)
    if column == C.JOURNEY_STAGE:
        if isinstance(value, StageChoice):  # from the Stage column's dialog: the day and the note too
            return value
        return BuyingStage(str(value)) if value else None
    if column == C.LAST_ENGAGED:
        if isinstance(value, QDate):
            return value.toPython() if value.isValid() else None
        if isinstance(value, date) or value is None or value == "":
            return value or None
        return date.fromisoformat(str(value))
    text = str(value or "").strip()
    if column == C.NAME and not text:
        raise ValueError("a name cannot be blank")
    return text or None


def _in_range(value: Any, bounds: tuple[int, int]) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"expected a whole number, got {value!r}")
    number = int(value)
    if not bounds[0] <= number <= bounds[1]:
        raise ValueError(f"must be between {bounds[0]} and {bounds[1]}")
    return number
