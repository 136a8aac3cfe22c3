"""Committee / Everyone: which people of the account the map shows.

The committee view (core/committee_view.py) is the default: the members and the people who
link them. "Everyone" is one click away, in the toolbar and the View menu; the choice is kept
in the settings for every pursuit. People the user asked for (found with Ctrl+F, just added)
stay on the map in the committee view until another pursuit opens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from consensus_app.core.committee_view import committee_view, restrict
from consensus_app.core.pursuit_map import PursuitMap
from consensus_app.ui.settings import UiSettings

SETTING = "map/committee_view"


class CommitteeToggle(QObject):
    def __init__(self, parent: QObject, settings: UiSettings, on_changed: Callable[[], None]) -> None:
        super().__init__(parent)
        self._settings = settings
        self._on_changed = on_changed
        self._pinned: set[int] = set()
        self._pinned_next: tuple[int, set[int]] | None = None  # for a pursuit about to open
        self._pursuit: int | None = None
        self.reasons: dict[int, str] = {}  # why each non-member shown is there (for the tooltips)
        self.group = QActionGroup(self)
        self.committee_action = QAction(self.tr("&Committee"), self, checkable=True)
        self.committee_action.setToolTip(
            self.tr("Show the committee and the people who link them (reporting line, influencers, brokers)")
        )
        self.everyone_action = QAction(self.tr("&Everyone"), self, checkable=True)
        self.everyone_action.setToolTip(self.tr("Show everyone at the account"))
        for action, name in (
            (self.committee_action, "view-committee"),
            (self.everyone_action, "view-everyone"),
        ):
            action.setObjectName(name)
            self.group.addAction(action)
        on = settings.text(SETTING, "1") != "0"
        (self.committee_action if on else self.everyone_action).setChecked(True)
        self.group.triggered.connect(self._on_triggered)

    @property
    def actions(self) -> list[QAction]:
        return [self.committee_action, self.everyone_action]

    def committee_only(self) -> bool:
        return self.committee_action.isChecked()

    def set_committee_only(self, on: bool) -> None:
        """As if the user clicked Committee (True) or Everyone (False)."""
        (self.committee_action if on else self.everyone_action).trigger()

    def pin(self, ids: Iterable[int], pursuit_id: int | None = None) -> None:
        """Keep these people on the map in the committee view (until another pursuit opens);
        with `pursuit_id`, on that pursuit's map when it opens."""
        if pursuit_id is None or pursuit_id == self._pursuit:
            self._pinned.update(ids)
        else:
            self._pinned_next = (pursuit_id, set(ids))

    def shown_map(self, pursuit_map: PursuitMap) -> PursuitMap:
        """The part of the map the canvas shows. People others add (a colleague, an import on
        the command line) are not pinned: only those this window adds are (see `pin`)."""
        if pursuit_map.pursuit_id != self._pursuit:
            self._pursuit, self._pinned = pursuit_map.pursuit_id, set()
            if self._pinned_next is not None and self._pinned_next[0] == pursuit_map.pursuit_id:
                self._pinned = self._pinned_next[1]
            self._pinned_next = None
        self.reasons = {}
        if not self.committee_only():
            return pursuit_map
        view = committee_view(pursuit_map, self._pinned)
        self.reasons = view.reasons
        return restrict(pursuit_map, view.shown)

    def summary(self, pursuit_map: PursuitMap, shown: PursuitMap) -> str:
        people = len(pursuit_map.nodes)
        if not self.committee_only():
            return self.tr("Everyone: {n} on the map").format(n=people)
        return self.tr("Committee view: {shown} of {n} on the map (Everyone shows all)").format(
            shown=len(shown.nodes), n=people
        )

    def _on_triggered(self, _action: QAction) -> None:
        self._settings.set_text(SETTING, "1" if self.committee_only() else "0")
        self._on_changed()
