"""Finding the account and pursuit a command is about: by id, by name, or by the start of either.

No one should have to copy an id from a listing: `--account wilh` finds "Wilhelmsen Shipping
ASA" when no other account starts that way. An exact id wins, then an exact name (without case),
then a unique prefix of an id or a name (without case); anything that could be several is
refused with the candidates, never guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from consensus_app.i18n import N_, _, ngettext
from consensus_app.storage.errors import NotFoundError
from consensus_app.storage.workspace import Workspace
from models import AccountRecord, PursuitRecord
from models.snapshot import AccountSnapshot

T = TypeVar("T")
_LISTED = 8  # candidates named in a message
Kind = Literal["account", "pursuit"]
# What a reference that fits none, several, or is empty is told, by what was looked for.
_EMPTY = {
    "account": N_("give the account's name or id (the accounts: {listed})"),
    "pursuit": N_("give the pursuit's name or id (the pursuits: {listed})"),
}
_SEVERAL = {
    "account": N_("{reference} could be {n} accounts: {listed}; give more of the name, or the id"),
    "pursuit": N_("{reference} could be {n} pursuits: {listed}; give more of the name, or the id"),
}
_NONE = {
    "account": N_("no account {reference} (the accounts: {listed})"),
    "pursuit": N_("no pursuit {reference} (the pursuits: {listed})"),
}


class AmbiguousChoiceError(NotFoundError):
    """A name or prefix that fits several: the message lists them."""


@dataclass(frozen=True)
class Selection:
    snapshot: AccountSnapshot
    pursuit: PursuitRecord


def listing(items: Sequence[T], key: Callable[[T], str], name: Callable[[T], str]) -> str:
    shown = [f"{name(i)} ({key(i)})" for i in items[:_LISTED]]
    more = _(" and {n} more").format(n=len(items) - _LISTED) if len(items) > _LISTED else ""
    return ", ".join(shown) + more if shown else _("none")


def pick(
    reference: str, items: Sequence[T], what: Kind, key: Callable[[T], str], name: Callable[[T], str]
) -> T:
    """The one item `reference` means (see the module doc); NotFoundError naming the choices."""
    for item in items:
        if key(item) == reference:
            return item
    wanted = " ".join(reference.split()).casefold()
    if not wanted:
        raise NotFoundError(_(_EMPTY[what]).format(listed=listing(items, key, name)))

    def plain(item: T) -> str:
        return " ".join(name(item).split()).casefold()

    def same(item: T) -> bool:
        return key(item).casefold() == wanted or plain(item) == wanted

    def starts(item: T) -> bool:
        return key(item).casefold().startswith(wanted) or plain(item).startswith(wanted)

    for fits in (same, starts):
        found = [i for i in items if fits(i)]
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousChoiceError(
                _(_SEVERAL[what]).format(
                    reference=repr(reference), n=len(found), listed=listing(found, key, name)
                )
            )
    raise NotFoundError(_(_NONE[what]).format(reference=repr(reference), listed=listing(items, key, name)))


def find_account(workspace: Workspace, reference: str) -> AccountRecord:
    accounts = workspace.repos.accounts.list()
    return pick(reference, accounts, "account", lambda a: a.key, lambda a: a.name)


def find_pursuit_in(pursuits: Sequence[PursuitRecord], reference: str, where: str) -> PursuitRecord:
    try:
        return pick(reference, pursuits, "pursuit", lambda p: p.key, lambda p: p.name)
    except AmbiguousChoiceError:
        raise
    except NotFoundError:
        listed = listing(pursuits, lambda p: p.key, lambda p: p.name)
        raise NotFoundError(
            _("{where} has no pursuit {reference} (its pursuits: {listed})").format(
                where=where, reference=repr(reference), listed=listed
            )
        ) from None


def select_pursuit(workspace: Workspace, account_ref: str | None, pursuit_ref: str | None) -> Selection:
    """The one pursuit the user means, with its account's snapshot (see `choose_pursuit`)."""
    snapshots: dict[int, AccountSnapshot] = {}

    def pursuits_of(account_id: int) -> list[PursuitRecord]:
        snapshots[account_id] = workspace.repos.accounts.snapshot(account_id)
        return snapshots[account_id].pursuits

    pursuit = choose_pursuit(workspace, account_ref, pursuit_ref, pursuits_of)
    snapshot = snapshots.get(pursuit.account_id) or workspace.repos.accounts.snapshot(pursuit.account_id)
    return Selection(snapshot, pursuit)


def choose_pursuit(
    workspace: Workspace,
    account_ref: str | None,
    pursuit_ref: str | None,
    pursuits_of: Callable[[int], list[PursuitRecord]] | None = None,
) -> PursuitRecord:
    """The one pursuit the user means; a clear error naming the choices when it is ambiguous.

    Without an account, a pursuit named by `pursuit_ref` is looked for in every account.
    `pursuits_of` lists an account's pursuits (default: read alone, without the account's people).
    """
    pursuits_of = pursuits_of or workspace.repos.pursuits.for_account
    accounts = workspace.repos.accounts.list()
    if account_ref is None and pursuit_ref is not None and len(accounts) > 1:
        everywhere = workspace.repos.pursuits.list_where()
        names = {a.id: a.name for a in accounts}
        return pick(
            pursuit_ref, everywhere, "pursuit", lambda p: p.key, lambda p: f"{p.name}, {names[p.account_id]}"
        )
    if account_ref is None:
        if len(accounts) != 1:
            listed = listing(accounts, lambda a: a.key, lambda a: a.name)
            raise NotFoundError(
                _("choose an account with --account NAME (accounts: {listed})").format(listed=listed)
            )
        account = accounts[0]
    else:
        account = pick(account_ref, accounts, "account", lambda a: a.key, lambda a: a.name)
    pursuits = pursuits_of(account.id)
    if pursuit_ref is None:
        if len(pursuits) != 1:
            listed = listing(pursuits, lambda p: p.key, lambda p: p.name)
            where = f"{account.name} ({account.key})"
            if not pursuits:
                said = _(
                    "{account} has no pursuits; add one with: consensus-app pursuits add --account {key} NAME"
                )
                raise NotFoundError(said.format(account=where, key=account.key))
            said = ngettext(
                "{account} has {n} pursuit; choose one with --pursuit ({listed})",
                "{account} has {n} pursuits; choose one with --pursuit ({listed})",
                len(pursuits),
            )
            raise NotFoundError(said.format(account=where, n=len(pursuits), listed=listed))
        return pursuits[0]
    return find_pursuit_in(pursuits, pursuit_ref, f"{account.name} ({account.key})")
