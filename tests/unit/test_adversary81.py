"""The eighty-first adversary held-out set (tests/data/adversary81): MT on transport, the environment and e-commerce
tax: a saved HTML page through English with chrome (the North–South high-speed railway's Japanese, Korean, German and
Chinese partners, on an invented transport site's layout), an XLIFF 1.2 file of 24 units with their Chinese source
(tax on platform sellers: Shopee, TikTok Shop, Lazada), a TSV of 22 rows with an English `src`, the `mt` and a human
`ref` (Hà Nội's smog and AQI, plastic waste, a forest fire) and a text page through Chinese with chrome (Hà Nội's
metro lines, an expressway's widening), 71 planted errors; a human HTML page (a ward's portal guiding online sellers
on tax) must stay quiet, every page line or block annotated chrome or article. Written and annotated before the tool
ran on it (7c63e7dd; one annotation slip corrected after the run, no text changed); the blind figures are the
floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import clean_unit_findings, findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary81"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".xlf", ".tsv", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_RAIL = "01_duong_sat_toc_do_cao_bac_nam.html"
_TAX = "02_thue_thuong_mai_dien_tu.xlf"
_AIR = "03_o_nhiem_rac_nhua_chay_rung.tsv"
_METRO = "04_metro_cao_toc_ha_noi.txt"
_HUMAN = "01_huong_dan_thue_san_tmdt.html"

# Blind (data at 7c63e7dd; main at c85e5e02, this branch's base): 45 of 71 found, 42 with the accepted fix (43 with
# 武 read Võ accepted); these 26 were missed:
BLIND_MISSES = {
    f"{_RAIL}: T306 '6/12'",
    f"{_RAIL}: F114 '1,541'",
    f"{_RAIL}: N103 'Thủ tướng Nhật Bản Ishiba Shigeru'",
    f"{_RAIL}: T308 'đặt xe trước con ngựa'",
    f"{_RAIL}: F107 'trình'",
    f"{_RAIL}: L101 'groundbreaking'",
    f"{_RAIL}: C105 'Thu Thiem'",
    f"{_TAX}: T308 'đại khấu đại nộp'",
    f"{_TAX}: C107 'Hà Bì'",
    f"{_TAX}: C107 'Lai Tán Đạt'",
    f"{_TAX}: A111 'phải nộp'",
    f"{_TAX}: C101 'Trung Quốc'",
    f"{_TAX}: N105 'Tài chính Bộ Phó Bộ trưởng'",
    f"{_TAX}: T308 'võng hồng'",
    f"{_AIR}: A111 'là do'",
    f"{_AIR}: A113 'một giọt nước trong đại dương'",
    f"{_AIR}: L101 'open burning'",
    f"{_AIR}: L101 'single-use'",
    f"{_METRO}: T308 'thừa khách'",
    f"{_METRO}: C101 'tuyến metro đầu tiên của Trung Quốc'",
    f"{_METRO}: C107 'Hà Nội Đường sắt Đô thị Công ty'",
    f"{_METRO}: N108 'Shantian Jianyi'",
    f"{_METRO}: N105 'Tổng kinh lý'",
    f"{_METRO}: N109 'Jin Zhenghao'",
    f"{_METRO}: C102 'Hàn-Việt'",
    f"{_METRO}: T308 'thiết lộ'",
}
# Outside the planted pairs, blind: A111 on the whole sentence whose negation is planted on 'là do'; A102 on the cut
# row planted as A105 (1.2 billion is gone, a fair reading); N101 on the Korean name planted as N109; N103 on 'Hồ
# Đức' (part of the former minister's name planted whole).
BLIND_EXTRAS = {
    (_AIR, "A111", "Các chuyên gia cho rằng khói mù là do một nguồn duy nhất gây ra."),
    (_AIR, "A102", "Cảnh sát môi trường đã phạt ba công ty."),
    (_METRO, "N101", "Jin Zhenghao"),
    (_METRO, "N103", "Hồ Đức"),
}
# Blind, chrome lines read as article: the human page's author line and its print/e-mail row; the text page's crumb
# ('>' between the parts) and its time line.
BLIND_CHROME_AS_ARTICLE = {
    _HUMAN: {"Hoàng Yến – Văn phòng HĐND và UBND phường", "In bài viết   Gửi email   Quay lại"},
    _RAIL: set(),
    _METRO: {"Bản tin quốc tế > Giao thông Việt Nam qua báo chí Trung Quốc", "Thứ Hai, 08/12/2025 – 10:25 (GMT+7)"},
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    xliff = (ADVERSARY / "mt" / _TAX).read_text(encoding="utf-8")
    assert xliff.count("<trans-unit ") == 24 and 'version="1.2"' in xliff and 'source-language="zh-CN"' in xliff
    units = json.loads((ADVERSARY / "mt" / _TAX).with_suffix(".json").read_text(encoding="utf-8"))["units"]
    assert len(units) == 24 and sum(u == "clean" for u in units.values()) == 9
    rows = (ADVERSARY / "mt" / _AIR).read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id\tsrc\tmt\tref" and all(len(r.split("\t")) == 4 for r in rows)
    records = json.loads((ADVERSARY / "mt" / _AIR).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert sorted(records) == [r.split("\t")[0] for r in rows[1:]]
    assert len(records) == 22 and sum(r == "clean" for r in records.values()) == 8


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the ward's page (platforms, rates with decimal commas, Decree 117, eTax)."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    lines = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]
    assert [(f.rule, f.text) for f in audit_text("\n".join(t for kind, t in lines if kind == "A"))] == []


def test_clean_units_of_the_xliff_get_no_finding() -> None:
    assert clean_unit_findings(ADVERSARY / "mt" / _TAX) == []


def test_clean_rows_of_the_tsv_get_no_finding() -> None:
    path = ADVERSARY / "mt" / _AIR
    records = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if records[f[0]] == "clean"] == []


# After misses29 (tests/unit/test_misses29.py tries each fix outside the set, both ways): still missed
AFTER_MISSES = {
    f"{_RAIL}: T306 '6/12'",
    f"{_RAIL}: F114 '1,541'",
    f"{_RAIL}: N103 'Thủ tướng Nhật Bản Ishiba Shigeru'",
    f"{_RAIL}: F107 'trình'",
    f"{_RAIL}: L101 'groundbreaking'",
    f"{_TAX}: A111 'phải nộp'",
    f"{_TAX}: C101 'Trung Quốc'",
    f"{_AIR}: A111 'là do'",
    f"{_AIR}: L101 'open burning'",
    f"{_AIR}: L101 'single-use'",
    f"{_METRO}: C101 'tuyến metro đầu tiên của Trung Quốc'",
    f"{_METRO}: C107 'Hà Nội Đường sắt Đô thị Công ty'",
    f"{_METRO}: N105 'Tổng kinh lý'",
    f"{_METRO}: C102 'Hàn-Việt'",
}


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 45 of 71 found, 42 with the accepted fix (43 with 武 read Võ accepted); after misses29: 57, 53."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 71
    assert found >= 57 and fixed >= 53
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


# After misses29: A111 also on the whole XLIFF unit whose 无需 is planted on 'phải nộp' (its span is the sentence, as
# for 'là do'); 'không quá 200 triệu' says the source's bound 不超过2亿, not its negation
AFTER_EXTRAS = BLIND_EXTRAS | {
    (
        _TAX,
        "A111",
        "Người bán cá nhân có doanh thu năm không quá 200 triệu đồng phải nộp thuế giá trị gia tăng và thuế thu nhập "
        "cá nhân.",
    )
}


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS


def test_page_chrome_no_worse_than_blind() -> None:
    """Blind: no article line read as chrome, none unplaced or missing; four chrome lines read as article (two on the
    human page, two on the text page), none on the HTML page (22 chrome blocks, 13 article). After misses29 (a tool
    row one space apart, an author line with its office, a ' > ' crumb, a date and time joined by a dash): none."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= BLIND_CHROME_AS_ARTICLE[path.name], path.name
        assert score.chrome_as_article == [], path.name
