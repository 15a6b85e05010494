"""The ninety-seventh adversary held-out set (tests/data/adversary97), round 28's second blind measurement: MT on
Central Europe, Israel and the Gulf, and the gold market: an XLIFF 2.0 file of 18 units with a Chinese source (the
Polish President's coming visit, Prime Minister Tusk, the Vietnamese community in Poland, a Việt Nam – Czech forum in
Praha, a battery plant and an EV maker's investment in Hungary), a TSV of 16 rows `id`/`src` (English)/`mt`/`ref`
(human) (the Saudi Investment Minister, the UAE, Israel's Economy Minister, Vietnamese farm workers in Israel, halal
food in the Gulf, Mubadala, the Qatar Investment Authority) and a saved HTML page through Chinese on a precious-metals
site's layout of the author's own (SJC bars at a new high, ring gold, the Fed, the State Bank Governor on an auction),
38 planted errors; a human HTML page (a weekend Vietnamese class for children in Praha) must stay quiet, every block
annotated chrome or article. Written and annotated before the tool ran on it (1799d4d8); the blind figures are the
floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary97"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".xlf", ".tsv", ".html"))
PAGES = [p for p in MT if p.suffix == ".html"]

_EUROPE = "01_ba_lan_sec_hungary_cong_dong_nguoi_viet.xlf"
_GULF = "02_israel_vung_vinh_halal_lao_dong.tsv"
_GOLD = "03_gia_vang_sjc_dau_thau.html"
_HUMAN = "01_lop_tieng_viet_tre_em_praha.html"

# Blind (data at 1799d4d8; main at f5866fe0, this branch's base): 32 of 38 found, 31 with the accepted fix (L101
# 'portfolio' found with no fix offered); these 6 were missed:
BLIND_MISSES = {
    f"{_EUROPE}: C107 'Ba Lan Đầu tư và Mậu dịch Cục'",
    f"{_GULF}: A113 'phần của sư tử'",
    f"{_GOLD}: T308 'áng ti'",
    f"{_GOLD}: N108 'Baoweier'",
    f"{_GOLD}: T308 'ương hành'",
    f"{_GOLD}: C101 'Trung Quốc'",
}
# Chrome read as article, blind: the gold page's mail sign-up and its price disclaimer.
CHROME_AS_ARTICLE = {
    _GOLD: [
        "Nhận bảng giá vàng mỗi sáng qua email – Đăng ký",
        "Thông tin giá chỉ mang tính tham khảo, có thể thay đổi theo từng thời điểm.",
    ],
}
# After misses45 (round 28): 38 of 38 found, 37 with the accepted fix (L101 'portfolio' still with no fix offered);
# both chrome lines read as chrome.
AFTER_MISSES: set[str] = set()
AFTER_CHROME_AS_ARTICLE: dict[str, list[str]] = {}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _GULF).read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id\tsrc\tmt\tref" and all(len(r.split("\t")) == 4 for r in rows)
    records = _notes(_GULF)["records"]
    assert sorted(records) == [r.split("\t")[0] for r in rows[1:]]
    assert len(records) == 16 and sum(r == "clean" for r in records.values()) == 4
    units = _notes(_EUROPE)["units"]
    assert len(units) == 18 and sum(u == "clean" for u in units.values()) == 4
    assert 'version="2.0"' in (ADVERSARY / "mt" / _EUROPE).read_text(encoding="utf-8")


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the community page ('Sáng Chủ nhật 23/11', Sapa, Praha, curly quotes, Lê
    Thị Thu Hà, Trần Đức Mạnh, the State Committee for Overseas Vietnamese) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article blocks audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_units_and_rows_get_no_finding() -> None:
    """Blind: no finding on an XLIFF unit or a TSV row the annotation calls clean (Nawrocki's visit, Lương Cường,
    Hungary's 200 scholarships, Petr Pavel; Al-Falih, Qatar's Prime Minister, VIFTA, the CEPA)."""
    for name, key in ((_EUROPE, "units"), (_GULF, "records")):
        notes = _notes(name)[key]
        found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(ADVERSARY / "mt" / name)]
        assert [f for f in found if notes[f[0]] == "clean"] == [], name


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 32 of 38 found, 31 with the accepted fix; after misses45: 38 and 37."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 38
    assert found >= 38 and fixed >= 37  # after misses45 (blind: 32 and 31)
    assert set(missed) <= AFTER_MISSES, sorted(set(missed) - AFTER_MISSES)


# Since misses54 (round 30) listed Nir Barkat as Israel's Minister of Economy and Industry, N103 reports the planted
# misspelling 'Nir Barkar' a second time, as a near-miss of the minister's name (the same error, the whole name's span).
SAME_ERROR = {("02_israel_vung_vinh_halal_lao_dong.tsv", "N103", "Nir Barkar")}


def test_no_finding_outside_planted_spans() -> None:
    assert set(unplanted_findings(MT)) <= SAME_ERROR


def test_page_chrome_read_right_but_the_known_misreads() -> None:
    """Blind: no article block read as chrome, lost or unplaced on either page; chrome read as article only on the
    known blocks (CHROME_AS_ARTICLE); after misses45, on none (AFTER_CHROME_AS_ARTICLE)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name
