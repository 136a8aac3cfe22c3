"""Keeps the canvas, the committee table and the inspector in step with the controller and
with each other: what an edit, a new pursuit, a layout or a selection changes on screen.

Built by the main window once a workspace is open (the views it moves exist from then on).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from consensus_app.core.layouts import LayoutName, compute_layout, grid_regions
from consensus_app.core.pursuit_map import Point, PursuitMap

if TYPE_CHECKING:
    from consensus_app.ui.main_window import MainWindow

# After an edit of some people, the assessment, themes and drafts start their workers a moment
# later: started at once, they would compete with the card's repaint for the interpreter (an
# edit took 0.6 s to show on a 500-person map; benchmarks/bench_edit.py).
ANALYSIS_DELAY_MS = 150


class MapSync(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._shown_pursuit: int | None = None
        self._pending_person: int | None = None  # found with Ctrl+F: select and centre once placed
        self.analysis_later = QTimer(self, singleShot=True, interval=ANALYSIS_DELAY_MS)
        self.analysis_later.timeout.connect(lambda: window.insights.set_map(window.controller.pursuit_map))
        c = window.controller
        c.sig_map_changed.connect(self._on_map_changed)
        c.sig_people_changed.connect(self._on_people_changed)
        c.sig_ties_changed.connect(self._on_ties_changed)
        c.sig_cast_changed.connect(self._on_cast_changed)

    # --- reacting to the controller ---------------------------------------------------

    def _on_map_changed(self, pursuit_map: PursuitMap | None) -> None:
        self.analysis_later.stop()  # this map is analysed now
        self.window.insights.before_map_rebuild()
        self.refresh_map(pursuit_map)
        self.window.insights.set_map(pursuit_map)

    def _on_people_changed(self, pursuit_map: PursuitMap, ids: set[int]) -> None:
        """An edit of some people's fields: their cards and rows change, nothing else is rebuilt."""
        w = self.window
        w.scene.update_nodes(pursuit_map.node(i) for i in ids)
        w.committee.model.set_rows(pursuit_map.nodes)
        self.analysis_later.start()  # once the card is painted; quick edits share one run
        shown = w.inspector.shown_id
        if shown is not None and shown in ids:
            w.inspector.show_node(pursuit_map.node(shown))

    def _on_cast_changed(self, pursuit_map: PursuitMap) -> None:
        """Someone added, or seated or unseated: their card joins, changes or (off the committee
        in the committee view) leaves; the rest of the canvas stays as it is."""
        w = self.window
        before = set(w.scene.node_positions())
        w.scene.recast(w.committee_view.shown_map(pursuit_map))
        w.scene.set_notes(w.committee_view.reasons)
        w.committee.model.set_rows(pursuit_map.nodes)
        if set(w.scene.node_positions()) - before:  # newcomers: the layout gives them a place
            self.run_layout(animate=True, only_new=before)
        self.show_selected()
        self.analysis_later.start()

    def _on_ties_changed(self, pursuit_map: PursuitMap) -> None:
        """Relationships added, removed or changed: their lines only, unless the committee view
        now shows other people (a tie can make someone a linker), which needs the whole canvas."""
        w = self.window
        shown = w.committee_view.shown_map(pursuit_map)
        if {n.stakeholder_id for n in shown.nodes} != set(w.scene.node_positions()):
            self.refresh_map(pursuit_map)
        else:
            w.scene.update_edges(shown)
            w.scene.set_notes(w.committee_view.reasons)
        self.analysis_later.start()

    def refresh_map(self, pursuit_map: PursuitMap | None) -> None:
        w = self.window
        if pursuit_map is None:
            w.scene.set_map(PursuitMap(0, 0, ""), {})
            w.committee.model.set_rows([])
            w.inspector.show_node(None)
            self._shown_pursuit = None
            return
        w.committee.model.set_rows(pursuit_map.nodes)
        if pursuit_map.pursuit_id != self._shown_pursuit:
            self._shown_pursuit = pursuit_map.pursuit_id
            w.setWindowTitle(pursuit_map.title + " — Consensus")  # the product's name: in every language
            shown = w.committee_view.shown_map(pursuit_map)
            w.scene.set_map(shown, w.controller.saved_positions())
            w.scene.set_notes(w.committee_view.reasons)
            if not w.statusBar().currentMessage():  # never over an import's or an error's message
                w.statusBar().showMessage(w.committee_view.summary(pursuit_map, shown), 8000)
            self.run_layout(animate=False, fit=True)
        else:
            # The same pursuit after an edit: cards stay where they are; newcomers get a place.
            current = w.scene.node_positions()
            shown = w.committee_view.shown_map(pursuit_map)
            w.scene.set_map(shown, current)
            w.scene.set_notes(w.committee_view.reasons)
            self.show_backdrop()
            if any(n.stakeholder_id not in current for n in shown.nodes):
                self.run_layout(animate=True, only_new=set(current))
        self.show_selected()

    # --- layouts ------------------------------------------------------------------------

    def run_layout(self, animate: bool, fit: bool = False, only_new: set[int] | None = None) -> None:
        from consensus_app.ui.map.scene import ANIMATION_MS  # (the map's modules load with a workspace)

        w = self.window
        full_map = w.controller.pursuit_map
        if full_map is None:
            return
        pursuit_map = w.scene.pursuit_map or full_map  # what the canvas shows (committee view)

        def place(computed: dict[int, Point]) -> None:
            if w.controller.pursuit_map is not full_map or w.scene.pursuit_map is not pursuit_map:
                return  # another pursuit opened meanwhile, or the view changed
            points = {**computed, **w.controller.saved_positions()}
            if only_new is not None:
                points = {k: v for k, v in points.items() if k not in only_new}
            w.scene.move_nodes(points, animate=animate)
            self.show_backdrop()
            if fit:  # once the cards have arrived
                QTimer.singleShot(ANIMATION_MS + 30 if animate else 0, self._fit_then_focus)
            else:
                self._focus_pending_person()

        name = w.controller.layout
        w.layouts.run(
            QCoreApplication.translate("MapSync", "Laying out {n} people…").format(n=len(pursuit_map.nodes)),
            len(pursuit_map.nodes),
            lambda progress, stop: compute_layout(name, pursuit_map, progress=progress, should_stop=stop),
            place,
        )

    def show_backdrop(self) -> None:
        w = self.window
        w.scene.set_org_lines(w.controller.layout == LayoutName.ORG.value)  # elbows in the org chart
        pursuit_map = w.controller.pursuit_map
        if pursuit_map is not None and w.controller.layout == LayoutName.GRID.value:
            w.backdrop.show(grid_regions(pursuit_map))
        else:
            w.backdrop.clear()

    def choose_layout(self, name: str) -> None:
        self.window.controller.layout = name
        self.run_layout(animate=True, fit=True)

    def reset_layout(self) -> None:
        if self.window.controller.reset_layout():
            self.run_layout(animate=True, fit=True)

    def committee_view_toggled(self) -> None:
        """Committee / Everyone: rebuild the canvas with the other set of people, then fit it."""
        w = self.window
        pursuit_map = w.controller.pursuit_map
        if pursuit_map is None:
            return
        shown = w.committee_view.shown_map(pursuit_map)
        w.scene.set_map(shown, w.scene.node_positions())
        w.scene.set_notes(w.committee_view.reasons)
        w.statusBar().showMessage(w.committee_view.summary(pursuit_map, shown), 8000)
        self.run_layout(animate=False, fit=True)

    # --- finding a person ---------------------------------------------------------------

    def person_found(self, pursuit_id: int, stakeholder_id: int) -> None:
        """A person chosen in the navigator's search (Ctrl+F): open their pursuit, select and centre them."""
        w = self.window
        self._pending_person = stakeholder_id
        w.committee_view.pin([stakeholder_id], pursuit_id)
        if pursuit_id != w.controller.pursuit_id:
            w.navigator.select_pursuit(pursuit_id, emit=False)  # (hidden while the search filters)
            w.controller.open_pursuit(pursuit_id)  # the layout's end focuses the person
            return
        pursuit_map = w.controller.pursuit_map
        if (
            pursuit_map is not None
            and w.scene.pursuit_map is not None
            and not any(n.stakeholder_id == stakeholder_id for n in w.scene.pursuit_map.nodes)
        ):
            self.refresh_map(pursuit_map)  # pinned: now on the map, placed by the layout
        self._focus_pending_person()

    def _fit_then_focus(self) -> None:
        self.window.view.fit_to_view()
        self._focus_pending_person()

    def _focus_pending_person(self) -> None:
        w = self.window
        sid = self._pending_person
        if sid is None or w.scene.pursuit_map is None:
            return
        if not any(n.stakeholder_id == sid for n in w.scene.pursuit_map.nodes):
            return  # not placed yet
        self._pending_person = None
        w.scene.select_stakeholders([sid])
        self.map_selection([sid])
        w.view.centre_on_card(sid)

    # --- selection ----------------------------------------------------------------------

    def map_selection(self, ids: list[int]) -> None:
        w = self.window
        w.committee.select_stakeholders(ids)
        self.show_selected()
        if ids:
            w.inspector_dock.raise_()

    def table_selection(self, ids: list[int]) -> None:
        self.window.scene.select_stakeholders(ids)
        self.show_selected()

    def show_selected(self) -> None:
        w = self.window
        pursuit_map = w.controller.pursuit_map
        ids = w.scene.selected_stakeholders()
        node = pursuit_map.node(ids[0]) if pursuit_map and len(ids) == 1 else None
        w.forget.set_selection(ids)
        w.mark_left.set_selection(ids, pursuit_map)
        if not (node is None and w.inspector.creating):
            w.inspector.show_node(node)
