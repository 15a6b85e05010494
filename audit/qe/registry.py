"""Build QE backends from ``NAME[:ARG]`` specs (``builtin``, ``sacrebleu[:postedit]``, ``comet:PATH_OR_NAME``).

``options`` carries the run-wide settings a backend may use: ``device`` (cpu|cuda),
``batch_size`` and ``cache`` (the SQLite score cache path, or None for the default).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from audit.qe.base import QEBackend


class BackendError(Exception):
    """A backend cannot be built (unknown name, missing model or package)."""


def _builtin(arg: str | None, options: dict[str, Any]) -> QEBackend:
    from audit.qe.builtin import BuiltinBackend

    if arg is not None:
        raise BackendError(f"builtin:{arg}: the builtin backend takes no option (--qe builtin)")
    return BuiltinBackend()


def _sacrebleu(arg: str | None, options: dict[str, Any]) -> QEBackend:
    from audit.qe.sacrebleu_backend import SacrebleuBackend

    if arg not in (None, "postedit", "pe", "hter"):
        raise BackendError(f"sacrebleu:{arg}: the only option is 'postedit' (references are post-edits; TER as HTER)")
    return SacrebleuBackend(postedit=arg is not None)


def _comet(arg: str | None, options: dict[str, Any]) -> QEBackend:
    from audit.qe.comet_backend import CometBackend

    if not arg:
        raise BackendError(
            "comet needs a model: --qe comet:PATH (a checkpoint .ckpt or a downloaded model directory)"
            " or --qe comet:NAME (e.g. Unbabel/wmt22-cometkiwi-da, already in the local Hugging Face cache)"
        )
    return CometBackend(
        arg,
        device=options.get("device", "cpu"),
        batch_size=int(options.get("batch_size", 16)),
        cache_path=options.get("cache"),
        max_tokens=options.get("max_tokens"),
    )


FACTORIES: dict[str, Callable[[str | None, dict[str, Any]], QEBackend]] = {
    "builtin": _builtin,
    "sacrebleu": _sacrebleu,
    "comet": _comet,
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
