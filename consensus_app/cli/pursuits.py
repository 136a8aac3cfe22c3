"""`consensus-app pursuits`: list an account's pursuits, or add one (`pursuits add`).

consensus-app pursuits [--account NAME]
consensus-app pursuits add --account NAME "Fleet visibility 2027" [--stage solution] [--value 1.2e6]
consensus-app pursuits owner --account NAME "Fleet visibility 2027" "Ana Lima"   (or "none")
"""

from __future__ import annotations

import argparse
import math
import re
from typing import TYPE_CHECKING, Any

from consensus_app.cli.options import add_command, common_options
from consensus_app.cli.owners import add_owner_option, creator_owner, owner_words, register_owner_action
from consensus_app.cli.words import iso_date, shown, words
from consensus_app.i18n import _, ngettext
from models import BuyingStage, PursuitStatus
from models.enums import VALUE_MAX

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace
    from models import AccountRecord, PursuitRecord


def register(commands: Any) -> None:
    parser = add_command(commands, "pursuits", _("list an account's pursuits, or add one (pursuits add)"))
    parser.add_argument(
        "--account", metavar="NAME", help=_("only this account (name, id or the start of one)")
    )
    parser.set_defaults(handler=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    what = _("add a pursuit to an account")
    adder = actions.add_parser("add", help=what, description=what)
    common_options(adder)
    adder.add_argument("name", help=_('the pursuit\'s name, e.g. "Fleet visibility 2027"'))
    adder.add_argument(
        "--account",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=_("the account (name, id or the start of one)"),
    )
    adder.add_argument(
        "--stage",
        type=stage,
        default=BuyingStage.PROBLEM_DEFINITION,
        metavar="STAGE",
        help=_(
            "problem definition (the default), solution identification or supplier selection; "
            "the first word is enough"
        ),
    )
    adder.add_argument(
        "--status",
        type=status,
        default=PursuitStatus.OPEN,
        metavar="STATUS",
        help=_("open (default), won, lost, no decision"),
    )
    adder.add_argument("--value", type=amount, metavar="AMOUNT", help=_("the deal's value, e.g. 1200000"))
    adder.add_argument("--currency", type=currency, metavar="CODE", help=_("three letters, e.g. NOK, EUR"))
    adder.add_argument(
        "--close-date", type=iso_date, metavar="YYYY-MM-DD", help=_("the decision's expected date")
    )
    add_owner_option(adder)
    adder.set_defaults(handler=run_add)
    register_owner_action(actions)


def _choice(text: str, members: list[Any], refused: str) -> Any:
    wanted = re.sub(r"[\s_-]+", " ", text.strip().casefold())
    exact = [m for m in members if words(m) == wanted]
    found = exact or [m for m in members if words(m).startswith(wanted)] if wanted else []
    if len(found) == 1:
        return found[0]
    raise argparse.ArgumentTypeError(
        refused.format(text=repr(text), choices=", ".join(words(m) for m in members))
    )


def stage(text: str) -> BuyingStage:
    refused = _("{text} is not a buying stage; choose one of: {choices}")
    chosen: BuyingStage = _choice(text, list(BuyingStage), refused)
    return chosen


def status(text: str) -> PursuitStatus:
    refused = _("{text} is not a status; choose one of: {choices}")
    chosen: PursuitStatus = _choice(text, list(PursuitStatus), refused)
    return chosen


def amount(text: str) -> float:
    try:
        value = float(text.replace(",", "").replace("_", "").strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not an amount; write it like 1200000").format(text=repr(text))
        ) from None
    if not math.isfinite(value) or not 0 <= value <= VALUE_MAX:
        raise argparse.ArgumentTypeError(
            _("{text} is not an amount between 0 and {most}").format(text=repr(text), most=f"{VALUE_MAX:,}")
        )
    return value


def currency(text: str) -> str:
    code = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise argparse.ArgumentTypeError(
            _("{text} is not a currency code; write three letters, e.g. EUR").format(text=repr(text))
        )
    return code


def run_add(args: argparse.Namespace) -> int:
    from consensus_app.storage.people_import import readable_key
    from consensus_app.storage.workspace import open_workspace

    if not args.name.strip():
        raise ValueError(_("a pursuit needs a name"))
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
            **creator_owner(workspace, getattr(args, "owner", None)),
        )
    print(
        _("Added the pursuit {name} ({key}) to {account}: {described}").format(
            name=pursuit.name, key=pursuit.key, account=account.name, described=describe(pursuit)
        )
    )
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
    raise NotFoundError(
        _('say which account: pursuits add --account NAME "Pursuit name" (accounts: {known})').format(
            known=known
        )
    )


def run_list(args: argparse.Namespace) -> int:
    from consensus_app.cli.selection import find_account
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        accounts = (
            [find_account(workspace, args.account)] if args.account else workspace.repos.accounts.list()
        )
        if not accounts:
            where = workspace.display_url
            print(
                _(
                    "No accounts in {where}. Import a CRM export with: consensus-app import CONTACTS.csv"
                ).format(where=where)
            )
        for account in accounts:
            _print_account(workspace, account)
    return 0


def _print_account(workspace: Workspace, account: AccountRecord) -> None:
    pursuits = workspace.repos.pursuits.for_account(account.id)
    counted = ngettext("{n} pursuit", "{n} pursuits", len(pursuits)).format(n=len(pursuits))
    print(f"{account.name} ({account.key}) · {counted}")
    for pursuit in pursuits:
        seats = len(workspace.repos.committee.for_pursuit(pursuit.id))
        members = ngettext("{n} committee member", "{n} committee members", seats).format(n=seats)
        print(f"    {pursuit.key}  {pursuit.name} · {describe(pursuit)} · {members}")
    if not pursuits:
        print(
            "    "
            + _('add one with: consensus-app pursuits add --account {key} "Pursuit name"').format(
                key=account.key
            )
        )


def describe(pursuit: PursuitRecord) -> str:
    """ "problem definition · open · 1,200,000 NOK · closes 2027-03-31"."""
    parts = [shown(pursuit.stage), shown(pursuit.status)]
    if pursuit.value is not None:
        parts.append(f"{pursuit.value:,.0f} {pursuit.currency or ''}".rstrip())
    if pursuit.close_date is not None:
        parts.append(_("closes {day}").format(day=pursuit.close_date.isoformat()))
    if pursuit.owner_id:
        parts.append(owner_words(pursuit))
    return " · ".join(parts)
