"""A progress bar on standard error for runs that last longer than a second.

It is a callback for :func:`audit.pipeline.run` (``progress(files_done, files_total,
segments)``); it draws nothing until one second has passed, and nothing at all when
standard error is not a terminal.
"""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text

DELAY_S = 1.0


class _Rates(ProgressColumn):
    """Documents (files) and segments per second."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if elapsed <= 0:
            return Text("")
        segs = task.fields.get("segments", 0)
        return Text(f"{task.completed / elapsed:,.0f} docs/s · {segs / elapsed:,.0f} seg/s", style="cyan")


class RunProgress:
    """Context manager and callback: ``with RunProgress() as p: run(..., progress=p)``."""

    def __init__(self, enabled: bool = True, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.enabled = enabled and self.console.is_terminal
        self.t0 = time.monotonic()
        self._progress: Progress | None = None
        self._task = None

    def __enter__(self) -> RunProgress:
        self.t0 = time.monotonic()
        return self

    def __call__(self, done: int, total: int, segments: int) -> None:
        if not self.enabled:
            return
        if self._progress is None:
            if time.monotonic() - self.t0 < DELAY_S or done >= total:
                return
            self._progress = Progress(
                TextColumn("auditing"),
                BarColumn(),
                MofNCompleteColumn(),
                _Rates(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=self.console,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("audit", total=total, segments=0)
            # count the time already spent, so rates and ETA are right from the start
            self._progress.tasks[0].start_time = self._progress.get_time() - (time.monotonic() - self.t0)
        assert self._task is not None
        self._progress.update(self._task, completed=done, total=total, segments=segments)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
