"""Errors nobody caught — in a slot, a paint, a worker, a thread — logged with their traceback in the
app's log file and shown in the error dialog, so the user sees that something went wrong.

Installed by the app's start-up (app.run_gui), not by the window: tests keep their own hook
(pytest-qt fails a test on an exception in a slot), and this one calls whatever hook was there
before it, so standard error, or a test's capture, still gets every error.

One dialog at a time, and each error (its type and the line that raised it) is shown once per
run: a slot failing on every paint opens one dialog, not a hundred. Every occurrence is logged,
the repeats briefly. An error raised while the dialog is being built is only logged.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from consensus_app.ui import error_dialog

log = logging.getLogger(__name__)

LOG_NAME = "consensus.log"
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
Where = tuple[str, str, int]  # the error's type, and the file and line that raised it


def default_log_folder() -> Path:
    import platformdirs

    return platformdirs.user_log_path("Consensus", appauthor=False)


class ErrorReporter(QObject):
    # An error from another thread, shown by the GUI thread (a queued connection).
    _sig_from_thread = Signal(object)

    def __init__(self, log_folder: Path | None = None, *, user_folder: bool = False) -> None:
        """Logs to `log_folder`, or with `user_folder` to the user's log folder (found when first
        needed: platformdirs takes a tenth of a second to import), or nowhere."""
        super().__init__()
        self.log_file: Path | None = None  # known once something was logged
        self.dialog: QMessageBox | None = None
        self._log_folder = log_folder
        self._user_folder = user_folder
        self._handler: logging.Handler | None = None
        self._seen: dict[Where, int] = {}
        self._shown: set[Where] = set()
        self._lock = threading.Lock()
        self._showing = False
        self._previous_hook = sys.__excepthook__  # replaced by install() with the hooks it wraps
        self._previous_thread_hook = threading.__excepthook__
        self._sig_from_thread.connect(self._show_queued, Qt.ConnectionType.QueuedConnection)

    def install(self) -> ErrorReporter:
        if self._log_folder is not None or self._user_folder:
            self._handler = _LazyFileHandler(self._log_folder)
            logging.getLogger().addHandler(self._handler)
        self._previous_hook, self._previous_thread_hook = sys.excepthook, threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    # --- the hooks ----------------------------------------------------------------------

    def excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """Qt slots and overrides end here too (PySide prints their errors through sys.excepthook),
        from whichever thread ran them."""
        self._previous_hook(kind, error, tb)
        self.report((kind, error, tb))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        self._previous_thread_hook(args)
        if args.exc_value is not None:
            self.report((args.exc_type, args.exc_value, args.exc_traceback))

    def report(self, info: ExcInfo) -> None:
        if issubclass(info[0], KeyboardInterrupt | SystemExit):
            return  # the user's or the app's own wish: nothing to show
        self._log(info)
        if threading.current_thread() is threading.main_thread():
            self._show(info)
        else:
            self._sig_from_thread.emit(info)  # widgets live in the GUI thread only

    # --- logging and showing ----------------------------------------------------------

    def _log(self, info: ExcInfo) -> None:
        where = _where(info)
        if isinstance(self._handler, _LazyFileHandler):
            self._handler.open()
            self.log_file = self._handler.path
        with self._lock:
            count = self._seen[where] = self._seen.get(where, 0) + 1
        if count == 1:
            log.error("Unexpected error: %s", _headline(info[1]), exc_info=info)
        elif _is_power_of_ten(count):  # a failing paint would fill the log otherwise
            log.error("Unexpected error again (%d times): %s", count, _headline(info[1]))

    def _show_queued(self, info: object) -> None:
        self._show(cast(ExcInfo, info))

    def _show(self, info: ExcInfo) -> None:
        where = _where(info)
        if self._showing or self.dialog is not None or where in self._shown:
            return  # logged already; one dialog at a time, and each error once
        self._shown.add(where)
        self._showing = True
        try:
            self.dialog = self._dialog(info[1])
            self.dialog.finished.connect(self._closed)
            self.dialog.show()
        except Exception:  # the dialog itself failed: say so in the log, never loop
            log.exception("The error dialog could not be shown")
            self.dialog = None
        finally:
            self._showing = False

    def _dialog(self, error: BaseException) -> QMessageBox:
        where = (
            self.tr("The details are in {file}.").format(file=self.log_file)
            if self.log_file
            else self.tr("The details are below.")
        )
        message = self.tr(
            "Something went wrong that Consensus did not expect: {error}\n\n"
            "What you were doing may not have finished; the rest of the window still works. {where}"
        ).format(error=_headline(error), where=where)
        box = error_dialog.error_box(QApplication.activeWindow(), self.tr("Unexpected error"), message, error)
        box.setWindowModality(Qt.WindowModality.NonModal)  # the app stays usable behind it
        return box

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


def report_uncaught_errors(log_folder: Path | None = None) -> ErrorReporter:
    """Start-up: log to `log_folder` (the user's log folder by default) and show uncaught errors."""
    return ErrorReporter(log_folder, user_folder=log_folder is None).install()


class _LazyFileHandler(logging.Handler):
    """The log file, opened at the first warning or error rather than at start-up: the first frame
    does without logging.handlers and without creating a folder and a file in the user's home."""

    def __init__(self, folder: Path | None) -> None:
        """`folder` None: the user's log folder."""
        super().__init__(logging.WARNING)
        self._folder = folder
        self._file: logging.Handler | None = None
        self._opened = False
        self.path: Path | None = None

    def open(self) -> None:
        with self.lock or threading.Lock():
            if not self._opened:
                self._opened = True
                folder = self._folder or default_log_folder()
                self._file = _file_handler(folder)
                self.path = folder / LOG_NAME if self._file is not None else None

    def emit(self, record: logging.LogRecord) -> None:
        self.open()
        if self._file is not None:
            self._file.handle(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _file_handler(folder: Path) -> logging.Handler | None:
    from logging.handlers import RotatingFileHandler  # not needed for the first frame

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as problem:  # a read-only home: errors still reach standard error and the dialog
        print(f"consensus-app: no log file in {folder}: {problem}", file=sys.stderr)
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def _where(info: ExcInfo) -> Where:
    frames = traceback.extract_tb(info[2]) if info[2] is not None else []
    last = frames[-1] if frames else None
    return info[0].__qualname__, last.filename if last else "", (last.lineno or 0) if last else 0


def _headline(error: BaseException) -> str:
    text = str(error)
    text = text if len(text) <= 300 else text[:299] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _is_power_of_ten(count: int) -> bool:
    while count % 10 == 0:
        count //= 10
    return count == 1
