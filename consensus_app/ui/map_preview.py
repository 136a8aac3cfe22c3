"""While the workspace opens, a picture of the map as the window showed it when last closed.

Opening a workspace takes most of a second (the database layer loads, then the map is read, laid
out and built), so the window's second frame shows the picture saved when it was last closed:
the navigator, the map and the committee table, with "Opening the workspace…" over it. It is a
picture, not the map: nothing on it can be clicked or edited, and the real, interactive map
replaces it as soon as it is ready. storage/map_previews.py says where pictures are kept and when
they are erased (a person forgotten, a workspace file gone or replaced).
"""

from __future__ import annotations

import logging
import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from consensus_app.storage.map_previews import describe, forgotten_since, preview_files, valid_preview

if TYPE_CHECKING:
    from consensus_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

PNG_QUALITY = 80  # Qt's scale: light compression, so the next start reads it in a few milliseconds


class MapPreview(QObject):
    """Shows the picture for `key` after the window's first frame, and saves a new one on closing.

    `key` (storage.map_previews.preview_key) is None where no picture is kept: a demo copy, a
    team server."""

    sig_painted = Signal()  # the picture is on screen

    def __init__(self, window: MainWindow, key: str | None) -> None:
        super().__init__(window)
        self._window, self._key = window, key
        self._label: QLabel | None = None  # "Opening the workspace…" over the picture
        self._reported = False
        self._read_at = 0.0  # when the map on screen was last read from the workspace
        window.controller.sig_map_changed.connect(self._on_map_read)
        if key is not None:  # after the first frame, which does not wait for a file
            window.sig_first_frame.connect(self.show)
            window.sig_closing.connect(self.save)
        window.pages.currentChanged.connect(self._on_page_changed)

    def show(self) -> None:
        window, page = self._window, self._window.opening
        if self._key is None or window.pages.currentWidget() is not page:
            return  # the workspace was quicker
        found = valid_preview(self._key)
        image = QImage(str(found[0])) if found is not None else QImage()
        if image.isNull():
            return
        assert found is not None
        image.setDevicePixelRatio(found[1])
        words = page.text()
        page.setPixmap(QPixmap.fromImage(image))
        page.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        page.setEnabled(True)  # a disabled label greys its picture
        label = QLabel(words, page)
        label.setObjectName("map-preview-opening")
        label.setStyleSheet(
            "background: rgba(255, 255, 255, 235); border: 1px solid #C8CCD2; border-radius: 12px;"
            " padding: 6px 16px; color: #444;"
        )
        layout = QVBoxLayout(page)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._label = label
        page.installEventFilter(self)

    def is_shown(self) -> bool:
        return self._label is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window.opening and event.type() == QEvent.Type.Paint and not self._reported:
            self._reported = True
            QTimer.singleShot(0, self.sig_painted.emit)  # once this frame is on screen
        return False

    def _on_page_changed(self) -> None:
        """The real map (or the welcome page) is shown: let the picture go."""
        page = self._window.opening
        if self._label is not None and self._window.pages.currentWidget() is not page:
            page.removeEventFilter(self)
            page.setPixmap(QPixmap())
            self._label.hide()

    def _on_map_read(self) -> None:
        self._read_at = time.time()

    def save(self) -> None:
        """Keep a picture of the map as the window shows it now, for the next start; none while
        someone is being forgotten, or when someone was forgotten (here or from the command line)
        since the map on screen was read: it may still show them."""
        window, controller = self._window, self._window.controller
        if self._key is None or not controller.is_open or controller.pursuit_map is None:
            return
        forgetting = getattr(window, "forget", None)
        if (forgetting is not None and forgetting.task is not None) or forgotten_since(self._read_at):
            return
        shown: QWidget | None = getattr(window, "main_split", None)  # built once the workspace opened
        if shown is None or window.pages.currentWidget() is not shown:
            return  # the welcome page, or the workspace is still opening
        from consensus_app.storage.engine import sqlite_file  # loaded with the workspace

        workspace_file = sqlite_file(controller.workspace.url)
        if workspace_file is None:
            return
        files = preview_files(self._key)
        pixmap = shown.grab()
        try:
            files.image.parent.mkdir(parents=True, exist_ok=True)
            fresh = files.image.with_suffix(".tmp.png")
            # PySide6 takes the format as a str (bytes are refused); its stubs list bytes only.
            if not pixmap.toImage().save(str(fresh), "PNG", PNG_QUALITY):  # type: ignore[call-overload]
                raise OSError(f"cannot write {fresh}")
            os.replace(fresh, files.image)
            files.about.write_text(describe(workspace_file, pixmap.devicePixelRatio()), encoding="utf-8")
        except OSError as exc:  # a full disk or a read-only cache: the next start shows no picture
            log.warning("could not keep a picture of the map: %s", exc)
