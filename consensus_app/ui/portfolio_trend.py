"""The board's Trend cell drawn as a sparkline: the change since the day before ("↓ -6"), then the
daily scores kept as a line on a fixed 0–100 scale, the latest a dot (the exports write the same
as text: an arrow, the change and a bar per day)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from consensus_app.core.portfolio_board import trend_arrow
from consensus_app.ui.portfolio_model import ScoresRole

_LINE = QColor("#0072B2")  # as the Assessment tab's trend
_UP, _DOWN = QColor("#0072B2"), QColor("#D55E00")


class TrendDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        scores = index.data(ScoresRole) or ()
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if not scores:
            return
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        words = ""
        if len(scores) > 1:
            words = f"{trend_arrow(scores)} {scores[-1] - scores[-2]:+d}"
        change = scores[-1] - scores[-2] if len(scores) > 1 else 0
        painter.setPen(_DOWN if change < 0 else _UP if change > 0 else option.palette.text().color())
        text_width = option.fontMetrics.horizontalAdvance("↓ +00") + 4
        painter.drawText(
            rect.adjusted(0, -4, 0, 4), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, words
        )
        line = rect.adjusted(text_width, 0, 0, 0)
        if line.width() > 8:
            step = line.width() / max(1, len(scores) - 1) if len(scores) > 1 else 0.0
            points = [
                QPointF(
                    line.left() + (step * i if len(scores) > 1 else line.width()),
                    line.bottom() - line.height() * s / 100,
                )
                for i, s in enumerate(scores)
            ]
            painter.setPen(QPen(_LINE, 1.5))
            if len(points) > 1:
                painter.drawPolyline(QPolygonF(points))
            painter.setBrush(_LINE)
            painter.drawEllipse(points[-1], 2.5, 2.5)
        painter.restore()
