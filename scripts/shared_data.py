"""Where the shared evaluation data is: ``$MT_AUDIT_SHARED_DATA`` or ``../shared/data`` beside the
repository (also two levels up, for a git worktree). Scripts and benchmarks read it from there and
skip what needs it when it is absent; it is never copied into the project."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_data() -> Path | None:
    """The shared data folder, or None when there is none."""
    env = os.environ.get("MT_AUDIT_SHARED_DATA")
    for cand in [env, ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data"]:
        if cand and Path(cand).is_dir():
            return Path(cand)
    return None
