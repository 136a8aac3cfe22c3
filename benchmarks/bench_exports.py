"""Export benchmark: map PNG, SVG and PDF and the review brief of a 500-person pursuit.

The map is benchmarks/large_map.py's (500 people, 2,000 relationships plus 499 reporting
lines), placed once by the app's influence layout (not timed), and exported whole, with its
title and legend, by consensus_app.ui.exports.write_map_image:

  png      at scale 1 and at the default scale 2 (lowered to fit 64 megapixels), written as a file
  svg      the vector drawing, text as text
  pdf      a page sized to the map, and the map fitted to an A4 landscape page
  brief    the review brief (consensus_app.ui.exports.brief) of the same pursuit held in a
           workspace: layout, assessment and change log gathered, then every page drawn

Each export is timed whole, as a user waits for it: the scene built from the map, drawn and
written. Baseline: `networkx.draw_networkx` (square nodes coloured by stance, names as labels,
arrows) and matplotlib `savefig` of the same graph and positions, figure creation included, to
a PNG of the same pixel size and to SVG and PDF at the same figure size.

Every step runs in its own fresh Python process (QT_QPA_PLATFORM=offscreen), so its peak RSS
is its own. Results go to stdout and, unless --no-write, to the "exports" section of
docs/benchmarks.md.

    .venv/bin/python benchmarks/bench_exports.py             # the full run (a few minutes)
    .venv/bin/python benchmarks/bench_exports.py --no-write  # print only
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import _report  # noqa: E402

SECTION = "exports"
TARGET_S = 3.0  # the target for the review brief; map images are held to it too
DPI = 100  # matplotlib's figure size is the pixel size / DPI


# --- the steps (each in a fresh process) -------------------------------------------------------


def _source(args: argparse.Namespace) -> Any:
    from large_map import large_pursuit_map

    from consensus_app.exporters.map_source import map_source_for

    positions = {int(k): tuple(v) for k, v in json.loads(Path(args.positions).read_text()).items()}
    return map_source_for(
        large_pursuit_map(), positions, "influence", "Generated", "500-person pursuit", date(2026, 1, 1)
    )


def step_ours(args: argparse.Namespace) -> dict[str, Any]:
    from consensus_app.ui.exports.headless import ensure_application

    ensure_application()
    from PySide6.QtGui import QImage

    from consensus_app.ui.exports import write_map_image

    source = _source(args)
    out = Path(args.out)
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        write_map_image(source, out, args.fmt, scale=args.scale, page=args.page)
        times.append(time.perf_counter() - start)
    result: dict[str, Any] = {
        "seconds": _report.median(times),
        "mib": out.stat().st_size / 2**20,
        "peak_mib": _report.peak_rss_mib(),
    }
    if args.fmt == "png":
        image = QImage(str(out))
        result["size"] = (image.width(), image.height())
    return result


def step_base(args: argparse.Namespace) -> dict[str, Any]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import networkx as nx

    source = _source(args)
    pursuit_map = source.pursuit_map
    width, height = (int(v) for v in args.size.split("x"))
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(n.stakeholder_id for n in pursuit_map.nodes)
    graph.add_edges_from((e.source_id, e.target_id) for e in pursuit_map.edges)
    pos = {k: (x, -y) for k, (x, y) in source.positions.items()}  # matplotlib's y axis points up
    colors = {-2: "#D55E00", -1: "#E69F00", 0: "#9A9A9A", 1: "#56B4E9", 2: "#0072B2"}
    node_colors = [colors[n.stance] for n in pursuit_map.nodes]
    labels = {n.stakeholder_id: n.name for n in pursuit_map.nodes}
    out = Path(args.out)
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        figure = plt.figure(figsize=(width / DPI, height / DPI), dpi=DPI)
        axes = figure.add_axes((0, 0, 1, 1))
        axes.set_axis_off()
        nx.draw_networkx(
            graph,
            pos,
            ax=axes,
            node_color=node_colors,
            node_shape="s",
            node_size=900,
            labels=labels,
            font_size=8,
            edge_color="#555555",
            arrows=True,
            arrowsize=8,
        )
        figure.savefig(out, dpi=DPI, format=args.fmt)
        plt.close(figure)
        times.append(time.perf_counter() - start)
    return {
        "seconds": _report.median(times),
        "mib": out.stat().st_size / 2**20,
        "peak_mib": _report.peak_rss_mib(),
    }


def _document() -> dict[str, Any]:
    """The large map as an interchange document, for a workspace the brief reads."""
    from large_map import large_map_document

    return large_map_document(seed=7)


def step_brief(args: argparse.Namespace) -> dict[str, Any]:
    from consensus_app.core.interchange import check_document
    from consensus_app.storage.bulk_import import import_document
    from consensus_app.storage.workspace import open_workspace
    from consensus_app.ui.exports.brief import gather_brief, render_brief
    from consensus_app.ui.exports.headless import ensure_application

    ensure_application()
    out = Path(args.out)
    out.with_suffix(".db").unlink(missing_ok=True)
    workspace = open_workspace(str(out.with_suffix(".db")))
    try:
        import_document(workspace, check_document(_document()))  # not timed
        pursuit_id = workspace.repos.pursuits.list_where()[0].id
        gathered, drawn, whole = [], [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            data = gather_brief(workspace, pursuit_id, layout=args.layout, today=date(2026, 1, 1))
            middle = time.perf_counter()
            render_brief(data, out)
            end = time.perf_counter()
            gathered.append(middle - start)
            drawn.append(end - middle)
            whole.append(end - start)
    finally:
        workspace.close()
    return {
        "seconds": _report.median(whole),
        "gather": _report.median(gathered),
        "render": _report.median(drawn),
        "pages": len(re.findall(rb"/Type\s*/Page\b", out.read_bytes())),
        "mib": out.stat().st_size / 2**20,
        "peak_mib": _report.peak_rss_mib(),
    }


STEPS = {"ours": step_ours, "base": step_base, "brief": step_brief}


# --- the driver ---------------------------------------------------------------------------------


def _positions(path: Path) -> None:
    from large_map import large_pursuit_map

    from consensus_app.core.layouts import compute_layout

    path.write_text(json.dumps(compute_layout("influence", large_pursuit_map())))


def _run_step(step: str, args: argparse.Namespace, **extra: str) -> dict[str, Any]:
    return _report.run_step(str(Path(__file__).resolve()), step, args.positions, args.repeat, **extra)


def measure(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    r: dict[str, Any] = {}
    r["png1"] = _run_step("ours", args, fmt="png", scale="1", out=str(folder / "ours1.png"))
    r["png2"] = _run_step("ours", args, fmt="png", scale="2", out=str(folder / "ours2.png"))
    r["svg"] = _run_step("ours", args, fmt="svg", out=str(folder / "ours.svg"))
    r["pdf_map"] = _run_step("ours", args, fmt="pdf", page="map", out=str(folder / "ours-map.pdf"))
    r["pdf_a4"] = _run_step("ours", args, fmt="pdf", page="a4", out=str(folder / "ours-a4.pdf"))
    w1, h1 = r["png1"]["size"]
    w2, h2 = r["png2"]["size"]
    r["base_png1"] = _run_step("base", args, fmt="png", size=f"{w1}x{h1}", out=str(folder / "base1.png"))
    r["base_png2"] = _run_step("base", args, fmt="png", size=f"{w2}x{h2}", out=str(folder / "base2.png"))
    r["base_svg"] = _run_step("base", args, fmt="svg", size=f"{w1}x{h1}", out=str(folder / "base.svg"))
    r["base_pdf"] = _run_step("base", args, fmt="pdf", size=f"{w1}x{h1}", out=str(folder / "base.pdf"))
    for layout in ("org", "influence"):
        r[f"brief_{layout}"] = _run_step(
            "brief", args, layout=layout, out=str(folder / f"brief-{layout}.pdf")
        )
    return r


def render(args: argparse.Namespace, r: dict[str, Any], info: dict[str, str]) -> str:
    def row(label: str, ours: dict[str, Any], base: dict[str, Any] | None) -> str:
        met = "yes" if ours["seconds"] < TARGET_S else "**no**"
        cells = [
            label,
            f"{ours['seconds']:.2f} s",
            f"{base['seconds']:.2f} s" if base else "—",
            _report.ratio(ours["seconds"], base["seconds"]) if base else "—",
            f"{ours['mib']:.1f} MiB" + (f" / {base['mib']:.1f} MiB" if base else ""),
            f"{ours['peak_mib']:.0f} MiB" + (f" / {base['peak_mib']:.0f} MiB" if base else ""),
            f"< {TARGET_S:.0f} s",
            met,
        ]
        return "| " + " | ".join(cells) + " |\n"

    (w1, h1), (w2, h2) = r["png1"]["size"], r["png2"]["size"]
    table = (
        "| export | ours | baseline | ours / baseline | file (ours / baseline) | peak RSS (ours / baseline) "
        "| target | met? |\n|---|---:|---:|---:|---:|---:|---|---|\n"
    )
    table += row(f"PNG at scale 1 ({w1:,} × {h1:,} px)", r["png1"], r["base_png1"])
    table += row(f"PNG at the default scale 2 ({w2:,} × {h2:,} px, capped)", r["png2"], r["base_png2"])
    table += row("SVG", r["svg"], r["base_svg"])
    table += row("PDF, page sized to the map", r["pdf_map"], r["base_pdf"])
    table += row("PDF, A4 landscape", r["pdf_a4"], None)
    for layout in ("org", "influence"):
        brief = r[f"brief_{layout}"]
        table += row(f"Review brief, {layout} layout (A4, {brief['pages']} pages)", brief, None)
    briefs = {layout: r[f"brief_{layout}"] for layout in ("org", "influence")}
    split = "; ".join(
        f"{layout}: {b['gather']:.2f} s gathered + {b['render']:.2f} s drawn" for layout, b in briefs.items()
    )
    versions = _report.toolkit_line()
    return f"""## Map exports and the review brief of a 500-person pursuit

`benchmarks/bench_exports.py`: `benchmarks/large_map.py`'s map (500 people, 2,000 relationships and
499 reporting lines), placed by the app's influence layout once before the steps (no layout is
timed), exported whole with its title and legend by `consensus_app.ui.exports.write_map_image`.

{_report.machine_lines(info)}{versions}
{table}
How it is measured:

- Every export is a fresh Python process; times are medians of {args.repeat} run(s) of the whole
  export as a user waits for it: the map scene built, drawn and the file written (atomically).
- PNG: scale 1 is one image pixel per map pixel; the default scale 2 is capped at 64 megapixels, so
  for a map this large it is only a little larger than scale 1. Written with zlib level 1 (about 1 %
  larger than the default level, half the time).
- SVG and PDF are vector: every card keeps its text (fonts are embedded in the PDF), so their time
  hardly depends on the page size.
- Baseline: `networkx.draw_networkx` (square nodes coloured by stance, names as labels, arrows) and
  matplotlib `savefig` of the same graph and positions, figure creation included, into a figure of
  the same pixel size as our PNG (at {DPI} dpi) and, for SVG and PDF, the scale-1 figure. Our cards
  carry more (title, function, badges, approver seal, five line styles, legend, title), so the ratios
  are an upper bound for like-for-like drawing.
- The target is the issue's (under 3 s, stated for the review brief) applied to each map export.
- Review brief: `gather_brief` (the map read from a SQLite workspace holding the same pursuit, with
  two priorities per person worded as `benchmarks/generate.py` words them, laid out in that layout;
  the priority themes; the assessment; the change log) then `render_brief` (title page, the
  map on a landscape page, the 500-row committee table over landscape pages with its header on
  each, the assessment with repeated findings summed up per code, the changes), timed whole as
  `write_brief` runs it ({split}). No baseline: nothing else draws this document.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each export (median)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    parser.add_argument(
        "--step", choices=sorted(STEPS), help="run one measurement in this process and print it"
    )
    parser.add_argument("--positions", help=argparse.SUPPRESS)
    parser.add_argument("--fmt", choices=["png", "svg", "pdf"], help=argparse.SUPPRESS)
    parser.add_argument("--scale", type=float, default=2.0, help=argparse.SUPPRESS)
    parser.add_argument("--page", default="map", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--size", help=argparse.SUPPRESS)
    parser.add_argument("--layout", default="org", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.step:
        print(json.dumps(STEPS[args.step](args)))
        return 0

    info = _report.machine()
    print(f"bench_exports: 500-person map, {args.repeat} run(s) of each export")
    with tempfile.TemporaryDirectory(prefix="consensus-bench-exports-") as scratch:
        folder = Path(scratch)
        args.positions = str(folder / "positions.json")
        _positions(Path(args.positions))
        results = measure(args, folder)
    section = render(args, results, info)
    _report.publish(SECTION, section, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
