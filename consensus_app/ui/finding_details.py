"""What a selected finding compared (DIVERGENT_PRIORITIES): pairs of functions and their words.

Each pair is a heading (the two functions, whether both sign off) and the reason they count as
apart; under it, each side's statements in the speaker's own words, naming who said it and the
theme it fell in. Clicking a statement lights its speaker up on the map.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from consensus_app.core.analytics.results import ComparedPair, Finding, Said
from consensus_app.core.wording import function_words

_SPEAKER = Qt.ItemDataRole.UserRole


def right_to_left(text: str) -> bool:
    """Whether the text's first strong character is written right to left (Persian, Arabic…)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class FindingDetails(QWidget):
    sig_person = Signal(list)  # [stakeholder id] of the statement clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("<b>Compared statements</b> — click one to find who said it on the map")
        self.title.setWordWrap(True)
        self.statements = QListWidget()
        self.statements.setObjectName("finding-compared")
        self.statements.setWordWrap(True)
        self.statements.setMinimumHeight(160)
        self.more = QLabel()
        self.more.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.statements, 1)
        layout.addWidget(self.more)
        self.statements.itemClicked.connect(self._on_clicked)
        self.show_finding(None)

    def show_finding(self, finding: Finding | None) -> None:
        """The finding's compared pairs, or nothing (and hidden) when it compared none."""
        self.statements.clear()
        pairs = finding.compared if finding is not None else ()
        for pair in pairs:
            self._add_pair(pair)
        more = finding.compared_more if finding is not None else 0
        self.more.setText(
            f"…and {more} more pair{'' if more == 1 else 's'} with no theme in common." if more else ""
        )
        self.more.setVisible(bool(more))
        self.setVisible(bool(pairs))

    def _add_pair(self, pair: ComparedPair) -> None:
        a, b = function_words(pair.first.function), function_words(pair.second.function)
        signing = " · both sign off" if pair.both_sign_off else ""
        heading = QListWidgetItem(f"{a} ↔ {b}{signing}\n{pair.why}")
        font = heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.statements.addItem(heading)
        for side in (pair.first, pair.second):
            for said in side.said:
                self._add_statement(said, function_words(side.function))
            if not side.said:
                quiet = QListWidgetItem(f"    {function_words(side.function)}: no statement to show")
                quiet.setFlags(Qt.ItemFlag.ItemIsEnabled)
                quiet.setForeground(QColor("#777"))
                self.statements.addItem(quiet)

    def _add_statement(self, said: Said, function: str) -> None:
        theme = f"theme “{said.theme}”" if said.theme else "in no agreed theme"
        item = QListWidgetItem(f"“{said.text}”\n— {said.name}, {function} · {theme}")
        item.setData(_SPEAKER, said.stakeholder_id)
        item.setToolTip(f"{said.name} ({function}) said this; click to find them on the map")
        if right_to_left(said.text):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statements.addItem(item)

    def _on_clicked(self, item: QListWidgetItem) -> None:
        speaker = item.data(_SPEAKER)
        if speaker is not None:
            self.sig_person.emit([int(speaker)])
