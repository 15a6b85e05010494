"""The eighty-third adversary held-out set (tests/data/adversary83): MT on housing, food safety and road safety: a
saved HTML page through Chinese on a real-estate portal's layout (social housing, land prices under a new decree, a
Singaporean developer's project in Thủ Thiêm, a Hong Kong developer's withdrawal), a TSV of 28 rows with a Chinese
`src`, the `mt` and a human `ref` (a fake milk-powder ring, mass food poisoning at a school, Korean and Thai food
recalls) and a plain-text page through English (camera fines, drink-driving checks, a coach crash), 70 planted
errors; a human text page (social housing handed to factory workers) must stay quiet, every page line or block
annotated chrome or article. Written and annotated before the tool ran on it (52e0bf8d; three annotation slips
corrected after the run at e60fde7d, no text changed); the blind figures are the floor; README says what was
missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary83"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".tsv", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_HOUSING = "01_nha_o_xa_hoi_gia_dat.html"
_FOOD = "02_sua_gia_ngo_doc_thu_hoi.tsv"
_ROAD = "03_phat_nguoi_nong_do_con.txt"
_HUMAN = "01_nha_o_xa_hoi_pho_yen.txt"

# Blind (data at 52e0bf8d; main at 1ed0c9be, this branch's base): 47 of 70 found, 44 with the accepted fix (48 and
# 47 with the three slips corrected at e60fde7d); these 22 were missed with the corrected annotations:
BLIND_MISSES = {
    f"{_HOUSING}: T306 '27/11'",
    f"{_HOUSING}: N105 'Kiến thiết bộ trưởng'",
    f"{_HOUSING}: C101 'Trung Quốc'",
    f"{_HOUSING}: T308 'phòng giá'",
    f"{_HOUSING}: C107 'Khải Đức Tập đoàn'",
    f"{_HOUSING}: N108 'Chen Weiliang'",
    f"{_HOUSING}: T308 'khai phát thương'",
    f"{_HOUSING}: C107 'Tân Hồng Cơ'",
    f"{_HOUSING}: N103 'Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị'",
    f"{_HOUSING}: T308 'lâu bàn'",
    f"{_FOOD}: T308 'nãi phấn'",
    f"{_FOOD}: T307 '60 vạn'",
    f"{_FOOD}: T308 'giả mạo ngụy liệt'",
    f"{_FOOD}: T308 'bảo kiện phẩm'",
    f"{_FOOD}: T308 'thực vật trúng độc'",
    f"{_FOOD}: T308 'thực đường'",
    f"{_FOOD}: C107 'Thực phẩm Y dược phẩm An toàn Xứ'",
    f"{_FOOD}: C107 'Nông Tâm'",
    f"{_FOOD}: C103 'Hàn phương'",
    f"{_FOOD}: N107 'Lawrence Wong'",
    f"{_ROAD}: L101 'online'",
    f"{_ROAD}: C105 'Khanh Hoa'",
}
# Outside the planted pairs, blind: N101 on 'Chen Weiliang' with no fix (planted as N108: a Singaporean's name read
# as a Chinese one), A105 on the row left in Chinese (planted as L102; both right) and N107 on 'Thái Lan' → 'Singapore'
# (planted on 'Lawrence Wong': the source names Thailand's Prime Minister Anutin, so the country is right, the
# holder wrong).
BLIND_EXTRAS = {
    (_HOUSING, "N101", "Chen Weiliang"),
    (_FOOD, "A105", "越泰双方将于明年签署食品安全合作备忘录。"),
    (_FOOD, "N107", "Thái Lan"),
}
# After misses31's fixes (round 25): 67 of 70 found, 66 with the accepted fix; these 3 are still missed (README says
# why):
MISSES_AFTER_FIXES = {
    f"{_HOUSING}: C101 'Trung Quốc'",
    f"{_HOUSING}: N108 'Chen Weiliang'",
    f"{_ROAD}: L101 'online'",
}
# Outside the planted pairs after the fixes: N101 'Chen Weiliang' and A105 on the row left in Chinese, as blind (N107
# now reports 'Lawrence Wong', the holder the source contradicts, not 'Thái Lan')
EXTRAS_AFTER_FIXES = {
    (_HOUSING, "N101", "Chen Weiliang"),
    (_FOOD, "A105", "越泰双方将于明年签署食品安全合作备忘录。"),
}
# Found without the accepted fix, blind and after the fixes: N108 'Songcai Jidisa' (no suggestion).
# Article read as chrome, blind: the housing page's image caption (a `figcaption` ending 'Ảnh: Thu Trang').
BLIND_ARTICLE_AS_CHROME = {_HOUSING: ["Một dự án nhà ở xã hội tại Bắc Ninh đang được hoàn thiện. Ảnh: Thu Trang"]}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _FOOD).read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id\tsrc\tmt\tref" and all(len(r.split("\t")) == 4 for r in rows)
    records = json.loads((ADVERSARY / "mt" / _FOOD).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert sorted(records) == [r.split("\t")[0] for r in rows[1:]]
    assert len(records) == 28 and sum(r == "clean" for r in records.values()) == 7


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the Phổ Yên page (Hoàng Thị Mai, Kim Jae-won, 1.180 căn hộ, 16,8 triệu
    đồng/m², 6,6%/năm, 'Thứ Sáu, 28/11/2025') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_rows_of_the_tsv_get_no_finding() -> None:
    """Blind: no finding on a row the annotation calls clean ('Phía Thái Lan', Nguyễn Thanh Phong, the hotline,
    'thứ Hai, 1/12/2025', Singapore's food agency)."""
    path = ADVERSARY / "mt" / _FOOD
    records = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if records[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 47 of 70 found, 44 with the accepted fix; 48 and 47 with the three slips corrected; after misses31's
    fixes 67 and 66."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 67 and fixed >= 66
    assert set(missed) <= MISSES_AFTER_FIXES <= BLIND_MISSES, sorted(set(missed) - MISSES_AFTER_FIXES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= EXTRAS_AFTER_FIXES <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: no chrome line read as article, no article line lost or unplaced, on the housing page (17 chrome
    blocks, 20 article), the road page (12 chrome lines, 17 article) and the human page (11 chrome, 9 article); one
    article block read as chrome, the housing page's image caption."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.chrome_as_article == [], path.name
        assert score.article_as_chrome in ([], BLIND_ARTICLE_AS_CHROME.get(path.name)), path.name
