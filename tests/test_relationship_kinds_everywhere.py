"""Every relationship kind is handled everywhere a kind matters, from one registry entry.

A kind added to `models.RelationshipKind` (or to the map's `EdgeKind`) without an entry in
core/relationship_kinds.py fails `test_every_kind_has_a_registry_entry`, and every consumer
below then raises `UnknownRelationshipKind` naming it (`test_an_unknown_kind_is_refused_by_name`
shows it with a made-up kind): nothing draws it as another kind or leaves it out silently.
One without a migration for the database's CHECK constraint, or without the JSON Schema's
enum, fails the import test below.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from consensus_app.core.analytics.graphs import build_graphs
from consensus_app.core.committee_view import committee_view
from consensus_app.core.interchange import check_document
from consensus_app.core.layouts import compute_layout
from consensus_app.core.pursuit_map import EdgeKind, MapEdge, PursuitMap, build_pursuit_map
from consensus_app.core.relationship_kinds import (
    RELATIONSHIP_KINDS,
    Closeness,
    UnknownRelationshipKind,
    kind_info,
    stored_kinds,
)
from consensus_app.exporters.deck.colors import LINE_STYLES
from consensus_app.exporters.deck.map_shapes import legend_lines
from consensus_app.exporters.graph_export import pursuit_graph
from consensus_app.exporters.interchange_json import export_document
from consensus_app.exporters.pursuit_data import export_graph
from consensus_app.resources import INTERCHANGE_SCHEMA, resource_path
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.workspace import Workspace
from consensus_app.ui.dialogs import choose_relationship_kind, relationship_menu
from consensus_app.ui.map import MapScene, palette
from consensus_app.ui.map.legend import _columns as legend_columns
from models import RelationshipKind
from tests.acceptance_kit import context_menu_choice

NAMES = [
    "김민준", "이서연", "박지호", "佐藤 美咲", "高橋 健太", "田中 陽子", "پریسا رحیمی", "علی محمدی",
    "Øystein Bråten", "Ingrid Løvås", "Dewi Kusumawati", "Nur Aini", "Dana Ruiz", "Lee Park",
]  # fmt: skip
FUNCTIONS = ["finance", "it", "operations", "procurement", "legal", "security", "executive"]


def missing_registry_entries(kinds: Iterable[str]) -> list[str]:
    return [str(kind) for kind in kinds if str(kind) not in RELATIONSHIP_KINDS]


def test_every_kind_has_a_registry_entry() -> None:
    assert missing_registry_entries(RelationshipKind) == []
    assert missing_registry_entries(EdgeKind) == []
    # The registry has no stale entries either: stored kinds are the enum, plus the reporting line.
    assert [info.code for info in stored_kinds()] == sorted(
        RelationshipKind, key=list(RELATIONSHIP_KINDS).index
    )
    assert set(EdgeKind) == set(RELATIONSHIP_KINDS) == {*RelationshipKind, "reports_to"}
    for info in RELATIONSHIP_KINDS.values():
        assert info.label and info.help and info.legend and info.export_name
        assert "{a}" in info.sentence and "{b}" in info.sentence
        assert (info.line.end.value != "none") == info.directed  # arrows only on directed lines


def test_the_checker_catches_a_kind_added_without_an_entry() -> None:
    """The same check with one more member, as if someone added 'mentors' to the enum only."""
    extended = StrEnum(
        "RelationshipKind", {k.name: k.value for k in RelationshipKind} | {"MENTORS": "mentors"}
    )
    assert missing_registry_entries(extended) == ["mentors"]  # type: ignore[arg-type]


def test_an_unknown_kind_is_refused_by_name(qtbot: QtBot) -> None:
    with pytest.raises(UnknownRelationshipKind, match=r"'mentors'.*relationship_kinds\.py"):
        kind_info("mentors")
    stray = MapEdge(2, 3, "mentors", 2, 7)  # type: ignore[arg-type]
    pursuit_map = _small_map([stray])
    for consumer in (build_graphs, pursuit_graph, lambda m: compute_layout("influence", m)):
        with pytest.raises(UnknownRelationshipKind, match="mentors"):
            consumer(pursuit_map)
    with pytest.raises(UnknownRelationshipKind, match="mentors"):
        committee_view(pursuit_map)


def _small_map(edges: list[MapEdge]) -> PursuitMap:
    from tests.analytics_maps import person

    # Big enough that the committee view leaves people off (it shows small accounts whole).
    return PursuitMap(1, 1, "test", [person(i, member=i < 3) for i in range(1, 31)], edges)


# --- a realistic account: 42 people in four scripts, every kind between them ------------------


def _document() -> dict[str, Any]:
    people = [
        {
            "id": f"s-{i}",
            "name": f"{NAMES[i % len(NAMES)]} {i}",
            "function": FUNCTIONS[i % len(FUNCTIONS)],
            **({"reports_to": f"s-{(i - 1) // 4}"} if i else {}),
        }
        for i in range(42)
    ]
    ties = [
        {"id": f"r-{kind.value}", "source": f"s-{n + 5}", "target": f"s-{n + 20}", "kind": kind.value}
        for n, kind in enumerate(RelationshipKind)
    ]
    seats = [{"id": f"m-{i}", "stakeholder": f"s-{i}", "stance": (i % 5) - 2} for i in range(3, 30)]
    account = {
        "id": "nordlys",
        "name": "Nordlys Energi",
        "stakeholders": people,
        "relationships": ties,
        "pursuits": [{"id": "opp-1", "name": "Grid analytics", "committee": seats}],
    }
    return {"format": "consensus-map", "version": 1, "accounts": [account]}


def _schema_kinds() -> list[str]:
    schema = json.loads(resource_path(*INTERCHANGE_SCHEMA).read_text(encoding="utf-8"))
    return list(schema["$defs"]["relationship"]["properties"]["kind"]["enum"])


@pytest.fixture
def nordlys(workspace: Workspace) -> tuple[Workspace, PursuitMap]:
    # The JSON Schema and the database's CHECK constraint (as migrated) accept every kind.
    import_document(workspace, check_document(_document()))
    account = workspace.repos.accounts.list()[0]
    pursuit = workspace.repos.pursuits.for_account(account.id)[0]
    return workspace, build_pursuit_map(workspace.repos.accounts.snapshot(account.id), pursuit.id)


def _ties(pursuit_map: PursuitMap) -> dict[str, MapEdge]:
    return {edge.kind.value: edge for edge in pursuit_map.edges if edge.relationship_id is not None}


@pytest.mark.engines("sqlite", "postgresql")  # each engine's CHECK constraint, as migrated
def test_the_schema_and_the_database_take_every_stored_kind(nordlys: tuple[Workspace, PursuitMap]) -> None:
    workspace, pursuit_map = nordlys
    assert sorted(_schema_kinds()) == sorted(RelationshipKind) == sorted(i.code for i in stored_kinds())
    saved = {r.kind for r in workspace.repos.relationships.for_account(pursuit_map.account_id)}
    assert saved == set(RelationshipKind)
    assert set(_ties(pursuit_map)) == set(RelationshipKind)


def test_the_analytics_and_the_influence_layout_weigh_every_kind(
    nordlys: tuple[Workspace, PursuitMap],
) -> None:
    _workspace, pursuit_map = nordlys
    graphs = build_graphs(pursuit_map)
    for code, edge in _ties(pursuit_map).items():
        info = kind_info(code)
        a, b = edge.source_id, edge.target_id
        assert graphs.conflicts.has_edge(a, b) == (info.closeness is Closeness.CONFLICT), code
        assert graphs.ties.has_edge(a, b) == (info.closeness is Closeness.TIE), code
        assert graphs.sway.has_edge(a, b) == (info.sway_forward > 0), code
        assert graphs.sway.has_edge(b, a) == (info.sway_backward > 0), code
    positions = compute_layout("influence", pursuit_map)
    assert set(positions) == {node.stakeholder_id for node in pursuit_map.nodes}
    committee_view(pursuit_map)  # decides who off the committee to show, from every kind


def test_every_kind_reaches_the_export_files(nordlys: tuple[Workspace, PursuitMap], tmp_path: Path) -> None:
    workspace, pursuit_map = nordlys
    path = export_graph(workspace, pursuit_map.pursuit_id, tmp_path / "map.graphml", "graphml")
    written = {(data["kind"], data["directed"]) for _a, _b, data in nx.read_graphml(path).edges(data=True)}
    assert written == {(info.export_name, info.directed) for info in RELATIONSHIP_KINDS.values()}
    document = export_document(workspace)
    assert {tie["kind"] for tie in document["accounts"][0]["relationships"]} == set(RelationshipKind)
    deck_key = " ".join(text for text, _colour, _bold in legend_lines())
    for kind in EdgeKind:
        assert LINE_STYLES[kind].label in deck_key
        assert "#" + LINE_STYLES[kind].color == palette.EDGE_STYLES[kind].color


def test_the_map_draws_and_explains_every_kind(nordlys: tuple[Workspace, PursuitMap], qtbot: QtBot) -> None:
    _workspace, pursuit_map = nordlys
    scene = MapScene()
    scene.set_map(pursuit_map, compute_layout("org", pursuit_map))
    drawn = {item.kind: item for item in scene.edge_items()}
    assert set(drawn) == set(EdgeKind)
    names = {node.stakeholder_id: node.name for node in pursuit_map.nodes}
    for kind, item in drawn.items():
        info = kind_info(kind)
        sentence = info.sentence.format(a=names[item.edge.source_id], b=names[item.edge.target_id])
        assert item.tooltip().startswith(sentence)
        assert item.style.label == info.legend
        assert (item.style.arrow is not None) == info.directed
    legend = [label for _title, entries in legend_columns() for _sample, label in entries]
    assert [label for label in legend if label in {i.legend for i in RELATIONSHIP_KINDS.values()}] == [
        info.legend for info in RELATIONSHIP_KINDS.values()
    ]


def test_the_tie_menus_offer_every_stored_kind(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    menu, choices = relationship_menu(parent, RelationshipKind.ALLIES, 2)
    assert [a.objectName() for a in menu.actions() if a.isChecked()] == ["tie-kind-allies", "tie-strength-2"]
    offered = {value: action.text() for action, (what, value) in choices.items() if what == "kind"}
    assert offered == {kind: f"{kind_info(kind).label} — {kind_info(kind).help}" for kind in RelationshipKind}
    for kind in RelationshipKind:  # the drop-point menu, each choice picked in turn
        with context_menu_choice(monkeypatch, f"new-tie-{kind.value}") as shown:
            assert choose_relationship_kind(parent, parent.pos()) is kind
        assert [action.text() for action in shown[0].actions()] == list(offered.values())
