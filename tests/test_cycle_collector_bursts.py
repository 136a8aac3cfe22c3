"""The cycle collector waits during an assessment and runs as usual again after it, even when
assessments in two workers overlap (core/cycle_collector.fewer_collections)."""

from __future__ import annotations

import gc
import threading
from datetime import date

from consensus_app.core.analytics.assessment import assess
from consensus_app.core.cycle_collector import BURST_THRESHOLDS, fewer_collections
from consensus_app.core.pursuit_map import EdgeKind
from tests.analytics_maps import committee, person


def test_an_assessment_leaves_the_collector_as_it_found_it() -> None:
    before = gc.get_threshold()
    group = committee(
        [person(1, stance=2, approver=True), person(2, stance=-1), person(3, manager=1)],
        [(1, 2, EdgeKind.INFLUENCES)],
    )
    assert assess(group, date(2026, 1, 1)).assessable
    assert gc.get_threshold() == before


def test_overlapping_bursts_restore_the_thresholds_when_the_last_one_ends() -> None:
    before = gc.get_threshold()
    first_inside = threading.Event()
    second_done = threading.Event()
    seen: list[tuple[int, int, int]] = []

    def first() -> None:
        with fewer_collections():
            first_inside.set()
            second_done.wait(5)
            seen.append(gc.get_threshold())  # the other burst ended first: still raised

    worker = threading.Thread(target=first)
    worker.start()
    first_inside.wait(5)
    with fewer_collections():
        seen.append(gc.get_threshold())
    second_done.set()
    worker.join(5)
    assert seen == [BURST_THRESHOLDS, BURST_THRESHOLDS]
    assert gc.get_threshold() == before


def test_an_error_inside_still_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    try:
        with fewer_collections():
            raise ValueError("a map that cannot be assessed")
    except ValueError:
        pass
    assert gc.get_threshold() == before
