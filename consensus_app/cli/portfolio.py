"""`consensus-app portfolio-themes`: what recurs across accounts, for marketing (CSV or Markdown)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from consensus_app.cli.options import add_command
from consensus_app.i18n import _, ngettext
from models import BuyingStage, Function


def register(commands: Any) -> None:
    parser = add_command(
        commands, "portfolio-themes", _("themes across accounts, with each function's words")
    )
    parser.add_argument("--industry", help=_("only accounts whose industry contains this"))
    parser.add_argument("--region", help=_("only accounts whose region contains this"))
    parser.add_argument(
        "--function", choices=[f.value for f in Function], help=_("only this function's priorities")
    )
    parser.add_argument(
        "--stage", choices=[s.value for s in BuyingStage], help=_("only accounts with a pursuit here")
    )
    parser.add_argument("--k", type=int, help=_("the number of themes (default: chosen from the data)"))
    parser.add_argument(
        "-o", "--output", type=Path, help=_("write .csv or .md (default: Markdown to the screen)")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.core.portfolio_themes import PortfolioFilter, portfolio_statements, portfolio_themes
    from consensus_app.exporters.portfolio_themes import (
        portfolio_markdown,
        write_portfolio_csv,
        write_portfolio_markdown,
    )
    from consensus_app.storage.priority_vectors import PriorityVectorRepository
    from consensus_app.storage.workspace import open_workspace

    chosen = PortfolioFilter(args.industry, args.region, args.function, args.stage)
    with open_workspace(args.db) as workspace:
        snapshots = [workspace.repos.accounts.snapshot(a.id) for a in workspace.repos.accounts.list()]
        accounts = sum(1 for s in snapshots if chosen.accepts_account(s))
        statements = portfolio_statements(snapshots, chosen)
        if not statements:
            raise ValueError(_("no priorities match; widen the filters"))
        # Stored vectors are reused; the missing ones are computed once and kept.
        themes = portfolio_themes(statements, k=args.k, vectors=PriorityVectorRepository(workspace))
    if args.output is None:
        print(portfolio_markdown(themes, chosen, accounts))
    elif args.output.suffix.lower() == ".csv":
        write_portfolio_csv(themes, args.output)
    else:
        write_portfolio_markdown(themes, chosen, accounts, args.output)
    if args.output is not None:
        said = ngettext("Wrote {n} theme to {path}", "Wrote {n} themes to {path}", len(themes))
        print(said.format(n=len(themes), path=args.output))
    return 0
