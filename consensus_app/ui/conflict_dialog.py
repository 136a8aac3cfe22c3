"""Someone else changed what this user is editing: reload their version, or overwrite it.

Shown when a save or delete meets a newer version of the row (optimistic concurrency on a
shared workspace): what changed, field by field, and who changed it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from consensus_app.storage.errors import ConcurrentEditError
from consensus_app.ui.marked import QT_TRANSLATE_NOOP

# What was changed, and its fields, in words (the storage layer names them by their codes).
WORDS = {
    "account": QT_TRANSLATE_NOOP("ConflictDialog", "the account"),
    "stakeholder": QT_TRANSLATE_NOOP("ConflictDialog", "the stakeholder"),
    "relationship": QT_TRANSLATE_NOOP("ConflictDialog", "the relationship"),
    "pursuit": QT_TRANSLATE_NOOP("ConflictDialog", "the pursuit"),
    "committee member": QT_TRANSLATE_NOOP("ConflictDialog", "the committee seat of"),
    "priority": QT_TRANSLATE_NOOP("ConflictDialog", "the priority"),
    "message": QT_TRANSLATE_NOOP("ConflictDialog", "the message"),
    "plan step": QT_TRANSLATE_NOOP("ConflictDialog", "the plan step"),
    "theme": QT_TRANSLATE_NOOP("ConflictDialog", "the themes of"),
    "name": QT_TRANSLATE_NOOP("ConflictDialog", "name"),
    "title": QT_TRANSLATE_NOOP("ConflictDialog", "title"),
    "function": QT_TRANSLATE_NOOP("ConflictDialog", "function"),
    "role": QT_TRANSLATE_NOOP("ConflictDialog", "role"),
    "approver": QT_TRANSLATE_NOOP("ConflictDialog", "approver"),
    "stance": QT_TRANSLATE_NOOP("ConflictDialog", "stance"),
    "influence": QT_TRANSLATE_NOOP("ConflictDialog", "influence"),
    "profile": QT_TRANSLATE_NOOP("ConflictDialog", "profile"),
    "last engaged": QT_TRANSLATE_NOOP("ConflictDialog", "last engaged"),
    "email": QT_TRANSLATE_NOOP("ConflictDialog", "email"),
    "text": QT_TRANSLATE_NOOP("ConflictDialog", "text"),
    "status": QT_TRANSLATE_NOOP("ConflictDialog", "status"),
}


def _words(code: str) -> str:
    """A code's word in the window's language; a code not listed reads as its code, spaced."""
    spaced = code.replace("_", " ")
    word = WORDS.get(spaced)
    return QCoreApplication.translate("ConflictDialog", word) if word else spaced


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
            f"<li><b>{escape(_words(name))}</b>: {escape(_shown(old))} → {escape(_shown(new))}</li>"
            for name, (old, new) in conflict.changes.items()
        )
        self.setText(
            self.tr("{who} changed {what} <b>{name}</b> after you opened it").format(
                who=who, what=escape(_words(conflict.entity)), name=escape(conflict.label)
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
