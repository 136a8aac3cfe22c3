"""The `consensus-app` command: the window by default, headless sub-commands otherwise.

Qt is imported only when a window is opened, so headless commands start fast and run
on machines without a display.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from consensus_app import __version__

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace

log = logging.getLogger(__name__)


def _common_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=default,
        help="workspace database: a SQLite file path or a database URL (default: $CONSENSUS_DB, "
        "else workspace.db in your data folder)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="show tracebacks and debug logging",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consensus-app",
        description="Map buying committees, find what they agree on, and draft messages that unite them.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common_options(parser, suppress=False)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a fresh copy of the demo workspace (temporary database)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    accounts = commands.add_parser("accounts", help="list accounts and their pursuits")
    _common_options(accounts, suppress=True)

    importer = commands.add_parser("import", help="import an interchange file (.json)")
    _common_options(importer, suppress=True)
    importer.add_argument("file", type=Path, help="interchange JSON file")
    importer.add_argument("--replace", action="store_true", help="replace accounts that already exist")

    exporter = commands.add_parser("export", help="export accounts to a file")
    _common_options(exporter, suppress=True)
    exporter.add_argument("--format", choices=["json"], default="json", help="file format (default: json)")
    exporter.add_argument(
        "--account", action="append", metavar="ID", help="account id (repeatable; default: all)"
    )
    exporter.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        if args.command is None:
            from consensus_app.app import run_gui  # Qt only when a window is wanted

            return run_gui(db=args.db, demo=args.demo)
        handler = {"accounts": _accounts, "import": _import, "export": _export}[args.command]
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if args.debug:
            raise
        print(f"consensus-app: error: {exc}", file=sys.stderr)
        from consensus_app.core.interchange import InterchangeError

        if isinstance(exc, InterchangeError) and len(exc.problems) > 1:
            print(exc.details(), file=sys.stderr)
        return 1


def _accounts(args: argparse.Namespace) -> int:
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        _print_accounts(workspace)
    return 0


def _print_accounts(workspace: Workspace) -> None:
    repos = workspace.repos
    accounts = repos.accounts.list()
    if not accounts:
        print(f"No accounts in {workspace.display_url}. Import one with: consensus-app import FILE.json")
    for account in accounts:
        people = len(repos.stakeholders.for_account(account.id))
        industry = f" · {account.industry}" if account.industry else ""
        print(f"{account.key}  {account.name}{industry} · {people} stakeholders")
        for pursuit in repos.pursuits.for_account(account.id):
            value = (
                f" · {pursuit.value:,.0f} {pursuit.currency or ''}".rstrip()
                if pursuit.value is not None
                else ""
            )
            print(
                f"    {pursuit.key}  {pursuit.name} · {pursuit.stage.value} · {pursuit.status.value}{value}"
            )


def _import(args: argparse.Namespace) -> int:
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


def _export(args: argparse.Namespace) -> int:
    from consensus_app.exporters.interchange_json import export_document, write_document
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        document = export_document(workspace, args.account)
    write_document(document, args.output)
    print(f"Wrote {len(document['accounts'])} account(s) to {args.output}")
    return 0
