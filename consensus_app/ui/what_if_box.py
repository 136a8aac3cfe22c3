"""The what-if editor: imagined changes to the committee, none of them saved.

The user picks a person and what happens to them (a new stance, leaving, a new tie); the box
keeps the list of changes and says when it changes, so the assessment panel can show the
imagined score beside the real one.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.analytics.changes import AddTie, Change, Engage, Leaves, RemoveMember, SetStance
from consensus_app.core.pursuit_map import EdgeKind, PursuitMap
from consensus_app.core.wording import stance_word

_LEAVES = "leaves"
_TIE = "tie"


class WhatIfBox(QWidget):
    sig_changed = Signal()  # the list of changes changed
    sig_closed = Signal()  # back to the real assessment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes: list[Change] = []
        self._names: dict[int, str] = {}
        self.person = QComboBox()
        self.happens = QComboBox()
        for stance in (2, 1, 0, -1, -2):
            self.happens.addItem(
                self.tr("becomes {stance} ({value})").format(
                    stance=stance_word(stance), value=f"{stance:+d}"
                ),
                stance,
            )
        self.happens.addItem(self.tr("leaves the committee"), _LEAVES)
        self.happens.addItem(self.tr("gains influence over…"), _TIE)
        self.target = QComboBox()
        self.add_button = QPushButton(self.tr("Add change"))
        self.list = QListWidget()
        self.list.setMaximumHeight(90)
        self.remove_button = QPushButton(self.tr("Remove change"))
        self.back_button = QPushButton(self.tr("Back to the real assessment"))
        self.back_button.setToolTip(self.tr("Discard the imagined changes (nothing was saved)"))

        form = QFormLayout()
        form.addRow(self.tr("Who"), self.person)
        form.addRow(self.tr("What"), self.happens)
        form.addRow(self.tr("Over whom"), self.target)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.back_button)

        self.happens.currentIndexChanged.connect(self._sync_target)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.back_button.clicked.connect(self.sig_closed)
        self._sync_target()

    def set_map(self, pursuit_map: PursuitMap) -> None:
        """The people to choose from; a new map starts with no changes."""
        self._names = {n.stakeholder_id: n.name for n in pursuit_map.nodes}
        for combo, people in (
            (self.person, pursuit_map.members()),
            (self.target, pursuit_map.nodes),
        ):
            combo.clear()
            for node in sorted(people, key=lambda n: n.name.casefold()):
                combo.addItem(node.name, node.stakeholder_id)
        self.clear()

    def clear(self) -> None:
        self.changes = []
        self.list.clear()

    def add(self, change: Change) -> None:
        self.changes.append(change)
        self.list.addItem(self.describe(change))
        self.sig_changed.emit()

    def describe(self, change: Change) -> str:
        if isinstance(change, SetStance):
            return self.tr("{name} becomes {stance}").format(
                name=self._names[change.stakeholder_id], stance=stance_word(change.stance)
            )
        if isinstance(change, (RemoveMember, Leaves)):  # (Leaves: the command line's "leaves")
            return self.tr("{name} leaves").format(name=self._names[change.stakeholder_id])
        if isinstance(change, Engage):  # the command line's "engage"; the box itself offers no such choice
            return self.tr("{name} is engaged").format(name=self._names[change.stakeholder_id])
        return self.tr("{name} gains influence over {other}").format(
            name=self._names[change.source_id], other=self._names[change.target_id]
        )

    def _sync_target(self) -> None:
        self.target.setEnabled(self.happens.currentData() == _TIE)

    def _on_add(self) -> None:
        who = self.person.currentData()
        what = self.happens.currentData()
        if who is None:
            return
        if what == _LEAVES:
            self.add(RemoveMember(who))
        elif what == _TIE:
            target = self.target.currentData()
            if target is not None and target != who:
                self.add(AddTie(who, target, EdgeKind.INFLUENCES, 3))
        else:
            self.add(SetStance(who, int(what)))

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self.changes[row]
            self.sig_changed.emit()
