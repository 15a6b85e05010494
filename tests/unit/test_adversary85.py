"""The eighty-fifth adversary held-out set (tests/data/adversary85): MT on culture and heritage, online scams and
aviation: a saved HTML page through Chinese on a culture magazine's layout (the Đông Hồ dossier before UNESCO, the Huế
Festival, a Guimet exhibition, a Korean cultural week), a target-only JSONL of 23 records in a `text` field (the
Ministry of Public Security's warnings, scam compounds in Cambodia, a deepfake call, Chinese and Korean suspects), a
plain-text page through English (Vietnam Airlines', Vietjet's and Bamboo's fleets; names without marks, English
number and date formats) and an XLIFF 1.2 file of 18 units with a Chinese source (China Eastern, Korean Air and
Asiana routes, Airbus and Boeing orders), 74 planted errors; a human HTML page (a city museum's news) must stay
quiet, every page line or block annotated chrome or article. Written and annotated before the tool ran on it
(72404c5b; one annotation slip corrected after the run at 4a85c86c, no text changed); the blind figures are the
floor; README says what was missed, and what misses33 fixed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary85"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".jsonl", ".txt", ".xlf"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_HERITAGE = "01_di_san_le_hoi_hue.html"
_SCAMS = "02_lua_dao_qua_mang.jsonl"
_AIRLINES = "03_hang_khong_dat_may_bay.txt"
_ROUTES = "04_duong_bay_moi_trung_han.xlf"
_HUMAN = "01_bao_tang_dieu_khac_cham.html"

# Blind (data at 72404c5b; main at 1ed0c9be, this branch's base): 51 of 74 found, 47 with the accepted fix (48 with
# the slip corrected at 4a85c86c: 'Bộ trưởng Công an' accepted for 'Công an bộ trưởng'); these 22 were missed (23
# planted errors: 'Pu Minjun' twice):
BLIND_MISSES = {
    f"{_HERITAGE}: N105 'Văn hóa bộ trưởng'",
    f"{_HERITAGE}: T308 'phi vật chất văn hóa di sản'",
    f"{_HERITAGE}: C101 'Trung Quốc'",
    f"{_HERITAGE}: T307 '3 vạn'",
    f"{_HERITAGE}: C107 'Bảo tàng Cát Mỹ'",
    f"{_HERITAGE}: C104 'Ba Lê'",
    f"{_HERITAGE}: N108 'Mali Dubuwa'",
    f"{_HERITAGE}: N109 'Pu Minjun'",
    f"{_HERITAGE}: N106 'tiên sinh'",
    f"{_SCAMS}: T308 'điện tín trá phiến'",
    f"{_SCAMS}: T307 '3 vạn'",
    f"{_SCAMS}: T308 'Cảnh phương'",
    f"{_SCAMS}: T308 'hư nghĩ hóa tệ'",
    f"{_SCAMS}: C101 'Trung Quốc'",
    f"{_AIRLINES}: L101 'narrow-body'",
    f"{_AIRLINES}: N103 'Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị'",
    f"{_AIRLINES}: L101 'on-time performance'",
    f"{_AIRLINES}: F114 '12,400'",
    f"{_ROUTES}: C107 'Đông Phương Hàng không'",
    f"{_ROUTES}: T308 'đính đơn'",
    f"{_ROUTES}: A105 'Vietjet còn dự kiến mở đường bay TP.HCM – Bắc Kinh.'",
    f"{_ROUTES}: C104 'Mễ Lan'",
}
# Outside the planted pairs, blind: A111 on the XLIFF unit whose dropped clause held the source's 尚未 (planted as
# A105: the clause, with its negation, is gone).
BLIND_EXTRAS = {
    (_ROUTES, "A111", "Vietjet còn dự kiến mở đường bay TP.HCM – Bắc Kinh."),
}
# Chrome read as article, blind: the magazine's second calendar row, the museum page's two 'other news' rows and its
# contact line.
BLIND_CHROME_AS_ARTICLE = {
    _HERITAGE: ["30/11 · Phiên chợ tranh Tết sớm, Hội An"],
    _HUMAN: [
        "Chương trình “Một ngày làm nhà khảo cổ” cho học sinh (15/11/2025)",
        "Thông báo tạm đóng cửa phòng trưng bày Trà Kiệu để bảo dưỡng (02/11/2025)",
        "Số 02 đường 2 Tháng 9, phường Hải Châu, TP. Đà Nẵng · ĐT: 0236 3574 801 · chamsculpturemuseum@danang.gov.vn",
    ],
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _SCAMS).open(encoding="utf-8")]
    assert len(records) == 23 and all(set(r) == {"id", "text"} for r in records)
    notes = _notes(_SCAMS)["records"]
    assert len(notes) == 23 and sum(n == "clean" for n in notes.values()) == 9
    units = _notes(_ROUTES)["units"]
    assert len(units) == 18 and sum(n == "clean" for n in units.values()) == 5


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the museum's page (Jean-Pierre Laurent, Takahashi Yumiko, EFEO, 42,5 cm,
    412.000 lượt, 12,5%, Seoul, Busan and Daegu, 'thứ Bảy, 6/12/2025', a scam warning) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_and_units_get_no_finding() -> None:
    """Blind: no finding on a JSONL record or an XLIFF unit the annotation calls clean (VNeID, '4.312 tin báo',
    'kỷ niệm 80 năm … (19/8/1945 – 19/8/2025)'; 'A330neo', '34,5 triệu', '2.990.000 đồng' for 299万, EASA)."""
    for name, key in ((_SCAMS, "records"), (_ROUTES, "units")):
        notes = _notes(name)[key]
        found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / name)]
        assert [f for f in found if notes[f[0]] == "clean"] == [], name


# After misses33 (tests/unit/test_misses33.py tries each fix outside the set, both ways): still missed
AFTER_MISSES = {
    f"{_HERITAGE}: N108 'Mali Dubuwa'",
    f"{_AIRLINES}: L101 'narrow-body'",
    f"{_AIRLINES}: L101 'on-time performance'",
    f"{_ROUTES}: A105 'Vietjet còn dự kiến mở đường bay TP.HCM – Bắc Kinh.'",
}


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 51 of 74 found, 47 with the accepted fix (48 with the slip corrected); after misses33: 70, 65."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 74
    assert found >= 70 and fixed >= 65
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: no article line read as chrome, lost or unplaced; chrome read as article only where listed."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, [])), path.name
    assert sum(map(len, BLIND_CHROME_AS_ARTICLE.values())) == 4
