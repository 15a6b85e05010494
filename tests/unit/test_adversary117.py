"""Adversary held-out set 117 (tests/data/adversary117), round 33's blind set: MT on trade with Latin America, online
fraud and cybersecurity, and study abroad: a TSV of 12 rows with a Chinese source and a human reference (Brazilian
coffee, Argentine corn and beef, Mexico, Chile's FTA, a Chilean minister's visit, Mercosur, Brazilian soybean meal, rice
for Chile), a Markdown fraud advisory through English (scam calls, a police campaign, a retail chain's data leak, a
table) and a plain-text study-abroad page through Chinese (Australia's visa cap, Japan's and Canada's scholarships),
33 planted errors; a human HTML page (Vietnamese coffee and cashews in Mexico and Chile) must stay quiet, every line
annotated chrome or article. Written and annotated before the tool ran on it (0e56ab28); the blind figures are the
floor; the set's README says what was missed."""

from __future__ import annotations

import json
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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary117"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".md", ".txt"))

_ROWS = "01_thuong_mai_my_latinh_ca_phe_ngo_bo.tsv"
_FRAUD = "02_canh_bao_lua_dao_truc_tuyen.md"
_STUDY = "03_du_hoc_sinh_uc_canada_nhat_ban.txt"
PAGES = [ADVERSARY / "mt" / _STUDY]
_HUMAN = "01_ca_phe_viet_sang_mexico_chile.html"

# Blind (data at 0e56ab28; main at f3020fa1, this branch's base): 26 of 33 found with the planted span, 23 with the
# accepted fix; missed (all but C101 flagged at another span, see BLIND_OTHER_SPANS):
BLIND_MISSES = {
    f"{_ROWS}: A111 'đã được phép'",
    f"{_ROWS}: A112 '15%'",
    f"{_ROWS}: A102 'một lượng lớn'",
    f"{_FRAUD}: F108 'điện lực, .'",
    f"{_STUDY}: T306 'hôm nay (28/11)'",
    f"{_STUDY}: F107 'và.'",
    f"{_STUDY}: C101 'Trung Quốc'",
}
# Blind: the findings outside the planted spans, each the planted error at another span than the one annotated
BLIND_OTHER_SPANS = {
    (_ROWS, "A111", "Thịt bò Argentina hiện đã được phép vào thị trường Việt Nam."),
    (_ROWS, "A112", "15"),
    (_ROWS, "A102", "Mỗi năm Chile nhập khẩu một lượng lớn gạo từ Việt Nam."),
    (_FRAUD, "F108", ", ."),
    (_STUDY, "T306", "28/11"),
    (_STUDY, "F107", "và"),
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _ROWS).read_text(encoding="utf-8").splitlines()
    units = _notes(_ROWS)["units"]
    assert rows[0].split("\t") == ["id", "src", "mt", "ref"] and all(len(r.split("\t")) == 4 for r in rows)
    assert sorted(units) == [r.split("\t")[0] for r in rows[1:]]
    assert len(units) == 12 and sum(u == "clean" for u in units.values()) == 3
    assert [len(_notes(p.name)["expected"]) for p in MT] == [11, 10, 12]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding on the coffee-and-cashew page (a top bar with 'Thứ Sáu, 28/11/2025', a link menu, a '/'
    crumb, María José Fernández, Café del Pacífico, Guadalajara, Santiago, Manzanillo, São Paulo, 'vạn sự khởi đầu
    nan', 'thứ Hai, 15/12/2025', 3.500 USD, 40 feet, a figure caption, a hotline and e-mail in the footer)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... and none on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_get_no_finding() -> None:
    """Blind: no finding on a TSV row the annotation calls clean (20 billion USD of trade with Latin America, Chile's
    FTA, a Mexico City fair of Vietnamese goods)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _ROWS) == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 26 of 33 found with the planted span, 23 with the accepted fix (TSV 8 of 11, 8; fraud advisory 9 of
    10, 8: L101 'customer service' without a suggestion; study page 9 of 12, 7: N108 'Kelaier' without a suggestion,
    C102 'Yue-Ao' with 'Việt Nam – Australia')."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 33
    assert found >= 26 and fixed >= 23
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after the lead's fixes of round 33 (tests/unit/test_lead33.py): C101 reads an embassy speaking of another
    # country's visas, the story's partner, as that country's embassy ('Đại sứ quán Trung Quốc … thị thực du học Úc'):
    # 27, 24
    assert found >= 27 and fixed >= 24
    assert f"{_STUDY}: C101 'Trung Quốc'" not in missed


def test_findings_outside_planted_spans_at_most_blind() -> None:
    """Blind: six, each a planted error flagged at another span than the annotated one; nothing else."""
    assert set(unplanted_findings(MT)) <= BLIND_OTHER_SPANS, sorted(set(unplanted_findings(MT)) - BLIND_OTHER_SPANS)


def test_folder_run_audits_every_file_but_the_advisory(tmp_path: Path) -> None:
    """Blind: `audit run` on the folder audits the TSV, the text page and the human page (the .json notes skipped,
    and the Markdown advisory too: a walk reads .md only when named), with findings on both MT files it reads and
    none on the human page."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    read_mt = {f"mt/{p.name}" for p in MT if p.suffix != ".md"}
    assert audited == {f"clean/{p.name}" for p in CLEAN} | read_mt
    assert flagged == read_mt


def test_pages_read_as_annotated() -> None:
    """Blind: every line of the human HTML page and of the study-abroad text page read as annotated (top bar, logo,
    menus, crumbs, date and by-lines, the figure caption, keywords, share rows, related links and footers as chrome;
    the headline and every paragraph as article; none lost)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
