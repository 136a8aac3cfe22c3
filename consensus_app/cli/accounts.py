"""`consensus-app accounts`: list accounts and their pursuits."""

from __future__ import annotations

import argparse
from typing import Any

from consensus_app.cli.options import add_command
from consensus_app.cli.words import count


def register(commands: Any) -> None:
    add_command(commands, "accounts", "list accounts and their pursuits").set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.cli.pursuits import describe
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        repos = workspace.repos
        accounts = repos.accounts.list()
        if not accounts:
            print(
                f"No accounts in {workspace.display_url}. Import a CRM export with: consensus-app import "
                "CONTACTS.csv (or a map with: consensus-app import FILE.json)"
            )
        for account in accounts:
            people = len(repos.stakeholders.for_account(account.id))
            industry = f" · {account.industry}" if account.industry else ""
            print(f"{account.key}  {account.name}{industry} · {count(people, 'person')}")
            for pursuit in repos.pursuits.for_account(account.id):
                print(f"    {pursuit.key}  {pursuit.name} · {describe(pursuit)}")
    return 0
