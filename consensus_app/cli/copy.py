"""`consensus-app copy --from URL --to URL`: a whole workspace into an empty one, losslessly.

For moving a seller's local SQLite workspace onto the team's PostgreSQL server, and back.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from consensus_app.cli.options import add_command
from consensus_app.i18n import N_, _, ngettext

# What each table's rows are, for the summary ("stakeholder: 38, priority: 187" in every language).
TABLE_WORDS = {
    "account": N_("account"),
    "workspace_user": N_("workspace user"),
    "change_log": N_("change log"),
    "corrected_theme": N_("corrected theme"),
    "pursuit": N_("pursuit"),
    "stakeholder": N_("stakeholder"),
    "committee_member": N_("committee member"),
    "former_seat": N_("former seat"),
    "journey_step": N_("journey step"),
    "message": N_("message"),
    "node_position": N_("node position"),
    "person_rating": N_("person rating"),
    "plan_step": N_("plan step"),
    "priority": N_("priority"),
    "readiness_snapshot": N_("readiness snapshot"),
    "relationship": N_("relationship"),
    "message_recipient": N_("message recipient"),
    "priority_vector": N_("priority vector"),
    "theme_pin": N_("theme pin"),
}


def register(commands: Any) -> None:
    parser = add_command(
        commands, "copy", _("copy a whole workspace into a new, empty one (e.g. to a server)")
    )
    parser.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="PATH_OR_URL",
        help=_("the workspace to copy: a SQLite file path or a database URL"),
    )
    parser.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="PATH_OR_URL",
        help=_("where to copy it: a new SQLite file or an empty database (created and migrated if needed)"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.storage.workspace_copy import copy_workspace

    def progress(table: str, rows: int) -> None:
        if sys.stderr.isatty():
            counted = ngettext("{table}: {n} row", "{table}: {n} rows", rows).format(
                table=_(TABLE_WORDS.get(table, table)), n=f"{rows:,}"
            )
            print(f"\r  {counted}", end="", file=sys.stderr, flush=True)

    summary = copy_workspace(args.source, args.target, progress)
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    # "stakeholder: 38", not "38 stakeholder": a table's word and its count need no plural form.
    counts = ", ".join(
        f"{_(TABLE_WORDS.get(t, t.replace('_', ' ')))}: {n:,}" for t, n in summary.rows.items() if n
    )
    print(
        ngettext(
            "Copied {n} row from {source} to {target}",
            "Copied {n} rows from {source} to {target}",
            summary.total,
        ).format(n=f"{summary.total:,}", source=summary.source, target=summary.target)
    )
    if counts:
        print(f"  {counts}")
    return 0
