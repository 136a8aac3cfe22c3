"""`consensus-app forget --account A "Name"`: erase a person at their request (data protection).

The person is named exactly — full name, id or e-mail — never guessed from a prefix, and the
account by its id or full name. Forgetting cannot be undone, so it asks for confirmation at a
terminal and, elsewhere (a script, a pipe), needs `--yes`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from consensus_app.cli.options import add_command

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace
    from models import AccountRecord


def register(commands: Any) -> None:
    parser = add_command(
        commands,
        "forget",
        "erase a person everywhere, history included, at their request (cannot be undone)",
    )
    parser.add_argument("--account", required=True, help="the account: its id or full name")
    parser.add_argument("person", help="the person: full name, id or e-mail")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.storage.forget import find_person, forget_person
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        account = _account(workspace, args.account)
        person = find_person(workspace, account.id, args.person)
        shown = f"{person.name}{f' ({person.title})' if person.title else ''} at {account.name}"
        if not args.yes and not _confirmed(shown):
            return 1
        report = forget_person(workspace, person.id)
    print(report.describe(person.name))
    return 0


def _account(workspace: Workspace, reference: str) -> AccountRecord:
    from consensus_app.storage.errors import NotFoundError

    accounts = workspace.repos.accounts.list()
    wanted = " ".join(reference.split()).casefold()
    found = [a for a in accounts if a.key == reference] or [
        a for a in accounts if " ".join(a.name.split()).casefold() == wanted
    ]
    if len(found) == 1:
        return found[0]
    listed = ", ".join(f"{a.name} ({a.key})" for a in (found or accounts)[:8]) or "none"
    if found:
        raise NotFoundError(f"{reference!r} could be {len(found)} accounts: {listed}; give its id")
    raise NotFoundError(f"no account {reference!r} (the accounts: {listed})")


def _confirmed(shown: str) -> bool:
    warning = (
        f"Forget {shown}: their record, priorities, committee seats, ties and every change-log entry "
        "about them? This cannot be undone."
    )
    if not sys.stdin.isatty():
        print(f"consensus-app: {warning} Add --yes to do it.", file=sys.stderr)
        return False
    answer = input(f"{warning} Type yes to forget them: ")
    if answer.strip().casefold() != "yes":
        print("Nothing was changed.", file=sys.stderr)
        return False
    return True
