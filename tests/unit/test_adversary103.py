"""The hundred-and-third adversary held-out set (tests/data/adversary103), round 29's third blind measurement: MT on
the Benelux, the COP climate talks and road traffic: a TSV of 20 rows `id`/`src` (Chinese)/`mt`/`ref` (human) (COP30
in Belém, the JETP, a coal plant, Türkiye's COP31, loss and damage, the Green Climate Fund), a saved HTML page through
English on a grid layout of the author's own (the Dutch King's state visit, water management in the Mekong Delta, a
Belgian port delegation, Luxembourg's green bonds) and a plain-text page through Chinese with chrome (drink-driving
fines, dash cameras, a Korean request on driving licences), 40 planted errors; a human text page (a drink-driving
checkpoint in Đà Nẵng) must stay quiet, every line annotated chrome or article. Written and annotated before the tool
ran on it (5d64a88b); the blind figures are the floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary103"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".html", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_COP = "01_cop30_jetp_ton_that_thiet_hai.tsv"
_DUTCH = "02_vua_ha_lan_quan_ly_nuoc_cang_bi.html"
_TRAFFIC = "03_phat_nong_do_con_camera_hanh_trinh.txt"
_HUMAN = "01_dem_kiem_tra_nong_do_con_da_nang.txt"

# Blind (data at 5d64a88b; main at aaa6c2ed, this branch's base): 28 of 40 found, 27 with the accepted fix; these 12
# were missed (F106 found the cut sentence on 'trong khi', N109 took the colonel's pinyin name):
BLIND_MISSES = {
    f"{_COP}: N108 'Gutereisi'",
    f"{_COP}: C107 'Lục sắc Khí hậu Cơ kim'",
    f"{_COP}: A105 'Việt Nam mong các đối tác quốc tế cung cấp thêm vốn vay ưu đãi và chuyển giao công nghệ.'",
    f"{_COP}: T308 'thán trung hòa'",
    f"{_COP}: T308 'giảm bài'",
    f"{_COP}: N106 'nữ sĩ'",
    f"{_DUTCH}: L101 'green bonds'",
    f"{_DUTCH}: F106 'trong khi đó'",
    f"{_TRAFFIC}: C107 'Giao thông Cảnh sát Cục'",
    f"{_TRAFFIC}: N101 'Zheng Wenming'",
    f"{_TRAFFIC}: T308 'tửu giá'",
    f"{_TRAFFIC}: C101 'Trung Quốc'",
}
# Outside the planted pairs, blind: a true error I had not planted (Đỗ Đức Duy was no longer the minister in November
# 2025: references/people.tsv), the changed date's lost number, the cut sentence on a narrower span, and the colonel's
# pinyin name under the Korean-name rule
BLIND_EXTRAS = {
    (_COP, "N103", "Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy"),
    (
        _COP,
        "A102",
        "Quỹ ứng phó tổn thất và thiệt hại sẽ bắt đầu nhận hồ sơ của các nước đang phát triển từ ngày 1/1/2026.",
    ),
    (_DUTCH, "F106", "trong khi"),
    (_TRAFFIC, "N109", "Zheng Wenming"),
}
# Chrome read as article, blind: the traffic page's '→' crumb
BLIND_CHROME_AS_ARTICLE = {_TRAFFIC: ["Trang chủ → Xử phạt → Nồng độ cồn"]}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _COP).read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t") == ["id", "src", "mt", "ref"]
    records = _notes(_COP)["records"]
    assert sorted(records) == [row.split("\t")[0] for row in rows[1:]]
    assert len(records) == 20 and sum(r == "clean" for r in records.values()) == 5


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the Đà Nẵng checkpoint page (0,61 mg/lít, a straight-quoted remark, the
    1968 Vienna Convention, 'tháng Giêng năm 2026') ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_rows_get_no_finding() -> None:
    """Blind: no finding on a TSV row the annotation calls clean (COP30's close, net zero by 2050, 300 tỷ USD a
    year, Lula da Silva, coal's share)."""
    records = _notes(_COP)["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / _COP)]
    assert [f for f in found if records[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 28 of 40 found, 27 with the accepted fix (L103 gives no suggestion for 化石燃料)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 40
    assert found >= 28 and fixed >= 27
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    """Blind: a true unplanted N103 (a former minister), A102 beside A109 on the changed date, F106 on a narrower
    span, N109 on the colonel."""
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_pages_read_as_annotated() -> None:
    """Blind: every block of the Dutch page read as annotated (the ticker strip, the list menu, the caption, the
    hashtags and the aside included) and every line of the human page; on the traffic page the '→' crumb read as
    article."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, [])), path.name
