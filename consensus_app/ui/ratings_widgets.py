"""The Assessment tab's "Where colleagues see people differently": the largest gaps between the
account team's own views of committee members, in the user's words ("You and Ana Lima see
Dr. Brandt differently: stance −2 vs +1"). Selecting one shows that person on the map.

Hidden while nobody disagrees enough to say so (core/ratings.py says when that is)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from consensus_app.core.ratings import Disagreement, sentence, value_words, views_line

_PERSON = Qt.ItemDataRole.UserRole
SHOWN = 6  # the largest; the rest are counted under the list


class DisagreementBox(QGroupBox):
    sig_highlight = Signal(list)  # [stakeholder id] of the selected disagreement ([] clears)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where colleagues see people differently"))
        self.list = QListWidget()
        self.list.setObjectName("colleague-disagreements")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMaximumHeight(190)
        self.note = QLabel(self.tr("The score uses the agreed value; these are your team's own views."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555; font-size: 8.5pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        self.list.currentItemChanged.connect(self._on_current)
        self.hide()

    def show_disagreements(self, found: list[Disagreement], me: str | None) -> None:
        self.list.clear()
        self.setVisible(bool(found))
        for d in found[:SHOWN]:
            said = sentence(d, me)
            # Two lines (who and whom; the values): a list row does not wrap by itself.
            item = QListWidgetItem(said.replace(" differently: ", " differently:\n", 1))
            agreed = (
                "\n"
                + self.tr("The score uses the agreed {field}: {value}").format(
                    field=d.field, value=value_words(d.field, d.agreed)
                )
                if d.agreed
                else ""
            )
            item.setToolTip(f"{said}\n{views_line(d, me)}{agreed}")
            item.setData(_PERSON, d.stakeholder_id)
            # Room for two lines in any script: Korean or Persian fall back to taller fonts than the
            # list's own, which the default row height does not allow for (the row would be cut short).
            item.setSizeHint(QSize(1, round(self.list.fontMetrics().lineSpacing() * 2.8)))
            self.list.addItem(item)
        more = len(found) - SHOWN
        self.note.setText(
            ("" if more <= 0 else self.tr("Not shown: {n} more.").format(n=more) + " ")
            + self.tr("The score uses the agreed value; these are your team's own views.")
        )

    def _on_current(self, item: QListWidgetItem | None) -> None:
        self.sig_highlight.emit([item.data(_PERSON)] if item is not None else [])
