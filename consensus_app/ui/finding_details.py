"""What a selected finding compared (DIVERGENT_PRIORITIES): pairs of functions and their words.

Each pair is a heading (the two functions, whether both sign off) and the reason they count as
apart; under it, each side's statements in the speaker's own words, naming who said it and the
theme it fell in. Clicking a statement lights its speaker up on the map.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.analytics.results import ComparedPair, Finding, Said
from consensus_app.core.wording import function_words, isolated, right_to_left

_SPEAKER = Qt.ItemDataRole.UserRole
# Unicode isolates: a Persian quote keeps its own direction, marks included, and a name or theme
# in another script cannot reorder the English words around it.
_RIGHT_TO_LEFT_ISOLATE, _POP_ISOLATE = "\u2067", "\u2069"


class FindingDetails(QWidget):
    sig_person = Signal(list)  # [stakeholder id] of the statement clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("<b>Compared statements</b> — click one to find who said it on the map"))
        self.title.setWordWrap(True)
        self.statements = QListWidget()
        self.statements.setObjectName("finding-compared")
        self.statements.setWordWrap(True)
        self.statements.setMinimumHeight(260)
        # Lay the rows out again when the width changes (a scroll bar appearing), so long
        # reasons wrap instead of being cut short.
        self.statements.setResizeMode(QListView.ResizeMode.Adjust)
        self.statements.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.statements.setItemDelegate(_WrappedRows(self.statements))
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
            self.tr("…and more pairs with no theme in common: {n}.").format(n=more) if more else ""
        )
        self.more.setVisible(bool(more))
        self.setVisible(bool(pairs))

    def _add_pair(self, pair: ComparedPair) -> None:
        a, b = function_words(pair.first.function), function_words(pair.second.function)
        signing = " · " + self.tr("both sign off") if pair.both_sign_off else ""
        heading = QListWidgetItem(f"{a} ↔ {b}{signing}")
        font = heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        why = QListWidgetItem(pair.why)
        why.setFlags(Qt.ItemFlag.ItemIsEnabled)
        why.setForeground(QColor("#555"))
        self.statements.addItem(heading)
        self.statements.addItem(why)
        for side in (pair.first, pair.second):
            for said in side.said:
                self._add_statement(said, function_words(side.function))
            if not side.said:
                quiet = QListWidgetItem(
                    "    "
                    + self.tr("{function}: no statement to show").format(
                        function=function_words(side.function)
                    )
                )
                quiet.setFlags(Qt.ItemFlag.ItemIsEnabled)
                quiet.setForeground(QColor("#777"))
                self.statements.addItem(quiet)

    def _add_statement(self, said: Said, function: str) -> None:
        theme = (
            self.tr("theme “{theme}”").format(theme=isolated(said.theme))
            if said.theme
            else self.tr("in no agreed theme")
        )
        quote = f"“{said.text}”"
        rtl = right_to_left(said.text)
        if rtl:
            quote = _RIGHT_TO_LEFT_ISOLATE + quote + _POP_ISOLATE
        item = QListWidgetItem(f"{quote}\n— {isolated(said.name)}, {function} · {theme}")
        item.setData(_SPEAKER, said.stakeholder_id)
        item.setToolTip(
            self.tr("{name} ({function}) said this; click to find them on the map").format(
                name=said.name, function=function
            )
        )
        if rtl:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statements.addItem(item)

    def _on_clicked(self, item: QListWidgetItem) -> None:
        speaker = item.data(_SPEAKER)
        if speaker is not None:
            self.sig_person.emit([int(speaker)])


def plain(text: str) -> str:
    """A row's text without the direction isolates (what a person reads)."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the list's width (Qt's own hint can come a line
    short, cutting the end of a long reason)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QListWidget):
            return hint
        width = max(40, view.viewport().width() - 16)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        wrapped = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(min(hint.width(), width), max(hint.height(), wrapped.height() + 6))
