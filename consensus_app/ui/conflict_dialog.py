"""Someone else changed what this user is editing: reload their version, or overwrite it.

Shown when a save or delete meets a newer version of the row (optimistic concurrency on a
shared workspace): what changed, field by field, and who changed it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from consensus_app.storage.errors import ConcurrentEditError
from consensus_app.ui.field_words import field_words


def _shown(value: object) -> str:
    return (
        QCoreApplication.translate("ConflictDialog", "(empty)")
        if value is None or value == ""
        else str(value)
    )


class ConflictDialog(QMessageBox):
    def __init__(self, conflict: ConcurrentEditError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Someone else changed this"))
        who = escape(", ".join(conflict.actors)) if conflict.actors else self.tr("Someone else")
        lines = "".join(
            f"<li><b>{escape(field_words(name))}</b>: {escape(_shown(old))} → {escape(_shown(new))}</li>"
            for name, (old, new) in conflict.changes.items()
        )
        self.setText(
            self.tr("{who} changed {what} <b>{name}</b> after you opened it").format(
                who=who, what=escape(field_words(conflict.entity)), name=escape(conflict.label)
            )
            + (f":<ul>{lines}</ul>" if lines else ".")
        )
        if conflict.action == "delete":
            choice = self.tr("Reload to see their version (your deletion is dropped), or delete it anyway.")
        else:
            choice = self.tr(
                "Reload to see their version (your change is dropped), or overwrite it with your change."
            )
        self.setInformativeText(choice)
        self.reload_button = self.addButton(self.tr("Reload"), QMessageBox.ButtonRole.RejectRole)
        self.overwrite_button = self.addButton(
            self.tr("Delete anyway") if conflict.action == "delete" else self.tr("Overwrite"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.setDefaultButton(self.reload_button)
        self.setEscapeButton(self.reload_button)

    def overwrite_chosen(self) -> bool:
        return self.clickedButton() is self.overwrite_button


def ask_to_overwrite(conflict: ConcurrentEditError) -> bool:
    """Ask the user; True to overwrite (or delete anyway), False to reload."""
    dialog = ConflictDialog(conflict, QApplication.activeWindow())
    dialog.exec()
    return dialog.overwrite_chosen()
