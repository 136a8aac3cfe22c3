"""`consensus-app import` and `consensus-app export`: interchange files in and out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from consensus_app.cli.options import add_command


def register(commands: Any) -> None:
    importer = add_command(commands, "import", "import an interchange file (.json)")
    importer.add_argument("file", type=Path, help="interchange JSON file")
    importer.add_argument("--replace", action="store_true", help="replace accounts that already exist")
    importer.set_defaults(handler=run_import)

    exporter = add_command(commands, "export", "export accounts to a file")
    exporter.add_argument("--format", choices=["json"], default="json", help="file format (default: json)")
    exporter.add_argument(
        "--account", action="append", metavar="ID", help="account id (repeatable; default: all)"
    )
    exporter.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    exporter.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
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


def run_export(args: argparse.Namespace) -> int:
    from consensus_app.exporters.interchange_json import export_document, write_document
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        document = export_document(workspace, args.account)
    write_document(document, args.output)
    print(f"Wrote {len(document['accounts'])} account(s) to {args.output}")
    return 0
