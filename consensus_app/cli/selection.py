"""Finding the account and pursuit a command is about, from their interchange ids."""

from __future__ import annotations

from dataclasses import dataclass

from consensus_app.storage.errors import NotFoundError
from consensus_app.storage.workspace import Workspace
from models import PursuitRecord
from models.snapshot import AccountSnapshot


@dataclass(frozen=True)
class Selection:
    snapshot: AccountSnapshot
    pursuit: PursuitRecord


def select_pursuit(workspace: Workspace, account_key: str | None, pursuit_key: str | None) -> Selection:
    """The one pursuit the user means; a clear error naming the choices when it is ambiguous."""
    accounts = workspace.repos.accounts.list()
    if account_key is None:
        if len(accounts) != 1:
            choices = ", ".join(a.key for a in accounts) or "none"
            raise NotFoundError(f"choose an account with --account (accounts: {choices})")
        account = accounts[0]
    else:
        found = [a for a in accounts if a.key == account_key]
        if not found:
            choices = ", ".join(a.key for a in accounts) or "none"
            raise NotFoundError(f"no account {account_key!r} (accounts: {choices})")
        account = found[0]
    snapshot = workspace.repos.accounts.snapshot(account.id)
    pursuits = snapshot.pursuits
    if pursuit_key is None:
        if len(pursuits) != 1:
            choices = ", ".join(p.key for p in pursuits) or "none"
            raise NotFoundError(
                f"account {account.key!r} has {len(pursuits)} pursuits; choose one with --pursuit ({choices})"
            )
        return Selection(snapshot, pursuits[0])
    for pursuit in pursuits:
        if pursuit.key == pursuit_key:
            return Selection(snapshot, pursuit)
    choices = ", ".join(p.key for p in pursuits) or "none"
    raise NotFoundError(f"account {account.key!r} has no pursuit {pursuit_key!r} (pursuits: {choices})")
