"""`consensus-app accounts`: list accounts and their pursuits."""

from __future__ import annotations

import argparse
from typing import Any

from consensus_app.cli.options import add_command


def register(commands: Any) -> None:
    add_command(commands, "accounts", "list accounts and their pursuits").set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
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
                state = f"{pursuit.stage.value} · {pursuit.status.value}"
                print(f"    {pursuit.key}  {pursuit.name} · {state}{value}")
    return 0
