"""Deck benchmark: the PowerPoint review deck of a 500-member pursuit (`export --format pptx`).

The pursuit is bench_exports.py's (benchmarks/large_map.py: 500 people, all on the committee,
2,000 relationships and 499 reporting lines, two priorities each) held in a SQLite workspace.
`gather_deck` (layout, themes, assessment, drafts, change log) runs once per layout, then
`write_deck` writes the deck (every card, connector and table row) and is timed alone: that is
the target, under 3 s. The whole export (gather + write) is reported beside it.

Baseline: python-pptx writing the same number of plain rectangles with one line of text and
plain straight lines between them, on slides of 100 cards, and saving: the least a deck with
these many shapes costs with the same library.

    .venv/bin/python benchmarks/bench_deck.py             # writes the "deck" section
    .venv/bin/python benchmarks/bench_deck.py --no-write  # print only
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import _report  # noqa: E402

SECTION = "deck"
TARGET_S = 3.0


def _workspace(folder: Path) -> Any:
    from bench_exports import _document

    from consensus_app.core.interchange import check_document
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.storage.workspace import open_workspace

    workspace = open_workspace(str(folder / "deck.db"))
    import_document(workspace, check_document(_document()))
    return workspace


def ours(workspace: Any, layout: str, out: Path, repeat: int) -> dict[str, Any]:
    from pptx import Presentation

    from consensus_app.exporters.deck import gather_deck, write_deck

    pursuit_id = workspace.repos.pursuits.list_where()[0].id
    start = time.perf_counter()
    data = gather_deck(workspace, pursuit_id, layout=layout, today=date(2026, 1, 1))
    gathered = time.perf_counter() - start
    written = []
    for _ in range(repeat):
        start = time.perf_counter()
        write_deck(data, out)
        written.append(time.perf_counter() - start)
    deck = Presentation(str(out))
    shapes = [s for slide in deck.slides for s in slide.shapes]
    return {
        "gather": gathered,
        "seconds": _report.median(written),
        "slides": len(deck.slides),
        "cards": sum(s.name.startswith("Card: ") for s in shapes),
        "lines": sum(s._element.tag.endswith("cxnSp") for s in shapes),
        "mib": out.stat().st_size / 2**20,
    }


def cold_gather(workspace: Any) -> float:
    """The first gather of the process (grid layout): it loads the sentence model for the themes."""
    from consensus_app.exporters.deck import gather_deck

    start = time.perf_counter()
    gather_deck(workspace, workspace.repos.pursuits.list_where()[0].id, layout="grid")
    return time.perf_counter() - start


def baseline(cards: int, lines: int, out: Path, repeat: int) -> dict[str, Any]:
    from pptx import Presentation
    from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
    from pptx.util import Inches

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        deck = Presentation()
        slide = None
        for index in range(cards):
            if index % 100 == 0:
                slide = deck.slides.add_slide(deck.slide_layouts[6])
            assert slide is not None
            left, top = Inches(0.2 + (index % 10) * 0.95), Inches(0.3 + (index // 10 % 10) * 0.7)
            box = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, Inches(0.9), Inches(0.5))
            box.text_frame.text = f"Person {index}"
            if index % 100 and lines:
                slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, left, top, left + Inches(0.5), top)
        deck.save(str(out))
        times.append(time.perf_counter() - start)
    return {"seconds": _report.median(times), "mib": out.stat().st_size / 2**20}


def render(args: argparse.Namespace, r: dict[str, Any], info: dict[str, str]) -> str:
    rows = ""
    for layout in ("org", "influence"):
        d = r[layout]
        met = "yes" if d["seconds"] < TARGET_S else "**no**"
        rows += (
            f"| {layout} layout: {d['slides']} slides, {d['cards']} cards, {d['lines']} connectors "
            f"| {d['seconds']:.2f} s | {d['gather']:.2f} s | {d['gather'] + d['seconds']:.2f} s "
            f"| {r['base']['seconds']:.2f} s | {_report.ratio(d['seconds'], r['base']['seconds'])} "
            f"| {d['mib']:.1f} MiB | < {TARGET_S:.0f} s | {met} |\n"
        )
    return f"""## Review deck (PowerPoint) of a 500-member pursuit

`benchmarks/bench_deck.py`: bench_exports.py's 500-person pursuit (everyone on the committee, 2,000
relationships, 499 reporting lines, two priorities each) in a SQLite workspace; `gather_deck` once,
then `write_deck` (consensus_app/exporters/deck, python-pptx {_report.version("python-pptx")}) timed,
median of {args.repeat} runs.

{_report.machine_lines(info)}
| deck | write (target) | gather | whole export | baseline | write / baseline | file | target | met? |
|---|---:|---:|---:|---:|---:|---:|---|---|
{rows}
- Write: the slides built (every card a rounded rectangle with its text and fonts, every line a
  connector glued to its two cards, the committee table over slides of 12 rows, assessment, themes,
  messages, changes) and saved atomically. The committee view of a pursuit where everyone is on the
  committee is the whole map, cut into tiles where cards would be under 1.5 in wide.
- Gather: the layout, the priority themes, the assessment, the drafted messages and the change log,
  as the export dialog's worker runs it (not part of the target), after a first gather in the same
  process (grid layout, {r["cold"]:.1f} s) that loaded the sentence model the themes use.
- Baseline: python-pptx writing {r["base_cards"]} plain rectangles with one line of text and
  {r["base_lines"]} plain connectors, 100 to a slide, and saving: the least these many shapes cost.
- Peak RSS of the run: {r["peak_mib"]:.0f} MiB.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each write (median)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args(argv)
    info = _report.machine()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        workspace = _workspace(folder)
        try:
            r: dict[str, Any] = {"cold": cold_gather(workspace)}
            r |= {
                layout: ours(workspace, layout, folder / f"deck-{layout}.pptx", args.repeat)
                for layout in ("org", "influence")
            }
        finally:
            workspace.close()
        cards, lines = r["org"]["cards"], r["org"]["lines"]
        r["base"] = baseline(cards, lines, folder / "base.pptx", args.repeat)
        r["base_cards"], r["base_lines"] = cards, cards - (cards + 99) // 100
    r["peak_mib"] = _report.peak_rss_mib()
    _report.publish(SECTION, render(args, r, info), write=not args.no_write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
