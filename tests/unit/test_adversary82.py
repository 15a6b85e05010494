"""The eighty-second adversary held-out set (tests/data/adversary82): MT on individual sport, education and public
health: a saved HTML page through Chinese on a sports site's layout (a Vietnamese grandmaster, badminton with
Japanese, Korean and Thai players, table tennis), a target-only JSONL of 28 records in a `text` field (the national
exam, students in China, Korea and Australia, a QS ranking), a plain-text page through English (dengue, a vaccine
campaign with UNICEF and WHO; names without marks, English number formats) and a Markdown newsletter through Chinese
(a Japanese university hospital's partnership, dengue, WHO and UNICEF), 72 planted errors; a human text page (a
specialist school's news) must stay quiet, every page line or block annotated chrome or article. Written and
annotated before the tool ran on it (3a4e1dc1; four annotation slips corrected after the run at ce75c499, no text
changed); the blind figures are the floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary82"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".jsonl", ".txt", ".md"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt", ".md")]

_SPORT = "01_co_vua_cau_long_chau_a.html"
_SCHOOL = "02_tuyen_sinh_du_hoc.jsonl"
_DENGUE = "03_sot_xuat_huyet_tiem_chung.txt"
_LETTER = "04_ban_tin_y_te_viet_nhat.md"
_HUMAN = "01_truong_chuyen_can_tho.txt"

# Blind (data at 3a4e1dc1; main at 6243af67, this branch's base): 47 of 72 found, 40 with the accepted fix (48 and
# 44 with the four slips corrected at ce75c499); these 24 were missed with the corrected annotations:
BLIND_MISSES = {
    f"{_SPORT}: T308 'đặc cấp đại sư'",
    f"{_SPORT}: T308 'quốc tế tượng kỳ'",
    f"{_SPORT}: N108 'Gukeshi'",
    f"{_SPORT}: C101 'Trung Quốc'",
    f"{_SPORT}: C107 'Quốc tế Kỳ liên'",
    f"{_SPORT}: N106 'tiên sinh'",
    f"{_SPORT}: T307 '3 vạn'",
    f"{_SPORT}: T308 'vũ mao cầu'",
    f"{_SPORT}: N108 'Shankou Qian'",
    f"{_SPORT}: N109 'An Xiying'",
    f"{_SPORT}: F113 'hàng hàng hàng hàng'",
    f"{_SCHOOL}: N105 'Giáo dục bộ trưởng'",
    f"{_SCHOOL}: C107 'Thủ Nhĩ Đại học'",
    f"{_SCHOOL}: N109 'Jin Minzhe'",
    f"{_SCHOOL}: C101 'Trung Quốc'",
    f"{_SCHOOL}: T308 'tất nghiệp sinh'",
    f"{_DENGUE}: F114 '1,250'",
    f"{_DENGUE}: L101 'catch-up'",
    f"{_LETTER}: C107 'Bệnh viện Đại học Cửu Châu'",
    f"{_LETTER}: N105 'Vệ sinh bộ trưởng'",
    f"{_LETTER}: T307 '12 vạn'",
    f"{_LETTER}: C101 'Trung Quốc'",
    f"{_LETTER}: C107 'Liên Hợp Quốc Nhi đồng Cơ kim hội'",
    f"{_LETTER}: T308 'tiếp chủng'",
}
# Outside the planted pairs, blind: C104 on 'Thủ Nhĩ' → 'Seoul' (planted as C107 'Thủ Nhĩ Đại học': the place is
# seen, the calqued university's word order is not) and N101 on 'Jin Minzhe' with no fix (planted as N109: a Korean
# name read as a Chinese one).
BLIND_EXTRAS = {
    (_SCHOOL, "C104", "Thủ Nhĩ"),
    (_SCHOOL, "N101", "Jin Minzhe"),
}
# Chrome read as article, blind: the sports page's BWF ranking sidebar (its heading and three rows) and the
# newsletter's title line, its no-reply note and its contents line.
BLIND_CHROME_AS_ARTICLE = {
    _SPORT: [
        "Bảng xếp hạng BWF – đơn nữ",
        "1. An Se-young (Hàn Quốc) – 111.840 điểm",
        "2. Vương Chi Di (Trung Quốc) – 97.575 điểm",
        "3. Yamaguchi Akane (Nhật Bản) – 89.210 điểm",
    ],
    _LETTER: [
        "# BẢN TIN Y TẾ VIỆT – NHẬT · Số 47 · Tuần 24–30/11/2025",
        "_Bản tin điện tử gửi hội viên. Không trả lời thư này._",
        "**Trong số này:** Hợp tác bệnh viện · Sốt xuất huyết · Tiêm chủng · Lịch sự kiện",
    ],
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 3 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _SCHOOL).open(encoding="utf-8")]
    assert len(records) == 28 and all(set(r) == {"id", "text"} for r in records)
    notes = json.loads((ADVERSARY / "mt" / _SCHOOL).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert len(notes) == 28 and sum(n == "clean" for n in notes.values()) == 10


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the school's page (Lâm Gia Huy, Lưu Tử Hàm, Park Ji-hoon, Choi Eun-ji,
    Yamamoto Kenta, FIDE, Elo 2.287, 31,5%, 8,12, 'thứ Sáu, 16/1/2026') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_of_the_jsonl_get_no_finding() -> None:
    """Blind: no finding on a record the annotation calls clean ('19,5 đến 29,4 điểm', '23.000 lưu học sinh',
    '90.000 người', TP.HCM, Melbourne and Sydney)."""
    path = ADVERSARY / "mt" / _SCHOOL
    notes = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if notes[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 47 of 72 found, 40 with the accepted fix (48 and 44 with the four slips corrected)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 72
    assert found >= 48 and fixed >= 44
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the sports page's ranking sidebar and the newsletter's three header lines read as article; on the
    other pages no chrome line read as article; no article line read as chrome, lost or unplaced."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, [])), path.name
    assert sum(map(len, BLIND_CHROME_AS_ARTICLE.values())) == 7
