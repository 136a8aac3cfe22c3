"""Accounts and pursuits: created from the menus, edited and deleted from the navigator."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QWidget

from consensus_app.operations.changed import ACCOUNT, PURSUIT
from consensus_app.ui.dialogs import AccountDialog, PursuitDialog
from consensus_app.ui.pursuit_owner import OwnerField, colleagues, me

if TYPE_CHECKING:
    from consensus_app.ui.controller import WorkspaceController
    from consensus_app.ui.navigator import Navigator
    from consensus_app.ui.welcome import NoPursuitHint
    from models import AccountRecord, PursuitRecord


class AccountEditing(QObject):
    def __init__(self, controller: WorkspaceController, navigator: Navigator, window: QWidget) -> None:
        super().__init__(window)
        self._controller, self._navigator, self._window = controller, navigator, window
        navigator.sig_new_pursuit_requested.connect(self.new_pursuit_for)
        navigator.sig_rename_requested.connect(self.edit)
        navigator.sig_delete_requested.connect(self.delete)

    def hint_over(self, map_view: QWidget) -> NoPursuitHint:
        """Over the map, while the chosen account has no pursuit: say so, with a button to create it."""
        from consensus_app.ui.welcome import NoPursuitHint

        self.hint = NoPursuitHint(map_view)
        self.hint.sig_create.connect(self.new_pursuit)
        self._navigator.sig_account_selected.connect(lambda _account: self._update_hint())
        self._navigator.sig_pursuit_selected.connect(lambda _pursuit: self._update_hint())
        self._controller.sig_map_changed.connect(lambda _map: self._update_hint())
        self._controller.sig_accounts_changed.connect(self._update_hint)
        return self.hint

    def _update_hint(self) -> None:
        account = self._navigator.current_account()
        if account is None or self._navigator.has_pursuit(account):
            self.hint.show_for(None)
        else:
            self.hint.show_for(self._controller.reads.account(account).name)

    def new_account(self) -> None:
        """A new account, then its first pursuit."""
        dialog = AccountDialog(self._window)
        if dialog.exec():
            self._controller.add_account(lambda account: self.new_pursuit_for(account.id), **dialog.fields())

    def new_pursuit(self) -> None:
        """A new pursuit for the account chosen in the navigator; with none chosen, for the only
        account, or the one the user picks."""
        account_id = self._navigator.current_account()
        if account_id is None:
            account_id = self._ask_account()
        if account_id is not None:
            self.new_pursuit_for(account_id)

    def _ask_account(self) -> int | None:
        accounts = self._controller.reads.accounts()
        if len(accounts) <= 1:
            return accounts[0].id if accounts else None
        names = [account.name for account in accounts]
        name, chosen = QInputDialog.getItem(
            self._window, self.tr("New pursuit"), self.tr("For which account?"), names, 0, False
        )
        return accounts[names.index(name)].id if chosen and name in names else None

    def offer_first_pursuit(self, account_id: int) -> PursuitDialog | None:
        """People just landed at an account without a pursuit: the account is chosen in the navigator
        and its first pursuit offered, in a dialog that does not block the window (the user may look
        at the people first, or cancel and use File ▸ New pursuit… later)."""
        if self._navigator.has_pursuit(account_id) or not self._navigator.select_account(account_id):
            return None
        name = self._controller.reads.account(account_id).name
        dialog, create = self._pursuit_dialog(account_id)
        dialog.setObjectName("first-pursuit-dialog")
        dialog.setWindowTitle(self.tr("First pursuit for {account}").format(account=name))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        hint = self.tr("No pursuit yet for {account}: File ▸ New pursuit… starts mapping its committee.")
        dialog.accepted.connect(create)
        dialog.rejected.connect(lambda: self._say(hint.format(account=name)))
        dialog.show()
        return dialog

    def _say(self, message: str) -> None:
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(message, 60_000)

    def new_pursuit_for(self, account_id: int) -> None:
        dialog, create = self._pursuit_dialog(account_id)
        if dialog.exec():
            create()

    def _pursuit_dialog(self, account_id: int) -> tuple[PursuitDialog, Callable[[], None]]:
        """The New pursuit dialog, and what creates the pursuit once it is accepted."""
        dialog = PursuitDialog(self._window)
        # A new pursuit is owned by whoever creates it (the dialog offers to choose another).
        owner = OwnerField(dialog, dialog.form, colleagues(self._controller), me(self._controller))

        def create() -> None:
            self._controller.add_pursuit(
                account_id,
                lambda pursuit: self._navigator.select_pursuit(pursuit.id),
                **dialog.fields(),
                **owner.fields(),
            )

        return dialog, create

    def edit(self, kind: str, row_id: int) -> None:
        """Edit an account's or a pursuit's details (F2 or the navigator's menu)."""
        record: AccountRecord | PursuitRecord
        dialog: AccountDialog | PursuitDialog
        owner: OwnerField | None = None
        if kind == "account":
            record = account = self._controller.reads.account(row_id)
            dialog = AccountDialog(self._window)
            dialog.set_fields(account)
        else:
            record = pursuit = self._controller.reads.pursuit(row_id)
            dialog = PursuitDialog(self._window)
            dialog.set_fields(pursuit)
            current = (pursuit.owner_id, pursuit.owner_name or pursuit.owner_id) if pursuit.owner_id else None
            owner = OwnerField(dialog, dialog.form, colleagues(self._controller), current)
        # The version the dialog shows: a colleague's change made while it is open is asked about
        # (ui/conflict_dialog.py), not silently written over.
        self._controller.versions.show(ACCOUNT if kind == "account" else PURSUIT, [record])
        if dialog.exec():
            changes = {k: v for k, v in dialog.fields().items() if getattr(record, k) != v}
            new_owner = owner.fields() if owner is not None else {}
            owner_changed = new_owner.get("owner_id", None) != getattr(record, "owner_id", None)
            if changes:  # one edit, the owner with the rest
                changes |= new_owner if owner_changed else {}
                text = self.tr("Edit {name}").format(name=record.name)
                self._controller.edit_account(kind, row_id, text, **changes)
            elif owner is not None and owner_changed:  # only the owner: its own named edit
                self._controller.set_pursuit_owner(row_id, owner.chosen())

    def delete(self, kind: str, row_id: int) -> None:
        name = self._record(kind, row_id).name
        if kind == "account":
            title = self.tr("Delete account")
            question = self.tr("Delete {name} with its people, pursuits and messages?").format(name=name)
        else:
            title = self.tr("Delete pursuit")
            question = self.tr("Delete {name} with its committee?").format(name=name)
        undo = self.tr("You can undo this with Ctrl+Z.")
        answer = QMessageBox.question(self._window, title, f"{question}\n\n{undo}")
        if answer == QMessageBox.StandardButton.Yes:
            self._controller.delete_account(kind, row_id, self.tr("Delete {name}").format(name=name))

    def _record(self, kind: str, row_id: int) -> AccountRecord | PursuitRecord:
        reads = self._controller.reads
        return reads.account(row_id) if kind == "account" else reads.pursuit(row_id)
