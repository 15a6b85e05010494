"""Build QE backends from ``NAME[:ARG]`` specs (``builtin``, ``sacrebleu``, ``comet:PATH``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from audit.qe.base import QEBackend


class BackendError(Exception):
    """A backend cannot be built (unknown name, missing model or package)."""


def _builtin(arg: str | None, options: dict[str, Any]) -> QEBackend:
    from audit.qe.builtin import BuiltinBackend

    return BuiltinBackend()


FACTORIES: dict[str, Callable[[str | None, dict[str, Any]], QEBackend]] = {
    "builtin": _builtin,
}


def make_backends(specs: list[str], options: dict[str, Any] | None = None) -> list[QEBackend]:
    """One backend per spec, in order; unknown names raise BackendError."""
    out = []
    for spec in specs:
        name, _, arg = spec.partition(":")
        name = name.strip().lower()
        if name in ("", "none"):
            continue
        if name not in FACTORIES:
            raise BackendError(f"unknown QE backend {name!r} (known: {', '.join(sorted(FACTORIES))})")
        out.append(FACTORIES[name](arg or None, options or {}))
    return out
