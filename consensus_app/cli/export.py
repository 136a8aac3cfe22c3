"""`consensus-app export`: accounts as interchange JSON, or one pursuit as a map image, its review
brief, tables or a graph.

The formats are exporters/formats.py's table: its names, help and suffixes, and the writer
of every format that needs no Qt. The map images and the brief, drawn with Qt, are written by
DRAWN below (offscreen when there is no display); a test checks every format is handled.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consensus_app.cli.options import PURSUIT_HELP, add_command, language_option
from consensus_app.cli.words import count, iso_date
from consensus_app.exporters.formats import (
    ExportFormat,
    ExportJob,
    FormatName,
    PreviewKind,
    UnknownExportFormat,
    cli_names,
    for_cli,
)

if TYPE_CHECKING:  # the database layers load when a command runs, not when the parser is built
    from consensus_app.storage.workspace import Workspace
    from models.tables import PursuitRecord

LAYOUTS = ["org", "influence", "grid"]
PAGES = ["map", "a4", "letter"]
TABLES = ["committee", "priorities"]


def register(commands: Any) -> None:
    parser = add_command(commands, "export", "export accounts, or one pursuit's map, brief, tables or graph")
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = "formats:\n" + "\n".join(f"  {name:<8} {for_cli(name).cli_help}" for name in cli_names())
    parser.add_argument(
        "--format", choices=cli_names(), help="file format (default: from the output's suffix, else json)"
    )
    parser.add_argument(
        "--account",
        action="append",
        metavar="NAME",
        help="account name, id or the start of either (json: repeatable, default all)",
    )
    parser.add_argument("--pursuit", metavar="NAME", help=PURSUIT_HELP)
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="file to write (the format's suffix is added if missing)",
    )
    parser.add_argument("--layout", choices=LAYOUTS, default="org", help="map layout (default: org)")
    language_option(parser)  # `export --lang ko`: the brief's and map's words
    parser.add_argument(
        "--scale", type=float, default=2.0, help="png: pixels per map pixel, 0.25 to 8 (default: 2)"
    )
    parser.add_argument(
        "--page",
        choices=PAGES,
        default="a4",
        help="pdf: the map's own size, or A4 / letter landscape; brief: A4 or letter (default: a4)",
    )
    parser.add_argument(
        "--table", choices=TABLES, help="csv: the table to write (default: committee); xlsx: only this sheet"
    )
    parser.add_argument(
        "--since",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="brief, pptx: list the changes made since this day (default: 30 days ago)",
    )
    parser.add_argument(
        "--everyone",
        action="store_true",
        help="png, svg, pdf, brief: the map shows everyone at the account (default: the committee view)",
    )
    parser.add_argument(
        "--aspect", choices=["16:9", "4:3"], default="16:9", help="pptx: the slides' shape (default: 16:9)"
    )
    parser.add_argument(
        "--for-customer",
        action="store_true",
        help="brief, pptx: the buyer-safe version for the customer's committee: who takes part, the "
        "shared ground in their words, their decision criteria and the plan; nothing internal",
    )
    parser.add_argument(
        "--drafts-language",
        metavar="CODE",
        help="brief, pptx: the drafted messages' language (en, ko, ja, fa, id); default: the one most "
        "of the committee's approvers write in",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.storage.errors import NotFoundError
    from consensus_app.storage.workspace import open_workspace

    name = args.format or _format_from_suffix(args.output)
    args.format = name
    fmt = for_cli(name, args.table)
    args.output = with_suffix(args.output, name)
    if not args.output.parent.is_dir():
        raise NotFoundError(f"the folder {args.output.parent} does not exist")
    with open_workspace(args.db) as workspace:
        print(_write(workspace, fmt, args))
    return 0


def _format_from_suffix(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in cli_names() else "json"


def with_suffix(path: Path, fmt: str) -> Path:
    """`v.brief` → `v.brief.pdf`: a file whose name does not end as its format does gets the suffix."""
    chosen = for_cli(fmt)
    if path.suffix.lower() in (chosen.suffix, *chosen.also):
        return path
    return path.with_name(path.name + chosen.suffix)


def find_pursuit(workspace: Workspace, accounts: list[str] | None, pursuit_ref: str | None) -> PursuitRecord:
    """The one pursuit the user means: by name, id or prefix, in the one account given (or any)."""
    from consensus_app.cli.selection import select_pursuit

    if accounts and len(accounts) > 1:
        raise ValueError("this format exports one pursuit: give one --account NAME")
    return select_pursuit(workspace, accounts[0] if accounts else None, pursuit_ref).pursuit


# --- the formats ---------------------------------------------------------------------------


def _write(workspace: Workspace, fmt: ExportFormat, args: argparse.Namespace) -> str:
    """Write one format; returns what was written, for the user."""
    from consensus_app.cli.selection import find_account

    if not fmt.per_pursuit:
        keys = [find_account(workspace, a).key for a in args.account] if args.account else None
        job = ExportJob(args.output, account_keys=keys)
        if fmt.write is None:
            raise UnknownExportFormat(fmt.name)
        fmt.write(workspace, job, None, None)
        accounts = len(keys) if keys is not None else len(workspace.repos.accounts.list())
        return f"Wrote {count(accounts, 'account')} to {args.output}"
    pursuit = find_pursuit(workspace, args.account, args.pursuit)
    job = ExportJob(
        args.output,
        pursuit.id,
        layout=args.layout,
        scale=args.scale,
        page=args.page,
        since=args.since,
        aspect=args.aspect,
        committee_only=not args.everyone,
        tables=(args.table,) if args.table else None,
        for_customer=_for_customer(fmt, args),
        drafts_language=_drafts_language(args),
    )
    if fmt.write is not None:
        fmt.write(workspace, job, None, None)
    else:
        _drawn(fmt.name)(workspace, job)
    return f"Wrote {_WHAT[fmt.preview](fmt, args, pursuit.key)} to {args.output}"


def _for_customer(fmt: ExportFormat, args: argparse.Namespace) -> bool:
    if args.for_customer and not fmt.for_customer:
        raise ValueError(
            f"--for-customer: the {fmt.cli_name} export has no buyer-safe version (brief, pptx do)"
        )
    return bool(args.for_customer)


def _drafts_language(args: argparse.Namespace) -> str | None:
    from consensus_app.core.messaging.templates import available_languages

    chosen: str | None = args.drafts_language
    if chosen is not None and chosen not in available_languages():
        raise ValueError(
            f"--drafts-language {chosen}: drafts are written in {', '.join(available_languages())}"
        )
    return chosen


def _image(workspace: Workspace, job: ExportJob) -> None:
    # Qt only for images, so every other export starts fast and needs no Qt libraries.
    from consensus_app.ui.exports.map_image import export_map_image

    assert job.pursuit_id is not None
    fmt = job.path.suffix.lstrip(".").lower()
    export_map_image(
        workspace,
        job.pursuit_id,
        job.layout,
        job.path,
        fmt,
        scale=job.scale,
        page=job.page,
        committee_only=job.committee_only,
    )


def _brief(workspace: Workspace, job: ExportJob) -> None:
    from consensus_app.ui.exports.brief import write_brief  # Qt, as for images

    assert job.pursuit_id is not None
    page = job.page if job.page != "map" else "a4"
    if job.for_customer:  # only what the committee may see, chosen field by field
        from consensus_app.exporters.customer_view import gather_customer_view
        from consensus_app.ui.exports.brief import render_customer_brief

        view = gather_customer_view(workspace, job.pursuit_id, drafts_language=job.drafts_language)
        render_customer_brief(view, job.path, page=page)
        return
    write_brief(
        workspace,
        job.pursuit_id,
        job.path,
        since=job.since,
        layout=job.layout,
        page=job.page if job.page != "map" else "a4",
        committee_only=job.committee_only,
        drafts_language=job.drafts_language,
    )


# The formats drawn with Qt (the table has no writer for them), by name.
DRAWN: dict[FormatName, Callable[[Workspace, ExportJob], None]] = {
    FormatName.PNG: _image,
    FormatName.SVG: _image,
    FormatName.PDF: _image,
    FormatName.BRIEF: _brief,
}


def _drawn(name: FormatName) -> Callable[[Workspace, ExportJob], None]:
    try:
        return DRAWN[name]
    except KeyError:
        raise UnknownExportFormat(name) from None


def _table_words(fmt: ExportFormat, args: argparse.Namespace, key: str) -> str:
    if fmt.tables:
        return f"the {fmt.tables[0]} of {key}"
    return f"the {args.table or 'committee, priorities and plan'} of {key}"


def _text_words(fmt: ExportFormat, args: argparse.Namespace, key: str) -> str:
    if fmt.name is FormatName.PPTX:
        which = "buyer-safe deck" if args.for_customer else "review deck"
        return f"the {which} of {key} ({args.aspect})"
    return f"the graph of {key}"


# What "Wrote …" names, by the kind of file.
_WHAT: dict[PreviewKind, Callable[[ExportFormat, argparse.Namespace, str], str]] = {
    PreviewKind.MAP: lambda _fmt, args, key: f"the {args.layout} map of {key}",
    PreviewKind.BRIEF: lambda _fmt, args, key: (
        f"the buyer-safe brief of {key}" if args.for_customer else f"the review brief of {key}"
    ),
    PreviewKind.TABLE: _table_words,
    PreviewKind.TEXT: _text_words,
}
