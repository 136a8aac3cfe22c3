"""A pursuit's owner on the command line: a colleague named by their name or user id.

`pursuits add --owner` and `pursuits owner` look the name up among the workspace's users (the
names colleagues see, migration 0005) and this user; `portfolio-board --owner` among the owners
the open pursuits have. "none" means no owner.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from consensus_app.cli.options import common_options
from consensus_app.i18n import _

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace
    from models import PursuitRecord

NONE_WORDS = ("none", "nobody")


def owner_help() -> str:
    return _('only pursuits this colleague owns (their name or user id); "none": pursuits nobody owns')


def _is_none(reference: str) -> bool:
    wanted = reference.strip().casefold()
    return wanted in NONE_WORDS or wanted == _("none").casefold()


def _matches(reference: str, known: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Users whose id or name is `reference` (any case); else whose name starts with it."""
    wanted = " ".join(reference.split()).casefold()
    exact = [u for u in known if wanted in (u[0].casefold(), u[1].casefold())]
    return exact or [u for u in known if u[1].casefold().startswith(wanted)]


def _listing(known: list[tuple[str, str]]) -> str:
    return ", ".join(f"{name} ({user_id})" for user_id, name in known) or _("none")


def pick_owner(reference: str | None, known: list[tuple[str, str]]) -> str | None:
    """The board filter's owner (a user id, or NO_OWNER) for `portfolio-board --owner`."""
    from consensus_app.core.portfolio_board import NO_OWNER

    if reference is None:
        return None
    if _is_none(reference):
        return NO_OWNER
    found = _matches(reference, [u for u in known if u[0]])
    if len(found) == 1:
        return found[0][0]
    raise ValueError(
        _("--owner {value}: no open pursuit has one such owner; the owners are {known}").format(
            value=repr(reference), known=_listing([u for u in known if u[0]])
        )
    )


def owner_scope(owner: str | None, known: list[tuple[str, str]]) -> str:
    """ "owner Ana Lima" / "no owner" for the board's scope line ("" without the filter)."""
    if owner is None:
        return ""
    if not owner:
        return _("no owner")
    return _("owner {name}").format(name=dict(known).get(owner, owner))


def workspace_users(workspace: Workspace) -> list[tuple[str, str]]:
    """(user id, name) of everyone who has written here, and this user, by name."""
    # Imported here: it imports the tables, and every command's start-up imports this module.
    from consensus_app.core.pursuit_owner import known_users

    me = workspace.identity
    return known_users(workspace.repos.changes.authors(), (me.user_id, me.display_name))


def find_user(workspace: Workspace, reference: str) -> tuple[str, str] | None:
    """The colleague `reference` names (user id, name); None for "none". Raises ValueError
    naming the workspace's users when there is no one such colleague."""
    if _is_none(reference):
        return None
    known = workspace_users(workspace)
    found = _matches(reference, known)
    if len(found) == 1:
        return found[0]
    said = (
        _("--owner {value} could be several colleagues: {found}")
        if found
        else _("--owner {value}: no colleague has this name or id; the workspace's users are {found}")
    )
    raise ValueError(said.format(value=repr(reference), found=_listing(found or known)))


# --- pursuits add --owner, pursuits owner ------------------------------------------------------


def add_owner_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--owner",
        metavar="NAME-OR-ID",
        help=_('the colleague who owns it (their name or user id; default: you); "none": nobody'),
    )


def creator_owner(workspace: Workspace, reference: str | None) -> dict[str, str | None]:
    """The new pursuit's owner fields: the colleague named, else whoever runs the command."""
    from consensus_app.core.pursuit_owner import owner_fields

    if reference is None:
        owner: tuple[str, str] | None = (workspace.identity.user_id, workspace.identity.display_name)
    else:
        owner = find_user(workspace, reference)
    return owner_fields(owner)


def owner_words(pursuit: PursuitRecord) -> str:
    """ "owner Ana Lima" for a pursuit's one-line description."""
    return _("owner {name}").format(name=pursuit.owner_name or pursuit.owner_id)


def register_owner_action(actions: Any) -> None:
    what = _('give a pursuit to a colleague, or to nobody ("none")')
    parser = actions.add_parser("owner", help=what, description=what)
    common_options(parser)
    parser.add_argument("pursuit", help=_("the pursuit (name, id or the start of one)"))
    parser.add_argument("owner", metavar="NAME-OR-ID", help=_('the colleague\'s name or user id, or "none"'))
    parser.add_argument(
        "--account",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=_("the account (name, id or the start of one)"),
    )
    parser.set_defaults(handler=run_owner)


def run_owner(args: argparse.Namespace) -> int:
    """Change the owner as the window does: the same named edit (operations/edits.py)."""
    from consensus_app.cli.selection import select_pursuit
    from consensus_app.operations import edits
    from consensus_app.operations.operation import Ledger
    from consensus_app.operations.steps import Versions
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        chosen = select_pursuit(workspace, getattr(args, "account", None), args.pursuit)
        owner = find_user(workspace, args.owner)
        operation = edits.set_pursuit_owner(workspace.repos, chosen.pursuit.id, owner)
        if operation is not None:
            operation.apply(Ledger(workspace, Versions(), lambda _conflict: True))
    pursuit, account = chosen.pursuit.name, chosen.snapshot.account.name
    if operation is None:
        said = _("{pursuit} ({account}) already has this owner; nothing changed")
    elif owner is None:
        said = _("{pursuit} ({account}) has no owner now")
    else:
        said = _("{owner} owns {pursuit} ({account}) now")
    print(said.format(pursuit=pursuit, account=account, owner=owner[1] if owner else ""))
    return 0
