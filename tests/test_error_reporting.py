"""An error nobody caught (a slot, a paint, a worker, a thread) is shown in the error dialog with its
traceback, one click from the clipboard, and logged; tests still see it (pytest-qt's capture)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from consensus_app.storage.workspace import Workspace
from consensus_app.ui import error_dialog
from consensus_app.ui.error_reporting import LOG_NAME, ErrorReporter, report_uncaught_errors
from consensus_app.ui.settings import UiSettings
from tests.window_fixtures import acme, open_window, settings  # noqa: F401 - fixtures

Captured = list[tuple[type[BaseException], BaseException, TracebackType]]


@contextmanager
def reporting(qtbot: QtBot, folder: Path) -> Iterator[tuple[ErrorReporter, Captured]]:
    """The app's start-up hook, installed over pytest-qt's capture (which still records each error)."""
    with qtbot.capture_exceptions() as captured:
        reporter = report_uncaught_errors(folder)
        try:
            yield reporter, captured
        finally:
            reporter.uninstall()
            if reporter.dialog is not None:
                reporter.dialog.done(0)


def _boom_in_the_committee_summary() -> None:
    raise RuntimeError("the summary could not add up 12 approvers: 이사회 missing")


def _dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_failing_slot_in_the_window_shows_its_traceback_and_logs_it(
    qtbot: QtBot, acme: Workspace, settings: UiSettings, tmp_path: Path
) -> None:
    window = open_window(qtbot, acme, settings)
    button = QPushButton("Summarise")
    window.statusBar().addPermanentWidget(button)
    button.clicked.connect(_boom_in_the_committee_summary)
    with reporting(qtbot, tmp_path / "log") as (reporter, captured):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        dialog = reporter.dialog
        assert dialog is not None and _dialogs() == [dialog]
        assert "RuntimeError: the summary could not add up 12 approvers: 이사회 missing" in dialog.text()
        assert str(tmp_path / "log" / LOG_NAME) in dialog.text()
        details = dialog.detailedText()
        assert "Traceback (most recent call last)" in details and "_boom_in_the_committee_summary" in details

        copy = next(b for b in dialog.buttons() if b.text() == error_dialog.COPY_DETAILS)
        copy.click()
        assert "_boom_in_the_committee_summary" in QApplication.clipboard().text()
        assert dialog.isVisible()  # copying does not close it
        assert [type(e) for _t, e, _tb in captured] == [RuntimeError]  # the test would still fail on it

    logged = (tmp_path / "log" / LOG_NAME).read_text(encoding="utf-8")
    assert (
        "Unexpected error: RuntimeError: the summary could not add up 12 approvers: 이사회 missing" in logged
    )
    assert "_boom_in_the_committee_summary" in logged and "Traceback" in logged


class _BrokenCard(QWidget):
    broken = True

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.broken:
            raise ValueError("stance −3 is out of range")


def _paint(card: QWidget) -> None:
    """One frame: the event loop paints the card (a paint asked for from Python raises there)."""
    card.update()
    QApplication.processEvents()


def test_a_paint_that_fails_every_time_opens_one_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    card = _BrokenCard()
    qtbot.addWidget(card)
    card.show()
    with reporting(qtbot, tmp_path) as (reporter, captured):
        for _ in range(25):
            _paint(card)
        qtbot.waitUntil(lambda: len(captured) >= 25)
        assert reporter.dialog is not None and _dialogs() == [reporter.dialog]
        reporter.dialog.close()
        qtbot.waitUntil(lambda: reporter.dialog is None)
        for _ in range(5):
            _paint(card)
        qtbot.waitUntil(lambda: len(captured) >= 30)
        assert _dialogs() == []  # the same error is not shown twice
        card.broken = False
    logged = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert logged.count("Traceback") == 1 and "again (10 times): ValueError: stance −3" in logged


class _FailingWorker(QRunnable):
    def run(self) -> None:
        raise OSError("the theme model file is unreadable")


def _fail_in_a_thread() -> None:
    raise LookupError("no such pursuit: 41")


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
@pytest.mark.parametrize("where", ["worker", "thread"])
def test_an_error_in_another_thread_is_shown_by_the_window_thread(
    qtbot: QtBot, tmp_path: Path, where: str
) -> None:
    with reporting(qtbot, tmp_path) as (reporter, _captured):
        if where == "worker":
            QThreadPool.globalInstance().start(_FailingWorker())
        else:
            thread = threading.Thread(target=_fail_in_a_thread)
            thread.start()
            thread.join()
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        dialog = reporter.dialog
        assert dialog is not None and dialog.thread() is QApplication.instance().thread()  # type: ignore[union-attr]
        expected = "OSError: the theme model file" if where == "worker" else "LookupError: no such pursuit"
        assert expected in dialog.text() and expected in dialog.detailedText()
    assert expected in (tmp_path / LOG_NAME).read_text(encoding="utf-8")


def test_a_dialog_that_fails_is_logged_and_not_retried(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_box(*_args: object) -> QMessageBox:
        raise MemoryError("no room for a dialog")

    monkeypatch.setattr(error_dialog, "error_box", broken_box)
    with reporting(qtbot, tmp_path) as (reporter, captured):
        QTimer.singleShot(0, _boom_in_the_committee_summary)
        qtbot.waitUntil(lambda: len(captured) == 1)
        assert reporter.dialog is None and _dialogs() == []
    logged = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "The error dialog could not be shown" in logged and "MemoryError: no room for a dialog" in logged
    assert [type(e) for _t, e, _tb in captured] == [RuntimeError]  # no loop through the hook
