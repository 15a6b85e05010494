"""The hundred-and-second adversary held-out set (tests/data/adversary102), round 29: MT on tourism visas, Cuba and
Venezuela, and medicines: a JSONL of 18 records `id`/`src` (English)/`mt`/`ref` (human) (the visa exemption for
twelve European countries, e-visas, Chinese and Indian tourists, Phú Quốc's 30-day waiver), a saved HTML page through
Chinese on an HTML5 layout of the author's own (rice and milk aid to Cuba, the Cuban Prime Minister's visit,
Viglacera and Thái Bình in Mariel, a Venezuelan farm delegation) and a Markdown e-mail newsletter through Chinese
(drug shortages, Indian and Korean generics, the Drug Administration, a hospital's failed tenders), 39 planted
errors; a human HTML page (Phú Quốc's visa-free tourists) must stay quiet, every block and line annotated chrome or
article. Written and annotated before the tool ran on it (ae6d1c2b); the blind figures are the floor; the set's
README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import page_segments, score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary102"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".html", ".md"))
PAGES = [p for p in MT if p.suffix in (".html", ".md")]

_VISAS = "01_mien_thi_thuc_khach_au_an_do.jsonl"
_CUBA = "02_gao_sua_cuba_dac_khu_mariel.html"
_MEDICINES = "03_thieu_thuoc_generic_dau_thau.md"
_HUMAN = "01_phu_quoc_khach_quoc_te_mien_thi_thuc.html"

# Blind (data at ae6d1c2b; main at aaa6c2ed, this branch's base): 29 of 39 found, 25 with the accepted fix; these 10
# were missed:
BLIND_MISSES = {
    f"{_VISAS}: A111 'Du khách nhập cảnh theo diện miễn thị thực cần xuất trình vé khứ hồi tại cửa khẩu.'",
    f"{_VISAS}: L101 'tour operator'",
    f"{_CUBA}: T308 'sữa phấn'",
    f"{_CUBA}: T306 '25/11'",
    f"{_CUBA}: C107 'Việt Nam Lương thực Tổng công ty'",
    f"{_CUBA}: C101 'Trung Quốc'",
    f"{_MEDICINES}: T308 'phỏng chế'",
    f"{_MEDICINES}: N109 'Jin Minjun'",
    f"{_MEDICINES}: T308 'chiêu tiêu'",
    f"{_MEDICINES}: F107 'từ'",
}
# Outside the planted spans, blind: the Korean manager under N101 (no fix), and N103 on Đỗ Đức Duy, which is RIGHT:
# he was suspended in July 2025 and Trần Đức Thắng approved Minister in October (references/people.tsv); the author's
# 'clean on purpose' was out of date
BLIND_EXTRAS = {
    (_CUBA, "N103", "Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy"),
    (_MEDICINES, "N101", "Jin Minjun"),
}
# After misses50's fixes (T308 rows, C107 'Tổng công ty' and the Drug Administration, T306 an author's by-line, N109
# a post in a body of Korea, L101 a loan before an English head, A111 a 'miễn' for the source's exemption, F107 'từ'
# after 'trực tiếp'): 38 of 39, 34 with the accepted fix; still missed (C101 我国 is leftovers49's):
AFTER_MISSES = {f"{_CUBA}: C101 'Trung Quốc'"}
# and the one extra left is the (right) N103 on Đỗ Đức Duy, an unplanted real error the tool found
AFTER_EXTRAS = {(_CUBA, "N103", "Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy")}
# Chrome read as article, blind: the newsletter's italic by-line
BLIND_CHROME_AS_ARTICLE = {_MEDICINES: ["*Nhóm phóng viên Y tế – 28/11/2025*"]}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    lines = (ADVERSARY / "mt" / _VISAS).read_text(encoding="utf-8").splitlines()
    records = _notes(_VISAS)["records"]
    assert sorted(records) == [json.loads(line)["id"] for line in lines]
    assert all(set(json.loads(line)) == {"id", "src", "mt", "ref"} for line in lines)
    assert len(records) == 18 and sum(r == "clean" for r in records.values()) == 5
    assert [len(_notes(p.name)["expected"]) for p in MT] == [13, 13, 13]


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the travel page ('Anh Rahul', 'khách Ấn Độ', Bãi Trường, Hàm Ninh, 30 and 45
    days, 'Thứ Sáu, 28/11/2025' in the top strip) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article blocks audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a JSONL record the annotation calls clean (17,2 million arrivals, IndiGo's Kolkata
    flight, the island-only rule, the 25 USD fee, Minister Nguyễn Văn Hùng)."""
    records = _notes(_VISAS)["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / _VISAS)]
    assert [f for f in found if records[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_after_misses50() -> None:
    """Blind: 29 of 39 found, 25 with the accepted fix (JSONL 11 of 13, 11; Cuba page 9 of 13, 8; newsletter 9 of
    13, 6). After misses50: 38 of 39, 34 (JSONL 13 of 13, 13; Cuba page 12, 11; newsletter 13, 10)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 39
    assert found >= 38 and fixed >= 34
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    """Blind: the Korean manager read as a Vietnamese name in pinyin, and the (right) N103 on Đỗ Đức Duy; after
    misses50 the Korean manager is N109's, planted."""
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_pages_read_as_annotated() -> None:
    """Blind: every block of the Cuba page and of the human page read as annotated (the Spanish language bar, the
    ticker, the ordered-list crumb, the Havana clock, the left column and the weather box included); in the
    newsletter one chrome line, the italic by-line, read as article."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, [])), path.name
        assert page_segments(path), path.name
