"""Reporting lines: a stakeholder's `reports_to` chain must never loop back."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def find_reporting_cycle(reports_to: Mapping[K, K | None]) -> list[K] | None:
    """Return one cycle in the person -> manager mapping as [a, b, ..., a], or None.

    Each chain is walked once (colouring), so this is linear in the number of people.
    A manager that is not itself a key ends the chain.
    """
    done: set[K] = set()
    for start in reports_to:
        if start in done:
            continue
        path: list[K] = []
        on_path: dict[K, int] = {}
        node: K | None = start
        while node is not None and node not in done:
            if node in on_path:
                return [*path[on_path[node] :], node]
            on_path[node] = len(path)
            path.append(node)
            node = reports_to.get(node)
        done.update(path)
    return None


def would_create_cycle(reports_to: Mapping[K, K | None], person: K, new_manager: K | None) -> list[K] | None:
    """The cycle that making `new_manager` the manager of `person` would close, or None."""
    if new_manager is None:
        return None
    chain = [person]
    node: K | None = new_manager
    seen: set[K] = set()
    while node is not None and node not in seen:
        chain.append(node)
        if node == person:
            return chain
        seen.add(node)
        node = reports_to.get(node)
    return None
