"""Progress and cancel for theme finding: a `CancellableRun` that raises `ThemesCancelled`."""

from __future__ import annotations

from consensus_app.core.cancellable import CancellableRun, Cancelled, ProgressCallback, StopCallback


class ThemesCancelled(Cancelled):  # not an error: the user asked for it
    """Raised inside `find_themes` when its `should_stop` callback returned True.

    A subclass of `Cancelled`, so a worker that treats any cancelled computation as
    "stopped, nothing to show" treats a cancelled clustering the same way.
    """


class ThemesRun(CancellableRun):
    cancelled = ThemesCancelled


def make_run(progress: ProgressCallback | None, should_stop: StopCallback | None) -> ThemesRun:
    return ThemesRun(progress, should_stop)
