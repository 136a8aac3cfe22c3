"""The open pursuit's priority themes, computed in a worker and shared by the panels.

Theming imports scikit-learn, loads the sentence encoder (a second or two the first time),
computes the vectors of new or edited priorities (kept in the workspace, so each is computed
once) and clusters the committee's priorities, so it always runs off the GUI thread, after
the first frame. The result is kept per pursuit and reused until the pursuit's priorities or
committee change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from consensus_app.core.pursuit_map import PursuitMap
from consensus_app.ui.background import BackgroundRunner

if TYPE_CHECKING:
    from consensus_app.core.themes.pursuit import PursuitThemes
    from consensus_app.ui.controller import WorkspaceController


class ThemesService(QObject):
    sig_ready = Signal(object)  # PursuitThemes of the open pursuit, or None when there is none

    def __init__(self, controller: WorkspaceController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.runner = BackgroundRunner(self)
        self.themes: PursuitThemes | None = None
        self._account_id = 0
        self._key: tuple[Any, ...] | None = None
        self._pursuit_map: PursuitMap | None = None
        controller.sig_changed.connect(self._on_changed)

    @property
    def pursuit_id(self) -> int | None:
        """The pursuit `themes` were found for (the one opened before may still be shown)."""
        return int(self._key[0]) if self._key is not None else None

    def _on_changed(self, changed: Any) -> None:
        """The seller corrected the themes (or undid that): theme again, with the corrections."""
        from consensus_app.operations.theme_edits import THEME

        if changed.touches(THEME) and self._pursuit_map is not None:
            self.refresh(self._controller.pursuit_map or self._pursuit_map)

    def refresh(self, pursuit_map: PursuitMap | None) -> None:
        if pursuit_map is None:
            self.runner.cancel()
            self.themes, self._key = None, None
            self._pursuit_map = None
            self.sig_ready.emit(None)
            return
        self._pursuit_map = pursuit_map
        workspace, reads = self._controller.workspace, self._controller.reads

        def work(progress: Callable[[float], None], should_stop: Callable[[], bool]) -> tuple[Any, ...]:
            from consensus_app.core.analytics import metrics
            from consensus_app.core.analytics.graphs import build_graphs
            from consensus_app.core.themes.pursuit import analyse_pursuit
            from consensus_app.storage.priority_vectors import PriorityVectorRepository

            snapshot = reads.snapshot(pursuit_map.account_id)
            key = _key(snapshot, pursuit_map)
            if key == self._key and self.themes is not None:
                return key, self.themes  # nothing the themes depend on has changed
            factions = metrics.factions(build_graphs(pursuit_map))
            themes = analyse_pursuit(
                snapshot,
                pursuit_map.pursuit_id,
                factions,
                progress=progress,
                should_stop=should_stop,
                vectors=PriorityVectorRepository(workspace),
            )
            return key, themes

        self._account_id = pursuit_map.account_id
        size = len(pursuit_map.nodes)
        self.runner.run(self.tr("Finding shared themes…"), size, work, self._on_done, in_background=True)

    def _on_done(self, result: tuple[Any, ...]) -> None:
        key, themes = result
        changed = key != self._key
        self._key, self.themes = key, themes
        if changed:
            self.sig_ready.emit(themes)
            if themes is not None and themes.engine == "meaning":
                self._prepare_account(self._account_id)

    def _prepare_account(self, account_id: int) -> None:
        """Vectors for the account's other priorities (new or edited ones: an import, an edit), in
        the background with progress and cancel, so its other pursuits and the portfolio theme
        from stored vectors. Opening another pursuit cancels it; the next run picks up."""
        workspace, reads = self._controller.workspace, self._controller.reads

        def work(progress: Callable[[float], None], should_stop: Callable[[], bool]) -> None:
            from consensus_app.core.themes.vectors import vectors_for
            from consensus_app.storage.priority_vectors import PriorityVectorRepository

            snapshot = reads.snapshot(account_id)
            items = [(p.id, p.text) for p in snapshot.priorities]
            vectors_for(items, PriorityVectorRepository(workspace), progress, should_stop)

        message = self.tr("Preparing themes for the account…")
        self.runner.run(message, 0, work, lambda _none: None, in_background=True)


def _key(snapshot: Any, pursuit_map: PursuitMap) -> tuple[Any, ...]:
    """What the themes depend on: the priorities and who is on the committee, in which function."""
    priorities = tuple((p.id, p.text, p.stakeholder_id, p.pursuit_id) for p in snapshot.priorities)
    members = tuple((n.stakeholder_id, n.function, n.approver, n.influence) for n in pursuit_map.members())
    corrections = snapshot.theme_corrections.fingerprint() if snapshot.theme_corrections else None
    return pursuit_map.pursuit_id, priorities, members, corrections
