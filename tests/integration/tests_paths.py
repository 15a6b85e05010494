"""Paths shared by the integration tests (importable: pytest puts this folder on sys.path)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "corpus"
MT_DOCS = ("000_", "002_", "003_")
HUMAN_DOCS = ("001_", "004_")
