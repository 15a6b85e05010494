"""Adversary held-out set 127 (tests/data/adversary127), round 36's blind set: MT on Europe and Việt Nam (EVFTA
exports, France's, Germany's and Italy's visitors, skilled workers and nurses for Germany), education (scholarships in
Europe, university rankings, the national high-school exam) and public health (dengue, hospital overload, vaccines): an
XLIFF 2.0 file of 11 units with a Chinese source (segment states, <pc> and <ph/> inline codes, a file note), 8 JSONL
records with an English source and a human reference, and a health news site's text page through Chinese, 25 planted
errors; a human Markdown page (Vietnamese nurses leaving for Germany) must stay quiet, every line annotated chrome or
article. Written and annotated before the tool ran on it (9c5625e3); the blind figures are the floor; the set's README
says what was missed."""

from __future__ import annotations

import json
import re
from pathlib import Path

from adversary_scoring import (
    audit_folder,
    clean_unit_findings,
    findings_of,
    score_planted,
    serious_findings,
    unplanted_findings,
)
from chrome_lines import page_segments, score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary127"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".md")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".xlf", ".txt"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_EUROPE = "01_evfta_lao_dong_ky_nang_duc_y_phap.xlf"
_RECORDS = "02_hoc_bong_chau_au_thi_tot_nghiep_xep_hang.jsonl"
_HEALTH = "03_sot_xuat_huyet_qua_tai_benh_vien_qua_tieng_trung.txt"
_A110_SPAN = (
    "Bộ trưởng Bộ Công Thương Nguyễn Hồng Điện cho biết Việt Nam mong các nước thành viên EU chưa phê chuẩn Hiệp định"
    " Bảo hộ đầu tư Việt Nam - EU (EVIPA) sớm phê chuẩn hiệp định này."
)

# Blind (data at 9c5625e3; main at 2a08e952, this branch's base): 18 of 25 found, 16 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_EUROPE}: C103 'ý phương'",
    f"{_EUROPE}: A110 {_A110_SPAN!r}",
    f"{_EUROPE}: C102 'Việt-Âu'",
    f"{_RECORDS}: A113 'chiếc bánh trên bầu trời'",
    f"{_HEALTH}: C107 'Ba Tư Đức'",
}
# Blind the misses were also N102 'An Đông Ni Áo·Tháp Á Ni' (found from 'Ni' on) and N108 'Kelaosi Weibo' (a known word
# second): found after leftovers66's fixes, both without a suggestion (Tajani's Chinese name is not in the tables,
# Klaus Weber is invented)
# Blind: the one finding outside the planted spans, N102 on the planted Tajani name with a shorter span (without its
# first two syllables 'An Đông'), no suggestion
BLIND_UNPLANTED = [(_EUROPE, "N102", "Ni Áo·Tháp Á Ni")]
# After leftovers66 (the whole given name before the dot): none, the finding is the planted span
UNPLANTED_AFTER: list[tuple[str, str, str]] = []
_HUMAN_LINES = json.loads(CLEAN[0].with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    xliff = (ADVERSARY / "mt" / _EUROPE).read_text(encoding="utf-8")
    xliff_units = re.findall(r'<unit id="([^"]+)">', xliff)
    europe_units = _notes(_EUROPE)["units"]
    assert 'version="2.0"' in xliff and 'srcLang="zh-CN"' in xliff
    assert sorted(europe_units) == xliff_units and len(xliff_units) == 11
    assert sum(u == "clean" for u in europe_units.values()) == 3
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _RECORDS).read_text(encoding="utf-8").splitlines()]
    units = _notes(_RECORDS)["units"]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    assert sorted(units) == [r["id"] for r in records] and len(units) == 8
    assert sum(u == "clean" for u in units.values()) == 2
    assert [len(_notes(p.name)["expected"]) for p in MT] == [10, 8, 7]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the nurses page (a link menu, 'Thứ Bảy, 29/11/2025', 'Việt - Đức', bang
    Bayern, B2, 2.800 and 3.400 euro, Sabine Krüger, St. Anna, Regensburg, a quote with an English sentence, 12,5%,
    'thứ Hai, 5/1/2026', tags with links)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... and none on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_and_units_get_no_finding() -> None:
    """Blind: no finding on an XLIFF unit or a JSONL record the annotation calls clean (a <pc> headline with 'EVFTA'
    and 'EU', a trailing <ph/>, 'Việt Nam - Ý' and '<pc>5/12</pc>' for <pc>12月5日</pc>; 1,1 triệu thí sinh, the
    2018 curriculum, 30 Bologna students)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _EUROPE) == []
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 18 of 25 found, 16 with the accepted fix (XLIFF 6 of 10, 5: N108 'Laerxie' found without a suggestion
    where I wrote 'Gérard Larcher'; JSONL 7 of 8, 7; text page 5 of 7, 4: L103 '超负荷' without a suggestion). After
    leftovers66's fixes 20 of 25, 16 (N102 'An Đông Ni Áo·Tháp Á Ni' and N108 'Kelaosi Weibo' without a suggestion)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 25
    assert found >= 20 and fixed >= 16
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after leftovers65 (round 36): C107 'Ba Tư Đức' (巴斯德 Pasteur in organisations.tsv) found with 'Pasteur', A113
    # 'chiếc bánh trên bầu trời' ('pie in the sky' in en_idioms.tsv) found, C103 'ý phương' (a lowercase reading before
    # 'phương' where the record's source writes 意方) found with 'phía Ý': 21 of 25, 19 with the fix
    assert found >= 21 and fixed >= 19
    assert set(missed) <= BLIND_MISSES - {
        f"{_EUROPE}: C103 'ý phương'",
        f"{_RECORDS}: A113 'chiếc bánh trên bầu trời'",
        f"{_HEALTH}: C107 'Ba Tư Đức'",
    }, sorted(set(missed))
    # both helpers' fixes merged (round 36): 23 of 25, 19 with the fix; left A110 (canDelete) and C102 'Việt-Âu'
    assert found >= 23 and fixed >= 19


def test_findings_outside_planted_spans_at_most_blind() -> None:
    """Blind: one, N102 on 'Ni Áo·Tháp Á Ni', the planted Tajani name without its first two syllables; after
    leftovers66, none."""
    assert set(unplanted_findings(MT)) <= set(UNPLANTED_AFTER)


def test_folder_run_audits_every_file_but_the_markdown(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the XLIFF, the JSONL and the text page (the .json notes skipped, and
    the Markdown page too: a walk reads .md only when named), with findings on each MT file."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"mt/{p.name}" for p in MT}
    assert flagged == audited


def test_pages_read_as_annotated() -> None:
    """Blind: every line of the human Markdown page and of the MT text page read as annotated (menus, crumbs, date
    lines, by-lines, keywords, share lines, tags, related links and footers as chrome; no article lost)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
