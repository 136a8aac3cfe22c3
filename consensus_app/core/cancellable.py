"""Progress and cancel for long computations that may run in a worker: layouts, themes, exports.

The worker passes two callbacks: `progress(fraction)` with 0..1, and `should_stop()`, polled
inside the loops. When it returns True the computation raises `Cancelled`, which a worker treats
as "stopped, nothing to show" rather than as an error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Self

ProgressCallback = Callable[[float], None]
StopCallback = Callable[[], bool]


class Cancelled(Exception):  # not an error: the user asked for it
    """Raised inside a computation when its `should_stop` callback returned True."""


class CancellableRun:
    """Progress reporting and cancellation for one computation (Orange3's `state`).

    Progress is clamped to 0..1 and never goes backwards, whatever the stages report.
    A subclass may raise its own subclass of `Cancelled` (`cancelled`).
    """

    cancelled: ClassVar[type[Cancelled]] = Cancelled

    def __init__(self, progress: ProgressCallback | None, should_stop: StopCallback | None) -> None:
        self._progress = progress
        self._should_stop = should_stop
        self._done = 0.0

    def check(self) -> None:
        if self._should_stop is not None and self._should_stop():
            raise self.cancelled

    def report(self, fraction: float) -> None:
        self.check()
        fraction = min(1.0, max(self._done, fraction))
        if self._progress is not None and fraction > self._done:
            self._progress(fraction)
        self._done = fraction

    def stage(self, start: float, end: float) -> Self:
        """A run for one stage of this one, of the same class: its 0..1 maps to start..end here."""
        return type(self)(lambda fraction: self.report(start + (end - start) * fraction), self._should_stop)

    def finish(self) -> None:
        self.report(1.0)
