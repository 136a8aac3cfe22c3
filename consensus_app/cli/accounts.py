"""`consensus-app accounts`: list accounts and their pursuits."""

from __future__ import annotations

import argparse
from typing import Any

from consensus_app.cli.options import add_command
from consensus_app.i18n import _, ngettext


def register(commands: Any) -> None:
    add_command(commands, "accounts", _("list accounts and their pursuits")).set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.cli.pursuits import describe
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        repos = workspace.repos
        accounts = repos.accounts.list()
        if not accounts:
            print(
                _(
                    "No accounts in {where}. Import a CRM export with: consensus-app import "
                    "CONTACTS.csv (or a map with: consensus-app import FILE.json)"
                ).format(where=workspace.display_url)
            )
        for account in accounts:
            people = len(repos.stakeholders.for_account(account.id))
            industry = f" · {account.industry}" if account.industry else ""
            counted = ngettext("{n} person", "{n} people", people).format(n=f"{people:,}")
            print(f"{account.key}  {account.name}{industry} · {counted}")
            for pursuit in repos.pursuits.for_account(account.id):
                print(f"    {pursuit.key}  {pursuit.name} · {describe(pursuit)}")
    return 0
