"""Item delegates for editing committee rows in place: choice lists, a score spin box, an optional date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QHideEvent, QIcon, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
Choice = tuple[str, object, QIcon | None]  # label, value, optional icon


class _CellDelegate(QStyledItemDelegate):
    """Editors cover the whole cell (not just its text beside the icon)."""

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.minimumSizeHint().width()))
        editor.setGeometry(rect)

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class ChoiceDelegate(_CellDelegate):
    """A combo box of fixed choices; picking one commits at once, like a spreadsheet's list cell."""

    def __init__(self, choices: Sequence[Choice], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setFrame(False)
        for label, value, icon in self._choices:
            if icon is None:
                combo.addItem(label, value)
            else:
                combo.addItem(icon, label, value)
        combo.activated.connect(lambda _row: self._commit_and_close(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        for row, (_label, value, _icon) in enumerate(self._choices):
            if value == current or str(value) == str(current):
                editor.setCurrentIndex(row)
                return

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, self._choices[editor.currentIndex()][1], Qt.ItemDataRole.EditRole)


class SpinDelegate(_CellDelegate):
    """A whole number between two bounds (influence 1–5)."""

    def __init__(self, minimum: int, maximum: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._range = (minimum, maximum)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setFrame(False)
        spin.setRange(*self._range)
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or self._range[0]))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_F4}


class OptionalDateEdit(QWidget):
    """A date, or none: a date field that shows "never" for no date, with Today and Clear buttons."""

    sig_finished = Signal()
    NEVER = QDate(1900, 1, 1)  # the minimum stands for "no date" and shows as the special text

    def __init__(self, parent: QWidget | None = None, never_text: str | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.date_edit = QDateEdit()
        self.date_edit.setFrame(False)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(self.NEVER)
        never_text = never_text or QCoreApplication.translate("CommitteeColumn", "never")
        self.date_edit.setSpecialValueText(never_text)
        self.today_button = self._button(self.tr("Today"), self.tr("Set to today"), self._on_today)
        self.clear_button = self._button(
            self.tr("Clear"), self.tr("No date: show “{never}”").format(never=never_text), self._on_clear
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.today_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.date_edit)
        self.date_edit.installEventFilter(self)
        self._finished = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Stepping or opening the calendar from "never" starts at today, not in 1900."""
        if watched is self.date_edit and self.value() is None:
            stepping = isinstance(event, QKeyEvent) and event.key() in _STEP_KEYS
            if stepping or event.type() == QEvent.Type.MouseButtonPress:
                self.set_value(date.today())
        return super().eventFilter(watched, event)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Focus left the editor and its calendar (a click on the map, say): commit like a spreadsheet."""
        widget = new
        while widget is not None and widget is not self:
            widget = widget.parentWidget()
        if new is not None and widget is None:
            self._finish()

    def hideEvent(self, event: QHideEvent) -> None:
        self._finished = True  # the view closed it: nothing more to commit
        super().hideEvent(event)

    def _finish(self) -> None:
        if not self._finished:
            self._finished = True
            self.sig_finished.emit()

    def _button(self, text: str, tip: str, slot: Any) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def value(self) -> date | None:
        current = self.date_edit.date()
        return None if current == self.NEVER else date(current.year(), current.month(), current.day())

    def set_value(self, value: date | QDate | None) -> None:
        if isinstance(value, date):
            value = QDate(value.year, value.month, value.day)
        self.date_edit.setDate(value if isinstance(value, QDate) and value.isValid() else self.NEVER)

    def _on_today(self) -> None:
        self.set_value(date.today())
        self._finish()

    def _on_clear(self) -> None:
        self.set_value(None)
        self._finish()


class OptionalDateDelegate(_CellDelegate):
    """Edits a `datetime.date | None` cell with `OptionalDateEdit`."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = OptionalDateEdit(parent)
        editor.sig_finished.connect(lambda: self._commit_and_close(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        editor.date_edit.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class CenteredCheckDelegate(QStyledItemDelegate):
    """A checkbox-only cell with the box centred; a click on the box, Space or Select toggles it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        from PySide6.QtWidgets import QStyle  # its enums take ~7 ms to build: not before the table shows

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        check_state = opt.checkState
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        box = QStyleOptionViewItem(opt)
        box.rect = self._check_rect(opt)
        box.state = box.state & ~QStyle.StateFlag.State_HasFocus
        on = check_state == Qt.CheckState.Checked
        box.state |= QStyle.StateFlag.State_On if on else QStyle.StateFlag.State_Off
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, box, painter, opt.widget)

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if (
            not index.flags() & Qt.ItemFlag.ItemIsUserCheckable
            or not index.flags() & Qt.ItemFlag.ItemIsEnabled
        ):
            return False
        if event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            if not self._check_rect(option).contains(event.position().toPoint()):
                return False
            if event.type() == QEvent.Type.MouseButtonDblClick:
                return True  # swallow it: a double-click must not toggle twice
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new_state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return bool(model.setData(index, new_state, Qt.ItemDataRole.CheckStateRole))

    @staticmethod
    def _check_rect(option: QStyleOptionViewItem) -> QRect:
        from PySide6.QtWidgets import QStyle

        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        size = QSize(
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, widget),
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, widget),
        )
        return QStyle.alignedRect(
            option.direction,
            Qt.AlignmentFlag.AlignCenter,
            size,
            option.rect,
        )
