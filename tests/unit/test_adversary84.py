"""The eighty-fourth adversary held-out set (tests/data/adversary84): MT on the Gulf, Central Europe and Việt Nam's
overseas communities: a JSONL of 28 records with a Chinese `src` and the `mt` (the Saudi Minister of Commerce's
visit, halal trade, a labour agreement, the UAE and Qatar), an XLIFF 2.0 file of 28 units with their English source
(the Hungarian Foreign Minister's visit, a pharmaceutical deal, Czech, Polish and Italian defence firms) and a saved
HTML page through Chinese with chrome (the Vietnamese association in the Czech Republic, remittances, a mobile
consular service), 65 planted errors; a human text page (a mobile consular service in Poland) must stay quiet, every
page line or block annotated chrome or article. Written and annotated before the tool ran on it (f50fc1b6; two
annotation slips corrected after the run at 68c3de5a, no text changed); the blind figures are the floor; README says
what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary84"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".jsonl", ".xlf"))
PAGES = [p for p in MT if p.suffix == ".html"]

_GULF = "01_bo_truong_a_rap_halal_lao_dong.jsonl"
_HUNGARY = "02_ngoai_truong_hungary_duoc_pham_quoc_phong.xlf"
_CZECH = "03_kieu_bao_sec_kieu_hoi_lanh_su.html"
_HUMAN = "01_lanh_su_luu_dong_ba_lan.txt"

# Blind (data at f50fc1b6; main at 1ed0c9be, this branch's base): 45 of 65 found, 43 with the accepted fix (46 and
# 45 with the two slips corrected at 68c3de5a); these 19 were missed with the corrected annotations:
BLIND_MISSES = {
    f"{_GULF}: C104 'Sa Đặc'",
    f"{_GULF}: T308 'thanh chân'",
    f"{_GULF}: C103 'Sa phương'",
    f"{_GULF}: N108 'Halide Falihe'",
    f"{_GULF}: T308 'lao vụ'",
    f"{_GULF}: N108 'Abudula Ben Tuke'",
    f"{_GULF}: N108 'Muhanmode Ben Abudulerahman Alesani'",
    f"{_GULF}: C101 'Trung Quốc'",
    f"{_GULF}: N106 'tiên sinh'",
    f"{_HUNGARY}: A101 '3'",
    f"{_HUNGARY}: A107 'Slovakia'",
    f"{_HUNGARY}: A113 'ở trên cùng một trang'",
    f"{_HUNGARY}: A110 'Xem thêm: Việt Nam và Hungary gia hạn miễn thị thực cho người mang hộ chiếu ngoại giao'",
    f"{_HUNGARY}: A112 '120 triệu'",
    f"{_HUNGARY}: L101 'landmark deal'",
    f"{_CZECH}: C104 'Tiệp Khắc'",
    f"{_CZECH}: T307 '6 vạn'",
    f"{_CZECH}: C101 'Trung Quốc'",
    f"{_CZECH}: C108 'Ả Rập Xê-út'",
}
# Outside the planted pairs, blind: A102 on the short unit (planted as A105: its lost jobs figure, a fair reading),
# T308 on 'trên cùng một trang' with the accepted fix (planted as A113 on 'ở trên cùng một trang'), C103 on 'Hungarian
# side' in the English target (planted as L102) and F107 on 'mỗi tháng một số' (a false alarm: 'one issue a month'
# ends the sentence rightly).
BLIND_EXTRAS = {
    (_HUNGARY, "A102", "Dự án trị giá 45 triệu euro."),
    (_HUNGARY, "T308", "trên cùng một trang"),
    (_HUNGARY, "C103", "Hungarian side"),
    (_CZECH, "F107", "một số"),
}
# Chrome read as article, blind: the human page's signature line; the HTML page's consular-services box (its heading
# and three rows) and its two related links.
BLIND_CHROME_AS_ARTICLE = {
    _HUMAN: ["Ban Thông tin Hội người Việt Nam tại Ba Lan"],
    _CZECH: [
        "Dịch vụ lãnh sự",
        "▸ Cấp hộ chiếu phổ thông",
        "▸ Đăng ký khai sinh, kết hôn",
        "▸ Hợp pháp hóa lãnh sự",
        "Lãnh sự lưu động tại Leipzig: hơn 500 hồ sơ được tiếp nhận",
        "Kiều hối về TP.HCM 10 tháng đạt 8 tỷ USD",
    ],
}
# After misses32's fixes (round 25): 59 of 65 found, 58 with the accepted fix (A113 leaves its fix open); these 6 are
# still missed (README says why):
MISSES_AFTER_FIXES = {
    f"{_GULF}: N108 'Halide Falihe'",
    f"{_GULF}: N108 'Abudula Ben Tuke'",
    f"{_GULF}: N108 'Muhanmode Ben Abudulerahman Alesani'",
    f"{_HUNGARY}: A110 'Xem thêm: Việt Nam và Hungary gia hạn miễn thị thực cho người mang hộ chiếu ngoại giao'",
    f"{_HUNGARY}: L101 'landmark deal'",
    f"{_CZECH}: C104 'Tiệp Khắc'",
}
# Outside the planted pairs after the fixes: the blind A102 and C103 (F107's false alarm is gone; A113 now takes
# 'ở trên cùng một trang', T308's 'trên cùng một trang' with it)
EXTRAS_AFTER_FIXES = {
    (_HUNGARY, "A102", "Dự án trị giá 45 triệu euro."),
    (_HUNGARY, "C103", "Hungarian side"),
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _GULF).open(encoding="utf-8")]
    assert len(records) == 28 and all(set(r) == {"id", "src", "mt"} for r in records)
    notes = json.loads((ADVERSARY / "mt" / _GULF).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert sorted(notes) == [r["id"] for r in records] and sum(n == "clean" for n in notes.values()) == 7
    xliff = (ADVERSARY / "mt" / _HUNGARY).read_text(encoding="utf-8")
    assert xliff.count("<unit ") == 28 and 'version="2.0"' in xliff and 'srcLang="en"' in xliff
    units = json.loads((ADVERSARY / "mt" / _HUNGARY).with_suffix(".json").read_text(encoding="utf-8"))["units"]
    assert len(units) == 28 and sum(u == "clean" for u in units.values()) == 9


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the association's page (Wrocław, Poznań, Gdańsk, Warszawa, 286 files,
    25.000 people, 16 tỷ USD, a quote, 'thứ Bảy, 17/1/2026') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_of_the_jsonl_get_no_finding() -> None:
    """Blind: no finding on a record the annotation calls clean (Nguyễn Hồng Diên, Phạm Thị Thanh Trà, GCC, CEPA,
    '1.500 doanh nghiệp', '3.000 tấn')."""
    path = ADVERSARY / "mt" / _GULF
    notes = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if notes[f[0]] == "clean"] == []


def test_clean_units_of_the_xliff_get_no_finding() -> None:
    """Blind: no finding on an XLIFF unit the annotation calls clean ('5 năm' for 'five years', '75 năm …
    (3/2/1950)', PGZ, Leonardo, EVIPA, NATO and Visegrád)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _HUNGARY) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 45 of 65 found, 43 with the accepted fix; 46 and 45 with the two slips corrected; after misses32's
    fixes 59 and 58."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 65
    assert found >= 59 and fixed >= 58
    assert set(missed) <= MISSES_AFTER_FIXES <= BLIND_MISSES, sorted(set(missed) - MISSES_AFTER_FIXES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= EXTRAS_AFTER_FIXES <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: no article line read as chrome, lost or unplaced; chrome read as article only where listed (the human
    page's signature, the HTML page's consular-services box and related links). After misses32's fixes (an office's
    signature line, a related heading's sibling list items, a box between the article's end chrome and the next)
    every line reads right."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
    assert sum(map(len, BLIND_CHROME_AS_ARTICLE.values())) == 7
