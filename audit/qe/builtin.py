"""The built-in QE score: no download, deterministic, in [0, 1] (1 = looks like good Vietnamese).

First version: derived from the rule findings alone (``exp(-penalty per word * K)``).
"""

from __future__ import annotations

import math
from typing import ClassVar

from audit.qe.base import QEBackend, QEItem
from audit.rank import penalty


class BuiltinBackend(QEBackend):
    name: ClassVar[str] = "builtin"
    in_worker: ClassVar[bool] = True

    def score(self, items: list[QEItem]) -> list[dict[str, float]]:
        return [{"builtin": round(math.exp(-10.0 * penalty(it.findings) / max(1, it.words)), 4)} for it in items]

    def to_quality(self, name: str, value: float) -> float | None:
        return value if name == "builtin" else None
