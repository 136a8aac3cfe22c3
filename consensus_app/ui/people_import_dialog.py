"""Import people from a CRM export: where they work, which column is which, what would happen.

The account is the file's own "Account Name" when it has one: an account of that name is chosen,
a new name is offered as a new account, and a name that could be several accounts is asked about
(nothing is chosen until the user does). Importing into an account whose name differs from the
file's asks for confirmation first.

The mapping is guessed from the headers, or taken from the last time a file with the same columns
was imported (remembered in the settings). Every change re-plans at once, so the preview shows,
line by line, what would be created, updated (and by which rule the person was found) or refused
and why; Import stays disabled until there is nothing to refuse. People at the account who are not
in the file are listed with a box each: only those the user ticks are marked as having left the
company (kept with their history, off the committees; the default) or removed, as the list's action
says.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from consensus_app.core.people_import.accounts import differing_names, resolve_account
from consensus_app.core.people_import.mapping import (
    FIELDS,
    MappingError,
    current_mapping,
    guess_mapping,
    normalise_header,
)
from consensus_app.core.people_import.planning import (
    ImportPlan,
    Person,
    account_names,
    plan_import,
    same_name,
)
from consensus_app.core.people_import.reading import Table
from consensus_app.i18n import ngettext
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from consensus_app.ui.people_import_preview import ERROR, WARNING, ImportPreview, lines_with_problems
from consensus_app.ui.settings import UiSettings
from consensus_app.ui.tasks import Task

LEFT, REMOVE = "left", "remove"  # what happens to the ticked people missing from the file

if TYPE_CHECKING:
    from models import AccountRecord

PLAN_IN_WINDOW_ROWS = 500  # more rows are planned in a worker (about 0.1 s per 1,000 rows)
_NOT_MAPPED = QT_TRANSLATE_NOOP("PeopleImportDialog", "— not in the file —")
_NEW_ACCOUNT = QT_TRANSLATE_NOOP("PeopleImportDialog", "A new account, named:")
_ERROR, _WARNING = ERROR, WARNING
_MATCH_CHOICES = [
    (QT_TRANSLATE_NOOP("PeopleImportDialog", "the same CRM id, else email, else name and title"), "auto"),
    (QT_TRANSLATE_NOOP("PeopleImportDialog", "the same CRM id (Contact ID)"), "external_id"),
    (QT_TRANSLATE_NOOP("PeopleImportDialog", "the same email"), "email"),
    (QT_TRANSLATE_NOOP("PeopleImportDialog", "the same name and title"), "name"),
]


def _rows(n: int) -> str:
    return ngettext("{n} row", "{n} rows", n).format(n=f"{n:,}")


def remembered_key(headers: list[str]) -> str:
    return "import/mapping/" + "|".join(normalise_header(h) for h in headers)


class PeopleImportDialog(QDialog):
    def __init__(
        self,
        table: Table,
        accounts: list[AccountRecord],
        people_of: Callable[[int], list[Person]],
        settings: UiSettings,
        account_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import people from {file}").format(file=table.source))
        self.resize(980, 680)
        self.table = table
        self._accounts = accounts
        self._people_of = people_of
        self._settings = settings
        self.plan: ImportPlan | None = None
        self._planning = 0  # which plan is the latest asked for
        self.task: Task | None = None  # planning a big file

        self.account = QComboBox()
        for account in accounts:
            self.account.addItem(account.name, account.id)
        self.account.addItem(self.tr(_NEW_ACCOUNT), None)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("the account's name"))
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setStyleSheet(f"color: {_WARNING.name()};")
        self.match = QComboBox()
        for label, rule in _MATCH_CHOICES:
            self.match.addItem(self.tr(label), rule)
        self.columns: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Which column holds what"))
        mapping_form = QFormLayout(mapping_box)
        for field in FIELDS:
            combo = QComboBox()
            combo.addItem(self.tr(_NOT_MAPPED), None)
            for header in table.headers:
                combo.addItem(header, header)
            self.columns[field.name] = combo
            mapping_form.addRow(field.label, combo)
        self.preview = ImportPreview()
        self.missing_box = QGroupBox(self.tr("Not in this export — left the company?"))
        self.missing = QListWidget()
        self.missing.setMaximumHeight(140)  # the preview keeps most of the height
        missing_layout = QVBoxLayout(self.missing_box)
        hint = QLabel(
            self.tr(
                "Tick the people who left. Marked as left, they keep their history and leave the committees "
                "(Edit ▸ Undo puts them back); removed, they go with their seats, priorities and ties. "
                "Nothing happens to anyone unticked."
            )
        )
        hint.setWordWrap(True)
        self.missing_action = QComboBox()
        self.missing_action.setObjectName("people-import-missing-action")
        self.missing_action.addItem(self.tr("Mark the ticked people as left the company"), LEFT)
        self.missing_action.addItem(self.tr("Remove the ticked people from the account"), REMOVE)
        missing_layout.addWidget(hint)
        missing_layout.addWidget(self.missing_action)
        missing_layout.addWidget(self.missing)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

        into = QHBoxLayout()
        into.addWidget(self.account, 1)
        into.addWidget(self.new_name, 1)
        top = QFormLayout()
        top.addRow(self.tr("Into account"), into)
        top.addRow("", self.question)
        top.addRow(self.tr("A row is someone already there when it has"), self.match)
        sides = QHBoxLayout()
        sides.addWidget(mapping_box)
        right = QVBoxLayout()
        preview_title = QHBoxLayout()
        preview_title.addWidget(
            QLabel(
                self.tr("<b>Preview</b> ({rows}, {encoding})").format(
                    rows=_rows(len(table.rows)), encoding=table.encoding
                )
            ),
            1,
        )
        preview_title.addWidget(self.preview.only_problems)
        right.addLayout(preview_title)
        right.addWidget(self.preview, 3)
        right.addWidget(self.missing_box, 1)
        right.addWidget(self.summary)
        sides.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(sides, 1)
        layout.addWidget(self.buttons)

        self.set_mapping(self._remembered() or guess_mapping(table.headers))
        self._choose_account(account_id)
        for combo in [*self.columns.values(), self.account, self.match]:
            combo.currentIndexChanged.connect(self.replan)
        self.new_name.textChanged.connect(self.replan)
        self.replan()

    # --- where the people go -------------------------------------------------------------

    def file_accounts(self) -> list[str]:
        return account_names(self.table, self.mapping())

    def _choose_account(self, account_id: int | None) -> None:
        """The file's Account Name decides; the open account only for a file without one."""
        names = self.file_accounts()
        self.new_name.setText(names[0] if names else self.table.source.rsplit(".", 1)[0])
        if not names:
            index = self.account.findData(account_id) if account_id is not None else -1
            self.account.setCurrentIndex(index if index >= 0 else 0)
            return
        choice = resolve_account(names[0], self._accounts)
        if choice.account is not None:
            self.account.setCurrentIndex(self.account.findData(choice.account.id))
        elif choice.new:
            self.account.setCurrentIndex(self.account.findData(None))
        else:  # it could be several: the user says which
            self.account.setCurrentIndex(-1)
            listed = ", ".join(a.name for a in choice.candidates)
            self.question.setText(
                self.tr(
                    "The file says these people work at “{name}”, which could be {listed}. "
                    "Choose the account, or a new one."
                ).format(name=names[0], listed=listed)
            )

    @property
    def account_id(self) -> int | None:
        """The chosen existing account; None for a new one (see `new_account_name`)."""
        data = self.account.currentData()
        return int(data) if data is not None else None

    @property
    def new_account_name(self) -> str | None:
        if self.account.currentIndex() < 0 or self.account.currentData() is not None:
            return None
        return self.new_name.text().strip()

    def target_name(self) -> str | None:
        if self.account.currentIndex() < 0:
            return None
        return self.new_account_name if self.account_id is None else self.account.currentText()

    def _only_account(self) -> str | None:
        """When the target is one of the file's accounts, only that account's rows go to it."""
        target = self.target_name()
        names = self.file_accounts()
        if target and len(names) > 1:
            return next((n for n in names if same_name(n, target)), None)
        return None

    # --- mapping ----------------------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.columns.items() if combo.currentData()}

    def set_mapping(self, mapping: dict[str, str]) -> None:
        mapping = current_mapping(mapping)
        for field, combo in self.columns.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(field))))
            combo.blockSignals(False)

    def _remembered(self) -> dict[str, str] | None:
        saved = self._settings.text(remembered_key(self.table.headers))
        try:
            mapping = json.loads(saved) if saved else None
        except ValueError:
            return None
        return mapping if isinstance(mapping, dict) else None

    # --- planning ---------------------------------------------------------------------

    def replan(self) -> None:
        chosen = self.account.currentIndex() >= 0
        self.new_name.setVisible(chosen and self.account_id is None)
        self.question.setVisible(bool(self.question.text()) and not chosen)
        if not chosen:
            self.plan = None
            self._show(None)
            self._say(self.tr("Not yet: choose the account these people work at."), error=True)
            return
        if self.account_id is None and not self.new_account_name:
            self.plan = None
            self._show(None)
            self._say(self.tr("Not yet: give the new account a name."), error=True)
            return
        account_id, mapping = self.account_id, self.mapping()
        rule, only = self.match.currentData(), self._only_account()

        def plan(*_ignored: object) -> ImportPlan:
            people = self._people_of(account_id) if account_id is not None else []
            return plan_import(self.table, mapping, people, rule, only_account=only)

        self._planning += 1
        if len(self.table.rows) <= PLAN_IN_WINDOW_ROWS:
            try:
                self._planned(self._planning, plan())
            except MappingError as exc:
                self._refused(self._planning, exc)
            return
        # A big file is planned in a worker, so the window stays responsive; only the last
        # plan asked for is shown.
        self.plan = None
        self._say(self.tr("Planning {rows}…").format(rows=_rows(len(self.table.rows))), error=True)
        generation = self._planning
        task = Task(plan)

        def done(result: ImportPlan) -> None:
            if isValid(self):  # the dialog may be closed before its plan is ready
                self._planned(generation, result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._refused(generation, exc)

        task.sig_done.connect(done)
        task.sig_failed.connect(failed)
        task.start()
        self.task = task

    def _refused(self, generation: int, exc: BaseException) -> None:
        if generation != self._planning:
            return
        self.plan = None
        self._show(None)
        self._say(self.tr("Not yet: {reason}.").format(reason=exc), error=True)

    def _planned(self, generation: int, plan: ImportPlan) -> None:
        if generation != self._planning:
            return  # the mapping changed meanwhile: a newer plan is on its way
        self.plan = plan
        self._show(plan)
        counts = plan.counts()
        problems = len(plan.problems())
        left_out = len(self.table.rows) - len(plan.rows)
        elsewhere = (
            " " + self.tr("{rows} of other accounts left out.").format(rows=_rows(left_out))
            if left_out
            else ""
        )
        if problems:
            fix = ngettext(
                "{n} problem to fix in the file or the mapping first",
                "{n} problems to fix in the file or the mapping first",
                problems,
            ).format(n=f"{problems:,}")
            self._say(f"{lines_with_problems(plan)} {counts}. {fix}.", error=True)
        else:
            ready = counts if plan.rows else self.tr("nothing to import")
            self._say(self.tr("Ready: {counts}.").format(counts=ready) + elsewhere, error=False)

    def _say(self, text: str, error: bool) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {_ERROR.name() if error else '#1B5E20'};")
        self.import_button.setEnabled(not error and self.plan is not None and bool(self.plan.rows))

    def _show(self, plan: ImportPlan | None) -> None:
        self.preview.show_plan(plan)  # the rows with problems first
        self.missing.clear()
        for person in plan.missing if plan else []:
            title = person.fields.get("title")
            entry = QListWidgetItem(f"{person.name} · {title}" if title else person.name)
            entry.setData(Qt.ItemDataRole.UserRole, person.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.missing.addItem(entry)
        self.missing_box.setVisible(self.missing.count() > 0)

    def remove_ids(self) -> list[int]:
        """The people missing from the file whom the user ticked for removal."""
        return self._ticked() if self.missing_action.currentData() == REMOVE else []

    def left_ids(self) -> list[int]:
        """The people missing from the file whom the user ticked as having left the company."""
        return self._ticked() if self.missing_action.currentData() == LEFT else []

    def _ticked(self) -> list[int]:
        items = (self.missing.item(i) for i in range(self.missing.count()))
        ticked = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in ticked]

    def _on_accept(self) -> None:
        if self.plan is None or not self.plan.ok or not self._confirmed():
            return
        self._settings.set_text(remembered_key(self.table.headers), json.dumps(self.mapping()))
        self.accept()

    def _confirmed(self) -> bool:
        """Ask before importing into an account the file does not name, and before removing anyone."""
        target = self.target_name() or ""
        differing = [] if self._only_account() else differing_names(self.file_accounts(), target)
        if differing:
            named = ", ".join(f"“{n}”" for n in differing[:3])
            answer = QMessageBox.question(
                self,
                self.tr("Import into another account?"),
                self.tr(
                    "{file} says these people work at {named}, not at “{target}”.\n\n"
                    "Import them into {target} anyway?"
                ).format(file=self.table.source, named=named, target=target),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        removed = self.remove_ids()
        if removed:
            answer = QMessageBox.question(
                self,
                self.tr("Remove people?"),
                ngettext(
                    "Remove {n} person not in {file} from {target}, with their committee seats, priorities "
                    "and ties?",
                    "Remove {n} people not in {file} from {target}, with their committee seats, priorities "
                    "and ties?",
                    len(removed),
                ).format(n=f"{len(removed):,}", file=self.table.source, target=target),
            )
            return answer == QMessageBox.StandardButton.Yes
        return True
