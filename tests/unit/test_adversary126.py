"""Adversary held-out set 126 (tests/data/adversary126), round 36's blind set: MT on Japan and Việt Nam (ODA loans
for urban rail, Japanese investors, technical intern trainees), Thailand (tourism, rice export competition, a
minister's visit) and offshore wind and LNG: a JSONL of 10 records with a Chinese source (3 clean), a TSV of 8 rows
with an English source (2 clean), both with a human reference, and a plain-text page translated through Chinese, 24
planted errors; a human HTML page (Thai tourists in Đà Nẵng, Việt Nam–Thailand rice) must stay quiet, every block
annotated chrome or article. Written and annotated before the tool ran on it (6fd6027a); the blind figures are the
floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import (
    audit_folder,
    clean_unit_findings,
    findings_of,
    score_planted,
    serious_findings,
    unplanted_findings,
)
from chrome_lines import page_segments, score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary126"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".tsv", ".txt"))

_RECORDS = "01_nhat_ban_oda_duong_sat_do_thi_thuc_tap_sinh.jsonl"
_ROWS = "02_thai_lan_du_lich_gao_xuat_khau.tsv"
_PAGE = "03_dien_gio_ngoai_khoi_lng_nhat_thai_qua_tieng_trung.txt"
_HUMAN = "01_khach_thai_den_da_nang_gao_viet_thai.html"

# Blind (data at 6fd6027a; main at this branch's base, 2a08e952): 18 of 24 found, 17 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_RECORDS}: C107 'Trú Hữu'",
    f"{_ROWS}: A113 'cổ và cổ'",
    f"{_PAGE}: C101 'Trung-Nhật'",
    f"{_PAGE}: F107 'cho'",
}
# Blind the misses were also C102 'Việt-Ngày' (日 read as 'ngày' in a pair after 'hợp tác') and N102 'Tụng Tát·Sạ Luân
# Quân' (a dotted name after a role in an unnamed company and its country): found after leftovers66's fixes, C102 with
# 'Việt Nam – Nhật Bản' (an en dash where the annotation accepts a hyphen), N102 without a suggestion (an invented
# person)
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def _record_ids(name: str) -> list[str]:
    text = (ADVERSARY / "mt" / name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        records = [json.loads(line) for line in text.splitlines()]
        assert all(sorted(r) == ["id", "mt", "ref", "src"] for r in records)
        return [r["id"] for r in records]
    rows = [line.split("\t") for line in text.splitlines()]
    assert rows[0] == ["id", "src", "mt", "ref"] and all(len(r) == 4 for r in rows)
    return [r[0] for r in rows[1:]]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    for name, size, clean in ((_RECORDS, 10, 3), (_ROWS, 8, 2)):
        units = _notes(name)["units"]
        assert sorted(units) == _record_ids(name)
        assert len(units) == size and sum(u == "clean" for u in units.values()) == clean
        assert sorted(r for u in units.values() if u != "clean" for r in u) == sorted(
            n["rule"] for n in _notes(name)["expected"]
        )
    assert [len(_notes(p.name)["expected"]) for p in MT] == [8, 6, 10]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the Đà Nẵng page ('doanh nghiệp Việt - Thái', 'khách Việt', 'giá gạo
    Thái', 'hàng vạn lượt khách', 'Chủ Nhật, 30/11/2025', 'thứ Năm, 4/12/2025', a Thai name in its own spelling
    after 'bà' and her given name alone, Luang Prabang, a site address)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... and none on its article blocks audited alone as plain text."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a record the annotation calls clean (40,000 riders from 4万, 3.6 billion USD from 36亿,
    Japan as the largest ODA provider; 1.1 million visitors, Bangkok, Pattaya and Phuket)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []
    assert clean_unit_findings(ADVERSARY / "mt" / _ROWS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 18 of 24 found, 17 with the accepted fix (JSONL 6 of 8, 6; TSV 5 of 6, 5; the page 7 of 10, 6: N108
    'Zuoteng Jianyi' found without a suggestion, minor). After leftovers66's fixes 20 of 24, 17 (C102 'Việt-Ngày'
    fixed 'Việt Nam – Nhật Bản' with an en dash, N102 'Tụng Tát·Sạ Luân Quân' without a suggestion)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 24
    assert found >= 20 and fixed >= 17
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after leftovers65 (round 36): C107 'Trú Hữu' (Japan's trading houses, 住友 Sumitomo among them, in companies.tsv)
    # found with 'Sumitomo', A113 'cổ và cổ' ('neck and neck' in en_idioms.tsv) found: 20 of 24, 19 with the fix
    assert found >= 20 and fixed >= 19
    assert set(missed) <= BLIND_MISSES - {f"{_RECORDS}: C107 'Trú Hữu'", f"{_ROWS}: A113 'cổ và cổ'"}, sorted(
        set(missed)
    )
    # both helpers' fixes merged (round 36): 22 of 24, 19 with the fix; left C101 'Trung-Nhật' and F107 'cho'
    assert found >= 22 and fixed >= 19
    # after leftovers70 (round 36): 'hợp tác năng lượng Trung-Nhật' found by C102 (a pair with China's 'Trung' after
    # cooperation in a field, in an article about Việt Nam and Japan that never names China), fix 'Việt Nam – Nhật
    # Bản'; the annotation says C101, so the score is unchanged and the finding lies outside the planted (rule, span)
    # pairs: see test_no_finding_outside_planted_spans


def test_no_finding_outside_planted_spans() -> None:
    """Blind: none. After leftovers70: C102 on the planted 'Trung-Nhật' (annotated C101), with the annotation's fix
    in C102's dashed form."""
    assert unplanted_findings(MT) in ([], [(_PAGE, "C102", "Trung-Nhật")])


def test_folder_run_audits_every_file(tmp_path: Path) -> None:
    """`audit run` on the folder audits the JSONL, the TSV, the MT page and the human page (the .json notes
    skipped), with findings on the three MT files and none on the human page."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | {f"mt/{p.name}" for p in MT}
    assert flagged == {f"mt/{p.name}" for p in MT}


def test_pages_read_as_annotated() -> None:
    """Blind: every block of the human page read as annotated (top bar with the weekday date, logo, menu, crumb, meta
    line, tags, share line, related links and footer as chrome; headline, sapo and paragraphs as article)."""
    for path in CLEAN:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
