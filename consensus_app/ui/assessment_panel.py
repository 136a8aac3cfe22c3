"""The assessment panel: the pursuit's consensus-readiness score, what makes it up, and what to do.

Selecting a finding asks the map to highlight the people it concerns; a check box asks for the
faction and broker overlay; "What if…" opens imagined changes and shows their score beside the
real one, with a plain way back. Assessing a large map runs in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.analytics.finding_titles import finding_title, finding_titles
from consensus_app.core.analytics.results import Assessment, Finding, Severity
from consensus_app.core.analytics.shown_points import shown_points
from consensus_app.core.pursuit_map import PursuitMap
from consensus_app.core.wording import left_to_right
from consensus_app.ui.background import BackgroundRunner
from consensus_app.ui.finding_details import FindingDetails
from consensus_app.ui.journey_widgets import JourneyHeatMap
from consensus_app.ui.ratings_widgets import DisagreementBox
from consensus_app.ui.readiness_widgets import ReadinessHistory
from consensus_app.ui.what_if_box import WhatIfBox

if TYPE_CHECKING:
    from consensus_app.core.analytics.facts import PriorityTheme
    from consensus_app.core.analytics.whatif import WhatIf
    from consensus_app.core.themes.pursuit import PursuitThemes

SEVERITY_COLORS = {Severity.CRITICAL: "#B3261E", Severity.WARNING: "#8A5A00", Severity.INFO: "#45617A"}
_IDS = Qt.ItemDataRole.UserRole
_FINDING = Qt.ItemDataRole.UserRole + 1


def verdict(score: int) -> str:
    from consensus_app.core.analytics.verdicts import verdict as words  # gettext: the brief says it too

    return words(score)


class AssessmentPanel(QWidget):
    sig_highlight = Signal(list)  # stakeholder ids of the selected finding ([] clears)
    sig_overlay = Signal(object)  # the Assessment to draw on the map, or None to clear
    sig_assessed = Signal(object, object)  # Assessment, PursuitMap: the real one (not a what-if) shown

    def __init__(self, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.pursuit_map: PursuitMap | None = None
        self.assessment: Assessment | None = None
        self.scenario: WhatIf | None = None
        # The committee's priority themes (for DIVERGENT_PRIORITIES), once the worker has them.
        self._themes: tuple[list[PriorityTheme], dict[int, int]] | None = None
        self.runner = BackgroundRunner(self)
        self._warm = False  # the analytics modules are imported (after the first assessment)

        self.score = QLabel("—")
        self.score.setStyleSheet("font-size: 28pt; font-weight: 600;")
        self.verdict = QLabel("")
        self.verdict.setStyleSheet("font-size: 12pt;")
        self.banner = QLabel(self.tr("What-if: imagined changes, nothing is saved"))
        self.banner.setStyleSheet("background: #FFF4CE; color: #5C4400; padding: 4px; border-radius: 3px;")
        self.banner.hide()
        self.components = QGridLayout()
        self.components.setColumnStretch(1, 1)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        self.findings.setMinimumHeight(220)
        # What the selected finding compared (DIVERGENT_PRIORITIES), each statement's speaker named.
        self.finding_details = FindingDetails()
        self.compared = self.finding_details.statements
        self.overlay_box = QCheckBox(self.tr("Show factions and brokers on the map"))
        self.what_if_button = QPushButton(self.tr("What if…"))
        self.what_if_button.setCheckable(True)
        self.what_if = WhatIfBox()
        self.what_if.hide()
        self.journey = JourneyHeatMap()  # where each buyer is (issue 18)
        self.history = ReadinessHistory()
        self.mark_reviewed = self.history.review_button
        # Where colleagues' own views of a member part (core/ratings.py); `me` says who "You" is.
        self.disagreement_box = DisagreementBox()
        self.colleagues = self.disagreement_box.list
        self.me: Callable[[], str | None] = lambda: None
        journey_box = QGroupBox(self.tr("Where each buyer is"))
        journey_layout = QVBoxLayout(journey_box)
        journey_layout.addWidget(self.journey.summary)
        journey_layout.addWidget(self.journey)

        parts = QGroupBox(self.tr("What makes up the score"))
        parts.setLayout(self.components)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.score)
        layout.addWidget(self.verdict)
        layout.addWidget(parts)
        layout.addWidget(QLabel(self.tr("<b>Findings</b> — select one to see who it concerns")))
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.finding_details)
        layout.addWidget(self.disagreement_box)
        layout.addWidget(self.overlay_box)
        layout.addWidget(self.what_if_button)
        layout.addWidget(self.what_if)
        layout.addWidget(journey_box)
        layout.addWidget(self.history)

        self.findings.currentItemChanged.connect(self._on_finding)
        self.journey.sig_highlight.connect(self.sig_highlight)
        self.disagreement_box.sig_highlight.connect(self.sig_highlight)
        self.finding_details.sig_person.connect(self.sig_highlight)
        self.overlay_box.toggled.connect(lambda _on: self._emit_overlay())
        self.what_if_button.toggled.connect(self._on_what_if_toggled)
        self.what_if.sig_changed.connect(self._rerun)
        self.what_if.sig_closed.connect(lambda: self.what_if_button.setChecked(False))

    # --- inputs ---------------------------------------------------------------------------------

    def set_map(self, pursuit_map: PursuitMap | None) -> None:
        """Assess this map (None: no pursuit open). A new pursuit leaves what-if mode."""
        if (
            pursuit_map is None
            or self.pursuit_map is None
            or pursuit_map.pursuit_id != self.pursuit_map.pursuit_id
        ):
            self._themes = None  # another pursuit's themes say nothing about this one
            self.what_if_button.setChecked(False)
            if pursuit_map is not None:
                self.what_if.set_map(pursuit_map)
        self.pursuit_map = pursuit_map
        self._rerun()

    def themes(self) -> tuple[list[PriorityTheme], dict[int, int]] | None:
        """The committee's priority themes as this panel assesses with them (None: not yet)."""
        return self._themes

    def set_themes(self, themes: PursuitThemes | None) -> None:
        """The open pursuit's themes arrived (or went): assess again with them."""
        from consensus_app.core.analytics.themes_link import priority_themes

        self._themes = priority_themes(themes) if themes is not None else None
        if self.pursuit_map is not None:
            self._rerun()

    # --- running --------------------------------------------------------------------------------

    def _rerun(self) -> None:
        pursuit_map = self.pursuit_map
        if pursuit_map is None:
            self.runner.cancel()
            self._show(None, None)
            return
        today = self._today()
        themes, voiced = self._themes or (None, None)
        changes = list(self.what_if.changes) if self.what_if_button.isChecked() else []
        # The first assessment imports networkx and scipy (about half a second), so it runs in a
        # worker, and the imports happen there too; later ones on small maps run at once.
        size, cold = len(pursuit_map.nodes), not self._warm

        def assess_map(_progress: object, _stop: object) -> Assessment:
            from consensus_app.core.analytics.assessment import assess

            return assess(pursuit_map, today, themes, voiced)

        def imagine(_progress: object, _stop: object) -> WhatIf:
            from consensus_app.core.analytics.whatif import what_if

            return what_if(pursuit_map, changes, today, themes, voiced)

        if changes:
            message = self.tr("Assessing the what-if…")
            self.runner.run(message, size, imagine, lambda r: self._show(r.before, r), in_background=cold)
        else:
            message = self.tr("Assessing {n} committee members…").format(n=len(pursuit_map.members()))
            self.runner.run(message, size, assess_map, lambda r: self._show(r, None), in_background=cold)

    # --- showing --------------------------------------------------------------------------------

    def _show(self, assessment: Assessment | None, scenario: WhatIf | None) -> None:
        self._warm = self._warm or assessment is not None
        self.assessment, self.scenario = assessment, scenario
        shown = scenario.after if scenario else assessment
        self.banner.setVisible(self.what_if_button.isChecked())
        if shown is None:
            self.score.setText("—")
            self.verdict.setText(self.tr("Open a pursuit to assess it."))
        elif not shown.assessable:
            self.score.setText("—")
            self.verdict.setText(self.tr("Not enough to assess yet"))
        elif scenario is not None:
            self.score.setText(f"{scenario.before.score} → {scenario.after.score}")
            self.verdict.setText(
                self.tr("{delta} points if this happened · {verdict}").format(
                    delta=f"{scenario.delta:+d}", verdict=verdict(shown.score)
                )
            )
        else:
            self.score.setText(f"{shown.score} / 100")
            self.verdict.setText(verdict(shown.score))
        self._show_components(shown)
        self._show_findings(shown, scenario)
        self._emit_overlay()
        self.journey.show_map(self.pursuit_map)
        self.disagreement_box.show_disagreements(shown.disagreements if shown else [], self.me())
        if assessment is not None and scenario is None and self.pursuit_map is not None:
            self.sig_assessed.emit(assessment, self.pursuit_map)

    def _show_components(self, shown: Assessment | None) -> None:
        while (item := self.components.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        # Whole points that add up to the score with the penalties (the brief shows the same).
        points = shown_points(shown) if shown is not None and shown.assessable else []
        for row, (component, whole) in enumerate(zip(shown.components if shown else [], points, strict=True)):
            bar = QProgressBar(maximum=component.weight * 10, textVisible=True)
            bar.setValue(round(component.points * 10))
            # Kept left to right: a mirrored (Persian) window would read "25 / 17" otherwise.
            bar.setFormat(left_to_right(f"{whole} / {component.weight}"))
            bar.setToolTip(component.explanation)
            name = QLabel(component.label)
            name.setToolTip(component.explanation)
            why = QLabel(component.explanation)
            why.setWordWrap(True)
            why.setStyleSheet("color: #555; font-size: 8.5pt;")
            self.components.addWidget(name, row * 2, 0)
            self.components.addWidget(bar, row * 2, 1)
            self.components.addWidget(why, row * 2 + 1, 0, 1, 2)
        rows = len(shown.components) * 2 if shown else 0
        for offset, deduction in enumerate(shown.deductions if shown else []):
            label = QLabel(f"<b>{left_to_right(f'−{deduction.points}')}</b> {deduction.label}")
            codes = QLabel(finding_titles(deduction.codes))
            codes.setWordWrap(True)
            codes.setStyleSheet("color: #555; font-size: 8.5pt;")
            label.setToolTip(self.tr("Each cause of trouble costs once, by its most severe finding."))
            self.components.addWidget(label, rows + offset, 0)
            self.components.addWidget(codes, rows + offset, 1)

    def _show_findings(self, shown: Assessment | None, scenario: WhatIf | None) -> None:
        self.findings.clear()
        self.finding_details.show_finding(None)
        if shown is None:
            return
        if shown.not_enough is not None:
            self.findings.addItem(shown.not_enough)
            return
        entries: list[tuple[Finding, str]] = []
        if scenario is not None:
            resolved, new = self.tr("Resolved") + " · ", self.tr("New") + " · "
            entries += [(f, resolved) for f in scenario.resolved]
            entries += [(f, new if f in scenario.raised else "") for f in scenario.after.findings]
        else:
            entries += [(f, "") for f in shown.findings]
        for finding, mark in entries:
            title = finding_title(finding.code)  # the code stays for JSON
            item = QListWidgetItem(
                f"{mark}{finding.severity.label.capitalize()} · {title}\n{finding.message}"
            )
            item.setData(_IDS, list(finding.stakeholders))
            item.setData(_FINDING, finding)
            item.setForeground(
                QColor(
                    "#2E7D32"
                    if mark and mark == self.tr("Resolved") + " · "
                    else SEVERITY_COLORS[finding.severity]
                )
            )
            if finding.research:
                item.setToolTip(finding.research)
            self.findings.addItem(item)
        if not entries:
            self.findings.addItem(self.tr("No findings: nothing stands between this group and a decision."))

    def _on_finding(self, item: QListWidgetItem | None) -> None:
        ids = item.data(_IDS) if item is not None else None
        self.finding_details.show_finding(item.data(_FINDING) if item is not None else None)
        self.sig_highlight.emit(list(ids or []))

    def _emit_overlay(self) -> None:
        shown = self.scenario.after if self.scenario else self.assessment
        self.sig_overlay.emit(shown if self.overlay_box.isChecked() else None)

    def _on_what_if_toggled(self, on: bool) -> None:
        self.what_if.setVisible(on)
        self.what_if_button.setText(self.tr("What if… (on)") if on else self.tr("What if…"))
        if not on:
            self.what_if.clear()
        self._rerun()
