"""Bringing files into the workspace from the window: interchange maps and CRM exports.

A `.json` map imports in a worker, all or nothing. A CSV or XLSX of contacts opens the people
import dialog (mapping and preview) and is written, all or nothing, when the user confirms.
Whatever goes wrong reaches the user in an error dialog naming the file.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from consensus_app.i18n import ngettext
from consensus_app.ui.alive import if_alive
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.error_dialog import show_error
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.tasks import Task

if TYPE_CHECKING:
    from consensus_app.operations.imports import Imported

FILE_FILTER = QT_TRANSLATE_NOOP(
    "Importer",
    "Consensus maps and contact lists (*.json *.csv *.xlsx);;Consensus map (*.json);;Contacts (*.csv *.xlsx)",
)


class Importer(QObject):
    sig_imported = Signal(str)  # a line for the status bar
    sig_people_imported = Signal(int)  # the account a contact list went into (after sig_imported)

    def __init__(self, controller: WorkspaceController, settings: UiSettings, window: QWidget) -> None:
        super().__init__(window)
        self._controller = controller
        self._settings = settings
        self._window = window

    def open(self, path: Path, account_id: int | None = None) -> Task | None:
        # (Imported here: the people import's reading is not needed for the window's first frame.)
        from consensus_app.core.people_import.reading import SPREADSHEETS

        if path.suffix.lower() in SPREADSHEETS:
            return self.import_people(path, account_id)
        return self.import_map(path)

    # --- interchange maps -------------------------------------------------------------

    def import_map(self, path: Path) -> Task:
        """Import in a worker (a portfolio file can take seconds); the map refreshes when done."""
        from consensus_app.core.interchange import InterchangeError
        from consensus_app.operations.imports import import_map

        workspace = self._controller.workspace

        def work(progress: Callable[[float], None], should_stop: Callable[[], bool]) -> Imported:
            return import_map(workspace, path, progress)

        def failed(exc: BaseException) -> None:
            details = exc.details() if isinstance(exc, InterchangeError) else str(exc)
            show_error(
                self._window,
                self.tr("Could not import the file"),
                self.tr("{file} was not imported.").format(file=path.name) + f"\n\n{details}",
                exc,
            )

        return self._run(
            work,
            self.tr("Importing {file}…").format(file=path.name),
            failed,
            lambda n: ngettext(
                "Imported {n} account from {file}", "Imported {n} accounts from {file}", n
            ).format(n=n, file=path.name),
        )

    # --- people from a CRM export ---------------------------------------------------------

    def import_people(self, path: Path, account_id: int | None = None) -> Task | None:
        """The dialog plans in the window; the worker writes the plan in one short transaction."""
        from consensus_app.core.people_import.reading import ImportFileError, read_table
        from consensus_app.storage.people_import import PeopleChangedError, people_at
        from consensus_app.ui.people_import_dialog import PeopleImportDialog

        workspace = self._controller.workspace
        accounts = self._controller.reads.accounts()
        try:
            table = read_table(path)
        except ImportFileError as exc:
            show_error(self._window, self.tr("Could not read the file"), str(exc), exc)
            return None
        default = account_id if account_id is not None else self._current_account()
        dialog = PeopleImportDialog(
            table, accounts, cache(lambda a: people_at(workspace, a)), self._settings, default, self._window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.plan is None:
            return None
        plan, target, new_name = dialog.plan, dialog.account_id, dialog.new_account_name
        remove = dialog.remove_ids()
        left = dialog.left_ids()  # marked as left once the import landed: an undo step of its own

        def work(progress: Callable[[float], None], should_stop: Callable[[], bool]) -> Imported:
            from consensus_app.operations.imports import import_people

            return import_people(workspace, plan, target, new_name, remove)

        def failed(exc: BaseException) -> None:
            changed = isinstance(exc, PeopleChangedError)
            again = (
                " " + self.tr("Someone changed the people meanwhile: import the file again.")
                if changed
                else ""
            )
            show_error(
                self._window,
                self.tr("Could not import the people"),
                self.tr("{file} was not imported; nothing changed.").format(file=path.name)
                + f"{again}\n\n{exc}",
                exc,
            )

        task = self._run(
            work,
            self.tr("Importing people from {file}…").format(file=path.name),
            failed,
            lambda r: _said(path.name, r),
        )
        task.sig_done.connect(if_alive(self, self._people_landed))  # after _done's refresh
        if left:
            task.sig_done.connect(if_alive(self, lambda _imported: self._controller.mark_many_left(left)))
        return task

    def _people_landed(self, imported: Imported) -> None:
        from consensus_app.operations.imports import AccountContents  # loaded with the import

        step = imported.operation.steps[0]  # a contact list goes into one account
        if isinstance(step, AccountContents):
            self.sig_people_imported.emit(step.account_id)

    def _current_account(self) -> int | None:
        pursuit_map = self._controller.pursuit_map
        return pursuit_map.account_id if pursuit_map is not None else None

    def _run(
        self, work: Any, message: str, failed: Callable[[BaseException], None], said: Callable[[Any], str]
    ) -> Task:
        # All or nothing and short: it cannot stop half-way, so the status bar offers no Cancel.
        task = Task(work, self, name=message, can_cancel=False)
        # Results arrive queued; by then the window (and this importer) may be gone.
        task.sig_failed.connect(if_alive(self, failed))
        task.sig_done.connect(if_alive(self, lambda imported: self._done(imported, said(imported.said))))
        task.start()
        return task

    def _done(self, imported: Imported, message: str) -> None:
        self._controller.imported(imported.operation)  # Edit ▸ Undo takes it back
        self.sig_imported.emit(message)


def _said(source: str, result: Any) -> str:
    counts = QCoreApplication.translate(
        "Importer", "{new} new, {updated} updated, {unchanged} unchanged"
    ).format(new=f"{result.created:,}", updated=f"{result.updated:,}", unchanged=f"{result.unchanged:,}")
    if result.removed:
        counts += QCoreApplication.translate("Importer", ", {removed} removed").format(
            removed=f"{result.removed:,}"
        )
    return f"{source}: {counts}"
