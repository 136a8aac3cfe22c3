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


def register(commands: Any) -> None:
    parser = add_command(commands, "themes", "find the themes in a file of statements (CSV or one a line)")
    parser.add_argument(
        "file", type=Path, help="a CSV with a header row, or a text file with one statement a line"
    )
    parser.add_argument(
        "--text-column", default="text", metavar="NAME", help="CSV: the column of statements (default: text)"
    )
    parser.add_argument(
        "--k", type=int, metavar="N", help="the number of themes (default: chosen from the data)"
    )
    parser.add_argument(
        "--lang", default="auto", help='language code, or "auto" by script (ja, zh, ko use character n-grams)'
    )
    parser.add_argument("--json", action="store_true", help="print JSON: themes and each row's theme")
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
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"{path} is not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from exc
    if path.suffix.lower() in (".csv", ".tsv"):
        rows = _csv_rows(path, text, column)
    else:
        numbered = [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1)]
        kept = [(n, line) for n, line in numbered if line]
        rows = Rows([line for _, line in kept], [n for n, _ in kept])
    if not any(rows.texts):
        raise ValueError(f"{path} has no statements")
    return rows


def _csv_rows(path: Path, text: str, column: str) -> Rows:
    reader = csv.DictReader(
        io.StringIO(text, newline=""), delimiter="\t" if path.suffix.lower() == ".tsv" else ","
    )
    header = [name.strip() for name in reader.fieldnames or []]
    if not header:
        raise ValueError(f"{path} has no header row")
    if column not in header:
        raise ValueError(f"{path} has no column {column!r} (columns: {', '.join(header)}); use --text-column")
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
        raise ValueError(f"--k must be at least 1, not {args.k}")
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
    by = (
        "meaning (multilingual model)"
        if result.engine == "meaning"
        else "shared words (the model is not installed)"
    )
    print(f"{len(indices)} statements in {len(themes)} themes, by {by} ({args.file.name})")
    for theme in result.themes:
        agree = "" if theme.cohesive else " — members do not agree"
        print(
            f"\n[{theme.id}] {theme.label} · {theme.size} statements · agreement {theme.cohesion:.2f}{agree}"
        )
        if theme.terms:
            print(f"    terms: {', '.join(theme.terms)}")
        for member, fit in zip(theme.members, theme.similarity, strict=False):
            row = indices[member]
            loose = " (loosely related)" if fit < theme.loose_below else ""
            print(f"    line {rows.lines[row]:>4}: {rows.texts[row]}{loose}")
    if unthemed:
        print(f"\nUnthemed · {len(unthemed)} fit no theme")
        for row in unthemed:
            print(f"    line {rows.lines[row]:>4}: {rows.texts[row]}")
    return 0
