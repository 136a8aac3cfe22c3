"""One pursuit's data to a file, from the workspace: what the formats' writers call.

The export formats themselves (names, suffixes, who writes them) are listed once, in
exporters/formats.py; `DataFormat` is only the file type these two functions write.

export_tables(workspace, pursuit_id, "committee.csv", DataFormat.CSV, [TableName.COMMITTEE])
export_tables(workspace, pursuit_id, "review.xlsx", DataFormat.XLSX)       # every table
export_graph(workspace, pursuit_id, "map.graphml", DataFormat.GRAPHML)
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from consensus_app.core.pursuit_map import build_pursuit_map
from consensus_app.exporters.csv_export import write_csv
from consensus_app.exporters.graph_export import pursuit_graph, write_gexf, write_graphml
from consensus_app.exporters.pursuit_tables import TableName, pursuit_tables
from consensus_app.exporters.xlsx_export import write_xlsx
from consensus_app.storage.workspace import Workspace
from models.snapshot import AccountSnapshot


class DataFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    GRAPHML = "graphml"
    GEXF = "gexf"


def _snapshot(workspace: Workspace, pursuit_id: int) -> AccountSnapshot:
    pursuit = workspace.repos.pursuits.get(pursuit_id)
    return workspace.repos.accounts.snapshot(pursuit.account_id)


def export_tables(
    workspace: Workspace,
    pursuit_id: int,
    path: Path | str,
    fmt: DataFormat | str,
    tables: list[TableName] | None = None,
) -> Path:
    """The committee and priorities tables: CSV holds one (the first asked for, else the committee),
    XLSX a sheet per table (all of them when `tables` is None)."""
    fmt = DataFormat(fmt)
    snapshot = _snapshot(workspace, pursuit_id)
    if fmt is DataFormat.CSV:
        return write_csv(pursuit_tables(snapshot, pursuit_id, (tables or [TableName.COMMITTEE])[:1])[0], path)
    if fmt is DataFormat.XLSX:
        pursuit = next(p for p in snapshot.pursuits if p.id == pursuit_id)
        title = f"{snapshot.account.name} — {pursuit.name}"
        return write_xlsx(pursuit_tables(snapshot, pursuit_id, tables), path, title=title)
    raise ValueError(f"{fmt.value} is not a table format")


def export_graph(workspace: Workspace, pursuit_id: int, path: Path | str, fmt: DataFormat | str) -> Path:
    """The pursuit's map as GraphML or GEXF, with every attribute (see graph_export)."""
    fmt = DataFormat(fmt)
    snapshot = _snapshot(workspace, pursuit_id)
    graph = pursuit_graph(
        build_pursuit_map(snapshot, pursuit_id), {r.id: r.key for r in snapshot.relationships}
    )
    if fmt is DataFormat.GRAPHML:
        return write_graphml(graph, path)
    if fmt is DataFormat.GEXF:
        return write_gexf(graph, path)
    raise ValueError(f"{fmt.value} is not a graph format")
