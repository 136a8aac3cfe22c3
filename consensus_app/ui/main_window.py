"""The main window: accounts and pursuits on the left, the selected pursuit's committee on the right.

A first version; the map canvas, inspector and editing arrive with the map issue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consensus_app.storage.workspace import Workspace

_PURSUIT_ROLE = Qt.ItemDataRole.UserRole + 1
_COMMITTEE_COLUMNS = ["Name", "Title", "Function", "Role", "Approver", "Stance", "Influence", "Profile"]
_STANCE_WORDS = {-2: "opposed", -1: "skeptical", 0: "neutral", 1: "supportive", 2: "advocate"}


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        self.setWindowTitle("Consensus")
        self.resize(1280, 800)

        self.navigator = QTreeWidget()
        self.navigator.setHeaderLabels(["Accounts and pursuits"])
        self.navigator.currentItemChanged.connect(self._on_current_changed)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.committee = QTreeWidget()
        self.committee.setRootIsDecorated(False)
        self.committee.setHeaderLabels(_COMMITTEE_COLUMNS)
        self.committee.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.committee.setSortingEnabled(True)
        self.committee.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.heading)
        layout.addWidget(self.committee, 1)
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(right)
        splitter.setSizes([320, 960])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(f"Workspace: {workspace.display_url}")
        self.reload()

    def reload(self) -> None:
        repos = self._workspace.repos
        self.navigator.clear()
        first: QTreeWidgetItem | None = None
        for account in repos.accounts.list():
            account_item = QTreeWidgetItem([account.name])
            account_item.setToolTip(0, account.industry or "")
            for pursuit in repos.pursuits.for_account(account.id):
                item = QTreeWidgetItem([f"{pursuit.name} · {pursuit.stage.value.replace('_', ' ')}"])
                item.setToolTip(0, item.text(0))
                item.setData(0, _PURSUIT_ROLE, pursuit.id)
                account_item.addChild(item)
                first = first or item
            self.navigator.addTopLevelItem(account_item)
        self.navigator.expandAll()
        if first is not None:
            self.navigator.setCurrentItem(first)
        else:
            self.heading.setText(
                "<h2>No accounts yet</h2>"
                "<p>Import a file with <code>consensus-app import FILE.json</code>.</p>"
            )

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        pursuit_id = current.data(0, _PURSUIT_ROLE) if current else None
        if pursuit_id is None:
            return
        repos = self._workspace.repos
        pursuit = repos.pursuits.get(pursuit_id)
        people = {s.id: s for s in repos.stakeholders.for_account(pursuit.account_id)}
        members = repos.committee.for_pursuit(pursuit_id)
        value = f" · {pursuit.value:,.0f} {pursuit.currency or ''}" if pursuit.value is not None else ""
        self.heading.setText(
            f"<h2>{_escape(pursuit.name)}</h2><p>{pursuit.stage.value.replace('_', ' ')}{value} · "
            f"{len(members)} committee members, {sum(m.approver for m in members)} approvers</p>"
        )
        self.committee.clear()
        for member in members:
            person = people[member.stakeholder_id]
            self.committee.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        person.name,
                        person.title or "",
                        person.function.value,
                        member.role.value.replace("_", " "),
                        "✔" if member.approver else "",
                        _STANCE_WORDS[member.stance],
                        str(member.influence),
                        person.profile.value.replace("_", "-"),
                    ]
                )
            )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
