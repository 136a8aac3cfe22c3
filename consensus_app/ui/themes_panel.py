"""The themes panel: what the committee already agrees on, in its own words, and where it splits.

Bridge themes first (the shared themes that connect most of the divided group), then every
theme with its statements, and a stakeholder × theme matrix where a shared theme's column
spans functions and a divergent one stands alone. Selecting a theme highlights its people.
The seller corrects the themes here (theme_corrections_ui.py: buttons, right-click menus,
dragging a statement onto a theme); every correction is an undoable edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.enum_words import function_word
from consensus_app.core.pursuit_map import PursuitMap
from consensus_app.core.themes.corrections import theme_ref
from consensus_app.i18n import _, ngettext
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from consensus_app.ui.split_theme_dialog import quoted
from consensus_app.ui.theme_corrections_ui import PRIORITY_ROLE, REF_ROLE, ThemeCorrector, ThemesTree

if TYPE_CHECKING:
    from consensus_app.core.themes.pursuit import PursuitThemes
    from consensus_app.ui.controller import WorkspaceController

_IDS = Qt.ItemDataRole.UserRole
SHARED_TINT = QColor("#D6E9F8")  # sky blue, light: a theme several functions share
DIVERGENT_TINT = QColor("#EEEEEE")
LOOSE_TEXT = QColor("#6B6B6B")  # a statement only loosely related to its theme
COHESION_HELP = QT_TRANSLATE_NOOP(
    "ThemesPanel",
    "Agreement: how alike its statements are (0–1). Below the line the theme's members do not "
    "agree, and it is never offered as a bridge.",
)
LOOSE_HELP = QT_TRANSLATE_NOOP(
    "ThemesPanel", "Loosely related: shown with this theme, but not counted for bridges, drafts or the brief."
)
CORRECTED_HELP = QT_TRANSLATE_NOOP(
    "ThemesPanel",
    "Corrected on this account (renamed, merged, split or a statement moved): kept when the themes are "
    "found again, and new statements like these join it. Edit ▸ Undo takes a correction back.",
)
DISSOLVED_HELP = QT_TRANSLATE_NOOP(
    "ThemesPanel",
    "Themes whose members do not agree are not offered as themes: their statements are listed here.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ThemesPanel", text)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text needs at the column's width (QTreeView sizes rows for one line)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.columnWidth(index.column()) - self._tree.indentation() * (depth + 1) - 8
        text = str(index.data() or "")
        if width <= 0 or not text:
            return hint
        wrapped = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), wrapped.height() + 6))


def engine_line(engine: str) -> str:
    """Which engine placed the statements, in the user's words."""
    if engine == "meaning":
        return QCoreApplication.translate("ThemesPanel", "Themes by meaning (multilingual model)")
    return QCoreApplication.translate("ThemesPanel", "Themes by shared words (the model is not installed)")


def agreement(cohesion: float, cohesive: bool) -> str:
    words = QCoreApplication.translate("ThemesPanel", "agreement {value}").format(value=f"{cohesion:.2f}")
    return words + (
        "" if cohesive else " — " + QCoreApplication.translate("ThemesPanel", "members do not agree")
    )


def dissolved_line(count: int) -> str:
    return ngettext(
        "{n} theme whose members do not agree: listed as unthemed, not as themes.",
        "{n} themes whose members do not agree: listed as unthemed, not as themes.",
        count,
    ).format(n=count)


class ThemesPanel(QWidget):
    sig_highlight = Signal(list)  # stakeholder ids of the selected theme ([] clears)

    def __init__(self, controller: WorkspaceController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self.tr("Open a pursuit to find the themes its committee shares."))
        self.summary.setWordWrap(True)
        self.bridges = QListWidget()
        self.bridges.setWordWrap(True)
        self.bridges.setMaximumHeight(150)
        self.themes = ThemesTree()
        self.themes.setHeaderLabels([self.tr("Theme"), self.tr("People"), self.tr("Functions")])
        self.themes.setWordWrap(True)
        header = self.themes.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the theme's words matter most
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)
        # Theme names wrap onto more lines rather than being cut; rows grow as the panel narrows.
        self.themes.setItemDelegateForColumn(0, WrappingDelegate(self.themes))
        header.sectionResized.connect(lambda *_: self.themes.doItemsLayout())
        self.matrix = QTableWidget()
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectColumns)
        self.matrix.setMinimumHeight(160)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("<b>Bridge themes</b> — shared ground across the group")))
        layout.addWidget(self.bridges)
        layout.addWidget(QLabel(self.tr("<b>All themes</b> — in the committee's own words")))
        layout.addWidget(self.themes, 1)
        self.corrector = ThemeCorrector(self.themes, controller, self)
        (
            self.rename_button,
            self.merge_button,
            self.split_button,
            self.not_a_theme_button,
            self.move_button,
        ) = self.corrector.buttons
        layout.addLayout(self.corrector.button_row())
        layout.addWidget(QLabel(self.tr("<b>Who voices what</b> (blue columns: shared across functions)")))
        layout.addWidget(self.matrix, 1)

        self.bridges.currentItemChanged.connect(lambda item, _old: self._highlight(item))
        self.themes.currentItemChanged.connect(lambda item, _old: self._highlight(item))
        self.matrix.horizontalHeader().sectionClicked.connect(self._on_column)

    def show_themes(self, themes: PursuitThemes | None, pursuit_map: PursuitMap | None) -> None:
        self.bridges.clear()
        self.themes.clear()
        self.matrix.clear()
        self.matrix.setRowCount(0)
        self.matrix.setColumnCount(0)
        if themes is None or pursuit_map is None:
            self.summary.setText(self.tr("Open a pursuit to find the themes its committee shares."))
            return
        names = {n.stakeholder_id: n.name for n in pursuit_map.nodes}
        coverage = themes.coverage
        if not themes.priorities:
            self.summary.setText(
                self.tr("No priorities recorded for this committee yet: add them in the inspector.")
            )
            return
        pairs = themes.unshared_functions[:6]
        apart = _(", ").join(f"{function_word(a)} ↔ {function_word(b)}" for a, b in pairs)
        fit_none = len(themes.unthemed) - len(themes.set_aside)
        unthemed = "; " + self.tr("{n} fit no theme").format(n=fit_none) if fit_none else ""
        if themes.set_aside:
            unthemed += "; " + self.tr("{n} taken out of the themes").format(n=len(themes.set_aside))
        corrected_count = sum(c.theme.corrected for c in coverage)
        found = self.tr("{themes} from {priorities}").format(
            themes=ngettext("{n} theme", "{n} themes", len(coverage)).format(n=len(coverage)),
            priorities=ngettext("{n} priority", "{n} priorities", len(themes.priorities)).format(
                n=len(themes.priorities)
            ),
        )
        self.summary.setText(
            f"{engine_line(themes.engine)}\n{found}{unthemed}; "
            + self.tr("{n} shared across functions.").format(n=len(themes.shared))
            + (
                " " + self.tr("{n} corrected on this account.").format(n=corrected_count)
                if corrected_count
                else ""
            )
            + (" " + self.tr("Nothing in common yet: {pairs}.").format(pairs=apart) if apart else "")
            + (f"\n{dissolved_line(len(themes.dissolved))}" if themes.dissolved else "")
        )
        for bridge in themes.bridges[:5]:
            functions = _(", ").join(function_word(f) for f in bridge.coverage.functions)
            item = QListWidgetItem(
                bridge.coverage.theme.label
                + "\n"
                + self.tr("{share} of the group · {functions}").format(
                    share=f"{bridge.score:.0%}", functions=functions
                )
            )
            item.setData(_IDS, list(bridge.coverage.stakeholders))
            self.bridges.addItem(item)
        text_of = {p.id: (p.stakeholder_id, p.text) for p in themes.priorities}
        for number, cov in enumerate(coverage, start=1):
            corrected = " · " + self.tr("corrected") if cov.theme.corrected else ""
            top = QTreeWidgetItem(
                [
                    f"{number}. {cov.theme.label} · {agreement(cov.theme.cohesion, cov.theme.cohesive)}"
                    + corrected,
                    str(len(cov.stakeholders)),
                    _(", ").join(function_word(f) for f in cov.functions),
                ]
            )
            top.setData(0, _IDS, list(cov.stakeholders))
            top.setData(0, REF_ROLE, theme_ref(cov))
            help_text = _tr(COHESION_HELP) + (f"\n{_tr(CORRECTED_HELP)}" if corrected else "")
            top.setToolTip(0, f"{cov.theme.label}\n{help_text}")
            top.setToolTip(2, top.text(2))
            top.setBackground(0, QBrush(SHARED_TINT if cov.shared else DIVERGENT_TINT))
            similarity = dict(zip(cov.theme.members, cov.theme.similarity, strict=False))
            loose = set(cov.loose)
            for index in cov.theme.members:
                priority_id = themes.priorities[index].id
                speaker, text = text_of[priority_id]
                fit = similarity.get(index)
                note = " · " + self.tr("loosely related") if priority_id in loose else ""
                fits = " · " + self.tr("fit {value}").format(value=f"{fit:.2f}") + note
                shown = quoted(text) + (fits if fit is not None else "")
                child = QTreeWidgetItem([shown, names.get(speaker, "?"), ""])
                child.setData(0, _IDS, [speaker])
                child.setData(0, PRIORITY_ROLE, priority_id)
                if priority_id in loose:
                    child.setForeground(0, QBrush(LOOSE_TEXT))
                    child.setToolTip(0, _tr(LOOSE_HELP))
                top.addChild(child)
            self.themes.addTopLevelItem(top)
        if themes.unthemed:
            self.themes.addTopLevelItem(self._unthemed_item(themes, text_of, names))
        self._fill_matrix(themes, names)
        self.corrector.shown(themes, names)

    def _unthemed_item(
        self, themes: PursuitThemes, text_of: dict[int, tuple[int, str]], names: dict[int, str]
    ) -> QTreeWidgetItem:
        """The statements that fit no theme: listed, so nothing a person said is hidden."""
        speakers = list(dict.fromkeys(text_of[pid][0] for pid in themes.unthemed))
        aside = set(themes.set_aside)
        fit_none = len(themes.unthemed) - len(aside)
        parts = [self.tr("{n} fit no theme").format(n=fit_none)] if fit_none or not aside else []
        parts += [self.tr("{n} taken out of the themes").format(n=len(aside))] if aside else []
        top = QTreeWidgetItem([" · ".join([self.tr("Unthemed"), *parts]), str(len(speakers)), ""])
        top.setData(0, _IDS, speakers)
        tip = self.tr("Said in words no other statement comes close to, or taken out of the themes.")
        top.setToolTip(0, tip + (f"\n{_tr(DISSOLVED_HELP)}" if themes.dissolved else ""))
        top.setForeground(0, QBrush(LOOSE_TEXT))
        for priority_id in themes.unthemed:
            speaker, text = text_of[priority_id]
            note = " · " + self.tr("taken out of the themes") if priority_id in aside else ""
            child = QTreeWidgetItem([quoted(text) + note, names.get(speaker, "?"), ""])
            child.setData(0, _IDS, [speaker])
            child.setData(0, PRIORITY_ROLE, priority_id)
            top.addChild(child)
        return top

    def _fill_matrix(self, themes: PursuitThemes, names: dict[int, str]) -> None:
        people = sorted({p.stakeholder_id for p in themes.priorities}, key=lambda sid: names.get(sid, ""))
        self.matrix.setRowCount(len(people))
        self.matrix.setColumnCount(len(themes.coverage))
        self.matrix.setVerticalHeaderLabels([names.get(sid, "?") for sid in people])
        row_of = {sid: row for row, sid in enumerate(people)}
        for column, cov in enumerate(themes.coverage):
            header = QTableWidgetItem(str(column + 1))
            self.matrix.setHorizontalHeaderItem(column, header)
            header.setToolTip(cov.theme.label)
            header.setData(_IDS, list(cov.stakeholders))
            for sid in cov.stakeholders:
                cell = QTableWidgetItem("●")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setBackground(QBrush(SHARED_TINT if cov.shared else DIVERGENT_TINT))
                cell.setToolTip(cov.theme.label)
                self.matrix.setItem(row_of[sid], column, cell)
        self.matrix.resizeColumnsToContents()

    def _highlight(self, item: QListWidgetItem | QTreeWidgetItem | None) -> None:
        if item is None:
            self.sig_highlight.emit([])
        elif isinstance(item, QTreeWidgetItem):
            self.sig_highlight.emit(list(item.data(0, _IDS) or []))
        else:
            self.sig_highlight.emit(list(item.data(_IDS) or []))

    def _on_column(self, column: int) -> None:
        header = self.matrix.horizontalHeaderItem(column)
        self.sig_highlight.emit(list(header.data(_IDS) or []) if header else [])
