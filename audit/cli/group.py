"""The ``audit`` command group; SIGTERM and SIGHUP end a run as Ctrl-C does."""

from __future__ import annotations

import signal
from typing import NoReturn

import click

from audit import __version__


class JourneyGroup(click.Group):
    """``audit --help`` lists the commands in the order a review goes (click sorts them by name: apply first)."""

    ORDER = ("run", "show", "apply", "rules")

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = super().list_commands(ctx)
        return sorted(names, key=lambda n: (self.ORDER.index(n) if n in self.ORDER else len(self.ORDER), n))


@click.group(cls=JourneyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mt-audit")
def main() -> None:
    """mt-audit: audit machine-translated text, score and rank segments, report for post-editors."""
    _exit_cleanly_on_terminate()


def _terminated(signum: int, frame: object) -> NoReturn:
    raise SystemExit(128 + signum)  # unwinds: the temporary output folder is removed, the outputs stay as they were


def _exit_cleanly_on_terminate() -> None:
    """SIGTERM (``kill``, ``timeout``, a CI runner's cancel) and SIGHUP end the run as Ctrl-C does: through the
    cleanup of the atomic writes, which the default action (an immediate exit) would skip, leaving a hidden
    ``.mt-audit-*`` folder in --out. The status is the shell's 128 + signal number."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminated)
