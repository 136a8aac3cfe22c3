"""`consensus-app copy --from URL --to URL`: a whole workspace into an empty one, losslessly.

For moving a seller's local SQLite workspace onto the team's PostgreSQL server, and back.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from consensus_app.cli.options import add_command
from consensus_app.i18n import _, ngettext


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
                table=table, n=f"{rows:,}"
            )
            print(f"\r  {counted}", end="", file=sys.stderr, flush=True)

    summary = copy_workspace(args.source, args.target, progress)
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    counts = ", ".join(f"{n:,} {t.replace('_', ' ')}" for t, n in summary.rows.items() if n)
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
