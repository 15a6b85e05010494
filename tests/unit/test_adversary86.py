"""The eighty-sixth adversary held-out set (tests/data/adversary86): MT on farm exports and trade, fisheries and
social insurance: a TSV of 24 rows with an English `src`, the `mt` and a human `ref` (US reciprocal tariffs, cashew
and pepper, rice to the Philippines and Indonesia, bird's nest and durian, the EU's deforestation rules for coffee),
two plain-text pages through Chinese with chrome (a trade paper's page with a weekday dateline: durian, bird's nest,
rice, tariffs, coffee; a provincial e-portal: a fishing-port inspection, vessel monitoring, the EU's IUU yellow
card) and a Markdown newsletter through Chinese (a pension reform, one-off withdrawals, Vietnamese workers'
insurance in Korea and Japan), 70 planted errors; a human text page (a coffee cooperative on a farmers' union site)
must stay quiet, every page line annotated chrome or article. Written and annotated before the tool ran on it
(05e4a2be; two annotation slips corrected after the run at 5df06f4d, no text changed); the blind figures are the
floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary86"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".txt", ".md"))
PAGES = [p for p in MT if p.suffix in (".txt", ".md")]

_TRADE = "01_xuat_khau_nong_san_thue_my.tsv"
_FARM = "02_sau_rieng_gao_ca_phe.txt"
_PORT = "03_cang_ca_the_vang_iuu.txt"
_LETTER = "04_ban_tin_luong_huu_lao_dong.md"
_HUMAN = "01_hop_tac_xa_ca_phe_ea_tieu.txt"

# Blind (data at 05e4a2be; main at 1ed0c9be, this branch's base): 49 of 70 found, 47 with the accepted fix (50 and
# 49 with the two slips corrected at 5df06f4d); these 20 were missed with the corrected annotations:
BLIND_MISSES = {
    f"{_TRADE}: A113 'một phát tiêm vào cánh tay'",
    f"{_FARM}: T308 'lưu liên'",
    f"{_FARM}: C106 'Linzhong'",
    f"{_FARM}: C107 'Hải quan Tổng thự'",
    f"{_FARM}: T308 'yến oa'",
    f"{_FARM}: C103 'Phi phương'",
    f"{_FARM}: C101 'Trung Quốc'",
    f"{_FARM}: C107 'Âu Minh'",
    f"{_FARM}: N108 'Luosiwaer'",
    f"{_PORT}: C107 'Âu Minh Ủy ban'",
    f"{_PORT}: N108 'Kadisi'",
    f"{_PORT}: C103 'Âu phương'",
    f"{_LETTER}: T308 'dưỡng lão kim'",
    f"{_LETTER}: C107 'Việt Nam Xã hội Bảo hiểm'",
    f"{_LETTER}: C107 'Quốc dân Niên kim Công đoàn'",
    f"{_LETTER}: N109 'Jin Zhongzhu'",
    f"{_LETTER}: N109 'Li Zaiming'",
    f"{_LETTER}: C107 'Nhật Bản Niên kim Cơ cấu'",
    f"{_LETTER}: C101 'Trung Quốc'",
    f"{_LETTER}: T308 'Lao động giả'",
}
# Outside the planted pairs, blind: N103 on 'Francisco Tiu Laurl' → 'Francisco Tiu Laurel' (planted as A103 on
# 'Laurl'), N101 on 'Jin Zhongzhu' with no fix and N108 on 'Li Zaiming' → 'Lee Jae-myung' (both planted as N109:
# Korean names read as a Chinese and as some foreign one).
BLIND_EXTRAS = {
    (_TRADE, "N103", "Francisco Tiu Laurl"),
    (_LETTER, "N101", "Jin Zhongzhu"),
    (_LETTER, "N108", "Li Zaiming"),
}
# Chrome read as article, blind: the newsletter's consultation calendar (its bold heading and two dated rows) and
# its unsubscribe line with Markdown links.
BLIND_CHROME_AS_ARTICLE = {
    _LETTER: [
        "**Lịch tư vấn:**",
        "- Thứ Năm, 4/12/2025 – Hỏi đáp trực tuyến về rút bảo hiểm xã hội một lần",
        "- Chủ nhật, 14/12/2025 – Gặp mặt lao động về nước tại Nghệ An",
        "Không muốn nhận bản tin? [Hủy đăng ký](https://bantin-ansinh.example.vn/huy) · "
        "[Cập nhật địa chỉ](https://bantin-ansinh.example.vn/capnhat)",
    ],
}
# After misses34's fixes (round 25): 67 of 70 found, 65 with the accepted fix (N108 'Luosiwaer' and N109 'Jin Zhongzhu'
# found without one); these 3 are still missed (README says why):
MISSES_AFTER_FIXES = {
    f"{_FARM}: C106 'Linzhong'",
    f"{_PORT}: N108 'Kadisi'",
    f"{_LETTER}: N109 'Li Zaiming'",
}
# Outside the planted pairs after the fixes: N103 on 'Francisco Tiu Laurl' and N108 on 'Li Zaiming' (N101's reading
# of 'Jin Zhongzhu' gave way to N109's)
EXTRAS_AFTER_FIXES = {
    (_TRADE, "N103", "Francisco Tiu Laurl"),
    (_LETTER, "N108", "Li Zaiming"),
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 3 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    header, *rows = (ADVERSARY / "mt" / _TRADE).read_text(encoding="utf-8").splitlines()
    assert header.split("\t") == ["id", "src", "mt", "ref"] and len(rows) == 24
    notes = json.loads((ADVERSARY / "mt" / _TRADE).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert len(notes) == 24 and sum(n == "clean" for n in notes.values()) == 6


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the farmers' union page (Y Bhim Niê, H’Luyện Êban, Jan de Vries, 1.250 ha,
    118.000 đồng/kg, 'thứ Sáu, 5/12/2025', durian codes from 'phía Trung Quốc', EPS in Korea) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_rows_of_the_tsv_get_no_finding() -> None:
    """Blind: no finding on a row the annotation calls clean (230.000 tấn, Manila, 3,2 tỷ USD, Japan and Korea)."""
    path = ADVERSARY / "mt" / _TRADE
    notes = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if notes[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 49 of 70 found, 47 with the accepted fix (50 and 49 with the two slips corrected); after misses34's
    fixes 67 and 65."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 67 and fixed >= 65
    assert set(missed) <= MISSES_AFTER_FIXES <= BLIND_MISSES, sorted(set(missed) - MISSES_AFTER_FIXES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= EXTRAS_AFTER_FIXES <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the newsletter's calendar (heading and two rows) and its unsubscribe line read as article; on the other
    pages no chrome line read as article; no article line read as chrome, lost or unplaced. After misses34's fixes
    (an events calendar box, a newsletter's unsubscribe line) every line reads right."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
    assert sum(map(len, BLIND_CHROME_AS_ARTICLE.values())) == 4
