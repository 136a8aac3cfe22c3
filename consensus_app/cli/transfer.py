"""`consensus-app import`: an interchange file, or people from a CRM export (CSV/XLSX, see people.py).

`export` is in export.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from consensus_app.cli.options import add_command
from consensus_app.i18n import _, ngettext


def register(commands: Any) -> None:
    importer = add_command(
        commands, "import", _("import an interchange file (.json), or people from a CRM export (.csv, .xlsx)")
    )
    importer.add_argument("file", type=Path, help=_("interchange JSON, or a CSV/XLSX of contacts"))
    importer.add_argument(
        "--replace", action="store_true", help=_("JSON: replace accounts that already exist")
    )
    importer.add_argument(
        "--account",
        metavar="NAME",
        help=_(
            "CSV/XLSX: the account the people work at, by name, id or the start of either "
            "(default: the file's Account Name column; an account is created for a new name)"
        ),
    )
    importer.add_argument(
        "--mapping",
        type=Path,
        metavar="MAPPING.json",
        help=_('CSV/XLSX: {"field": "Column"} (default: guessed)'),
    )
    importer.add_argument(
        "--match",
        choices=["auto", "id", "email", "name", "key"],
        default="auto",
        help=_(
            "CSV/XLSX: who is someone already there: auto (the default) tries, row by row, the CRM's "
            "own id (Contact ID), then the email, then the exact name and title; or only one of them "
            "('key' is the old spelling of 'id')"
        ),
    )
    importer.add_argument(
        "--remove-missing",
        action="store_true",
        help=_(
            "CSV/XLSX: also remove the people at the account who are not in this export "
            "(listed after every import; never removed without this)"
        ),
    )
    importer.add_argument(
        "--mark-missing-left",
        action="store_true",
        help=_(
            "CSV/XLSX: mark the people at the account who are not in this export as having left the "
            "company today: kept with their history, taken off every committee, no longer assessed "
            "(undoable in the window's Edit menu only when done there)"
        ),
    )
    importer.add_argument(
        "--yes",
        action="store_true",
        help=_("CSV/XLSX: import into --account even though the file's Account Name differs"),
    )
    importer.add_argument(
        "--dry-run", action="store_true", help=_("CSV/XLSX: show what would happen, write nothing")
    )
    importer.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from consensus_app.cli.people import run_people_import
    from consensus_app.core.people_import.reading import SPREADSHEETS

    if args.file.suffix.lower() in SPREADSHEETS:
        return run_people_import(args)
    from consensus_app.core.interchange import load_document
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.storage.errors import ImportConflictError
    from consensus_app.storage.workspace import open_workspace

    document = load_document(args.file)  # checked before the database is touched
    with open_workspace(args.db) as workspace:
        try:
            summary = import_document(workspace, document, replace=args.replace, source=args.file.name)
        except ImportConflictError as exc:
            raise ImportConflictError(
                _("{reason} (add --replace to overwrite them)").format(reason=exc)
            ) from exc
    replaced = _(" ({n} replaced)").format(n=summary.replaced) if summary.replaced else ""
    parts = [
        ngettext("{n} stakeholder", "{n} stakeholders", summary.stakeholders),
        ngettext("{n} relationship", "{n} relationships", summary.relationships),
        ngettext("{n} priority", "{n} priorities", summary.priorities),
        ngettext("{n} pursuit", "{n} pursuits", summary.pursuits),
        ngettext("{n} committee member", "{n} committee members", summary.committee_members),
        ngettext("{n} message", "{n} messages", summary.messages),
    ]
    numbers = [
        summary.stakeholders,
        summary.relationships,
        summary.priorities,
        summary.pursuits,
        summary.committee_members,
        summary.messages,
    ]
    accounts = ngettext("{n} account", "{n} accounts", summary.accounts).format(n=f"{summary.accounts:,}")
    counted = ", ".join(part.format(n=f"{n:,}") for part, n in zip(parts, numbers, strict=True))
    print(
        _("Imported {accounts}{replaced}: {counts}.").format(
            accounts=accounts, replaced=replaced, counts=counted
        )
    )
    return 0
