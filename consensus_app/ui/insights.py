"""The analysis side of the window: assessment, themes and messages panels, and the map overlay.

Each panel is a tab on the window's right, beside the stakeholder inspector. They follow the
open pursuit, run their work off the GUI thread (each with its progress and Cancel in the status bar)
and point at people by highlighting them on the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from consensus_app.core.pursuit_map import PursuitMap
from consensus_app.ui.assessment_panel import AssessmentPanel
from consensus_app.ui.background import BackgroundRunner
from consensus_app.ui.dock_tabs import fit_dock_tabs
from consensus_app.ui.error_dialog import show_error
from consensus_app.ui.map.faction_overlay import FactionOverlay
from consensus_app.ui.messaging_panel import MessagingPanel
from consensus_app.ui.outbox import is_unreachable
from consensus_app.ui.plan_panel import PlanPanel
from consensus_app.ui.rating_badges import RatingBadges
from consensus_app.ui.readiness_widgets import ReadinessKeeper
from consensus_app.ui.stage_badges import StageBadges
from consensus_app.ui.themes_panel import ThemesPanel
from consensus_app.ui.themes_service import ThemesService
from consensus_app.ui.widgets import add_dock

START_AFTER_MS = 400  # after the window's first frame

if TYPE_CHECKING:
    from consensus_app.core.analytics.results import Assessment
    from consensus_app.ui.main_window import MainWindow


class Insights(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.assessment = AssessmentPanel()
        self.themes = ThemesPanel(window.controller)
        self.themes_service = ThemesService(window.controller, self)
        self.messaging = MessagingPanel(window.controller)
        self.messaging_runner = BackgroundRunner(self)
        self.overlay = FactionOverlay()
        self._first_paint_done = False
        self._drafted_for: int | None = None  # the pursuit the shown drafts belong to
        self._start_later = QTimer(self, singleShot=True, interval=START_AFTER_MS)
        self._start_later.timeout.connect(self._start)
        self.assessment_dock = add_dock(window, self.tr("Assessment"), "assessment-dock", self.assessment)
        self.themes_dock = add_dock(window, self.tr("Themes"), "themes-dock", self.themes)
        self.messaging_dock = add_dock(window, self.tr("Messages"), "messaging-dock", self.messaging)
        self.plan = PlanPanel(window.controller)  # the plan for deciding together
        self.plan_dock = add_dock(window, self.tr("Plan"), "plan-dock", self.plan)
        self.docks = [self.assessment_dock, self.themes_dock, self.messaging_dock, self.plan_dock]
        for dock in self.docks:
            window.tabifyDockWidget(window.inspector_dock, dock)
        window.inspector_dock.raise_()
        fit_dock_tabs(window, [window.inspector_dock, *self.docks])  # every tab title readable

        self.plan.sig_plan_changed.connect(lambda: self.assessment.set_map(window.controller.pursuit_map))
        self.readiness = ReadinessKeeper(window.controller, self.assessment, parent=self)  # kept by day
        self.stage_badges = StageBadges(window, self.assessment)  # View ▸ Show buying stages
        self.assessment.me = self._user_id  # who "You" is in colleagues' differing views
        self.rating_badges = RatingBadges(window, self.assessment, self._user_id)  # ± where they differ
        self.plan.show_map(window.controller.pursuit_map)
        for panel in (self.assessment, self.themes, self.messaging, self.plan):
            panel.sig_highlight.connect(window.scene.highlight)
        self.messaging.sig_saved.connect(lambda message: window.statusBar().showMessage(message, 5000))
        self.messaging.sig_language.connect(self._on_draft_language)
        self.assessment.sig_overlay.connect(self._on_overlay)
        self.themes_service.sig_ready.connect(self._on_themes)
        runners = [
            (self.assessment.runner, self.tr("Assessment failed")),
            (self.themes_service.runner, self.tr("Themes failed")),
            (self.messaging_runner, self.tr("Drafting messages failed")),
        ]
        for runner, what in runners:  # (their progress and Cancel: the status bar's task list)
            runner.sig_failed.connect(lambda exc, w=what: self._on_failed(w, exc))

    def _user_id(self) -> str | None:
        controller = self._window.controller
        return controller.workspace.identity.user_id if controller.is_open else None

    def _on_failed(self, what: str, exc: BaseException) -> None:
        if is_unreachable(exc):  # the window's banner already says the server is away
            self._window.controller.outbox.went_away(exc)
        else:
            show_error(self._window, what, str(exc), exc)

    def before_map_rebuild(self) -> None:
        self.overlay.clear()  # the scene is about to delete the cards the overlay follows

    def set_map(self, pursuit_map: PursuitMap | None) -> None:
        if not self._first_paint_done:
            # Analysis workers import networkx, scipy and scikit-learn; in the same process they
            # would slow the window's first paint (one interpreter lock), so they start after it.
            if not self._start_later.isActive():
                self._start_later.start()
            return
        self.assessment.set_map(pursuit_map)
        if self.themes_service.themes is None or pursuit_map is None:
            self.themes.show_themes(None, pursuit_map)
            self.messaging.show_messaging(None, None, None)
        elif self.themes_service.themes.result and pursuit_map.pursuit_id == self._drafted_for:
            # Same pursuit, an edit: kits follow stances and profiles even when themes do not move.
            self._draft_messages(self.themes_service.themes, pursuit_map)
        self.themes_service.refresh(pursuit_map)

    def _start(self) -> None:
        self._first_paint_done = True
        self.set_map(self._window.controller.pursuit_map)

    def set_visible(self, visible: bool) -> None:
        for dock in self.docks:
            dock.setVisible(visible)

    def _on_themes(self, themes: object) -> None:
        pursuit_map = self._window.controller.pursuit_map
        self.themes.show_themes(themes, pursuit_map)  # type: ignore[arg-type]
        self.assessment.set_themes(themes)  # type: ignore[arg-type]
        self._draft_messages(themes, pursuit_map)

    def _draft_messages(self, themes: object, pursuit_map: PursuitMap | None) -> None:
        """Drafts and kits from the bridge themes, off the GUI thread (templates, the snapshot)."""
        if themes is None or pursuit_map is None:
            self.messaging.show_messaging(None, None, None)
            return
        reads = self._window.controller.reads
        self._drafted_for = pursuit_map.pursuit_id
        language = self._window.settings.draft_language(self._workspace_key(), pursuit_map.pursuit_id)

        def work(_progress: object, _stop: object) -> object:
            from consensus_app.core.messaging import messaging_for_pursuit
            from consensus_app.core.messaging.bridges import from_pursuit_themes

            snapshot = reads.snapshot(pursuit_map.account_id)
            bridges = from_pursuit_themes(themes)  # type: ignore[arg-type]
            return messaging_for_pursuit(
                snapshot, pursuit_map.pursuit_id, bridges, pursuit_map=pursuit_map, language=language
            )

        self.messaging_runner.run(
            self.tr("Drafting messages…"),
            len(pursuit_map.nodes),
            work,
            lambda result: self.messaging.show_messaging(
                result, pursuit_map.account_id, pursuit_map.pursuit_id
            ),
            in_background=True,
        )

    def _on_draft_language(self, language: str) -> None:
        """The user chose the drafts' language: remember it for this pursuit, draft again."""
        pursuit_map = self._window.controller.pursuit_map
        if pursuit_map is None:
            return
        self._window.settings.set_draft_language(self._workspace_key(), pursuit_map.pursuit_id, language)
        if self.themes_service.pursuit_id == pursuit_map.pursuit_id:  # else its themes draft on arrival
            self._draft_messages(self.themes_service.themes, pursuit_map)

    def _workspace_key(self) -> str:
        from consensus_app.storage.team import without_password  # loaded with the workspace

        return without_password(self._window.controller.workspace.url)

    def _on_overlay(self, assessment: Assessment | None) -> None:
        self.overlay.show_assessment(self._window.scene.node_items(), assessment)
