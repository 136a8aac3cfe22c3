"""`consensus-app export`: accounts as interchange JSON, or one pursuit as a map image, its review
brief, tables or a graph.

Formats are listed in FORMATS, each with the function that writes it; a new one is one more
entry. Every format runs headless: the map images and the brief draw offscreen when there is
no display.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consensus_app.cli.options import PURSUIT_HELP, add_command
from consensus_app.cli.words import count, iso_date

if TYPE_CHECKING:  # the database layers load when a command runs, not when the parser is built
    from consensus_app.storage.workspace import Workspace
    from models.tables import PursuitRecord

LAYOUTS = ["org", "influence", "grid"]
PAGES = ["map", "a4", "letter"]
TABLES = ["committee", "priorities"]


@dataclass(frozen=True)
class Format:
    help: str
    write: Callable[[Workspace, argparse.Namespace], str]  # returns what was written, for the user
    suffix: str  # what the file's name ends with
    per_pursuit: bool = True  # False: whole accounts (any number of them)
    also: tuple[str, ...] = ()  # other endings the format's files have


def register(commands: Any) -> None:
    parser = add_command(commands, "export", "export accounts, or one pursuit's map, brief, tables or graph")
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = "formats:\n" + "\n".join(f"  {name:<8} {f.help}" for name, f in FORMATS.items())
    parser.add_argument(
        "--format", choices=list(FORMATS), help="file format (default: from the output's suffix, else json)"
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
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from consensus_app.storage.errors import NotFoundError
    from consensus_app.storage.workspace import open_workspace

    name = args.format or _format_from_suffix(args.output)
    args.format = name
    args.output = with_suffix(args.output, name)
    if not args.output.parent.is_dir():
        raise NotFoundError(f"the folder {args.output.parent} does not exist")
    with open_workspace(args.db) as workspace:
        print(FORMATS[name].write(workspace, args))
    return 0


def _format_from_suffix(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "json"


def with_suffix(path: Path, fmt: str) -> Path:
    """`v.brief` → `v.brief.pdf`: a file whose name does not end as its format does gets the suffix."""
    chosen = FORMATS[fmt]
    if path.suffix.lower() in (chosen.suffix, *chosen.also):
        return path
    return path.with_name(path.name + chosen.suffix)


def find_pursuit(workspace: Workspace, accounts: list[str] | None, pursuit_ref: str | None) -> PursuitRecord:
    """The one pursuit the user means: by name, id or prefix, in the one account given (or any)."""
    from consensus_app.cli.selection import select_pursuit

    if accounts and len(accounts) > 1:
        raise ValueError("this format exports one pursuit: give one --account NAME")
    return select_pursuit(workspace, accounts[0] if accounts else None, pursuit_ref).pursuit


# --- the formats ------------------------------------------------------------------------------


def _json(workspace: Workspace, args: argparse.Namespace) -> str:
    from consensus_app.cli.selection import find_account
    from consensus_app.exporters.interchange_json import export_document, write_document

    keys = [find_account(workspace, a).key for a in args.account] if args.account else None
    document = export_document(workspace, keys)
    write_document(document, args.output)
    return f"Wrote {count(len(document['accounts']), 'account')} to {args.output}"


def _image(workspace: Workspace, args: argparse.Namespace) -> str:
    pursuit = find_pursuit(workspace, args.account, args.pursuit)
    # Qt only for images, so every other export starts fast and needs no Qt libraries.
    from consensus_app.ui.exports.map_image import export_map_image

    fmt = args.format or _format_from_suffix(args.output)
    export_map_image(
        workspace,
        pursuit.id,
        args.layout,
        args.output,
        fmt,
        scale=args.scale,
        page=args.page,
        committee_only=not args.everyone,
    )
    return f"Wrote the {args.layout} map of {pursuit.key} to {args.output}"


def _brief(workspace: Workspace, args: argparse.Namespace) -> str:
    pursuit = find_pursuit(workspace, args.account, args.pursuit)
    from consensus_app.ui.exports.brief import write_brief  # Qt, as for images

    page = args.page if args.page != "map" else "a4"
    write_brief(
        workspace,
        pursuit.id,
        args.output,
        since=args.since,
        layout=args.layout,
        page=page,
        committee_only=not args.everyone,
    )
    return f"Wrote the review brief of {pursuit.key} to {args.output}"


def _deck(workspace: Workspace, args: argparse.Namespace) -> str:
    from consensus_app.exporters.deck import gather_deck, write_deck

    pursuit = find_pursuit(workspace, args.account, args.pursuit)
    data = gather_deck(workspace, pursuit.id, since=args.since, layout=args.layout)
    write_deck(data, args.output, args.aspect)
    return f"Wrote the review deck of {pursuit.key} ({args.aspect}) to {args.output}"


def _tables(workspace: Workspace, args: argparse.Namespace) -> str:
    from consensus_app.exporters.pursuit_data import export_tables
    from consensus_app.exporters.pursuit_tables import TableName

    pursuit = find_pursuit(workspace, args.account, args.pursuit)
    fmt = args.format or _format_from_suffix(args.output)
    tables = [TableName(args.table)] if args.table else None
    export_tables(workspace, pursuit.id, args.output, fmt, tables)
    what = args.table or ("committee" if fmt == "csv" else "committee and priorities")
    return f"Wrote the {what} of {pursuit.key} to {args.output}"


def _graph(workspace: Workspace, args: argparse.Namespace) -> str:
    from consensus_app.exporters.pursuit_data import export_graph

    pursuit = find_pursuit(workspace, args.account, args.pursuit)
    export_graph(workspace, pursuit.id, args.output, args.format or _format_from_suffix(args.output))
    return f"Wrote the graph of {pursuit.key} to {args.output}"


FORMATS: dict[str, Format] = {
    "png": Format("the map as an image (--layout, --scale)", _image, ".png"),
    "svg": Format("the map as a vector drawing (--layout)", _image, ".svg"),
    "pdf": Format("the map on a page (--layout, --page)", _image, ".pdf"),
    "brief": Format("the review brief, a PDF for deal reviews (--since, --layout, --page)", _brief, ".pdf"),
    "pptx": Format("the review deck, editable slides (--since, --layout, --aspect)", _deck, ".pptx"),
    "csv": Format("one table (--table committee|priorities), UTF-8 for Excel", _tables, ".csv"),
    "xlsx": Format("the committee and priorities, a sheet each (--table for one)", _tables, ".xlsx"),
    "graphml": Format(
        "the pursuit's graph for yEd, Cytoscape, networkx, igraph", _graph, ".graphml", also=(".xml",)
    ),
    "gexf": Format("the pursuit's graph for Gephi", _graph, ".gexf", also=(".xml",)),
    "json": Format(
        "whole accounts as an interchange file (--account repeatable, default all)", _json, ".json", False
    ),
}
