"""Stored fields and records named in words, in the window's language (the storage layer and the
edits name them by their codes: "last_engaged", "committee member")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consensus_app.ui.marked import QT_TRANSLATE_NOOP

# What was changed, and its fields, in words (the storage layer names them by their codes).
WORDS = {
    "account": QT_TRANSLATE_NOOP("FieldWords", "the account"),
    "stakeholder": QT_TRANSLATE_NOOP("FieldWords", "the stakeholder"),
    "relationship": QT_TRANSLATE_NOOP("FieldWords", "the relationship"),
    "pursuit": QT_TRANSLATE_NOOP("FieldWords", "the pursuit"),
    "committee member": QT_TRANSLATE_NOOP("FieldWords", "the committee seat of"),
    "priority": QT_TRANSLATE_NOOP("FieldWords", "the priority"),
    "message": QT_TRANSLATE_NOOP("FieldWords", "the message"),
    "plan step": QT_TRANSLATE_NOOP("FieldWords", "the plan step"),
    "theme": QT_TRANSLATE_NOOP("FieldWords", "the themes of"),
    "name": QT_TRANSLATE_NOOP("FieldWords", "name"),
    "title": QT_TRANSLATE_NOOP("FieldWords", "title"),
    "function": QT_TRANSLATE_NOOP("FieldWords", "function"),
    "role": QT_TRANSLATE_NOOP("FieldWords", "role"),
    "approver": QT_TRANSLATE_NOOP("FieldWords", "approver"),
    "stance": QT_TRANSLATE_NOOP("FieldWords", "stance"),
    "influence": QT_TRANSLATE_NOOP("FieldWords", "influence"),
    "profile": QT_TRANSLATE_NOOP("FieldWords", "profile"),
    "last engaged": QT_TRANSLATE_NOOP("FieldWords", "last engaged"),
    "email": QT_TRANSLATE_NOOP("FieldWords", "email"),
    "text": QT_TRANSLATE_NOOP("FieldWords", "text"),
    "status": QT_TRANSLATE_NOOP("FieldWords", "status"),
    "kind": QT_TRANSLATE_NOOP("FieldWords", "kind"),
    "strength": QT_TRANSLATE_NOOP("FieldWords", "strength"),
    "journey stage": QT_TRANSLATE_NOOP("FieldWords", "buying stage"),
    "reports to": QT_TRANSLATE_NOOP("FieldWords", "reports to"),
}


def field_words(code: str) -> str:
    """A code's word in the window's language; a code not listed reads as its code, spaced."""
    spaced = code.replace("_", " ")
    word = WORDS.get(spaced)
    return QCoreApplication.translate("FieldWords", word) if word else spaced
