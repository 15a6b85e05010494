"""The hundred-and-first adversary held-out set (tests/data/adversary101), round 29's blind measurement: MT on
e-commerce, the Pacific island states and Mongolia: an XLIFF 1.2 file of 18 units with a Chinese source (the platforms
withholding online sellers' tax, Shopee and TikTok Shop, Temu and Shein unlicensed, counterfeits, Coupang and Rakuten),
a saved HTML page through English on a card layout of the author's own (Papua New Guinea's Prime Minister in Hà Nội,
Fiji, the Solomon Islands, Vanuatu, fisheries and climate funds) and a text page with chrome through Chinese (the
Mongolian President's state visit, coal and meat, a direct flight to Ulaanbaatar), 38 planted errors; a human text page
(counterfeits sold online, a consumer club's advice) must stay quiet, every line annotated chrome or article. Written
and annotated before the tool ran on it (da03e48b); the blind figures are the floor; the set's README says what was
missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary101"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".xlf", ".html", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_SHOPS = "01_thue_san_thuong_mai_dien_tu_hang_gia.xlf"
_PACIFIC = "02_dao_quoc_thai_binh_duong_nghe_ca_khi_hau.html"
_MONGOLIA = "03_tong_thong_mong_co_than_thit_duong_bay.txt"
_HUMAN = "01_mua_sam_truc_tuyen_canh_giac_hang_gia.txt"

_SHORT = "Theo thống kê, mỗi người tiêu dùng Việt Nam mua hàng trực tuyến trung bình khoảng 50 lần mỗi năm."
# Blind (data at da03e48b; main at aaa6c2ed, this branch's base): 30 of 38 found, 28 with the accepted fix (L103
# '假冒' and L101 'loss and damage' found with no fix offered); these 8 were missed:
BLIND_MISSES = {
    f"{_SHOPS}: T308 'điện thương'",
    f"{_SHOPS}: C107 'Xiyin'",
    f"{_SHOPS}: A105 {_SHORT!r}",
    f"{_SHOPS}: C101 'Trung Quốc'",
    f"{_PACIFIC}: N107 'Vanuatu'",
    f"{_MONGOLIA}: T308 'môi thán'",
    f"{_MONGOLIA}: C101 'Trung Quốc'",
    f"{_MONGOLIA}: C106 'Wulanbatuo'",
}
# misses49 fixed five (T308 'điện thương' and 'môi thán', C107 'Xiyin', N107 'Vanuatu', C106 'Wulanbatuo'); still
# missed: A105 (left on purpose) and the two C101 '我国' ones (leftovers49's)
AFTER_MISSES49 = {
    f"{_SHOPS}: A105 {_SHORT!r}",
    f"{_SHOPS}: C101 'Trung Quốc'",
    f"{_MONGOLIA}: C101 'Trung Quốc'",
}
# Outside the planted pairs, blind: the undated XLIFF's 'Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên' (the holder on
# the file's date, 27/11/2025, which only its `original` path gives) read against today's holder; none since misses49
# (a year written only in a future or effective-from frame, 'sẽ có hiệu lực từ ngày 1/7/2026', dates no text).
BLIND_EXTRA = {
    (_SHOPS, "N103", "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên"),
}
# Chrome read as article, blind: the Pacific page's next-story card; none since misses49 (a label and a title joined
# by an arrow).
CHROME_AS_ARTICLE: dict[str, list[str]] = {}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    text = (ADVERSARY / "mt" / _SHOPS).read_text(encoding="utf-8")
    assert 'version="1.2"' in text and 'source-language="zh-CN"' in text
    units = json.loads((ADVERSARY / "mt" / _SHOPS).with_suffix(".json").read_text(encoding="utf-8"))["units"]
    assert len(units) == 18 and sum(u == "clean" for u in units.values()) == 6


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the consumer club's page ('Thứ Sáu, 28/11/2025', 1/7/2025, TikTok Shop,
    Shopee, Lazada, Temu, Shein, straight quotes, Đỗ Thị Minh Nguyệt, Lê Quốc Bảo) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_units_get_no_finding() -> None:
    """Blind: no finding on an XLIFF unit the annotation calls clean (25 tỷ USD, Temu's deadline, 1% and 0,5% on
    100 triệu đồng, 15%, the hotline 1800 6838, VECOM)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _SHOPS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 30 of 38 found, 28 with the accepted fix; 35 and 33 after misses49's fixes."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 38
    assert found >= 35 and fixed >= 33
    assert set(missed) <= AFTER_MISSES49 <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES49)


def test_no_finding_outside_planted_spans_but_the_known() -> None:
    """Blind: the N103 on Nguyễn Hồng Diên (BLIND_EXTRA); none since misses49."""
    assert set(unplanted_findings(MT)) == set()


def test_page_chrome_read_right_but_the_known_misreads() -> None:
    """Blind: no article line read as chrome, lost or unplaced on any page; chrome read as article only on the known
    lines (CHROME_AS_ARTICLE)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(CHROME_AS_ARTICLE.get(path.name, [])), path.name
