"""The Owner field of the pursuit dialog (new pursuit, and a pursuit's details): the account-team
colleague who owns it, or nobody.

The colleagues offered are the workspace's users (everyone who has written here, by the name they
go by now) and this user; a pursuit owned by someone from another workspace (an import) keeps its
owner under the name kept with it. A new pursuit is owned by whoever creates it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout

from consensus_app.core.pursuit_owner import Owner, by_name, known_users, owner_fields

if TYPE_CHECKING:
    from consensus_app.ui.controller import WorkspaceController


def colleagues(controller: WorkspaceController) -> list[Owner]:
    """(user id, name) of the workspace's users and this user, by name."""
    return known_users(controller.reads.change_authors(), me(controller))


def me(controller: WorkspaceController) -> Owner:
    identity = controller.workspace.identity
    return identity.user_id, identity.display_name


class OwnerField:
    """A combo box put into a form dialog just above its buttons."""

    def __init__(self, dialog: QDialog, form: QFormLayout, users: list[Owner], current: Owner | None) -> None:
        self.combo = QComboBox(dialog)
        self.combo.setObjectName("pursuit-owner")
        self.combo.setToolTip(
            QCoreApplication.translate(
                "PursuitOwner", "The colleague on the account team who owns this pursuit"
            )
        )
        self.combo.addItem(QCoreApplication.translate("PursuitOwner", "No owner"), None)
        known = dict(users)
        if current is not None and current[0] not in known:  # an owner from another workspace
            known[current[0]] = current[1]
        for user_id, name in by_name(known):
            self.combo.addItem(name, user_id)
        self._names = known
        self.combo.setCurrentIndex(max(0, self.combo.findData(current[0])) if current else 0)
        form.insertRow(
            max(0, form.rowCount() - 1), QCoreApplication.translate("PursuitOwner", "Owner"), self.combo
        )

    def chosen(self) -> Owner | None:
        user_id = self.combo.currentData()
        return (str(user_id), self._names[user_id]) if user_id else None

    def fields(self) -> dict[str, str | None]:
        """The pursuit's owner fields as the dialog's choice sets them."""
        return owner_fields(self.chosen())
