"""Readiness over time, in the Assessment tab: the trend of the kept readings (one a day, reviews
marked), what changed since the last review, and "Mark as reviewed"; and the keeper that writes
a pursuit's reading when its assessment changes (one a day, updated through it)."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from consensus_app.core.readiness import Reading, reading_of, since_review, since_review_lines, trend
from consensus_app.ui.background import BackgroundRunner

if TYPE_CHECKING:
    from consensus_app.core.analytics.results import Assessment
    from consensus_app.core.pursuit_map import PursuitMap
    from consensus_app.ui.assessment_panel import AssessmentPanel
    from consensus_app.ui.controller import WorkspaceController

log = logging.getLogger(__name__)

KEEP_AFTER_MS = 2000  # a burst of edits is kept once, when it settles
_LINE = "#0072B2"
_REVIEW = "#8A5A00"


class TrendChart(QWidget):
    """The daily score, 0–100, oldest left; a review is a dashed line on its day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness-trend")
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.points: list[tuple[date, int]] = []
        self.reviews: list[date] = []

    def set_readings(self, readings: Sequence[Reading]) -> None:
        self.points = list(trend(readings))
        self.reviews = sorted({r.day for r in readings if r.reviewed})
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(30, 8, -10, -20)
        painter.setPen(QPen(QColor("#CCCCCC"), 1))
        for score in (0, 50, 75, 100):
            y = area.bottom() - area.height() * score / 100
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.drawText(QRectF(0, y - 7, 26, 14), Qt.AlignmentFlag.AlignRight, str(score))
        days = sorted({d for d, _ in self.points} | set(self.reviews))
        if not days:
            painter.setPen(QColor("#777777"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No readings kept yet"))
            return
        first, last = days[0], days[-1]
        span = max(1, (last - first).days)

        def x_of(day: date) -> float:
            if first == last:
                return area.center().x()
            return area.left() + area.width() * (day - first).days / span

        painter.setPen(QPen(QColor(_REVIEW), 1, Qt.PenStyle.DashLine))
        for day in self.reviews:
            painter.drawLine(QPointF(x_of(day), area.top()), QPointF(x_of(day), area.bottom()))
        points = [QPointF(x_of(d), area.bottom() - area.height() * s / 100) for d, s in self.points]
        painter.setPen(QPen(QColor(_LINE), 2))
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(QColor(_LINE))
        for point in points:
            painter.drawEllipse(point, 3, 3)
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(area.left(), area.bottom() + 3, 90, 14), str(first))
        if first != last:
            painter.drawText(
                QRectF(area.right() - 90, area.bottom() + 3, 90, 14), Qt.AlignmentFlag.AlignRight, str(last)
            )


class ReadinessHistory(QGroupBox):
    sig_mark_reviewed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Readiness over time"))
        self.chart = TrendChart()
        self.since = QLabel()
        self.since.setObjectName("readiness-since-review")
        self.since.setWordWrap(True)
        self.since.setTextFormat(Qt.TextFormat.RichText)
        self.review_button = QPushButton(self.tr("Mark as reviewed"))
        self.review_button.setObjectName("readiness-mark-reviewed")
        self.review_button.setToolTip(
            self.tr("Keep today's assessment as a review: later changes are compared with it")
        )
        self.review_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        layout.addWidget(self.since)
        layout.addWidget(self.review_button)
        self.review_button.clicked.connect(self.sig_mark_reviewed.emit)

    def show_history(self, readings: Sequence[Reading], now: Reading | None) -> None:
        self.chart.set_readings(readings)
        self.review_button.setEnabled(now is not None)
        change = since_review(readings, now) if now is not None else None
        if change is None:
            self.since.setText(
                "<i>" + self.tr("Not reviewed yet: mark a review to compare later changes with it.") + "</i>"
            )
            return
        lines = [html.escape(line) for line in since_review_lines(change)]
        self.since.setText("<b>" + self.tr("Since the last review") + "</b><br>" + "<br>".join(lines))


class ReadinessKeeper(QObject):
    """Keeps the open pursuit's assessment as its day's reading once it settles, and a review on
    request; shows the readings in the panel."""

    def __init__(
        self,
        controller: WorkspaceController,
        panel: AssessmentPanel,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller, self._panel, self._now = controller, panel, now
        self.current: tuple[int, Reading] | None = None  # the open pursuit's latest reading
        self._kept: dict[int, Reading] = {}  # the last reading written, per pursuit
        self._later = QTimer(self, singleShot=True, interval=KEEP_AFTER_MS)
        self._later.timeout.connect(self.keep_now)
        # The kept readings are read in a worker: a server may be slow or away (then the history
        # shown stays as it was, and the outbox says the server is away).
        self._reader = BackgroundRunner(self)
        self._reader.sig_failed.connect(self._on_read_failed)
        panel.sig_assessed.connect(self._on_assessed)
        panel.history.sig_mark_reviewed.connect(self.mark_reviewed)
        controller.sig_readings_changed.connect(self._on_kept)

    def _on_assessed(self, assessment: Assessment, pursuit_map: PursuitMap) -> None:
        if not self._controller.is_open:
            return
        reading = reading_of(assessment, pursuit_map, self._now())
        if self.current is not None and self.current[0] != pursuit_map.pursuit_id:
            self.keep_now()  # the pursuit left behind keeps its pending reading
        self.current = (pursuit_map.pursuit_id, reading)
        self._show(pursuit_map.pursuit_id)
        if not reading.same_result(self._kept.get(pursuit_map.pursuit_id)):
            self._later.start()

    def keep_now(self) -> None:
        self._later.stop()
        if self.current is None:
            return
        pursuit_id, reading = self.current
        kept = self._kept.get(pursuit_id)
        if reading.same_result(kept) and kept is not None and kept.day == reading.day:
            return
        if self._controller.keep_reading(pursuit_id, reading):
            self._kept[pursuit_id] = reading

    def mark_reviewed(self) -> None:
        if self.current is None or self.current[0] != self._controller.pursuit_id:
            return  # (another pursuit opened: its assessment is on its way)
        self.keep_now()
        pursuit_id, reading = self.current
        when = self._now()
        review = Reading(
            when.astimezone().date(),
            when,
            reading.score,
            True,
            reading.components,
            reading.findings,
            reading.stages,
            reading.names,
        )
        self.current = (pursuit_id, replace(reading, taken_at=when))  # now is the review
        self._controller.keep_reading(pursuit_id, review)

    def _on_kept(self, pursuit_id: int) -> None:
        self._show(pursuit_id)

    def _show(self, pursuit_id: int) -> None:
        if self.current is None or self.current[0] != pursuit_id or self._controller.pursuit_id != pursuit_id:
            return
        reads = self._controller.reads
        self._reader.run(
            "",  # a chore: not on the status bar's task list
            0,
            lambda _progress, _should_stop: (pursuit_id, reads.readiness(pursuit_id)),
            self._on_read,
            in_background=True,
        )

    def _on_read_failed(self, exc: BaseException) -> None:
        from consensus_app.storage.errors import StorageError  # loaded with the workspace

        if not isinstance(exc, StorageError):
            raise exc  # a bug, not a server away: the error dialog shows it
        log.warning("The readiness history was not read: %s", exc)

    def _on_read(self, read: tuple[int, list[Reading]]) -> None:
        pursuit_id, readings = read
        if self.current is None or self.current[0] != pursuit_id or self._controller.pursuit_id != pursuit_id:
            return  # another pursuit opened meanwhile
        self._panel.history.show_history(readings, self.current[1])
