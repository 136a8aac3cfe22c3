"""The portfolio window's exports: the board as shown (filtered, in its order) to an XLSX, in a
worker, or a PDF, on the GUI thread as the review brief is drawn (its laid-out text is cached per
thread); the window's status bar says what was written, an error dialog what was not."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from consensus_app.i18n import ngettext
from consensus_app.ui.error_dialog import show_error
from consensus_app.ui.tasks import Task

if TYPE_CHECKING:
    from consensus_app.ui.portfolio_window import PortfolioWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("PortfolioWindow", text)  # the window's words, where they were


def export_board(window: PortfolioWindow, path: Path, kind: str) -> Task | None:
    """Write the board as `window` shows it to `path` ("xlsx" or "pdf"); the XLSX's task."""
    rows, today, after, scope = (
        window.shown_rows(),
        window.model.today,
        window.model.stalled_after,
        window.scope(),
    )
    if kind == "pdf":
        from consensus_app.ui.portfolio_pdf import board_pdf

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = board_pdf(rows, path, today=today, stalled_after=after, scope=scope)
        except (OSError, ValueError) as exc:
            show_error(window, _tr("Could not export the portfolio board"), str(exc), exc)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        window.statusBar().showMessage(_exported(len(rows), done), 8000)
        return None

    def work(_progress: Any, _should_stop: Any) -> Path:
        from consensus_app.exporters.portfolio_board import write_board_xlsx

        return write_board_xlsx(rows, path, today=today, stalled_after=after, scope=scope)

    task = Task(work, window, name=_tr("Exporting the portfolio board to {file}…").format(file=path.name))
    task.sig_done.connect(lambda done: window.statusBar().showMessage(_exported(len(rows), done), 8000))
    task.sig_failed.connect(
        lambda exc: show_error(window, _tr("Could not export the portfolio board"), str(exc), exc)
    )
    task.start()
    return task


def _exported(rows: int, path: Path) -> str:
    said = ngettext("Exported {n} pursuit to {path}", "Exported {n} pursuits to {path}", rows)
    return said.format(n=f"{rows:,}", path=path)
