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
from consensus_app.cli.words import iso_date
from consensus_app.exporters.formats import (
    ExportFormat,
    ExportJob,
    FormatName,
    PreviewKind,
    UnknownExportFormat,
    cli_names,
    for_cli,
)
from consensus_app.i18n import _, ngettext

if TYPE_CHECKING:  # the database layers load when a command runs, not when the parser is built
    from consensus_app.storage.workspace import Workspace
    from models.tables import PursuitRecord

LAYOUTS = ["org", "influence", "grid"]
PAGES = ["map", "a4", "letter"]
TABLES = ["committee", "priorities"]


def register(commands: Any) -> None:
    parser = add_command(
        commands, "export", _("export accounts, or one pursuit's map, brief, tables or graph")
    )
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    listed = "\n".join(f"  {name:<8} {_(for_cli(name).cli_help)}" for name in cli_names())
    parser.epilog = _("formats:") + "\n" + listed
    parser.add_argument(
        "--format", choices=cli_names(), help=_("file format (default: from the output's suffix, else json)")
    )
    parser.add_argument(
        "--account",
        action="append",
        metavar="NAME",
        help=_("account name, id or the start of either (json: repeatable, default all)"),
    )
    parser.add_argument("--pursuit", metavar="NAME", help=_(PURSUIT_HELP))
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help=_("file to write (the format's suffix is added if missing)"),
    )
    parser.add_argument("--layout", choices=LAYOUTS, default="org", help=_("map layout (default: org)"))
    language_option(parser)  # `export --lang ko`: the brief's and map's words
    parser.add_argument(
        "--scale", type=float, default=2.0, help=_("png: pixels per map pixel, 0.25 to 8 (default: 2)")
    )
    parser.add_argument(
        "--page",
        choices=PAGES,
        default="a4",
        help=_("pdf: the map's own size, or A4 / letter landscape; brief: A4 or letter (default: a4)"),
    )
    parser.add_argument(
        "--table",
        choices=TABLES,
        help=_("csv: the table to write (default: committee); xlsx: only this sheet"),
    )
    parser.add_argument(
        "--since",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=_("brief, pptx: list the changes made since this day (default: 30 days ago)"),
    )
    parser.add_argument(
        "--everyone",
        action="store_true",
        help=_("png, svg, pdf, brief: the map shows everyone at the account (default: the committee view)"),
    )
    parser.add_argument(
        "--aspect", choices=["16:9", "4:3"], default="16:9", help=_("pptx: the slides' shape (default: 16:9)")
    )
    parser.add_argument(
        "--for-customer",
        action="store_true",
        help=_(
            "brief, pptx: the buyer-safe version for the customer's committee: who takes part, the "
            "shared ground in their words, their decision criteria and the plan; nothing internal"
        ),
    )
    parser.add_argument(
        "--drafts-language",
        metavar="CODE",
        help=_(
            "brief, pptx: the drafted messages' language (en, ko, ja, fa, id); default: the one most "
            "of the committee's approvers write in"
        ),
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
        raise NotFoundError(_("the folder {folder} does not exist").format(folder=args.output.parent))
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
    from consensus_app.cli.selection import choose_pursuit

    if accounts and len(accounts) > 1:
        raise ValueError(_("this format exports one pursuit: give one --account NAME"))
    # The pursuit alone: the export reads its account itself (reading it here too cost 0.3 s).
    return choose_pursuit(workspace, accounts[0] if accounts else None, pursuit_ref)


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
        return ngettext("Wrote {n} account to {path}", "Wrote {n} accounts to {path}", accounts).format(
            n=f"{accounts:,}", path=args.output
        )
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
    return _WHAT[fmt.preview](fmt, args, pursuit.key)


def _for_customer(fmt: ExportFormat, args: argparse.Namespace) -> bool:
    if args.for_customer and not fmt.for_customer:
        raise ValueError(
            _("--for-customer: the {format} export has no buyer-safe version (brief, pptx do)").format(
                format=fmt.cli_name
            )
        )
    return bool(args.for_customer)


def _drafts_language(args: argparse.Namespace) -> str | None:
    from consensus_app.core.messaging.templates import available_languages

    chosen: str | None = args.drafts_language
    if chosen is not None and chosen not in available_languages():
        raise ValueError(
            _("--drafts-language {code}: drafts are written in {languages}").format(
                code=chosen, languages=", ".join(available_languages())
            )
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
    from consensus_app.cli.before_qt import import_review_modules

    import_review_modules()  # before Qt: 0.2 s less (see there)
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
    table = fmt.tables[0] if fmt.tables else args.table
    if table == "committee":
        return _("Wrote the committee of {key} to {path}").format(key=key, path=args.output)
    if table == "priorities":
        return _("Wrote the priorities of {key} to {path}").format(key=key, path=args.output)
    return _("Wrote the committee, priorities and plan of {key} to {path}").format(key=key, path=args.output)


def _text_words(fmt: ExportFormat, args: argparse.Namespace, key: str) -> str:
    if fmt.name is FormatName.PPTX:
        if args.for_customer:
            return _("Wrote the buyer-safe deck of {key} ({aspect}) to {path}").format(
                key=key, aspect=args.aspect, path=args.output
            )
        return _("Wrote the review deck of {key} ({aspect}) to {path}").format(
            key=key, aspect=args.aspect, path=args.output
        )
    return _("Wrote the graph of {key} to {path}").format(key=key, path=args.output)


def _map_words(_fmt: ExportFormat, args: argparse.Namespace, key: str) -> str:
    return _("Wrote the {layout} map of {key} to {path}").format(
        layout=args.layout, key=key, path=args.output
    )


def _brief_words(_fmt: ExportFormat, args: argparse.Namespace, key: str) -> str:
    if args.for_customer:
        return _("Wrote the buyer-safe brief of {key} to {path}").format(key=key, path=args.output)
    return _("Wrote the review brief of {key} to {path}").format(key=key, path=args.output)


# What "Wrote …" says, by the kind of file.
_WHAT: dict[PreviewKind, Callable[[ExportFormat, argparse.Namespace, str], str]] = {
    PreviewKind.MAP: _map_words,
    PreviewKind.BRIEF: _brief_words,
    PreviewKind.TABLE: _table_words,
    PreviewKind.TEXT: _text_words,
}
