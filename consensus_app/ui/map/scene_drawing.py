"""How the scene draws at a given moment: batched or card by card, fast or full, cached or not.

A mixin of MapScene, kept apart so the scene itself is about data and gestures. Cards and
lines read `interacting`, `exporting` and `sprite_budget` from their scene while painting.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtWidgets import QGraphicsItem

from consensus_app.ui.map.card import LOD_BATCH
from consensus_app.ui.map.edge_layer import EdgeLayer
from consensus_app.ui.map.node_item import NodeItem
from consensus_app.ui.map.node_layer import NodeLayer

SPRITES_PER_FRAME = 6  # ~4 ms of card pictures per zoom frame (the rest while idle)
SHARP_NEAREST = 100  # cards near the centre that also get their 2× picture while idle
IDLE_SLICE_S = 0.008  # idle work in slices this long, so input stays responsive


class DrawingModes:
    # Provided by MapScene.
    _nodes: dict[int, NodeItem]
    _layer: EdgeLayer
    _node_layer: NodeLayer

    def _init_drawing(self) -> None:
        self.interacting = False  # the map is moving: cards and lines are drawn the fast way
        self.exporting = False  # render.py is drawing: no selection or hover marks
        self.sprite_budget = SPRITES_PER_FRAME  # card pictures still to make in this frame
        self._zooming = False
        self._batched = False  # zoomed out: cards drawn in batches by the node layer
        self._pictures: deque[tuple[NodeItem, float]] = deque()  # zooming pictures still to make
        self._picture_timer = QTimer(self)  # type: ignore[arg-type]
        self._picture_timer.setInterval(0)
        self._picture_timer.timeout.connect(self._on_prepare_pictures)

    def _new_layers(self) -> tuple[EdgeLayer, NodeLayer]:
        """Layers for a rebuilt map, in the current drawing mode."""
        edges, nodes = EdgeLayer(), NodeLayer()
        edges.fast = nodes.fast = self.interacting
        edges.zooming = nodes.zooming = self._zooming
        if self._zooming:
            edges.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            nodes.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self._pictures.clear()
        return edges, nodes

    def _prepare_node(self, item: NodeItem) -> None:
        """A new card, in the current drawing mode."""
        if self._zooming:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    def is_zooming(self) -> bool:
        return self._zooming

    def set_interacting(self, on: bool, zooming: bool = False) -> None:
        """While the map moves, draw the fast way; the view calls this (zoom, pan), and so does a drag.

        While zooming, every cached pixmap is out of date at each step anyway, so caches are
        switched off until the motion stops, saving their upkeep.
        """
        zooming = zooming and on
        if on == self.interacting and zooming == self._zooming:
            return
        if zooming != self._zooming:
            self._set_caching(not zooming)
        self.interacting, self._zooming = on, zooming
        self._layer.set_fast(on, zooming)
        self._node_layer.set_fast(on, zooming)
        if not on:  # cards drawn from their pictures while moving: draw them crisp again
            for item in self._nodes.values():
                item.update()

    def _set_caching(self, on: bool) -> None:
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        for item in (self._layer, self._node_layer, *self._nodes.values()):
            item.setCacheMode(mode)

    @contextmanager
    def exporting_at(self, scale: float) -> Iterator[None]:
        """For render.py: no selection or hover marks, the export's own detail, no caches.

        A cached pixmap per item at export scale would cost memory for nothing, and a cached
        card could still show the selection it had on screen.
        """
        was_batched = self._batched
        self._set_caching(False)
        self.set_view_scale(scale)
        self.exporting = True
        try:
            yield
        finally:
            self.exporting = False
            self.set_batched(was_batched)
            self._set_caching(not self._zooming)

    def begin_frame(self) -> None:
        """A new frame starts (the view calls this): renew the budget for card pictures."""
        self.sprite_budget = SPRITES_PER_FRAME

    def set_view_scale(self, scale: float) -> None:
        """The view's zoom: below card.LOD_BATCH cards are drawn in batches (see NodeLayer)."""
        self.set_batched(scale < LOD_BATCH)

    def is_batched(self) -> bool:
        return self._batched

    def set_batched(self, batched: bool) -> None:
        if batched != self._batched:
            self._batched = batched
            self._apply_batching()

    def _apply_batching(self) -> None:
        self._node_layer.setVisible(self._batched)
        for item in self._nodes.values():
            item.set_batched(self._batched)

    # --- idle work ------------------------------------------------------------------------

    def prepare_pictures(self, around: QPointF) -> None:
        """In idle time, make the cards' zooming pictures, nearest to `around` first.

        The first zoom into text range would otherwise stall on making a picture of every
        card on screen (~0.5 ms each). Then the 2× pictures of the cards nearest `around`,
        where a zoom past 100 % would go next (~1 ms each while zooming). The view calls this
        when the map has stopped moving.
        """
        nearest = sorted(self._nodes.values(), key=lambda item: (item.pos() - around).manhattanLength())
        self._pictures = deque(
            [(item, 1.0) for item in nearest] + [(item, 2.0) for item in nearest[:SHARP_NEAREST]]
        )
        self._picture_timer.start()

    def pictures_pending(self) -> bool:
        return bool(self._pictures)

    def _on_prepare_pictures(self) -> None:
        if self.interacting or not self._pictures:  # the view asks again once the motion stops
            self._picture_timer.stop()
            return
        deadline = time.perf_counter() + IDLE_SLICE_S
        while self._pictures and time.perf_counter() < deadline:
            item, scale = self._pictures.popleft()
            item.prepare_picture(scale)
