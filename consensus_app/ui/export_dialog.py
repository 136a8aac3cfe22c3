"""File > Export…: the open pursuit as a map image, its review brief, tables, a graph or JSON.

The dialog starts from the window's pursuit and layout and from the folder and kind of the
last export (UiSettings). Its preview shows the map page, the brief's first page, a table's
first rows, or a sentence about the file. The export runs in a Task (progress, Cancel);
errors reach the user through show_error, and a failed export leaves no file behind.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.layouts import LayoutName
from consensus_app.i18n import LANGUAGES, current_language, use_language
from consensus_app.ui import error_dialog
from consensus_app.ui.alive import if_alive
from consensus_app.ui.committee_toggle import SETTING as COMMITTEE_VIEW_SETTING
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.export_kinds import (
    ASPECT_LABELS,
    KINDS,
    PAGE_LABELS,
    Finish,
    Kind,
    Request,
    file_name,
    gather,
    kind_words,
)
from consensus_app.ui.export_preview import ExportPreview
from consensus_app.ui.exports.fonts import font_warnings
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.tasks import Task

SIDE_WIDTH = 330


class ExportDialog(QDialog):
    sig_exported = Signal(str)  # a line for the status bar

    def __init__(
        self, controller: WorkspaceController, settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if controller.pursuit_id is None:
            raise ValueError("open a pursuit to export it")
        self.setWindowTitle(self.tr("Export"))
        self._controller = controller
        self._settings = settings
        self._pursuit = controller.reads.pursuit(controller.pursuit_id)
        self._account = controller.reads.account(self._pursuit.account_id)
        self.task: Task | None = None

        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_words(kind), kind.value)
        self.layout_box = QComboBox()
        for name in LayoutName:
            self.layout_box.addItem(name.label, name.value)
        self.scale = QDoubleSpinBox(minimum=0.25, maximum=8.0, singleStep=0.5, value=2.0, suffix=" ×")
        self.page = QComboBox()
        self.aspect = QComboBox()
        for aspect, label in ASPECT_LABELS.items():
            self.aspect.addItem(self.tr(label), aspect)
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")  # no month names: the same in every language
        self.since.setDate(_qdate(date.today() - timedelta(days=30)))
        self.since.setMaximumDate(_qdate(date.today()))
        self.for_customer = QCheckBox(self.tr("For the customer"))
        self.for_customer.setToolTip(
            self.tr(
                "Only what the committee may see: who takes part, the shared ground in their own words, "
                "their decision criteria, the next steps and the plan. No stance, influence, profiles, "
                "findings, notes or score."
            )
        )
        # The words of the brief, map and deck for the seller, independent of the window's language;
        # what the customer reads (drafted messages, their own words) keeps its own language.
        self.language = QComboBox()
        self.language.setObjectName("export-language")
        self.language.addItem(
            self.tr("As the window ({language})").format(language=LANGUAGES[current_language()]), ""
        )
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)
        form = QFormLayout()
        form.addRow(self.tr("Export"), self.kind)
        form.addRow(self.tr("Layout"), self.layout_box)
        form.addRow(self.tr("Scale"), self.scale)
        form.addRow(self.tr("Page"), self.page)
        form.addRow(self.tr("Slides"), self.aspect)
        form.addRow(self.tr("Changes since"), self.since)
        form.addRow(self.tr("Version"), self.for_customer)
        form.addRow(self.tr("Language"), self.language)
        self._form = form

        self.preview = ExportPreview(controller.workspace, self._account, self._pursuit)

        self.progress = QProgressBar(maximum=100)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)

        heading = QLabel(
            f"<b>{html.escape(self._account.name)}</b><br>{html.escape(self._pursuit.name)}", wordWrap=True
        )
        self.folder_label = QLabel(wordWrap=True)
        self.folder_label.setStyleSheet("color: #555;")
        side = QWidget()
        side.setFixedWidth(SIDE_WIDTH)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, None, self.folder_label):
            column.addLayout(form) if widget is None else column.addWidget(widget)
        column.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(side)
        body.addWidget(self.preview)
        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(self.progress)
        outer.addWidget(self.buttons)

        self._preview_timer = QTimer(self, singleShot=True, interval=120)
        self._preview_timer.timeout.connect(
            lambda: self.preview.show_request(self.request(self.default_path()))
        )
        self._restore()
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        for signal in (
            self.layout_box.currentIndexChanged,
            self.page.currentIndexChanged,
            self.since.dateChanged,
        ):
            signal.connect(self._preview_timer.start)
        self.for_customer.toggled.connect(self._on_kind_changed)  # (it shows the rows that apply)
        self.export_button.clicked.connect(self._on_export)
        self.cancel_button.clicked.connect(self._on_cancel)
        self._on_kind_changed()
        self.folder_label.setText(
            self.tr("Saves in {folder} unless you choose another folder.").format(folder=self.folder)
        )

    # --- choices ----------------------------------------------------------------------

    def _restore(self) -> None:
        kind = self._settings.text("export/kind", Kind.PNG.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(self._controller.layout)))

    @property
    def current_kind(self) -> Kind:
        return Kind(self.kind.currentData())

    @property
    def folder(self) -> Path:
        saved = self._settings.text("export/folder", "")
        return Path(saved) if saved and Path(saved).is_dir() else Path.home()

    def default_path(self) -> Path:
        for_customer = self.for_customer.isChecked() and KINDS[self.current_kind].for_customer
        return self.folder / file_name(
            self._account.name,
            self._pursuit.name,
            self.current_kind,
            for_customer,
            str(self.language.currentData()) or None,  # the export's language names the file too
        )

    def _on_kind_changed(self) -> None:
        info = KINDS[self.current_kind]
        page = self.page.currentData()
        self.page.blockSignals(True)
        self.page.clear()
        for name in info.pages:
            self.page.addItem(self.tr(PAGE_LABELS[name]), name)
        self.page.setCurrentIndex(max(0, self.page.findData(page)))
        self.page.blockSignals(False)
        customer = info.for_customer and self.for_customer.isChecked()  # no map, no changes in it
        for widget, shown in (
            (self.layout_box, info.layout and not customer),
            (self.scale, info.scale),
            (self.page, bool(info.pages)),
            (self.since, info.since and not customer),
            (self.aspect, bool(info.aspects)),
            (self.for_customer, info.for_customer),
        ):
            self._form.setRowVisible(widget, shown)
        self._preview_timer.start()

    def request(self, path: Path) -> Request:
        since = self.since.date().toPython()
        return Request(
            kind=self.current_kind,
            pursuit_id=self._pursuit.id,
            account_key=self._account.key,
            path=path,
            layout=str(self.layout_box.currentData()),
            scale=self.scale.value(),
            page=str(self.page.currentData() or "a4"),
            since=since if isinstance(since, date) else None,
            aspect=str(self.aspect.currentData()),
            # The map as the window shows it: the committee view unless the user chose Everyone.
            committee_only=self._settings.text(COMMITTEE_VIEW_SETTING, "1") != "0",
            for_customer=self.for_customer.isChecked() and KINDS[self.current_kind].for_customer,
            language=str(self.language.currentData()) or None,
            drafts_language=self._drafts_language(),
        )

    def _drafts_language(self) -> str | None:
        """The drafts' language chosen in the Messages tab for this pursuit (None: the committee's)."""
        from consensus_app.storage.team import without_password  # loaded with the workspace

        workspace = without_password(self._controller.workspace.url)
        return self._settings.draft_language(workspace, self._pursuit.id)

    # --- export -------------------------------------------------------------------------

    def _on_export(self) -> None:
        info = KINDS[self.current_kind]
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(self.default_path()), info.file_filter
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(info.suffix)
        self._settings.set_text("export/folder", str(path.parent))
        self._settings.set_text("export/kind", self.current_kind.value)
        self.start(self.request(path))

    def start(self, request: Request) -> Task:
        """Export in a worker; what needs Qt is drawn here when the worker is done."""
        workspace = self._controller.workspace
        task = Task(
            lambda progress, stop: _in_language(request, lambda: gather(workspace, request, progress, stop)),
            self,
        )
        task.sig_progress.connect(lambda f: self.progress.setValue(int(f * 90)))
        task.sig_done.connect(if_alive(self, lambda finish: self._finish(finish, request)))
        task.sig_failed.connect(if_alive(self, lambda exc: self._failed(exc, request)))
        task.sig_finished.connect(self._on_finished)
        self.task = task
        self._set_running(True)
        task.start()
        return task

    def _finish(self, finish: Finish, request: Request) -> None:
        try:
            with font_warnings() as missing:  # a script no installed font draws: said with the result
                path = _in_language(request, finish)
        except Exception as exc:
            self._failed(exc, request)
            return
        kind = kind_words(request.kind).lower()
        said = self.tr("Exported the {kind} to {path}").format(kind=kind, path=path)
        self.sig_exported.emit(" ".join([said, *missing]))
        self.accept()

    def _failed(self, exc: BaseException, request: Request) -> None:
        message = self.tr("{file} was not written.").format(file=request.path.name) + f"\n\n{exc}"
        error_dialog.show_error(self, self.tr("Export failed"), message, exc)

    def _on_finished(self) -> None:
        if self.task is not None and self.task.cancelled:
            self.preview.note.setText(self.tr("Export cancelled: nothing was written."))
        self._set_running(False)
        self.task = None

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.export_button.setEnabled(not running)
        for widget in (
            self.kind,
            self.layout_box,
            self.scale,
            self.page,
            self.since,
            self.aspect,
            self.for_customer,
        ):
            widget.setEnabled(not running)

    def _on_cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()  # the worker stops at its next check; the dialog stays open
        else:
            self.reject()


T = TypeVar("T")


def _in_language(request: Request, work: Callable[[], T]) -> T:
    """Runs `work` with the export's language (in whichever thread runs it: the choice is per thread)."""
    with use_language(request.language or current_language()):
        return work()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
