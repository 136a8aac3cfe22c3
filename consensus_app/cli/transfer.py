"""`consensus-app import`: an interchange file, or people from a CRM export (CSV/XLSX, see people.py).

`export` is in export.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from consensus_app.cli.options import add_command


def register(commands: Any) -> None:
    importer = add_command(
        commands, "import", "import an interchange file (.json), or people from a CRM export (.csv, .xlsx)"
    )
    importer.add_argument("file", type=Path, help="interchange JSON, or a CSV/XLSX of contacts")
    importer.add_argument("--replace", action="store_true", help="JSON: replace accounts that already exist")
    importer.add_argument("--account", metavar="ID", help="CSV/XLSX: the account the people work at")
    importer.add_argument(
        "--mapping",
        type=Path,
        metavar="MAPPING.json",
        help='CSV/XLSX: {"field": "Column"} (default: guessed)',
    )
    importer.add_argument(
        "--match",
        choices=["email", "key"],
        default="email",
        help="CSV/XLSX: who is the same person (default: email)",
    )
    importer.add_argument(
        "--dry-run", action="store_true", help="CSV/XLSX: show what would happen, write nothing"
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
            raise ImportConflictError(f"{exc} (add --replace to overwrite them)") from exc
    replaced = f" ({summary.replaced} replaced)" if summary.replaced else ""
    print(
        f"Imported {summary.accounts} account(s){replaced}: {summary.stakeholders} stakeholders, "
        f"{summary.relationships} relationships, {summary.priorities} priorities, "
        f"{summary.pursuits} pursuits, "
        f"{summary.committee_members} committee members, {summary.messages} messages."
    )
    return 0
