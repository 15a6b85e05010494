"""The eighty-eighth adversary held-out set (tests/data/adversary88), round 26's blind measurement on beats no set
centred on: a saved HTML page through Chinese on a border-guard newspaper's layout (a wildlife-trafficking ring at
Cầu Treo, a methamphetamine seizure on the Cambodian border), a TSV of 23 rows with a Chinese `src`, the `mt` and a
human `ref` (the Mekong: dams' releases, salt, sand mining, bank erosion, the MRC's council) and a plain-text page
with chrome through English (rare earths with a Japanese partner, bauxite with an Australian miner), 59 planted
errors; a human text page (customs at Nội Bài stop rhino horn) must stay quiet, every page line annotated chrome or
article. Written and annotated before the tool ran on it (3f852ecd); the blind figures are the floor; README says
what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary88"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".tsv", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_BORDER = "01_buon_lau_dong_vat_hoang_da_ma_tuy_bien_gioi.html"
_MEKONG = "02_ban_tin_song_me_cong_cat_va_man.tsv"
_MINING = "03_dat_hiem_bo_xit_doi_tac_nhat_uc.txt"
_HUMAN = "01_hai_quan_noi_bai_sung_te_giac.txt"

# Blind (data at 3f852ecd; main at 0a7b10e1, this branch's base): 42 of 59 found, 42 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_BORDER}: C103 'Lão phương'",
    f"{_BORDER}: T308 'tẩu tư'",
    f"{_BORDER}: T308 'xuyên sơn giáp'",
    f"{_BORDER}: N105 'Biên phòng Bộ đội Chỉ huy trưởng'",
    f"{_BORDER}: T308 'tượng nha'",
    f"{_BORDER}: T308 'băng độc'",
    f"{_BORDER}: C107 'Liên Hợp Quốc Độc phẩm và Phạm tội Vấn đề Biện công thất'",
    f"{_BORDER}: C101 'Trung Quốc'",
    f"{_MEKONG}: C107 'Mi Công Hà Ủy viên Hội'",
    f"{_MEKONG}: N105 'Nông nghiệp và Môi trường Bộ thứ trưởng'",
    f"{_MEKONG}: T308 'hàm thủy nhập xâm'",
    f"{_MEKONG}: T308 'thải sa'",
    f"{_MEKONG}: T308 'hà ngạn xâm thực'",
    f"{_MEKONG}: C107 'Nhật Bản Quốc tế Hiệp lực Cơ cấu'",
    f"{_MEKONG}: C106 'Shawannaji'",
    f"{_MINING}: L101 'offtake'",
    f"{_MINING}: L101 'bauxite'",
}
# Outside the planted pairs, blind: C104 on 'Mi Công Hà' → 'sông Mê Công' (inside the planted C107 span for the MRC).
BLIND_EXTRAS = {(_MEKONG, "C104", "Mi Công Hà")}
# After misses36's fixes (round 26): 57 of 59 found, 57 with the accepted fix; these 2 are still missed (README says
# why):
MISSES_AFTER_FIXES = {
    f"{_MINING}: L101 'offtake'",
    f"{_MINING}: L101 'bauxite'",
}
# Outside the planted pairs after the fixes: none (C104 is quiet on the river's part of the MRC's calque, C107's whole)
EXTRAS_AFTER_FIXES: set[tuple[str, str, str]] = set()
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _MEKONG).read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id\tsrc\tmt\tref" and all(len(r.split("\t")) == 4 for r in rows)
    records = json.loads((ADVERSARY / "mt" / _MEKONG).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert sorted(records) == [r.split("\t")[0] for r in rows[1:]]
    assert len(records) == 23 and sum(r == "clean" for r in records.values()) == 4


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the Nội Bài page (Mozambique, Doha (Qatar), 38,6 kg, CITES, 'phía
    Campuchia', 'thứ Tư, 3/12') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_rows_of_the_tsv_get_no_finding() -> None:
    """Blind: no finding on a row the annotation calls clean ('phía Thái Lan', Cần Thơ and Vĩnh Long, Phạm Minh
    Chính, the bulletin's dated title)."""
    path = ADVERSARY / "mt" / _MEKONG
    records = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if records[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 42 of 59 found, 42 with the accepted fix; after misses36's fixes 57 and 57."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 59
    assert found >= 57 and fixed >= 57
    assert set(missed) <= MISSES_AFTER_FIXES <= BLIND_MISSES, sorted(set(missed) - MISSES_AFTER_FIXES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= EXTRAS_AFTER_FIXES <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: on every page no chrome line read as article, no article line read as chrome, lost or unplaced."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
