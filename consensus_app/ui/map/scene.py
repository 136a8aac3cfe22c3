"""The map's scene: builds cards and lines from a PursuitMap and turns gestures into requests.

The scene never changes the data. Dragging cards, drawing a connection, Delete and
double-click become signals; the window turns them into undoable commands and, when the
data changed, calls set_map again. Positions are card centres in scene coordinates.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from consensus_app.core.pursuit_map import MapEdge, MapNode, Point, PursuitMap
from consensus_app.ui.map.connect_drag import ConnectDrag
from consensus_app.ui.map.edge_item import EdgeItem, assign_bends
from consensus_app.ui.map.edge_layer import EdgeLayer
from consensus_app.ui.map.node_item import NodeItem
from consensus_app.ui.map.node_layer import NodeLayer
from consensus_app.ui.map.scene_drawing import DrawingModes

GRID_X, GRID_Y = 250.0, 110.0  # cell of the fallback grid for people without a position
SCENE_MARGIN = 200.0
ANIMATION_MS = 250
BACKDROP_BELOW = -100  # items under this z are the map's backdrop (grid_backdrop.py: -1000)
CAPTION_REACH = 200.0  # how far above and left of its areas a backdrop's captions may sit


class MapScene(DrawingModes, QGraphicsScene):
    sig_selection_changed = Signal(list)  # selected stakeholder ids
    # {stakeholder_id: (old_point, new_point)}, once per finished drag. `object`, not `dict`:
    # PySide turns a `dict` signal into a QVariantMap, whose keys must be strings (ids were lost).
    sig_nodes_moved = Signal(object)
    sig_connect_requested = Signal(int, int)  # source id, target id
    sig_delete_requested = Signal(list, list)  # stakeholder ids, relationship ids
    sig_edit_requested = Signal(int)  # stakeholder id (double-click)
    sig_map_changed = Signal()  # set_map rebuilt the items

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pursuit_map: PursuitMap | None = None
        self.org_lines = False  # reporting lines as the org chart's elbows (set_org_lines)
        self._nodes: dict[int, NodeItem] = {}
        self._edges: list[EdgeItem] = []
        self._layer = EdgeLayer()
        self._node_layer = NodeLayer()
        self._init_drawing()
        self._quiet = 0  # >0 while we change the selection ourselves
        self._last_selection: list[int] = []
        self._selected_edges: set[EdgeItem] = set()
        self._rebuilding = False
        self._highlighted: set[int] = set()
        self._notes: dict[int, str] = {}  # why someone off the committee is on the map
        self._drag_start: dict[int, QPointF] | None = None
        self._connect: ConnectDrag | None = None
        self._animation: QVariantAnimation | None = None
        self._animation_targets: dict[int, QPointF] = {}
        self.setSceneRect(QRectF(-500, -300, 1000, 600))
        # No BSP index: a zoom frame shows most of the 3,000 items anyway, and sorting what the tree
        # returns cost more than walking them (and moving cards re-indexed their lines).
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.selectionChanged.connect(self._on_selection_changed)

    # --- building -----------------------------------------------------------------------------

    def set_map(self, pursuit_map: PursuitMap, positions: dict[int, Point]) -> None:
        """(Re)build every card and line; people without a position go to a grid below the others."""
        selected_people = set(self.selected_stakeholders())
        selected_ties = set(self.selected_relationships())
        self._stop_animation()
        self._end_connect()
        self._quiet += 1
        self._rebuilding = True
        try:
            self._selected_edges = set()
            self.clear()
            self._layer, self._node_layer = self._new_layers()
            self.addItem(self._layer)
            self.addItem(self._node_layer)
            self._nodes, self._edges, self._drag_start = {}, [], None
            self.pursuit_map = pursuit_map
            places = dict(positions)
            places.update(
                grid_places([n for n in pursuit_map.nodes if n.stakeholder_id not in places], places)
            )
            for node in pursuit_map.nodes:
                item = NodeItem(node)
                self._prepare_node(item)
                item.setPos(*places[node.stakeholder_id])
                self.addItem(item)
                self._nodes[node.stakeholder_id] = item
            drawable = drawable_edges(pursuit_map.edges, self._nodes)
            for edge, bend in zip(drawable, assign_bends(drawable), strict=True):
                line = EdgeItem(
                    edge, self._nodes[edge.source_id], self._nodes[edge.target_id], bend, self.org_lines
                )
                self.addItem(line)
                self._edges.append(line)
            self._layer.set_edges(self._edges)
            self._node_layer.set_nodes(list(self._nodes.values()))
            self._apply_batching()
            for line in self._edges:
                if line.relationship_id in selected_ties:
                    line.setSelected(True)
            for sid in selected_people:
                if sid in self._nodes:
                    self._nodes[sid].setSelected(True)
            self._apply_highlight()
        finally:
            self._rebuilding = False
            self._quiet -= 1
        self._grow_scene_rect(reset=True)
        self._on_selection_changed()
        self.sig_map_changed.emit()

    def update_nodes(self, nodes: Iterable[MapNode]) -> int:
        """The same people after an edit: redraw their cards only; how many were on the canvas."""
        if self.pursuit_map is None:
            return 0
        fresh = {n.stakeholder_id: n for n in nodes if n.stakeholder_id in self._nodes}
        for sid, node in fresh.items():
            self._nodes[sid].set_node(node)
        if fresh:
            self.pursuit_map = replace(
                self.pursuit_map, nodes=[fresh.get(n.stakeholder_id, n) for n in self.pursuit_map.nodes]
            )
        return len(fresh)

    def recast(self, pursuit_map: PursuitMap) -> None:
        """The canvas shows these people now: new cards join (on the grid below the others until
        a layout places them), cards of people no longer shown leave, changed ones are redrawn,
        and the lines follow. The cards that stay are the same items, where they were."""
        self._stop_animation()  # (it would move the cards that leave)
        self._quiet += 1  # one selection change at the end, once the leaving cards are gone
        try:
            wanted = {n.stakeholder_id: n for n in pursuit_map.nodes}
            leaving = [self._nodes.pop(sid) for sid in [s for s in self._nodes if s not in wanted]]
            for item in leaving:
                item.setSelected(False)
            joining = [n for sid, n in wanted.items() if sid not in self._nodes]
            places = grid_places(joining, self.node_positions())
            self.update_nodes(
                n for sid, n in wanted.items() if sid in self._nodes and self._nodes[sid].node != n
            )
            for node in joining:
                item = NodeItem(node)
                self._prepare_node(item)
                item.setPos(*places[node.stakeholder_id])
                self.addItem(item)
                self._nodes[node.stakeholder_id] = item
                item.set_batched(self._batched)
                self._node_layer.add_node(item)
            self.update_edges(pursuit_map)  # (lines to people who left go here)
            for item in leaving:
                self._node_layer.forget_node(item)
                self.removeItem(item)
            self._grow_scene_rect()
        finally:
            self._quiet -= 1
        self._on_selection_changed()

    def update_edges(self, pursuit_map: PursuitMap) -> None:
        """The same people with other relationships: add and remove those lines, nothing else.

        `pursuit_map` must show the same people as the canvas (else call set_map)."""
        wanted = drawable_edges(pursuit_map.edges, self._nodes)
        bends = dict(zip(wanted, assign_bends(wanted), strict=True))
        keep: list[EdgeItem] = []
        for line in self._edges:
            if line.edge in bends:
                keep.append(line)
            else:  # removed, or changed kind or strength: drawn again below
                line.source.edges.remove(line)
                line.target.edges.remove(line)
                self._selected_edges.discard(line)
                self._layer.forget_edge(line)
                self.removeItem(line)
        shown = {line.edge for line in keep}
        for line in keep:
            if line.bend != bends[line.edge]:  # another line joined or left between the same two
                line.bend = bends[line.edge]
                line.update_geometry()
        for edge in wanted:
            if edge not in shown:
                ends = self._nodes[edge.source_id], self._nodes[edge.target_id]
                line = EdgeItem(edge, *ends, bends[edge], self.org_lines)
                self.addItem(line)
                self._layer.add_edge(line)
                keep.append(line)
        self._edges = keep
        self.pursuit_map = pursuit_map
        self._apply_highlight()

    # --- queries and commands from the window --------------------------------------------------

    def node_item(self, stakeholder_id: int) -> NodeItem:
        return self._nodes[stakeholder_id]

    def edge_layer(self) -> EdgeLayer:
        """The layer drawing the ordinary lines (the view asks it for its zoom tiles)."""
        return self._layer

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def edge_items(self) -> list[EdgeItem]:
        return list(self._edges)

    def node_positions(self) -> dict[int, Point]:
        return {sid: (item.x(), item.y()) for sid, item in self._nodes.items()}

    def selected_stakeholders(self) -> list[int]:
        return sorted(item.stakeholder_id for item in self.selectedItems() if isinstance(item, NodeItem))

    def selected_relationships(self) -> list[int]:
        return sorted(
            item.relationship_id
            for item in self.selectedItems()
            if isinstance(item, EdgeItem) and item.relationship_id is not None
        )

    def select_stakeholders(self, ids: Iterable[int]) -> None:
        """Select exactly these people (one sig_selection_changed, only if the selection changed)."""
        self._quiet += 1
        try:
            self.clearSelection()
            for sid in ids:
                if sid in self._nodes:
                    self._nodes[sid].setSelected(True)
        finally:
            self._quiet -= 1
        self._on_selection_changed()

    def set_notes(self, notes: dict[int, str]) -> None:
        """A line for some cards' tooltips: why the committee view shows them ("links A and B")."""
        self._notes = dict(notes)

    def highlight(self, ids: Iterable[int]) -> None:
        """Ring these people and dim everyone else; an empty list clears the highlight."""
        self._highlighted = set(ids)
        self._apply_highlight()

    def move_nodes(self, positions: dict[int, Point], animate: bool = False) -> None:
        """Move cards (layouts, undo/redo); lines follow. Never emits sig_nodes_moved."""
        self._stop_animation()
        targets = {sid: QPointF(*p) for sid, p in positions.items() if sid in self._nodes}
        if not animate or not targets:
            for sid, point in targets.items():
                self._nodes[sid].setPos(point)
            self._grow_scene_rect()
            return
        starts = {sid: QPointF(self._nodes[sid].pos()) for sid in targets}
        self._animation_targets = targets
        animation = QVariantAnimation(self)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(ANIMATION_MS)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)

        def step(t: float) -> None:
            for sid, end in targets.items():
                start = starts[sid]
                self._nodes[sid].setPos(start + (end - start) * float(t))

        animation.valueChanged.connect(step)
        animation.finished.connect(self._on_animation_finished)
        self._animation = animation
        self.set_interacting(True)
        animation.start()

    def is_animating(self) -> bool:
        return self._animation is not None

    def content_rect(self) -> QRectF:
        """The bounding rect of the cards and lines (without layers or the connection line)."""
        rect = QRectF()
        for item in self._nodes.values():
            rect = rect.united(item.sceneBoundingRect())
        for edge in self._edges:
            if not edge.boundingRect().isEmpty():
                rect = rect.united(edge.sceneBoundingRect())
        return rect

    def set_org_lines(self, on: bool) -> None:
        """The org chart's layout is shown (True): reporting lines run as elbows through the gaps
        between its rows; in the other layouts they are straight."""
        if on != self.org_lines:
            self.org_lines = on
            for edge in self._edges:
                edge.set_elbow(on)

    def backdrop_rect(self) -> QRectF:
        """What a fit to view shows of the map's backdrop (the power / stance grid): the areas
        with a card in them, whole, and the captions above and left of them (an empty area, such
        as "not on this committee" in the committee view, is left out)."""
        backdrop = [
            item
            for item in self.items()
            if item.zValue() < BACKDROP_BELOW and item.parentItem() is None and item.isVisible()
        ]
        centres = [card.scenePos() for card in self._nodes.values()]
        areas = QRectF()
        for item in backdrop:
            if isinstance(item, QGraphicsRectItem):
                rect = item.sceneBoundingRect()
                if any(rect.contains(centre) for centre in centres):
                    areas = areas.united(rect)
        if areas.isEmpty():
            return areas
        near = areas.adjusted(-CAPTION_REACH, -CAPTION_REACH, 0, 0)
        rect = QRectF(areas)
        for item in backdrop:
            if not isinstance(item, QGraphicsRectItem):
                caption = item.sceneBoundingRect()
                beside = near.intersects(caption) and caption.bottom() <= areas.bottom()
                if beside or near.contains(caption):
                    rect = rect.united(caption)
        return rect

    # --- internals ----------------------------------------------------------------------------

    def _apply_highlight(self) -> None:
        lit = self._highlighted
        for sid, item in self._nodes.items():
            item.set_highlight(None if not lit else "ring" if sid in lit else "dim")
        for edge in self._edges:
            edge.set_dimmed(
                bool(lit) and edge.source.stakeholder_id not in lit and edge.target.stakeholder_id not in lit
            )

    def _grow_scene_rect(self, reset: bool = False) -> None:
        """Grow (never shrink, unless rebuilding) the scene rect to hold every item with a margin."""
        content = self.content_rect()
        if content.isEmpty():
            content = QRectF(-500, -300, 1000, 600)
        rect = content.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        self.setSceneRect(rect if reset else rect.united(self.sceneRect()))

    def _stop_animation(self) -> None:
        """Finish a running animation at once, so positions are always where the data says."""
        if self._animation is not None:
            animation, self._animation = self._animation, None
            animation.stop()
            for sid, point in self._animation_targets.items():
                if sid in self._nodes:
                    self._nodes[sid].setPos(point)
            animation.deleteLater()
            self.set_interacting(False)
            self._grow_scene_rect()

    def _on_animation_finished(self) -> None:
        self._stop_animation()

    def _on_selection_changed(self) -> None:
        if self._rebuilding:  # clear() reports items it is deleting: touch nothing
            return
        # Selected lines draw themselves (with a halo); the others go back to the layer.
        edges = {item for item in self.selectedItems() if isinstance(item, EdgeItem)}
        for edge in edges ^ self._selected_edges:
            edge.refresh()
        self._selected_edges = edges
        if self._quiet:
            return
        ids = self.selected_stakeholders()
        if ids != self._last_selection:
            self._last_selection = ids
            self.sig_selection_changed.emit(ids)

    def _end_connect(self) -> NodeItem | None:
        """End a connection drag, if one is on; return the card it was dropped on."""
        connect, self._connect = self._connect, None
        return connect.finish() if connect is not None else None

    def _node_at(self, pos: QPointF, exclude: NodeItem | None = None) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem) and item is not exclude:
                return item
        return None

    # --- mouse and keyboard -------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._stop_animation()
        node = self._node_at(event.scenePos()) if event.button() == Qt.MouseButton.LeftButton else None
        if node is not None and (
            node.hits_handle(node.mapFromScene(event.scenePos()))
            or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._connect = ConnectDrag(self, node, event.scenePos(), self._node_at)
            event.accept()
            return
        super().mousePressEvent(event)
        if node is not None and node.isSelected():
            self.set_interacting(True)
            # Everything selected moves with the card: remember where each one started.
            self._drag_start = {
                item.stakeholder_id: QPointF(item.pos())
                for item in self.selectedItems()
                if isinstance(item, NodeItem)
            }

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connect is not None:
            self._connect.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connect is not None:
            if event.button() != Qt.MouseButton.LeftButton:
                event.accept()
                return
            source = self._connect.source
            self._connect.move(event.scenePos())
            target = self._end_connect()
            if target is not None:
                self.sig_connect_requested.emit(source.stakeholder_id, target.stakeholder_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if self._drag_start is not None and event.button() == Qt.MouseButton.LeftButton:
            start, self._drag_start = self._drag_start, None
            self.set_interacting(False)
            moved: dict[int, tuple[Point, Point]] = {}
            for sid, old in start.items():
                item = self._nodes.get(sid)
                if item is not None and item.pos() != old:  # QPointF compares fuzzily
                    moved[sid] = ((old.x(), old.y()), (item.x(), item.y()))
            if moved:
                self._grow_scene_rect()
                self.sig_nodes_moved.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        node = self._node_at(event.scenePos()) if event.button() == Qt.MouseButton.LeftButton else None
        if node is not None:
            event.accept()
            self.sig_edit_requested.emit(node.stakeholder_id)
            return
        super().mouseDoubleClickEvent(event)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips of cards and lines, built when asked for (see NodeItem.tooltip)."""
        for item in self.items(event.scenePos()):
            if isinstance(item, NodeItem | EdgeItem):
                text = item.tooltip()
                note = self._notes.get(item.stakeholder_id) if isinstance(item, NodeItem) else None
                if note:
                    words = QCoreApplication.translate("MapCard", "On the committee view: {reason}")
                    text += f"<p style='color:#666'>{words.format(reason=html.escape(note))}</p>"
                QToolTip.showText(event.screenPos(), text, event.widget())
                event.accept()
                return
        QToolTip.hideText()
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            people, ties = self.selected_stakeholders(), self.selected_relationships()
            event.accept()
            if people or ties:
                self.sig_delete_requested.emit(people, ties)
            return
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            if self._connect is not None:
                self._end_connect()
            else:
                self.clearSelection()
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            event.accept()
            self.select_stakeholders(self._nodes)
            return
        super().keyPressEvent(event)


def drawable_edges(edges: Iterable[MapEdge], nodes: dict[int, NodeItem]) -> list[MapEdge]:
    """Lines between two different people who are both on the canvas."""
    return [e for e in edges if e.source_id in nodes and e.target_id in nodes and e.source_id != e.target_id]


def grid_places(nodes: list[MapNode], placed: dict[int, Point]) -> dict[int, Point]:
    """A roughly 16:10 grid for `nodes`, below the people who already have a place."""
    if not nodes:
        return {}
    columns = max(1, math.ceil(math.sqrt(len(nodes) * 1.6 * GRID_Y / GRID_X)))
    x0, y0 = 0.0, 0.0
    if placed:
        x0 = min(p[0] for p in placed.values())
        y0 = max(p[1] for p in placed.values()) + GRID_Y * 1.5
    return {
        node.stakeholder_id: (x0 + (i % columns) * GRID_X, y0 + (i // columns) * GRID_Y)
        for i, node in enumerate(nodes)
    }
