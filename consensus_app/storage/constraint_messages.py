"""Schema constraint violations in a user's words (SQLite and PostgreSQL word them differently)."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

# Named constraints from models/tables.py, explained.
_CHECKS = {
    "stance_range": "stance must be between -2 (opposed) and 2 (advocate)",
    "influence_range": "influence must be between 1 and 5",
    "strength_range": "relationship strength must be between 1 and 3",
    "importance_range": "importance must be between 1 and 5",
    "not_own_manager": "a stakeholder cannot report to themselves",
    "not_self": "a relationship must join two different stakeholders",
    "value_not_negative": "a pursuit's value cannot be negative",
}


_TABLES = ("committee_member", "stakeholder", "relationship", "priority", "pursuit", "message", "account")


def describe_integrity_error(exc: IntegrityError) -> str:
    text = str(exc.orig)
    lowered = text.lower()
    for name, message in _CHECKS.items():
        if name in lowered:
            return message
    if "unique" in lowered or "duplicate key" in lowered:
        if "stakeholder_id" in lowered and "committee_member" in lowered:
            return "this stakeholder is already on the committee"
        table = next((t for t in _TABLES if t in lowered), "object")
        return f"another {table.replace('_', ' ')} already has this id"
    if "foreign key" in lowered:
        return "it refers to something that no longer exists"
    if "not null" in lowered:
        return "a required field is empty"
    if "check constraint" in lowered:
        return "a value is out of its allowed range or list"
    return text
