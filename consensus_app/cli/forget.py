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
from consensus_app.i18n import _

if TYPE_CHECKING:
    from consensus_app.storage.workspace import Workspace
    from models import AccountRecord


def register(commands: Any) -> None:
    parser = add_command(
        commands,
        "forget",
        _("erase a person everywhere, history included, at their request (cannot be undone)"),
    )
    parser.add_argument("--account", required=True, help=_("the account: its id or full name"))
    parser.add_argument("person", help=_("the person: full name, id or e-mail"))
    parser.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.storage.forget import find_person, forget_person
    from consensus_app.storage.map_previews import forget_previews
    from consensus_app.storage.workspace import open_workspace

    with open_workspace(args.db) as workspace:
        account = _account(workspace, args.account)
        person = find_person(workspace, account.id, args.person)
        if person.title:
            shown = _("{name} ({title}) at {account}").format(
                name=person.name, title=person.title, account=account.name
            )
        else:
            shown = _("{name} at {account}").format(name=person.name, account=account.name)
        if not args.yes and not _confirmed(shown):
            return 1
        forget_previews()  # the window's pictures of maps may show their name
        report = forget_person(workspace, person.id)
        forget_previews()  # and a window open meanwhile keeps no picture of what it read before
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
    listed = ", ".join(f"{a.name} ({a.key})" for a in (found or accounts)[:8]) or _("none")
    if found:
        raise NotFoundError(
            _("{reference} could be {n} accounts: {listed}; give its id").format(
                reference=repr(reference), n=len(found), listed=listed
            )
        )
    raise NotFoundError(
        _("no account {reference} (the accounts: {listed})").format(reference=repr(reference), listed=listed)
    )


def _confirmed(shown: str) -> bool:
    warning = _(
        "Forget {who}: their record, priorities, committee seats, ties and every change-log entry "
        "about them? This cannot be undone."
    ).format(who=shown)
    if not sys.stdin.isatty():
        print("consensus-app: " + _("{warning} Add --yes to do it.").format(warning=warning), file=sys.stderr)
        return False
    answer = input(_("{warning} Type yes to forget them: ").format(warning=warning))
    # "yes" is always understood; a translation may name its own word for it too.
    accepted = {"yes", _("yes").casefold()}
    if answer.strip().casefold() not in accepted:
        print(_("Nothing was changed."), file=sys.stderr)
        return False
    return True
