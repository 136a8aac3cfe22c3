"""`consensus-app changes`: what changed since a day, as notes by day and person (the brief's words)."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from consensus_app.cli.options import add_command
from consensus_app.cli.words import iso_date

DEFAULT_DAYS = 7


def register(commands: Any) -> None:
    parser = add_command(commands, "changes", "what changed since a day, by day and person")
    parser.add_argument("--account", metavar="NAME_OR_ID", help="only this account (default: all)")
    parser.add_argument(
        "--since",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=f"from this day on (default: {DEFAULT_DAYS} days ago)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.cli.selection import find_account
    from consensus_app.core.change_notes import as_text, by_day_and_author, change_notes
    from consensus_app.storage.workspace import open_workspace

    since = args.since or date.today() - timedelta(days=DEFAULT_DAYS)
    start = datetime.combine(since, time.min).astimezone().astimezone(UTC)  # local midnight
    with open_workspace(args.db) as workspace:
        account = find_account(workspace, args.account) if args.account else None
        account_id = account.id if account else None
        changes = workspace.repos.changes
        notes = change_notes(changes.since(start, account_id), changes.people(account_id), changes.authors())
    where = f" to {account.name}" if account else ""
    if not notes:
        print(f"No changes{where} since {since:%d %b %Y}.")
        return 0
    print(as_text(by_day_and_author(notes)))
    return 0
