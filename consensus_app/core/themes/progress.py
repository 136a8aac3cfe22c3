"""Progress and cancel for theme finding: the layouts' `Run`, raising `ThemesCancelled`."""

from __future__ import annotations

from consensus_app.core.layout_common import LayoutCancelled, ProgressCallback, Run, StopCallback


class ThemesCancelled(LayoutCancelled):  # not an error: the user asked for it
    """Raised inside `find_themes` when its `should_stop` callback returned True.

    A subclass of `LayoutCancelled`, so a worker that already treats a cancelled layout as
    "stopped, nothing to show" treats a cancelled clustering the same way.
    """


class ThemesRun(Run):
    def check(self) -> None:
        if self._should_stop is not None and self._should_stop():
            raise ThemesCancelled

    def stage(self, start: float, end: float) -> ThemesRun:
        return ThemesRun(lambda fraction: self.report(start + (end - start) * fraction), self._should_stop)


def make_run(progress: ProgressCallback | None, should_stop: StopCallback | None) -> ThemesRun:
    return ThemesRun(progress, should_stop)
