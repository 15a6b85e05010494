"""The hundred-and-fourth adversary held-out set (tests/data/adversary104), round 29's closing blind measurement: MT
on Singapore, LNG and power prices, and durian exports to China: an SRT TV report of 24 cues through Chinese (the
Singaporean Prime Minister's visit, carbon credits, data centres in VSIP, an undersea cable), a saved HTML page through
English on a power e-magazine layout of the author's own (EVN's tariff, LNG from Qatar and the US, Nghi Sơn and Long
An, rooftop solar) and a JSONL of 18 records id/src (Chinese)/mt/ref (durian: GACC's checks, growing-area codes, Thai
and Malaysian competition, the Hữu Nghị gate), 42 planted errors; a human text page (a provincial extension bulletin on
durian growing-area codes) must stay quiet, every line annotated chrome or article. Written and annotated before the
tool ran on it (c8a3928b); the blind figures are the floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import page_segments, score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary104"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".srt", ".html", ".jsonl"))
PAGES = [p for p in MT if p.suffix == ".html"]

_SINGAPORE = "01_thu_tuong_singapore_tin_chi_carbon_cap_bien.srt"
_POWER = "02_gia_dien_lng_qatar_my_dien_mai_nha.html"
_DURIAN = "03_sau_rieng_xuat_khau_trung_quoc_ma_so.jsonl"
_HUMAN = "01_nong_dan_dak_lak_giu_ma_so_vung_trong.txt"

# Blind (data at c8a3928b; main at e158f016): 31 of 42 found, 31 with the accepted fix; after misses52 36 and 36, these
# 6 still missed (blind, also T307 '50 vạn', C107 'Cát Bảo', T308 'hải để quang lãm', C108 'Mỹ', N104 'Chris'); T304,
# F106 and A101 were found with the project's usual span, not the one annotated (see BLIND_EXTRA):
BLIND_MISSES = {
    f"{_SINGAPORE}: T304 '55'",
    f"{_POWER}: T303 'Thứ Năm, 26/11/2025'",
    f"{_POWER}: F106 'giá nhập khẩu'",
    f"{_POWER}: L101 'rooftop solar'",
    f"{_DURIAN}: A101 '21%'",
    f"{_DURIAN}: C102 'Việt-Trung'",
}
# Outside the planted spans, blind: three planted errors found with another span than the annotation's.
BLIND_EXTRA = {
    (_SINGAPORE, "T304", "kỷ niệm 55 năm thiết lập quan hệ ngoại giao (1973–2025)"),
    (_POWER, "F106", "giá nhập"),
    (_DURIAN, "A101", "21"),
}
# Chrome read as article, blind: the human page's 'Cập nhật' by-line and the power page's definition-list box.
CHROME_AS_ARTICLE = {
    _HUMAN: ["Cập nhật: 08:30, Thứ Hai, 24/11/2025 – Hồ Thị Lan"],
    _POWER: [
        "Số liệu nhanh",
        "Công suất LNG đến năm 2030: 22.400 MW",
        "Điện mặt trời mái nhà: khoảng 2.600 MW bán dư",
    ],
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    lines = (ADVERSARY / "mt" / _DURIAN).read_text(encoding="utf-8").splitlines()
    records = _notes(_DURIAN)["records"]
    assert sorted(records) == [json.loads(line)["id"] for line in lines]
    assert all(set(json.loads(line)) == {"id", "src", "mt", "ref"} for line in lines)
    assert len(records) == 18 and sum(r == "clean" for r in records.values()) == 4
    assert len(_notes(_SINGAPORE)["cues"]) == 24
    assert [len(_notes(p.name)["expected"]) for p in MT] == [14, 12, 16]


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the extension bulletin (Y Bhiơ Niê, Krông Pắc, Buôn Ma Thuột, Ri6 and
    Monthong, 3,5 triệu đồng, the Hữu Nghị gate, Thái Lan and Malaysia, 'Thứ Hai, 24/11/2025') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_and_cues_get_no_finding() -> None:
    """Blind: no finding on a JSONL record or an SRT cue the annotation calls clean (1.200 growing-area codes, the
    Minister Trần Đức Thắng, 40.000 đồng/kg, CAEXPO in Nam Ninh; Phạm Minh Chính, 4.000 projects, 2.500 km)."""
    records = _notes(_DURIAN)["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / _DURIAN)]
    assert [f for f in found if records[f[0]] == "clean"] == []
    cues = _notes(_SINGAPORE)["cues"]
    clean_texts = [
        line
        for block in (ADVERSARY / "mt" / _SINGAPORE).read_text(encoding="utf-8").split("\n\n")
        if (parts := block.strip().split("\n")) and cues.get(parts[0]) == "clean"
        for line in parts[2:]
    ]
    srt = findings_of(ADVERSARY / "mt" / _SINGAPORE)
    assert [(f.rule, f.text) for d, f in srt if d.segments[f.segment].text in clean_texts] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 31 of 42 found, 31 with the accepted fix (SRT 10 of 14, page 7 of 12, JSONL 14 of 16); after misses52
    36 and 36 (SRT 13, page 9, JSONL 14)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 42
    assert found >= 36 and fixed >= 36
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_known() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRA


def test_pages_read_as_annotated_but_the_known_misreads() -> None:
    """Blind: no article line read as chrome, lost or unplaced; chrome read as article only on the known lines."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(CHROME_AS_ARTICLE.get(path.name, [])), path.name
        assert page_segments(path), path.name
