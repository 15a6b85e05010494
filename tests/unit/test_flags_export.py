"""A segment's flags (PO ``fuzzy``, SDLXLIFF ``origin:mt`` …) in the CSV and XLIFF exports, read from real files."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from audit.report.csv_export import COLUMNS

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"
SDL = FORMATS / "ban-tin-cang.vi.sdlxliff"  # Trados Studio: conf/origin/percent/locked per segment
PO = FORMATS / "dat-phong.vi.po"  # gettext: two entries marked fuzzy
MDA = "{urn:oasis:names:tc:xliff:metadata:2.0}"
XLF = "{urn:oasis:names:tc:xliff:document:2.0}"


def audit(*args: str) -> None:
    r = subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert r.returncode in (0, 1), r.stderr


def segments(run_dir: Path) -> list[dict]:
    return [json.loads(line) for line in (run_dir / "segments.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("in")
    for f in (SDL, PO):
        shutil.copy(f, src / f.name)
    out = src.parent / "out"
    audit("run", str(src), "--out", str(out), "--quiet", "--no-html", "--export", "csv", "--export", "xliff")
    return out


def test_csv_flags_column_keeps_its_place_and_matches_the_segments(run_dir: Path) -> None:
    with (run_dir / "findings.csv").open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert reader.fieldnames == list(COLUMNS)
    assert COLUMNS.index("flags") == 18 and COLUMNS[:3] == (
        "doc",
        "record",
        "segment",
    )  # older columns keep their place
    by_segment = {(s["doc"], s["segment"]): s.get("flags", []) for s in segments(run_dir)}
    assert rows
    for r in rows:
        assert r["flags"] == "; ".join(by_segment[r["doc"], int(r["segment"])])
    po = [r for r in rows if r["doc"] == PO.name]
    assert {r["flags"] for r in po} == {"fuzzy", ""}  # a fuzzy entry's findings say so; the others are empty
    sdl = {r["record"]: r["flags"] for r in rows if r["doc"] == SDL.name}
    # the engine's name holds a space: the "; " separator keeps it one flag
    assert sdl["a03/3"] == "conf:Draft; origin:mt; origin-system:Neural MT"
    assert sdl["a04/5"] == "conf:Draft; origin:mt; percent:85"
    mt_rows = [r for r in rows if "origin:mt" in r["flags"].split("; ")]  # what a spreadsheet filter does
    assert mt_rows and all(r["doc"] == SDL.name for r in mt_rows)


def test_xliff_export_carries_flags_as_metadata_and_in_the_note(run_dir: Path) -> None:
    root = etree.parse(str(run_dir / "report.xlf")).getroot()
    units = [u for f in root.iter(f"{XLF}file") for u in f.iter(f"{XLF}unit")]
    segs = segments(run_dir)
    assert len(units) == len(segs)
    assert ["fuzzy"] in [s.get("flags") for s in segs] and any(not s.get("flags") for s in segs)
    for unit, seg in zip(units, segs, strict=True):
        flags = seg.get("flags", [])
        metas = unit.findall(f"{MDA}metadata/{MDA}metaGroup/{MDA}meta")
        assert [m.text for m in metas] == flags
        assert all(m.get("type") == "flag" for m in metas)
        note = unit.find(f"{XLF}notes/{XLF}note").text
        assert ("flags: " in note) == bool(flags)
        if flags:
            assert unit[0].tag == f"{MDA}metadata"  # modules come before <notes> and <segment> (XLIFF 2.0 core)
            group = unit.find(f"{MDA}metadata/{MDA}metaGroup")
            assert group.get("category") == "mt-audit:flags" and group.get("appliesTo") == "target"
            assert note.endswith(f"flags: {', '.join(flags)}")


def test_xliff_export_reads_back_with_its_flags(run_dir: Path, tmp_path: Path) -> None:
    shutil.copy(run_dir / "report.xlf", tmp_path / "report.xlf")
    audit("run", str(tmp_path / "report.xlf"), "--out", str(tmp_path / "rt"), "--quiet", "--no-html")
    before = segments(run_dir)
    after = segments(tmp_path / "rt")
    assert [s["text"] for s in after] == [s["text"] for s in before]
    assert [s.get("flags", []) for s in after] == [s.get("flags", []) for s in before]


def test_a_plain_xliff_2_unit_has_no_flags(tmp_path: Path) -> None:
    """Only mt-audit's own metaGroup is read as flags: another tool's metadata is not."""
    (tmp_path / "x.xlf").write_text(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" '
        'version="2.0" srcLang="en" trgLang="vi"><file id="f1"><unit id="u1">'
        '<mda:metadata><mda:metaGroup category="cms"><mda:meta type="flag">page:home</mda:meta></mda:metaGroup>'
        "</mda:metadata><segment><source>Opening hours in Ninh Binh</source>"
        "<target>Giờ mở cửa ở Ninh Bình</target></segment></unit></file></xliff>\n",
        encoding="utf-8",
    )
    audit("run", str(tmp_path / "x.xlf"), "--out", str(tmp_path / "o"), "--quiet", "--no-html")
    assert [s.get("flags", []) for s in segments(tmp_path / "o")] == [[]]


def test_readme_lists_the_csv_columns_in_order() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ", ".join(f"`{c}`" for c in COLUMNS) in " ".join(readme.split())
