"""The portfolio window's exports: the board as shown (filtered, in its order) to an XLSX or a
PDF, each written in a worker (the status bar's task list shows it with Cancel, and the window
answers meanwhile: the PDF took about 0.8 s of the GUI thread on 1,500 rows); the window's status
bar says what was written, an error dialog what was not, naming the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from consensus_app.i18n import current_language, ngettext, use_language
from consensus_app.ui.error_dialog import show_error
from consensus_app.ui.tasks import Task

if TYPE_CHECKING:
    from consensus_app.ui.portfolio_window import PortfolioWindow


def export_board(window: PortfolioWindow, path: Path, kind: str) -> Task:
    """Write the board as `window` shows it to `path` ("xlsx" or "pdf") in a worker: its task."""
    rows, today, after, scope = (
        window.shown_rows(),
        window.model.today,
        window.model.stalled_after,
        window.scope(),
    )
    language = current_language()  # (a worker starts in the process's language, not the window's)

    def work(progress: Callable[[float], None], should_stop: Callable[[], bool]) -> Path:
        with use_language(language):
            if kind == "pdf":
                from consensus_app.ui.portfolio_pdf import board_pdf

                return board_pdf(
                    rows,
                    path,
                    today=today,
                    stalled_after=after,
                    scope=scope,
                    progress=progress,
                    should_stop=should_stop,
                )
            from consensus_app.exporters.portfolio_board import write_board_xlsx

            return write_board_xlsx(rows, path, today=today, stalled_after=after, scope=scope)

    task = Task(
        work,
        window,
        name=QCoreApplication.translate("PortfolioWindow", "Exporting the portfolio board to {file}…").format(
            file=path.name
        ),
    )
    task.sig_done.connect(lambda done: window.statusBar().showMessage(_exported(len(rows), done), 8000))
    task.sig_failed.connect(lambda exc: _failed(window, path, exc))
    task.start()
    return task


def _failed(window: PortfolioWindow, path: Path, exc: Any) -> None:
    from consensus_app.core.cancellable import Cancelled

    if isinstance(exc, Cancelled):
        return  # (the user's Cancel: nothing was written, nothing to say)
    message = (
        QCoreApplication.translate("PortfolioWindow", "{file} was not written.").format(file=path.name)
        + f"\n\n{exc}"
    )
    show_error(
        window,
        QCoreApplication.translate("PortfolioWindow", "Could not export the portfolio board"),
        message,
        exc,
    )


def _exported(rows: int, path: Path) -> str:
    said = ngettext("Exported {n} pursuit to {path}", "Exported {n} pursuits to {path}", rows)
    return said.format(n=f"{rows:,}", path=path)
