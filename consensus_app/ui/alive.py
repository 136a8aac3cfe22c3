"""Slots for results that arrive after their receiver may be gone.

A worker's result reaches the GUI thread queued; by then the dialog or window that asked for it
may have been closed and deleted, and calling into it would raise RuntimeError. `if_alive`
wraps a slot so it runs only while its owner's C++ object still exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec

from PySide6.QtCore import QObject
from shiboken6 import isValid

P = ParamSpec("P")


def if_alive(owner: QObject, slot: Callable[P, object]) -> Callable[P, None]:
    """`slot`, called only while `owner` has not been deleted."""

    def call(*args: P.args, **kwargs: P.kwargs) -> None:
        if isValid(owner):
            slot(*args, **kwargs)

    return call
