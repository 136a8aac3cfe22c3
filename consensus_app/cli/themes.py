"""`consensus-app themes FILE`: cluster statements from a CSV or a text file into themes.

Rows, as `members` and `assignments` count them (0-based):
- CSV (`.csv`, or `.tsv` for tab-separated; UTF-8 with or without a byte-order mark; a header
  row): row i is the i-th record after the header. Other columns are carried along (ignored
  by the clustering, so results join back to the rows by index). A row whose text is empty
  belongs to no theme: its assignment is null.
- Any other file is plain text, one statement a line: blank lines are skipped, so row i is the
  i-th non-blank line (the readable report shows line numbers).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consensus_app.cli.options import add_command
from consensus_app.i18n import _, ngettext


def register(commands: Any) -> None:
    parser = add_command(commands, "themes", _("find the themes in a file of statements (CSV or one a line)"))
    parser.add_argument(
        "file", type=Path, help=_("a CSV with a header row, or a text file with one statement a line")
    )
    parser.add_argument(
        "--text-column",
        default="text",
        metavar="NAME",
        help=_("CSV: the column of statements (default: text)"),
    )
    parser.add_argument(
        "--k", type=int, metavar="N", help=_("the number of themes (default: chosen from the data)")
    )
    parser.add_argument(
        "--lang",
        default="auto",
        help=_('the statements\' language code, or "auto" by script (ja, zh, ko use character n-grams)'),
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON: themes and each row's theme"))
    parser.set_defaults(handler=run)


@dataclass
class Rows:
    texts: list[str | None]  # by row; None: an empty CSV cell, themed with nothing
    lines: list[int]  # the 1-based line each row starts on in the file


def read_rows(path: Path, column: str) -> Rows:
    """The file's statements by row (see the module doc). Raises ValueError with the file's name."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValueError(
            _("cannot read {file}: {reason}").format(file=path, reason=exc.strerror or exc)
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            _("{file} is not UTF-8 text (byte {byte} at offset {offset}); save it as UTF-8").format(
                file=path, byte=f"0x{raw[exc.start]:02x}", offset=exc.start
            )
        ) from exc
    if path.suffix.lower() in (".csv", ".tsv"):
        rows = _csv_rows(path, text, column)
    else:
        numbered = [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1)]
        kept = [(n, line) for n, line in numbered if line]
        rows = Rows([line for _, line in kept], [n for n, _ in kept])
    if not any(rows.texts):
        raise ValueError(_("{file} has no statements").format(file=path))
    return rows


def _csv_rows(path: Path, text: str, column: str) -> Rows:
    reader = csv.DictReader(
        io.StringIO(text, newline=""), delimiter="\t" if path.suffix.lower() == ".tsv" else ","
    )
    header = [name.strip() for name in reader.fieldnames or []]
    if not header:
        raise ValueError(_("{file} has no header row").format(file=path))
    if column not in header:
        raise ValueError(
            _("{file} has no column {column} (columns: {columns}); use --text-column").format(
                file=path, column=repr(column), columns=", ".join(header)
            )
        )
    reader.fieldnames = header
    texts: list[str | None] = []
    lines = []
    start = reader.line_num + 1
    for record in reader:
        value = (record.get(column) or "").strip()
        texts.append(value or None)
        lines.append(start)
        start = reader.line_num + 1
    return Rows(texts, lines)


def run(args: argparse.Namespace) -> int:
    from consensus_app.core.themes import find_themes

    rows = read_rows(args.file, args.text_column)
    indices = [i for i, t in enumerate(rows.texts) if t]
    if args.k is not None and args.k < 1:
        raise ValueError(_("--k must be at least 1, not {k}").format(k=args.k))
    result = find_themes([rows.texts[i] or "" for i in indices], k=args.k, lang=args.lang)
    assignments: list[int | None] = [None] * len(rows.texts)
    for position, theme_id in enumerate(result.assignments):
        assignments[indices[position]] = theme_id if theme_id >= 0 else None  # unthemed: no theme
    themes = [
        {
            "id": theme.id,
            "label": theme.label,
            "terms": theme.terms,
            "size": theme.size,
            "members": [indices[m] for m in theme.members],
            "cohesion": theme.cohesion,
            "similarity": theme.similarity,
        }
        for theme in result.themes
    ]
    unthemed = [indices[i] for i in result.unthemed]
    if args.json:
        document = {"engine": result.engine, "model": result.model, "themes": themes}
        json.dump(
            {**document, "assignments": assignments, "unthemed": unthemed},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return 0

    if result.engine == "meaning":
        by = _("{statements} in {themes}, by meaning (multilingual model) ({file})")
    else:
        by = _("{statements} in {themes}, by shared words (the model is not installed) ({file})")
    statements = ngettext("{n} statement", "{n} statements", len(indices)).format(n=len(indices))
    print(by.format(statements=statements, themes=_themes(len(themes)), file=args.file.name))
    for theme in result.themes:
        agree = "" if theme.cohesive else _(" — members do not agree")
        size = ngettext("{n} statement", "{n} statements", theme.size).format(n=theme.size)
        agreement = _("agreement {value}").format(value=f"{theme.cohesion:.2f}")
        print(f"\n[{theme.id}] {theme.label} · {size} · {agreement}{agree}")
        if theme.terms:
            print("    " + _("terms: {terms}").format(terms=", ".join(theme.terms)))
        for member, fit in zip(theme.members, theme.similarity, strict=False):
            row = indices[member]
            loose = _(" (loosely related)") if fit < theme.loose_below else ""
            print(f"    {_line(rows.lines[row])}: {rows.texts[row]}{loose}")
    if unthemed:
        print("\n" + _("Unthemed · {n} fit no theme").format(n=len(unthemed)))
        for row in unthemed:
            print(f"    {_line(rows.lines[row])}: {rows.texts[row]}")
    return 0


def _themes(n: int) -> str:
    return ngettext("{n} theme", "{n} themes", n).format(n=n)


def _line(number: int) -> str:
    """ "line   12", the number right-aligned as the report's column wants."""
    return _("line {line}").format(line=f"{number:>4}")
