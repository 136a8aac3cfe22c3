"""`consensus-app portfolio-board`: every open pursuit across accounts, stalled ones first, with
days in stage, readiness and its trend and critical findings — on the screen, or as XLSX, PDF
or CSV. Pursuits without a fresh reading are assessed first (and the readings kept)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from consensus_app.cli.options import add_command
from consensus_app.cli.owners import owner_help, owner_scope, pick_owner
from consensus_app.cli.words import columns, fitted
from consensus_app.i18n import N_, _, ngettext
from models import BuyingStage

FORMATS = ("xlsx", "pdf", "csv")
# The board's filters as its scope line names them ("industry Shipping, stage problem definition").
_FILTER_WORDS = {
    "industry": N_("industry"),
    "region": N_("region"),
    "stage": N_("stage"),
    "owner": N_("owner"),
}


def register(commands: Any) -> None:
    parser = add_command(commands, "portfolio-board", _("every open pursuit across accounts, stalled first"))
    parser.add_argument("--format", choices=FORMATS, help=_("the file's format (default: from -o's suffix)"))
    parser.add_argument(
        "-o", "--output", type=Path, help=_("write the board to this file (default: a table here)")
    )
    parser.add_argument(
        "--stalled-after",
        type=int,
        default=30,
        metavar="DAYS",
        help=_("stalled: no change in this many days (30)"),
    )
    parser.add_argument("--industry", help=_("only accounts in this industry (its name as stored)"))
    parser.add_argument("--region", help=_("only accounts in this region (its name as stored)"))
    parser.add_argument(
        "--stage", choices=[s.value for s in BuyingStage], help=_("only pursuits at this stage")
    )
    parser.add_argument(
        "--owner",
        metavar="NAME-OR-ID",
        help=owner_help(),
    )
    parser.add_argument(
        "--no-assess", action="store_true", help=_("show the readings kept so far; assess nothing new")
    )
    parser.set_defaults(handler=run)


def _format(args: argparse.Namespace) -> str | None:
    if args.output is None:
        if args.format:
            raise ValueError(_("--format needs -o FILE"))
        return None
    chosen = args.format or args.output.suffix.lower().lstrip(".")
    if chosen not in FORMATS:
        raise ValueError(
            _("{file}: say --format {formats} (or end the name in one of them)").format(
                file=args.output, formats="|".join(FORMATS)
            )
        )
    return str(chosen)


def _named(value: str | None, known: list[str], what: str) -> str | None:
    """The stored name `value` means (any case); refused, naming the choices, when there is none."""
    if value is None:
        return None
    for name in known:
        if name.casefold() == value.strip().casefold():
            return name
    raise ValueError(
        _("--{option} {value}: no account has it; the workspace has {known}").format(
            option=what, value=repr(value), known=", ".join(known) or _("none")
        )
    )


def run(args: argparse.Namespace) -> int:
    from consensus_app.core.journey import stage_words
    from consensus_app.core.portfolio_board import (
        BoardFilter,
        board_order,
        choices,
        marked_values,
        owner_choices,
        summarise,
    )
    from consensus_app.storage.portfolio_board import board_rows
    from consensus_app.storage.portfolio_readiness import fill_readiness, stale_rows
    from consensus_app.storage.workspace import open_workspace

    if args.stalled_after < 1:
        raise ValueError(_("--stalled-after: at least one day"))
    kind = _format(args)
    now = datetime.now(UTC)
    today = now.astimezone().date()
    with open_workspace(args.db) as workspace:
        rows = board_rows(workspace, today)
        known = choices(rows)
        owners = owner_choices(rows)
        chosen = BoardFilter(
            _named(args.industry, known["industry"], "industry"),
            _named(args.region, known["region"], "region"),
            BuyingStage(args.stage) if args.stage else None,
            pick_owner(args.owner, owners),
        )
        rows = [r for r in rows if chosen.accepts(r)]
        stale = [] if args.no_assess else stale_rows(rows, now)
        if stale:
            said = ngettext("Assessing {n} pursuit…", "Assessing {n} pursuits…", len(stale))
            print(said.format(n=f"{len(stale):,}"), file=sys.stderr)
            fill_readiness(workspace, stale, now)
            fresh = {r.pursuit_id: r for r in board_rows(workspace, today)}
            rows = [fresh.get(r.pursuit_id, r) for r in rows]
    rows = board_order(rows, today, args.stalled_after)
    scope = ", ".join(
        f"{_(_FILTER_WORDS.get(k, k))} {stage_words(v).lower() if isinstance(v, BuyingStage) else v}"
        for k, v in vars(chosen).items()
        if v and k != "owner"
    )
    scope = ", ".join(p for p in (scope, owner_scope(chosen.owner, owners)) if p)
    scope = scope or _("all accounts")
    if kind is None:
        _print_table([marked_values(r, today, args.stalled_after) for r in rows])
    elif kind == "xlsx":
        from consensus_app.exporters.portfolio_board import write_board_xlsx

        write_board_xlsx(rows, args.output, today=today, stalled_after=args.stalled_after, scope=scope)
    elif kind == "csv":
        from consensus_app.exporters.portfolio_board import write_board_csv

        write_board_csv(rows, args.output, today=today, stalled_after=args.stalled_after)
    else:
        from consensus_app.ui.portfolio_pdf import board_pdf  # Qt, only for a PDF

        board_pdf(rows, args.output, today=today, stalled_after=args.stalled_after, scope=scope)
    summary = summarise(rows, today, args.stalled_after)
    counts = {"n": f"{summary.shown:,}", "scope": scope, "stalled": summary.stalled}
    if args.output:
        said = ngettext(
            "Wrote {n} open pursuit to {path} ({scope}): {stalled} stalled, "
            "{critical} with critical findings",
            "Wrote {n} open pursuits to {path} ({scope}): {stalled} stalled, "
            "{critical} with critical findings",
            summary.shown,
        ).format(path=args.output, critical=summary.critical, **counts)
    else:
        said = ngettext(
            "Wrote {n} open pursuit ({scope}): {stalled} stalled, {critical} with critical findings",
            "Wrote {n} open pursuits ({scope}): {stalled} stalled, {critical} with critical findings",
            summary.shown,
        ).format(critical=summary.critical, **counts)
    print(said, file=sys.stderr if kind is None else sys.stdout)
    return 0


def _print_table(values: list[list[Any]]) -> None:
    from consensus_app.core.portfolio_board import headers

    shown = [[("" if v is None else str(v)) for v in row] for row in [headers(), *values]]
    widths = [min(32, max(columns(r[i]) for r in shown)) for i in range(len(shown[0]))]
    for row in shown:  # Hangul and kanji take two columns: counted so the columns line up
        print("  ".join(fitted(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip())
