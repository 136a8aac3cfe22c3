"""The committee table of the main window: filter box above a sortable table, edited in place."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consensus_app.i18n import ngettext
from consensus_app.ui.committee_model import (
    CommitteeColumn,
    CommitteeModel,
    EditMember,
    SortRole,
    StakeholderIdRole,
)
from consensus_app.ui.committee_words import (
    function_label,
    journey_label,
    never_text,
    profile_label,
    role_label,
    stance_icon,
    stance_label,
)
from consensus_app.ui.delegates import (
    CenteredCheckDelegate,
    ChoiceDelegate,
    OptionalDateDelegate,
    SpinDelegate,
)
from consensus_app.ui.journey_widgets import StageDelegate
from models import BuyingRole, BuyingStage, Function, Profile
from models.enums import INFLUENCE_RANGE, STANCE_RANGE

C = CommitteeColumn
FILTER_COLUMNS = (C.NAME, C.TITLE, C.FUNCTION, C.ROLE, C.PROFILE)
_WIDE_TEXT = {C.NAME: "Øystein Bråten-Kvam", C.TITLE: "Chief Information Officer"}  # typical, not longest
_PADDING = 16  # the cell's margins
_ICON = 20  # the stance's colour square and its gap
# Elided (with a tooltip) when space is short: these first, the name last.
_SHRINKS = ((C.TITLE, C.ROLE, C.FUNCTION, C.PROFILE), (C.NAME,))


class CommitteeFilterProxy(QSortFilterProxyModel):
    """Keeps rows in which every word of the filter appears in the name, title, function, role or profile."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SortRole)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = " ".join(
            str(model.index(source_row, column, source_parent).data() or "") for column in FILTER_COLUMNS
        ).casefold()
        return all(word in haystack for word in self._words)


class CommitteeTable(QWidget):
    """Emits `sig_selection_changed` with the selected stakeholder ids when the user selects rows."""

    sig_selection_changed = Signal(list)

    def __init__(self, edit_member: EditMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = source_model = CommitteeModel(edit_member, self)
        self._syncing = False
        self._last_emitted: list[int] = []
        self._kept: list[int] = []

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter committee…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip(
            self.tr("Show members whose name, title, function, role or profile contain every word")
        )
        self.count_label = QLabel()
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quiet, secondary text
        self.count_label.setContentsMargins(4, 0, 6, 0)

        self.proxy = CommitteeFilterProxy(self)
        self.proxy.setSourceModel(source_model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self._configure_view()
        self._install_delegates()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        source_model.modelAboutToBeReset.connect(self._on_model_about_to_reset)
        source_model.modelReset.connect(self._on_model_reset)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_count)
        # The proxy drops a row before its source has (while the source is about to remove it):
        # count again once the member is gone, or the label says "9 of 10" for a committee of 9.
        source_model.rowsRemoved.connect(self._update_count)
        self._update_count()

    @property
    def model(self) -> CommitteeModel:
        """The source model (rows in the order `set_rows` gave them, unfiltered)."""
        return self._model

    def _configure_view(self) -> None:
        view = self.view
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setShowGrid(False)
        view.setCornerButtonEnabled(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fitting, self._user_sized = False, False
        header.sectionResized.connect(self._on_section_resized)
        view.viewport().installEventFilter(self)
        self.fit_columns()
        view.setSortingEnabled(True)
        view.sortByColumn(C.NAME, Qt.SortOrder.AscendingOrder)

    # -- column widths ----------------------------------------------------------------------------
    def natural_widths(self) -> dict[CommitteeColumn, int]:
        """What each column needs to show its header and its usual values in full."""
        metrics = self.view.fontMetrics()
        samples: dict[CommitteeColumn, list[str]] = {
            C.FUNCTION: [function_label(f) for f in Function],
            C.ROLE: [role_label(r) for r in BuyingRole],
            C.PROFILE: [profile_label(p) for p in Profile],
            C.STANCE: [stance_label(s) for s in range(STANCE_RANGE[0], STANCE_RANGE[1] + 1)],
            C.LAST_ENGAGED: ["2027-12-31", never_text()],
            C.JOURNEY_STAGE: [journey_label(None), *(journey_label(stage) for stage in BuyingStage)],
            **{column: [text] for column, text in _WIDE_TEXT.items()},
        }
        return {
            column: max(
                self._header_width(column),
                _PADDING
                + max((metrics.horizontalAdvance(text) for text in samples.get(column, [])), default=0)
                + (_ICON if column == C.STANCE else 0),
            )
            for column in CommitteeColumn
        }

    def _header_width(self, column: CommitteeColumn) -> int:
        """The header's words in full."""
        return self.view.horizontalHeader().fontMetrics().horizontalAdvance(column.header) + _PADDING

    def fit_columns(self) -> None:
        """Every column in the width the table has (a 1440-pixel window's included): the long ones
        give up room first, down to their header's width; after the user resizes one, theirs stand."""
        if self._user_sized:
            return
        widths = self.natural_widths()
        minimum = {column: self._header_width(column) for column in CommitteeColumn}
        room = self.view.viewport().width()
        for columns in _SHRINKS:
            excess = sum(widths.values()) - room
            slack = sum(widths[c] - minimum[c] for c in columns)
            if excess > 0 and slack > 0:
                share = min(1.0, excess / slack)
                for column in columns:
                    widths[column] -= int((widths[column] - minimum[column]) * share + 0.999)
        self._fitting = True
        try:
            for column, width in widths.items():
                self.view.horizontalHeader().resizeSection(column, width)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        # The last column stretches by itself as the table resizes; any other was the user's drag.
        if not self._fitting and column != len(CommitteeColumn) - 1:
            self._user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _install_delegates(self) -> None:
        stances = range(STANCE_RANGE[0], STANCE_RANGE[1] + 1)
        delegates = {
            C.FUNCTION: ChoiceDelegate([(function_label(f), f, None) for f in Function], self),
            C.ROLE: ChoiceDelegate([(role_label(r), r, None) for r in BuyingRole], self),
            C.PROFILE: ChoiceDelegate([(profile_label(p), p, None) for p in Profile], self),
            C.STANCE: ChoiceDelegate(
                [(stance_label(s, signed=True), s, stance_icon(s)) for s in stances], self
            ),
            C.APPROVER: CenteredCheckDelegate(self),
            C.INFLUENCE: SpinDelegate(*INFLUENCE_RANGE, parent=self),
            C.LAST_ENGAGED: OptionalDateDelegate(self),
            C.JOURNEY_STAGE: StageDelegate(self),  # asks when and what moved them
        }
        for column, delegate in delegates.items():
            self.view.setItemDelegateForColumn(column, delegate)

    # -- selection --------------------------------------------------------------------------------
    def selected_stakeholder_ids(self) -> list[int]:
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda index: index.row())
        return [int(index.data(StakeholderIdRole)) for index in rows]

    def select_stakeholders(self, ids: Iterable[int]) -> None:
        """Select these stakeholders' rows (those on the committee and not filtered out); emits nothing."""
        selection = QItemSelection()
        first: QModelIndex | None = None
        last_column = self.proxy.columnCount() - 1
        for stakeholder_id in ids:
            row = self._model.row_for_stakeholder(stakeholder_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self._model.index(row, 0))
            if not index.isValid():
                continue
            selection.select(index, index.siblingAtColumn(last_column))
            if first is None or index.row() < first.row():
                first = index
        model = self.view.selectionModel()
        current = self.view.currentIndex()
        self._syncing = True
        try:
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if first is not None and not (current.isValid() and model.isRowSelected(current.row())):
                # The cell the user is on keeps its column: a click on a stance then F2 or typing
                # edits the stance, not the name.
                column = current.column() if current.isValid() else 0
                model.setCurrentIndex(
                    first.siblingAtColumn(column), QItemSelectionModel.SelectionFlag.NoUpdate
                )
                self.view.scrollTo(first)
        finally:
            self._syncing = False
        self._last_emitted = self.selected_stakeholder_ids()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._syncing:
            return
        ids = self.selected_stakeholder_ids()
        if ids != self._last_emitted:
            self._last_emitted = ids
            self.sig_selection_changed.emit(ids)

    def _on_model_about_to_reset(self) -> None:
        self._kept = self.selected_stakeholder_ids()

    def _on_model_reset(self) -> None:
        """Keep the selected members that are still on the committee; tell listeners if some left."""
        self.select_stakeholders(self._kept)
        self._last_emitted, previous = self.selected_stakeholder_ids(), self._kept
        if self._last_emitted != previous:
            self.sig_selection_changed.emit(self._last_emitted)

    # -- filter -----------------------------------------------------------------------------------
    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self._model.rowCount()
        # gettext's plurals: right in English with no catalogue loaded (Qt's %n needs one for English too).
        if shown == total:
            self.count_label.setText(ngettext("{n} member", "{n} members", total).format(n=total))
        else:
            words = ngettext("{shown} of {n} member", "{shown} of {n} members", total)
            self.count_label.setText(words.format(shown=shown, n=total))
