"""The portfolio board's PDF export through the real window: the user clicks Export PDF…, the
PDF is drawn in a worker (the window's task list shows it, with Cancel, while the window goes on
answering), the file lands with the board's rows in Persian, Japanese, Korean and Norwegian, and a
path that cannot be written gives a message naming the file."""

from __future__ import annotations

import subprocess
import threading
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

import consensus_app.ui.portfolio_pdf as portfolio_pdf
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.portfolio_board_data import load_portfolio
from tests.test_acceptance_portfolio_board import open_board
from tests.test_portfolio_board import ORDER
from tests.window_fixtures import open_window, settings  # noqa: F401 - fixture

BIDI_MARKS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e")


@pytest.fixture
def board_window(qtbot: QtBot, workspace: Workspace, settings: UiSettings) -> MainWindow:
    load_portfolio(workspace)
    return open_window(qtbot, workspace, settings)


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The save dialog answers `path`, as the user would choose it."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))


def _pdf_text(path: Path) -> str:
    extracted = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", extracted.stdout)  # (Persian's presentation forms, CJK radicals)


def _squeezed(text: str) -> str:
    """Without spaces, line breaks and the bidirectional marks pdftotext puts around Persian."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if not c.isspace() and c not in BIDI_MARKS)


def _drawn_in(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads the board's PDF is drawn in."""
    threads: list[str] = []
    draw = portfolio_pdf.board_pdf

    def recorded(*args: Any, **kwargs: Any) -> Path:
        threads.append("GUI" if threading.current_thread() is threading.main_thread() else "worker")
        return draw(*args, **kwargs)

    monkeypatch.setattr(portfolio_pdf, "board_pdf", recorded)
    return threads


def test_export_pdf_draws_the_board_in_a_worker_listed_in_the_task_list(
    qtbot: QtBot, board_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    board = open_board(qtbot, board_window)
    path = tmp_path / "포트폴리오 board.pdf"
    _save_as(monkeypatch, path)
    threads = _drawn_in(monkeypatch)
    qtbot.mouseClick(board.export_pdf_button, Qt.MouseButton.LeftButton)
    # The click has returned: the export is a task on the window's list, with its Cancel, and
    # the window's events go on (the task leaves the list only when the loop delivers its end).
    [row] = [r for r in board.tasks.rows() if "포트폴리오 board.pdf" in r.name.text()]
    assert row.name.text() == "Exporting the portfolio board to 포트폴리오 board.pdf…"
    assert row.task.can_cancel and not row.cancel_button.isHidden()
    qtbot.waitUntil(lambda: "Exported 6 pursuits to" in board.statusBar().currentMessage(), timeout=30_000)
    assert str(path) in board.statusBar().currentMessage()
    assert threads == ["worker"]
    qtbot.waitUntil(lambda: not [r for r in board.tasks.rows() if r.task is row.task])
    text = _pdf_text(path)
    for account, pursuit in ORDER:  # (wrapped in their cells: compared without spaces)
        assert _squeezed(account) in _squeezed(text) and _squeezed(pursuit) in _squeezed(text), pursuit
    assert "all accounts" in text and "Page 1 of 1" in text

    # Again, in the same window: a second PDF drawn in a worker while the first's is long gone
    # (Qt drops a finished worker thread's fonts: nothing laid out there may be used again).
    again = tmp_path / "again.pdf"
    _save_as(monkeypatch, again)
    qtbot.mouseClick(board.export_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(again.exists, timeout=30_000)
    qtbot.waitUntil(lambda: str(again) in board.statusBar().currentMessage(), timeout=10_000)
    assert threads == ["worker", "worker"]


def test_a_pdf_path_that_cannot_be_written_is_named_in_the_message(
    qtbot: QtBot, board_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    board = open_board(qtbot, board_window)
    not_a_folder = tmp_path / "kvartalsrapport"
    not_a_folder.write_text("a file where the folder should be", encoding="utf-8")
    path = not_a_folder / "Porteføljetavle.pdf"
    _save_as(monkeypatch, path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "consensus_app.ui.portfolio_export.show_error",
        lambda _parent, title, message, _exc=None: shown.append((title, message)),
    )
    qtbot.mouseClick(board.export_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    [(title, message)] = shown
    assert title == "Could not export the portfolio board"
    assert message.startswith("Porteføljetavle.pdf was not written.")
    assert not path.exists() and not_a_folder.read_text(encoding="utf-8").startswith("a file")
    assert "Exported" not in board.statusBar().currentMessage()
