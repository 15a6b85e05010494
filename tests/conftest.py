"""Shared test fixtures: paths of the bundled corpus and of the optional shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# ../shared/data beside the checkout; $MT_AUDIT_SHARED_DATA overrides it (e.g. for a git worktree)
SHARED_DATA = Path(os.environ.get("MT_AUDIT_SHARED_DATA", ROOT.parent / "shared" / "data"))
MT_DOCS = ("000_", "002_", "003_")
HUMAN_DOCS = ("001_", "004_")


@pytest.fixture
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA
