"""The workspace's tables and fields in words (the bad-rows dialog names what cannot be read by
what a person calls it; the database identifier stays in the tooltip, for whoever fixes it by hand)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consensus_app.ui.marked import QT_TRANSLATE_NOOP

TABLE_WORDS = {
    "account": QT_TRANSLATE_NOOP("StoredWords", "account"),
    "pursuit": QT_TRANSLATE_NOOP("StoredWords", "pursuit"),
    "stakeholder": QT_TRANSLATE_NOOP("StoredWords", "person"),
    "relationship": QT_TRANSLATE_NOOP("StoredWords", "tie"),
    "committee_member": QT_TRANSLATE_NOOP("StoredWords", "committee seat"),
    "priority": QT_TRANSLATE_NOOP("StoredWords", "priority"),
    "message": QT_TRANSLATE_NOOP("StoredWords", "message"),
    "plan_step": QT_TRANSLATE_NOOP("StoredWords", "plan step"),
}

FIELD_WORDS = {
    "key": QT_TRANSLATE_NOOP("StoredWords", "key"),
    "name": QT_TRANSLATE_NOOP("StoredWords", "name"),
    "industry": QT_TRANSLATE_NOOP("StoredWords", "industry"),
    "region": QT_TRANSLATE_NOOP("StoredWords", "region"),
    "website": QT_TRANSLATE_NOOP("StoredWords", "website"),
    "language": QT_TRANSLATE_NOOP("StoredWords", "language"),
    "notes": QT_TRANSLATE_NOOP("StoredWords", "notes"),
    "title": QT_TRANSLATE_NOOP("StoredWords", "title"),
    "function": QT_TRANSLATE_NOOP("StoredWords", "function"),
    "profile": QT_TRANSLATE_NOOP("StoredWords", "profile"),
    "personal_win": QT_TRANSLATE_NOOP("StoredWords", "personal win"),
    "email": QT_TRANSLATE_NOOP("StoredWords", "email"),
    "phone": QT_TRANSLATE_NOOP("StoredWords", "phone"),
    "location": QT_TRANSLATE_NOOP("StoredWords", "location"),
    "external_id": QT_TRANSLATE_NOOP("StoredWords", "CRM id"),
    "left_on": QT_TRANSLATE_NOOP("StoredWords", "left the company on"),
    "reports_to_id": QT_TRANSLATE_NOOP("StoredWords", "reports to"),
    "kind": QT_TRANSLATE_NOOP("StoredWords", "kind"),
    "strength": QT_TRANSLATE_NOOP("StoredWords", "strength"),
    "value": QT_TRANSLATE_NOOP("StoredWords", "value"),
    "currency": QT_TRANSLATE_NOOP("StoredWords", "currency"),
    "close_date": QT_TRANSLATE_NOOP("StoredWords", "close date"),
    "stage": QT_TRANSLATE_NOOP("StoredWords", "stage"),
    "status": QT_TRANSLATE_NOOP("StoredWords", "status"),
    "owner_name": QT_TRANSLATE_NOOP("StoredWords", "owner"),
    "role": QT_TRANSLATE_NOOP("StoredWords", "buying role"),
    "approver": QT_TRANSLATE_NOOP("StoredWords", "approver"),
    "stance": QT_TRANSLATE_NOOP("StoredWords", "stance"),
    "influence": QT_TRANSLATE_NOOP("StoredWords", "influence"),
    "journey_stage": QT_TRANSLATE_NOOP("StoredWords", "buying stage"),
    "journey_since": QT_TRANSLATE_NOOP("StoredWords", "in the buying stage since"),
    "last_engaged": QT_TRANSLATE_NOOP("StoredWords", "last engaged"),
    "last_verified": QT_TRANSLATE_NOOP("StoredWords", "last checked"),
    "evidence": QT_TRANSLATE_NOOP("StoredWords", "evidence"),
    "text": QT_TRANSLATE_NOOP("StoredWords", "text"),
    "importance": QT_TRANSLATE_NOOP("StoredWords", "importance"),
    "body": QT_TRANSLATE_NOOP("StoredWords", "text of the message"),
    "theme": QT_TRANSLATE_NOOP("StoredWords", "theme"),
}


def table_words(table: str) -> str:
    """ "committee_member" → "committee seat" (위원회 자리…); an unlisted table reads spaced."""
    word = TABLE_WORDS.get(table)
    return QCoreApplication.translate("StoredWords", word) if word else table.replace("_", " ")


def field_words(field: str) -> str:
    """ "last_engaged" → "last engaged" in the window's language; an unlisted field reads spaced."""
    word = FIELD_WORDS.get(field)
    return QCoreApplication.translate("StoredWords", word) if word else field.replace("_", " ")
