"""`consensus-app pursuits`: list an account's pursuits, or add one (`pursuits add`).

consensus-app pursuits [--account NAME]
consensus-app pursuits add --account NAME "Fleet visibility 2027" [--stage solution] [--value 1.2e6]
"""

from __future__ import annotations

import argparse
import math
import re
from typing import TYPE_CHECKING, Any

from consensus_app.cli.options import add_command, common_options
from consensus_app.cli.words import count, iso_date, words
from models import BuyingStage, PursuitStatus
from models.enums import VALUE_MAX

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace
    from models import AccountRecord, PursuitRecord


def register(commands: Any) -> None:
    parser = add_command(commands, "pursuits", "list an account's pursuits, or add one (pursuits add)")
    parser.add_argument("--account", metavar="NAME", help="only this account (name, id or the start of one)")
    parser.set_defaults(handler=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    what = "add a pursuit to an account"
    adder = actions.add_parser("add", help=what, description=what)
    common_options(adder)
    adder.add_argument("name", help='the pursuit\'s name, e.g. "Fleet visibility 2027"')
    adder.add_argument(
        "--account",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="the account (name, id or the start of one)",
    )
    adder.add_argument(
        "--stage",
        type=stage,
        default=BuyingStage.PROBLEM_DEFINITION,
        metavar="STAGE",
        help="problem definition (the default), solution identification or supplier selection; "
        "the first word is enough",
    )
    adder.add_argument(
        "--status",
        type=status,
        default=PursuitStatus.OPEN,
        metavar="STATUS",
        help="open (default), won, lost, no decision",
    )
    adder.add_argument("--value", type=amount, metavar="AMOUNT", help="the deal's value, e.g. 1200000")
    adder.add_argument("--currency", type=currency, metavar="CODE", help="three letters, e.g. NOK, EUR")
    adder.add_argument(
        "--close-date", type=iso_date, metavar="YYYY-MM-DD", help="the decision's expected date"
    )
    adder.set_defaults(handler=run_add)


def _choice(text: str, members: list[Any], what: str) -> Any:
    wanted = re.sub(r"[\s_-]+", " ", text.strip().casefold())
    exact = [m for m in members if words(m) == wanted]
    found = exact or [m for m in members if words(m).startswith(wanted)] if wanted else []
    if len(found) == 1:
        return found[0]
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a {what}; choose one of: {', '.join(words(m) for m in members)}"
    )


def stage(text: str) -> BuyingStage:
    chosen: BuyingStage = _choice(text, list(BuyingStage), "buying stage")
    return chosen


def status(text: str) -> PursuitStatus:
    chosen: PursuitStatus = _choice(text, list(PursuitStatus), "status")
    return chosen


def amount(text: str) -> float:
    try:
        value = float(text.replace(",", "").replace("_", "").strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount; write it like 1200000") from None
    if not math.isfinite(value) or not 0 <= value <= VALUE_MAX:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount between 0 and {VALUE_MAX:,}")
    return value


def currency(text: str) -> str:
    code = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise argparse.ArgumentTypeError(f"{text!r} is not a currency code; write three letters, e.g. EUR")
    return code


def run_add(args: argparse.Namespace) -> int:
    from consensus_app.storage.people_import import readable_key
    from consensus_app.storage.workspace import open_workspace

    if not args.name.strip():
        raise ValueError("a pursuit needs a name")
    with open_workspace(args.db) as workspace:
        account = _the_account(workspace, getattr(args, "account", None))
        taken = {p.key for p in workspace.repos.pursuits.for_account(account.id)}
        pursuit = workspace.repos.pursuits.create(
            account_id=account.id,
            key=readable_key(args.name, "opp", taken),
            name=args.name.strip(),
            stage=args.stage,
            status=args.status,
            value=args.value,
            currency=args.currency,
            close_date=args.close_date,
        )
    print(f"Added the pursuit {pursuit.name} ({pursuit.key}) to {account.name}: {describe(pursuit)}")
    return 0


def _the_account(workspace: Workspace, reference: str | None) -> AccountRecord:
    """The account named, or the only one there is."""
    from consensus_app.cli.selection import find_account, listing
    from consensus_app.storage.errors import NotFoundError

    if reference:
        return find_account(workspace, reference)
    accounts = workspace.repos.accounts.list()
    if len(accounts) == 1:
        return accounts[0]
    known = listing(accounts, lambda a: a.key, lambda a: a.name)
    raise NotFoundError(f'say which account: pursuits add --account NAME "Pursuit name" (accounts: {known})')


def run_list(args: argparse.Namespace) -> int:
    from consensus_app.cli.selection import find_account
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        accounts = (
            [find_account(workspace, args.account)] if args.account else workspace.repos.accounts.list()
        )
        if not accounts:
            where = workspace.display_url
            print(f"No accounts in {where}. Import a CRM export with: consensus-app import CONTACTS.csv")
        for account in accounts:
            _print_account(workspace, account)
    return 0


def _print_account(workspace: Workspace, account: AccountRecord) -> None:
    pursuits = workspace.repos.pursuits.for_account(account.id)
    print(f"{account.name} ({account.key}) · {count(len(pursuits), 'pursuit')}")
    for pursuit in pursuits:
        seats = len(workspace.repos.committee.for_pursuit(pursuit.id))
        print(f"    {pursuit.key}  {pursuit.name} · {describe(pursuit)} · {count(seats, 'committee member')}")
    if not pursuits:
        print(f'    add one with: consensus-app pursuits add --account {account.key} "Pursuit name"')


def describe(pursuit: PursuitRecord) -> str:
    """ "problem definition · open · 1,200,000 NOK · closes 2027-03-31"."""
    parts = [words(pursuit.stage), words(pursuit.status)]
    if pursuit.value is not None:
        parts.append(f"{pursuit.value:,.0f} {pursuit.currency or ''}".rstrip())
    if pursuit.close_date is not None:
        parts.append(f"closes {pursuit.close_date.isoformat()}")
    return " · ".join(parts)
