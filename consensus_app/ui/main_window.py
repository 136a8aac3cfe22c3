"""The main window: navigator, map, committee table and inspector, wired to the controller."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QCursor,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
)

from consensus_app.core.layouts import LayoutName
from consensus_app.operations.changed import STAKEHOLDER, Changed
from consensus_app.ui import gui_collector
from consensus_app.ui.background import BackgroundRunner
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.demo_switch import ask_to_switch, demo_action_text, show_demo_notice
from consensus_app.ui.dialogs import choose_relationship_kind, relationship_menu
from consensus_app.ui.error_dialog import show_error
from consensus_app.ui.forget_person import ForgetPerson
from consensus_app.ui.importing import FILE_FILTER, Importer
from consensus_app.ui.mark_left import MarkLeft
from consensus_app.ui.outbox import ConnectionBanner
from consensus_app.ui.preferences_dialog import preferences_action
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.task_list import TaskList
from consensus_app.ui.tasks import Task
from consensus_app.ui.tasks import stop_all as stop_all_tasks
from consensus_app.ui.welcome import OpeningPage, WelcomePage
from consensus_app.ui.widgets import add_dock
from consensus_app.ui.window_menus import build_menus

if TYPE_CHECKING:
    from consensus_app.ui.assessment_panel import AssessmentPanel
    from consensus_app.ui.committee_table import CommitteeTable
    from consensus_app.ui.insights import Insights
    from consensus_app.ui.inspector import Inspector
    from consensus_app.ui.map.scene import MapScene
    from consensus_app.ui.map.view import MapView
    from consensus_app.ui.navigator import Navigator


class MainWindow(QMainWindow):
    sig_first_frame = Signal()  # the window has been painted once
    sig_closing = Signal()  # the window is closing (it still shows what it showed)

    def __init__(
        self, controller: WorkspaceController, settings: UiSettings | None = None, demo: bool = False
    ) -> None:
        super().__init__()
        gui_collector.install()  # cycles collected on this thread only: see the module
        self.controller = controller
        self.is_demo = demo  # a fresh copy of the demo workspace, not the user's own
        self.settings = settings or UiSettings()
        self._painted = False
        self.setWindowTitle("Consensus")
        self._first_run_size()

        self.inspector: Inspector  # built with the map once a workspace is open (~60 ms of Qt set-up)
        self.opening = OpeningPage()
        self.layouts = BackgroundRunner(self)
        self.importer = Importer(controller, self.settings, self)
        self.setAcceptDrops(True)
        # The stakeholder and the analysis panels share the right side as tabs.
        placeholder = QLabel(self.tr("Opening the workspace…"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.inspector_dock = add_dock(self, self.tr("Stakeholder"), "inspector-dock", placeholder)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.opening)
        self.setCentralWidget(self.pages)

        self.tasks = TaskList(parent=self)  # each background task: its name, progress and Cancel
        # Room for a task's row whether or not one runs: a status bar that grows when a task starts
        # shrinks the map above it, and the map repaints every card for a task of a moment.
        bar = self.statusBar()
        bar.setMinimumHeight(max(bar.sizeHint().height(), self.tasks.maximumHeight() + 4))
        self.statusBar().addPermanentWidget(self.tasks)
        self.offline_banner = ConnectionBanner(controller.outbox, controller.refresh)
        self.statusBar().addWidget(self.offline_banner, 1)
        # Built once a workspace is open (the first frame shows neither; their modules take ~80 ms):
        self.navigator: Navigator
        self.scene: MapScene
        self.view: MapView
        self.committee: CommitteeTable
        self.insights: Insights  # the analysis docks
        self.assessment: AssessmentPanel

        self._build_actions()
        self._connect()
        self._restore_window()
        # The window is shown before the workspace opens (the database layer loads meanwhile).
        if controller.is_open:
            self._on_workspace_opened()
        else:
            self.pages.setCurrentWidget(self.opening)
            for action in self._workspace_actions:
                action.setEnabled(False)
            controller.sig_workspace_opened.connect(self._on_workspace_opened)

    # --- actions and menus ------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        # The stack keeps their text and state; triggering goes through the controller, which on a
        # team server writes the step in its worker before the stack moves.
        steps = ((self.undo_action, self.controller.undo), (self.redo_action, self.controller.redo))
        for action, step in steps:
            action.triggered.disconnect()
            action.triggered.connect(step)
        # Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on Windows) once: a key bound
        # twice is ambiguous to Qt and does nothing.
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        self.redo_action.setShortcuts(list(dict.fromkeys(redo_keys)))
        self.new_account_action = self._action(self.tr("New &account…"), lambda: self.accounts.new_account())
        self.new_pursuit_action = self._action(self.tr("New &pursuit…"), lambda: self.accounts.new_pursuit())
        self.import_action = self._action(self.tr("&Import…"), self._on_import, QKeySequence.StandardKey.Open)
        self.demo_action = self._action(demo_action_text(self.is_demo), lambda: ask_to_switch(self))
        self.new_person_action = self._action(
            self.tr("New &stakeholder"), self._on_new_stakeholder, "Ctrl+Shift+N"
        )
        self.delete_action = self._action(self.tr("&Delete"), self._on_delete_selected)
        delete_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcuts([*delete_keys, QKeySequence("Backspace")])
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.fit_action = self._action(self.tr("&Fit to view"), lambda: self.view.fit_to_view(), "Ctrl+0")
        zoom_in, zoom_out = QKeySequence.StandardKey.ZoomIn, QKeySequence.StandardKey.ZoomOut
        self.zoom_in_action = self._action(self.tr("Zoom &in"), lambda: self.view.zoom_in(), zoom_in)
        self.zoom_out_action = self._action(self.tr("Zoom &out"), lambda: self.view.zoom_out(), zoom_out)
        find = QKeySequence.StandardKey.Find
        self.find_action = self._action(self.tr("&Find…"), lambda: self.navigator.search.setFocus(), find)
        self.reset_layout_action = self._action(self.tr("&Reset layout"), lambda: self.sync.reset_layout())
        self.reload_action = self._action(self.tr("Re&load"), lambda: self.live.reload(), "F5")
        self.preferences_action = preferences_action(self)
        self.forget = ForgetPerson(self)  # Edit ▸ Forget this person… (a data-protection erasure)
        self.forget_action = self.forget.action
        self.mark_left = MarkLeft(self)  # Edit ▸ Mark as left the company… (kept, off the committees)
        self.mark_left_action = self.mark_left.action
        # Outside the ui.map package: importing that builds the canvas modules (~30 ms), which
        # the first frame does without.
        from consensus_app.ui.committee_toggle import CommitteeToggle

        self.committee_view = CommitteeToggle(self, self.settings, lambda: self.sync.committee_view_toggled())
        self._workspace_actions = [
            self.new_account_action,
            self.new_pursuit_action,
            self.import_action,
            self.demo_action,
            self.new_person_action,
            self.delete_action,
            self.fit_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.find_action,
            self.reset_layout_action,
            self.reload_action,
        ]
        self.layout_group = QActionGroup(self)
        self.layout_actions: dict[str, QAction] = {}
        for number, name in enumerate(LayoutName, 1):
            action = self._action(
                name.label, lambda _=False, n=name.value: self.sync.choose_layout(n), f"Ctrl+{number}"
            )
            action.setCheckable(True)
            self.layout_group.addAction(action)
            self.layout_actions[name.value] = action
        # The map's toggles act on views built once the workspace is open (self.sync).
        self._workspace_actions += [*self.layout_actions.values(), *self.committee_view.actions]

        self.export_action, self.workspace_menu = build_menus(self)

    def _connect(self) -> None:
        c = self.controller
        c.sig_accounts_changed.connect(self._on_accounts_changed)
        c.sig_changed.connect(self._on_changed)
        c.sig_positions_changed.connect(lambda points: self.scene.move_nodes(points, animate=True))
        c.sig_error.connect(lambda title, message, exc: show_error(self, title, message, exc))
        self.layouts.sig_failed.connect(lambda exc: show_error(self, "Layout failed", str(exc), exc))
        self.importer.sig_imported.connect(self._on_imported)

    def _build_workspace_views(self) -> None:
        """The navigator, the map and the committee table, once a workspace is open."""
        # (Imported here, not by the module: the first frame does without them, some 40 ms.)
        from consensus_app.ui.account_editing import AccountEditing
        from consensus_app.ui.committee_table import CommitteeTable
        from consensus_app.ui.grid_backdrop import GridBackdrop
        from consensus_app.ui.inspector import Inspector
        from consensus_app.ui.live_refresh import LiveRefresh
        from consensus_app.ui.map.scene import MapScene
        from consensus_app.ui.map.view import MapView
        from consensus_app.ui.map_sync import MapSync
        from consensus_app.ui.navigator import Navigator

        c = self.controller
        self.sync = MapSync(self)  # first: the canvas follows an edit before other listeners
        self.inspector = Inspector(c)
        scroll = self.inspector_dock.widget()
        assert isinstance(scroll, QScrollArea)  # add_dock wraps panels so long ones scroll
        scroll.setWidget(self.inspector)  # in place of the "Opening…" placeholder
        self.navigator, self.scene = Navigator(), MapScene(self)
        self.view, self.committee = MapView(self.scene), CommitteeTable(c.edit_member)
        self.backdrop = GridBackdrop(self.scene)
        self.accounts = AccountEditing(c, self.navigator, self)
        self.importer.sig_people_imported.connect(self.accounts.offer_first_pursuit)
        self.accounts.hint_over(self.view)  # "No pursuit yet for …" while the account has none
        self.live = LiveRefresh(c, [self.inspector, self.committee], self)
        self.centre = QSplitter(Qt.Orientation.Vertical)  # the map over the committee table
        self.main_split = QSplitter()  # the navigator beside them
        for split, parts in (
            (self.centre, ((self.view, 3, 600), (self.committee, 1, 240))),
            (self.main_split, ((self.navigator, 0, 260), (self.centre, 1, 900))),
        ):
            for index, (widget, stretch, _size) in enumerate(parts):
                split.addWidget(widget)
                split.setStretchFactor(index, stretch)
            split.setSizes([size for _widget, _stretch, size in parts])
        self.pages.addWidget(self.main_split)
        for key, split in (("main_split", self.main_split), ("centre_split", self.centre)):
            saved = self.settings.bytes(f"window/{key}")
            if saved is not None:
                split.restoreState(saved)
        self.view.addAction(self.delete_action)
        self.navigator.sig_pursuit_selected.connect(self._on_pursuit_selected)
        self.navigator.sig_person_found.connect(self.sync.person_found)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_menu)
        self.scene.sig_selection_changed.connect(self.sync.map_selection)
        self.scene.sig_nodes_moved.connect(c.move_nodes)
        self.scene.sig_connect_requested.connect(self._on_connect_requested)
        self.scene.sig_delete_requested.connect(c.delete_items)
        c.sig_person_added.connect(lambda pursuit, person: self.committee_view.pin([person], pursuit))
        self.scene.sig_edit_requested.connect(lambda _id: self.inspector.name.setFocus())
        self.inspector.left_button.clicked.connect(lambda: self.mark_left.ask(self.inspector.shown_id))
        self.committee.sig_selection_changed.connect(self.sync.table_selection)
        self.committee.model.sig_edit_failed.connect(
            lambda message: self.statusBar().showMessage(message, 5000)
        )
        self.statusBar().addWidget(self.live.notice)  # who changed what elsewhere
        self.live.sig_updated.connect(lambda _message: self._open_first_pursuit_if_none())

    # --- state between runs -----------------------------------------------------------

    def _restore_window(self) -> None:
        for key, restore in (
            ("geometry", self.restoreGeometry),
            ("state", self.restoreState),
        ):
            saved = self.settings.bytes(f"window/{key}")
            if saved is not None:
                restore(saved)
        layout = self.settings.text("map/layout", LayoutName.ORG.value)
        self.controller.layout = layout if layout in self.layout_actions else LayoutName.ORG.value
        self.layout_actions[self.controller.layout].setChecked(True)

    def _first_run_size(self) -> None:
        """Nine tenths of the screen (at least 1400 × 860 where it fits): room for the map's names."""
        screen = self.screen().availableGeometry()
        width = min(screen.width(), max(1400, int(screen.width() * 0.9)))
        height = min(screen.height(), max(860, int(screen.height() * 0.9)))
        self.resize(width, height)

    def _on_workspace_opened(self) -> None:
        self._build_workspace_views()
        self._add_insights()
        for action in self._workspace_actions:
            action.setEnabled(True)
        self.workspace_menu.set_on_team(self.controller.workspace.is_team)
        if self.is_demo:
            self.demo_notice = show_demo_notice(self)
        self.live.start()
        self.controller.refresh()
        backup = self.controller.workspace.migration_backup
        if backup is not None:  # the schema was upgraded on opening: say where the old copy is
            self.statusBar().showMessage(backup.describe(), 60_000)
        last = self.settings.last_pursuit(self._settings_key())
        if not (last is not None and self.navigator.select_pursuit(last)):
            first = self.navigator.first_pursuit()
            if first is not None:
                self.navigator.select_pursuit(first)

    def _settings_key(self) -> str:
        """The open workspace as the settings name it: its URL without the password."""
        from consensus_app.storage.team import without_password  # loaded with the workspace

        return without_password(self.controller.workspace.url)

    def _add_insights(self) -> None:
        """The Assessment, Themes and Messages docks: not part of the first frame (tabs behind the
        Stakeholder panel, ~30 ms to load and build), so they join when the workspace opens."""
        from consensus_app.ui.insights import Insights

        self.insights = Insights(self)
        self.assessment, self.assessment_dock = self.insights.assessment, self.insights.assessment_dock
        saved = self.settings.bytes("window/state")
        if saved is not None:
            self.restoreState(saved)  # where the user left the new docks

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.sig_first_frame.emit)  # once this frame is on screen

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.controller.outbox.may_close(self):
            event.ignore()
            return
        if self.controller.is_open:
            self.live.timer.stop()
        stop_all_tasks()  # no worker may report to a window that is gone
        self.settings.set_bytes("window/geometry", self.saveGeometry())
        self.settings.set_bytes("window/state", self.saveState())
        self.settings.set_text("map/layout", self.controller.layout)
        if self.controller.is_open:  # the views exist
            self.settings.set_bytes("window/main_split", self.main_split.saveState())
            self.settings.set_bytes("window/centre_split", self.centre.saveState())
            self.settings.set_last_pursuit(self._settings_key(), self.controller.pursuit_id)
        self.settings.sync()
        self.sig_closing.emit()
        super().closeEvent(event)

    @cached_property
    def welcome(self) -> WelcomePage:
        """An empty workspace's first page, built when first needed (the first frame does without)."""
        page = WelcomePage()
        page.sig_open_demo.connect(lambda: ask_to_switch(self))
        page.sig_new_account.connect(lambda: self.accounts.new_account())
        page.sig_import.connect(self._on_import)
        self.pages.addWidget(page)
        return page

    # --- reacting to the controller ---------------------------------------------------

    def _on_accounts_changed(self) -> None:
        self.navigator.load(self.controller.workspace)
        has_accounts = self.navigator.model.rowCount() > 0
        self.pages.setCurrentWidget(self.main_split if has_accounts else self.welcome)
        self.inspector_dock.setVisible(has_accounts)  # nothing to inspect on the welcome page
        self.insights.set_visible(has_accounts)
        for action in (self.new_pursuit_action, self.new_person_action, self.delete_action):
            action.setEnabled(has_accounts)

    def _on_pursuit_selected(self, pursuit_id: int) -> None:
        if pursuit_id != self.controller.pursuit_id:
            self.controller.open_pursuit(pursuit_id)

    def _on_changed(self, changed: Changed) -> None:
        if changed.touches(STAKEHOLDER):  # names Ctrl+F finds
            self.navigator.people_changed()

    # --- commands -----------------------------------------------------------------------

    def _on_new_stakeholder(self) -> None:
        if self.controller.pursuit_map is not None:
            self.scene.select_stakeholders([])
            self.inspector.begin_create()

    def _on_delete_selected(self) -> None:
        self.controller.delete_items(self.scene.selected_stakeholders(), self.scene.selected_relationships())

    def _on_connect_requested(self, source: int, target: int) -> None:
        kind = choose_relationship_kind(self, QCursor.pos())
        if kind is not None:
            self.controller.link_people(source, target, kind)

    def _on_view_menu(self, at: QPoint) -> None:
        """Right-click on a relationship: change its kind or strength, or delete it. On a card: mark
        the person as left the company."""
        item = self.view.itemAt(at)
        tie = getattr(item, "relationship_id", None)
        person = getattr(item, "stakeholder_id", None)
        if tie is None and person is not None:
            self.mark_left.card_menu(person, self.view.viewport().mapToGlobal(at))
        if tie is None:
            return
        record = self.controller.reads.tie(tie)
        menu, choices = relationship_menu(self, record.kind, record.strength)
        chosen = menu.exec(self.view.viewport().mapToGlobal(at))
        if chosen is None:
            return
        field, value = choices[chosen]
        if field == "delete":
            self.controller.delete_tie(tie)
        else:
            self.controller.edit_tie(tie, **{field: value})

    def _on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import"), "", QCoreApplication.translate("Importer", FILE_FILTER)
        )
        if path:
            self.import_file(Path(path))

    def _on_imported(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)
        if self.controller.pursuit_id is None and (first := self.navigator.first_pursuit()) is not None:
            self.navigator.select_pursuit(first)

    def _open_first_pursuit_if_none(self) -> None:
        """After a reload brought the first pursuit in (an import from the command line)."""
        if self.controller.pursuit_id is None and (first := self.navigator.first_pursuit()) is not None:
            self.navigator.select_pursuit(first)

    def import_file(self, path: Path) -> Task | None:
        """A map (.json) or a contact list (.csv, .xlsx), from the menu, the welcome page or a drop."""
        return self.importer.open(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from consensus_app.core.people_import.reading import SPREADSHEETS  # not for the first frame

        if any(
            Path(u.toLocalFile()).suffix.lower() in (".json", *SPREADSHEETS) for u in event.mimeData().urls()
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.import_file(Path(url.toLocalFile()))
                break
