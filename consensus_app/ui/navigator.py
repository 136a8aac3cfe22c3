"""Accounts and their pursuits: searchable, keyboard friendly (type to filter, arrows, Enter).

The search (Ctrl+F) also finds people: while it holds text, each account lists the people
whose name or title matches; clicking one (or Enter) asks the window to open their pursuit
and select and centre their card (at an account without a pursuit yet, to create its first).
People are read only while the search holds text (on its first keystroke, and on a refresh
during a search): every edit refreshes the navigator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from consensus_app.operations.reads import Reads

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace
    from models import AccountRecord, PursuitRecord, StakeholderRecord

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
PURSUIT_ROLE = Qt.ItemDataRole.UserRole + 2
PERSON_ROLE = Qt.ItemDataRole.UserRole + 3


class _SearchFilter(QSortFilterProxyModel):
    """Accounts and pursuits always; people only while the search holds text."""

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(PERSON_ROLE) is not None and not self.filterRegularExpression().pattern():
            return False
        return super().filterAcceptsRow(source_row, source_parent)


def _stage(pursuit: PursuitRecord) -> str:
    return pursuit.stage.value.replace("_", " ")


class Navigator(QWidget):
    sig_pursuit_selected = Signal(object)  # pursuit id or None
    sig_account_selected = Signal(int)
    sig_person_found = Signal(int, int)  # pursuit id to show them in, stakeholder id
    sig_rename_requested = Signal(str, int)  # "account" or "pursuit", id (F2 or the context menu)
    sig_delete_requested = Signal(str, int)  # (Delete or the context menu)
    sig_new_pursuit_requested = Signal(int)  # account id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(
            placeholderText=self.tr("Search accounts, pursuits and people…"), clearButtonEnabled=True
        )
        self.model = QStandardItemModel(self)
        self._open_pursuit: tuple[int, int] | None = None  # (account id, pursuit id) last opened
        self._workspace: Workspace | None = None
        self._people_loaded = False  # the person rows are in the model (only while searching)
        self.proxy = _SearchFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)  # a matching pursuit keeps its account visible
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = QTreeView(headerHidden=True, uniformRowHeights=True)
        self.tree.setModel(self.proxy)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        for keys, signal in (
            (QKeySequence("F2"), self.sig_rename_requested),
            (QKeySequence.StandardKey.Delete, self.sig_delete_requested),
        ):
            shortcut = QShortcut(keys, self.tree, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=signal: self._emit_for_current(s))
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._on_search_entered)
        self.tree.clicked.connect(self._on_person_chosen)
        self.tree.activated.connect(self._on_person_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)

    def load(self, workspace: Workspace) -> None:
        """Rebuild from the workspace, keeping the current pursuit selected."""
        current = self.current_pursuit()
        blocked = self.tree.selectionModel().blockSignals(True)
        self.model.clear()
        self._workspace, self._people_loaded = workspace, False
        reads = Reads(workspace)
        for account in reads.accounts():
            pursuits = reads.pursuits_of(account.id)
            self.model.appendRow(self._account_item(account, pursuits))
        if self.search.text():
            self._load_people()
        self.tree.expandAll()
        self.tree.selectionModel().blockSignals(blocked)
        if current is not None:
            self.select_pursuit(current, emit=False)

    def _account_item(self, account: AccountRecord, pursuits: list[PursuitRecord]) -> QStandardItem:
        item = QStandardItem(account.name)
        item.setData(account.id, ACCOUNT_ROLE)
        item.setToolTip(" · ".join(x for x in (account.name, account.industry, account.region) if x))
        for pursuit in pursuits:
            child = QStandardItem(f"{pursuit.name} · {_stage(pursuit)}")
            child.setData(pursuit.id, PURSUIT_ROLE)
            child.setData(account.id, ACCOUNT_ROLE)
            child.setToolTip(f"{pursuit.name}\n{_stage(pursuit)} · {pursuit.status.value.replace('_', ' ')}")
            item.appendRow(child)
        return item

    def people_changed(self) -> None:
        """Someone was added, renamed or removed: the people rows are read again when next needed."""
        if self._people_loaded and self._workspace is not None:
            self.load(self._workspace)

    def _load_people(self) -> None:
        """The person rows under each account (after its pursuits)."""
        if self._workspace is None or self._people_loaded:
            return
        self._people_loaded = True
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            account_id = int(item.data(ACCOUNT_ROLE))
            for person in Reads(self._workspace).people_of(account_id):
                item.appendRow(self._person_item(account_id, person))

    @staticmethod
    def _person_item(account_id: int, person: StakeholderRecord) -> QStandardItem:
        item = QStandardItem(f"{person.name} · {person.title}" if person.title else person.name)
        item.setData(person.id, PERSON_ROLE)
        item.setData(account_id, ACCOUNT_ROLE)
        item.setToolTip(
            QCoreApplication.translate("Navigator", "{name}: select on the map").format(name=person.name)
        )
        return item

    def current_pursuit(self) -> int | None:
        value = self.tree.currentIndex().data(PURSUIT_ROLE)
        return int(value) if value is not None else None

    def current_account(self) -> int | None:
        value = self.tree.currentIndex().data(ACCOUNT_ROLE)
        return int(value) if value is not None else None

    def first_pursuit(self) -> int | None:
        for row in range(self.model.rowCount()):
            pursuit = self._first_pursuit_of(int(self.model.item(row).data(ACCOUNT_ROLE)))
            if pursuit is not None:
                return pursuit
        return None

    def has_pursuit(self, account_id: int) -> bool:
        return self._first_pursuit_of(account_id) is not None

    def select_account(self, account_id: int) -> bool:
        """Make the account the current row (File ▸ New pursuit… is then for it)."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(ACCOUNT_ROLE) == account_id:
                self.tree.setCurrentIndex(self.proxy.mapFromSource(item.index()))
                return True
        return False

    def select_pursuit(self, pursuit_id: int, emit: bool = True) -> bool:
        matches = self.model.match(
            self.model.index(0, 0), PURSUIT_ROLE, pursuit_id, 1, Qt.MatchFlag.MatchRecursive
        )
        if not matches:
            return False
        self._open_pursuit = (int(matches[0].data(ACCOUNT_ROLE)), pursuit_id)
        blocked = self.tree.selectionModel().blockSignals(not emit)
        self.tree.setCurrentIndex(self.proxy.mapFromSource(matches[0]))
        self.tree.selectionModel().blockSignals(blocked)
        return True

    def _on_search_entered(self) -> None:
        """Enter in the search: go to the first result (a person's is shown at once)."""
        self.tree.setFocus()
        first = self._first_match(QModelIndex())
        if first is not None:
            self.tree.setCurrentIndex(first)
            self._on_person_chosen(first)

    def _first_match(self, parent: QModelIndex) -> QModelIndex | None:
        """The first row, depth first, that itself matches the search (not only its children)."""
        pattern = self.search.text().casefold()
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if pattern and pattern in str(index.data()).casefold():
                return index
            found = self._first_match(index)
            if found is not None:
                return found
        return None

    def _on_person_chosen(self, index: QModelIndex) -> None:
        person, account = index.data(PERSON_ROLE), index.data(ACCOUNT_ROLE)
        if person is None or account is None:
            return
        account = int(account)
        pursuit: int | None
        if self._open_pursuit is not None and self._open_pursuit[0] == account:
            pursuit = self._open_pursuit[1]  # the pursuit already open at their account
        else:
            pursuit = self._first_pursuit_of(account)
        if pursuit is not None:
            self.sig_person_found.emit(pursuit, int(person))
        else:  # no pursuit to show them in yet: offer the account's first (shown unfiltered)
            self.search.clear()
            self.select_account(account)
            self.sig_new_pursuit_requested.emit(account)

    def _first_pursuit_of(self, account_id: int) -> int | None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(ACCOUNT_ROLE) == account_id:
                for child in range(item.rowCount()):
                    value = item.child(child).data(PURSUIT_ROLE)
                    if value is not None:
                        return int(value)
        return None

    def _current(self) -> tuple[str, int] | None:
        """The account or pursuit F2, Delete and the menu act on; none on a person found by the
        search (their row carries their account only to find their pursuit)."""
        index = self.tree.currentIndex()
        if index.data(PERSON_ROLE) is not None:
            return None
        if index.data(PURSUIT_ROLE) is not None:
            return "pursuit", int(index.data(PURSUIT_ROLE))
        if index.data(ACCOUNT_ROLE) is not None:
            return "account", int(index.data(ACCOUNT_ROLE))
        return None

    def _emit_for_current(self, signal: Signal) -> None:
        current = self._current()
        if current is not None:
            signal.emit(*current)  # type: ignore[attr-defined]

    def _on_context_menu(self, at: QPoint) -> None:
        self.tree.setCurrentIndex(self.tree.indexAt(at))
        current = self._current()
        account = self.current_account()
        if current is None or account is None:
            return
        kind, row_id = current
        menu = QMenu(self)
        new = menu.addAction(self.tr("New pursuit…"), lambda: self.sig_new_pursuit_requested.emit(account))
        new.setObjectName("navigator-new-pursuit")
        menu.addSeparator()
        is_account = kind == "account"
        edit_words = self.tr("Edit account…") if is_account else self.tr("Edit pursuit…")
        edit = menu.addAction(edit_words, lambda: self.sig_rename_requested.emit(kind, row_id))
        edit.setObjectName(f"navigator-edit-{kind}")
        delete_words = self.tr("Delete account") if is_account else self.tr("Delete pursuit")
        delete = menu.addAction(delete_words, lambda: self.sig_delete_requested.emit(kind, row_id))
        delete.setObjectName(f"navigator-delete-{kind}")
        menu.exec(self.tree.viewport().mapToGlobal(at))

    def _on_search(self, text: str) -> None:
        if text:
            self._load_people()
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pursuit = current.data(PURSUIT_ROLE)
        if pursuit is not None:
            self._open_pursuit = (int(current.data(ACCOUNT_ROLE)), int(pursuit))
            self.sig_pursuit_selected.emit(int(pursuit))
        elif current.data(PERSON_ROLE) is not None:
            return  # a person: chosen by a click or Enter (arrowing through results opens nothing)
        elif current.data(ACCOUNT_ROLE) is not None:
            self.sig_account_selected.emit(int(current.data(ACCOUNT_ROLE)))
