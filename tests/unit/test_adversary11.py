"""The eleventh adversary held-out set (tests/data/adversary11): the formats added this session (SubRip, WebVTT,
gettext PO, XLIFF 1.2 inline codes) on machine-translated content. Human-quality files must get no major or
critical finding; the MT files are scored against their annotations (tests/data/adversary11/README.md lists every
miss and its cause)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings

from audit.api import audit_text
from audit.model import Severity

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary11"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix != ".json")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

BLIND_MISSES = [
    "02_tom_ca_mau.vtt: C106 'Jinou'",
    "02_tom_ca_mau.vtt: N109 'Li Zaiming'",
    "02_tom_ca_mau.vtt: T307 '28 vạn'",
    "02_tom_ca_mau.vtt: F106 'còn'",
    '03_ve_xe_khach.vi.po: L102 "Children under five travel free on a parent\'s lap."',
    "04_thoi_tiet.vi.po: L101 'dark mode'",
    "05_bao_tang.vi.xlf: F111 'trước trước'",
]
# left alone (README): 'Jinou' without a place word is gated; 'Li Zaiming' is found by N108 with the right fix;
# whole '28 vạn' is Vietnamese too; F106 flags 'còn thương'; 'dark mode' is a loan; 'trước trước nữa' is Vietnamese
MISSES_AFTER_FIX = [m for m in BLIND_MISSES if "L102" not in m]


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".srt", ".po", ".xlf"]
    assert [p.suffix for p in MT] == [".srt", ".vtt", ".po", ".po", ".xlf"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_quality_files_get_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_quality_files_get_no_finding_at_all() -> None:
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes() -> None:
    """Blind: 41 of 48 planted errors found, 40 with the accepted fix; after the fixes 42 and 41."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 48
    assert found >= 42, missed
    assert fixed >= 41
    assert set(missed) <= set(MISSES_AFTER_FIX) <= set(BLIND_MISSES)


def test_the_stale_fuzzy_entry_is_minor() -> None:
    """The fuzzy entry's number follows the older msgid: gettext does not compile it, so the finding is minor."""
    po = ADVERSARY / "mt" / "03_ve_xe_khach.vi.po"
    stale = [f for d, f in findings_of(po) if "fuzzy" in (d.segments[f.segment].flags or ())]
    assert [(f.rule, f.text, f.severity) for f in stale] == [("A101", "10", Severity.MINOR)]


def test_no_extra_major_finding_on_mt() -> None:
    """Blind: L101 'is not allowed' inside the untranslated XLIFF unit L102 flags whole; now none."""
    extra = []
    for path in MT:
        spans = {(n["rule"], n["span"]) for n in json.loads(path.with_suffix(".json").read_text("utf-8"))["expected"]}
        extra += [
            (path.name, f.rule, f.text)
            for _, f in findings_of(path)
            if (f.rule, f.text) not in spans and f.severity >= Severity.MAJOR
        ]
    # the planted '<b>' → '<i>' has its closing tag flagged too; 'Li Zaiming' (annotated N109) is N108's
    assert extra == [
        ("02_tom_ca_mau.vtt", "N108", "Li Zaiming"),
        ("04_thoi_tiet.vi.po", "A110", "</i>"),
    ]


# ---------------------------------------------------------------- the fixes, on sentences not in the set


def _found(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


def test_an_english_sentence_langdetect_is_unsure_of() -> None:
    """langdetect gives 'en' below 0.9 for some short sentences; six lowercase words all English decide it."""
    fires = "Dogs under ten kilos travel free in their owner's bag."
    assert _found(fires, "L102") == [fires]
    quiet = (
        "Chó dưới mười ký được đi miễn phí trong túi của chủ.",
        "Il n'y a pas d'autobus aujourd'hui pour l'aéroport de la ville.",
        "Arsenal, Chelsea, Liverpool và Tottenham đều thắng ở vòng này.",
    )
    assert [t for t in quiet if _found(t, "L102")] == []


def test_no_english_word_inside_a_segment_flagged_whole() -> None:
    """A Vietnamese place in an English sentence ('… in the Mỹ Sơn hall.') is L102's whole, not L101's words."""
    text = "Visitors may not touch the statues in the Mỹ Sơn hall."
    assert [(f.rule, f.text) for f in audit_text(text, select=["L101", "L102"])] == [("L102", text)]
    assert _found("Hai bên đã officially ký kết hiệp định tại Đà Nẵng.", "L101") == ["officially"]
