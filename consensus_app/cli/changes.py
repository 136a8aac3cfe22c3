"""`consensus-app changes`: what changed since a day, as notes by day and person (the brief's words)."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from consensus_app.cli.options import add_command
from consensus_app.cli.words import iso_date
from consensus_app.i18n import _, current_language

DEFAULT_DAYS = 7


def register(commands: Any) -> None:
    parser = add_command(commands, "changes", _("what changed since a day, by day and person"))
    parser.add_argument("--account", metavar="NAME_OR_ID", help=_("only this account (default: all)"))
    parser.add_argument(
        "--since",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=_("from this day on (default: {days} days ago)").format(days=DEFAULT_DAYS),
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
    if not notes:
        # English month names only in English; elsewhere the day as every calendar reads it.
        day = f"{since:%d %b %Y}" if current_language() == "en" else since.isoformat()
        if account:
            print(_("No changes to {account} since {day}.").format(account=account.name, day=day))
        else:
            print(_("No changes since {day}.").format(day=day))
        return 0
    print(as_text(by_day_and_author(notes)))
    return 0
