"""Someone else changed what this user is editing: reload their version, or overwrite it.

Shown when a save or delete meets a newer version of the row (optimistic concurrency on a
shared workspace): what changed, field by field, and who changed it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from consensus_app.storage.errors import ConcurrentEditError


def _shown(value: object) -> str:
    return "(empty)" if value is None or value == "" else str(value)


class ConflictDialog(QMessageBox):
    def __init__(self, conflict: ConcurrentEditError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("Someone else changed this")
        who = escape(", ".join(conflict.actors)) if conflict.actors else "Someone else"
        lines = "".join(
            f"<li><b>{escape(name.replace('_', ' '))}</b>: {escape(_shown(old))} → {escape(_shown(new))}</li>"
            for name, (old, new) in conflict.changes.items()
        )
        self.setText(
            f"{who} changed {escape(conflict.entity)} <b>{escape(conflict.label)}</b> after you opened it"
            + (f":<ul>{lines}</ul>" if lines else ".")
        )
        verb = "delete it anyway" if conflict.action == "delete" else "overwrite it with your change"
        self.setInformativeText(
            f"Reload to see their version (your {conflict.action} is dropped), or {verb}."
        )
        self.reload_button = self.addButton("Reload", QMessageBox.ButtonRole.RejectRole)
        self.overwrite_button = self.addButton(
            "Delete anyway" if conflict.action == "delete" else "Overwrite", QMessageBox.ButtonRole.AcceptRole
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
