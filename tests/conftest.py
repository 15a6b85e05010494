"""Shared test fixtures: paths of the bundled corpus and of the optional shared data, the optional XLIFF 2.0 schema."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# ../shared/data beside the repository, or $MT_AUDIT_SHARED_DATA (e.g. from a git worktree elsewhere).
SHARED_DATA = Path(os.environ.get("MT_AUDIT_SHARED_DATA") or ROOT.parent / "shared" / "data")
MT_DOCS = ("000_", "002_", "003_")
# The day the rules count as today (audit.clock), fixed for the tests as the day their expectations were last
# checked against the calendar: a story's date after it is a plan, an office holder is read as of it. Without it,
# tests of dated stories would change outcome as the calendar moves on. Set MT_AUDIT_AS_OF to try another day.
os.environ.setdefault("MT_AUDIT_AS_OF", "2026-11-28")
HUMAN_DOCS = ("001_", "004_")


@pytest.fixture
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture
def xliff2_schema(tmp_path: Path) -> object:
    """The OASIS XLIFF 2.0 core schema with the ITS and metadata modules (an ``lxml.etree.XMLSchema``), from the
    folder $MT_AUDIT_XLIFF_SCHEMAS names (the schemas are not shipped); the test is skipped without it."""
    from lxml import etree

    folder = os.environ.get("MT_AUDIT_XLIFF_SCHEMAS")
    if not folder or not (Path(folder) / "xliff_core_2.0.xsd").is_file():
        pytest.skip("set MT_AUDIT_XLIFF_SCHEMAS to the OASIS XLIFF 2.0 schemas folder to validate")
    where = Path(folder).resolve().as_uri()
    wrapper = tmp_path / "both.xsd"
    wrapper.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:wrapper">'
        f'<xs:import namespace="urn:oasis:names:tc:xliff:document:2.0" schemaLocation="{where}/xliff_core_2.0.xsd"/>'
        f'<xs:import namespace="http://www.w3.org/2005/11/its" schemaLocation="{where}/its.xsd"/>'
        f'<xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0" schemaLocation="{where}/metadata.xsd"/>'
        "</xs:schema>",
        encoding="utf-8",
    )
    return etree.XMLSchema(etree.parse(str(wrapper)))
