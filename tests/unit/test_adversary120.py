"""Adversary held-out set 120 (tests/data/adversary120), round 34's blind set: MT on Thailand and Cambodia (border
talks, rice exports, tourism), the gold market and the State Bank (a gold bar auction, ring gold prices, the new
decree) and Russia and the Eurasian Economic Union (the FTA, fertiliser, oil, direct flights): 11 JSONL records with a
Chinese source and a human reference, 13 subtitle cues of a TV bulletin through English and a business site's text page
through Chinese, 29 planted errors; a human Markdown travel page (tours to Bangkok and Siem Reap) must stay quiet,
every line annotated chrome or article. Written and annotated before the tool ran on it (cfa09ba3); the blind figures
are the floor; the set's README says what was missed."""

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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary120"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".md")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".jsonl", ".srt", ".txt"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_RECORDS = "01_bien_gioi_thai_campuchia_vang_nga.jsonl"
_GOLD = "02_gia_vang_nghi_dinh_moi.srt"
_EAEU = "03_thuong_mai_nga_lien_minh_a_au.txt"

# Blind (data at cfa09ba3; main at 4162fb27, this branch's base): 21 of 29 found, 17 with the accepted fix; missed:
BLIND_MISSES = {
    f"{_RECORDS}: C103 'phía Giản'",
    f"{_RECORDS}: A111 'Phía Nga cho biết, xuất khẩu dầu mỏ sang Việt Nam bị ảnh hưởng bởi các lệnh trừng phạt của "
    "phương Tây.'",
    f"{_RECORDS}: F111 'chuyến chuyến'",
    f"{_GOLD}: L101 'license'",
    f"{_GOLD}: F107 'trên'",
    f"{_EAEU}: C101 'Trung Quốc'",
    f"{_EAEU}: C108 'Uzbekistan'",
    f"{_EAEU}: C102 'Nga-Bạch'",
}
# Blind: the one finding outside the planted spans, a false alarm on a right translation of 泰国驻柬大使
# ('Đại sứ Thái Lan tại Campuchia' read as a wrong country, with 'Việt Nam' suggested)
BLIND_UNPLANTED = [(_RECORDS, "C101", "Campuchia")]
_HUMAN_LINES = json.loads(CLEAN[0].with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def _notes(name: str) -> dict:
    return json.loads((ADVERSARY / "mt" / name).with_suffix(".json").read_text(encoding="utf-8"))


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in (ADVERSARY / "mt" / _RECORDS).read_text(encoding="utf-8").splitlines()]
    units = _notes(_RECORDS)["units"]
    assert all(set(r) == {"id", "src", "mt", "ref"} for r in records)
    assert sorted(units) == [r["id"] for r in records] and len(units) == 11
    assert sum(u == "clean" for u in units.values()) == 3
    cues = _notes(_GOLD)["cues"]
    assert len(cues) == 13 and sum(c == "clean" for c in cues.values()) == 3
    assert [len(_notes(p.name)["expected"]) for p in MT] == [10, 10, 9]


def test_human_page_gets_no_finding() -> None:
    """Blind: no finding of any severity on the travel page (a link menu, 'Thứ Bảy, 29/11/2025', Bangkok - Pattaya,
    Siem Reap, Angkor Wat, Mộc Bài, tour prices 6,5 to 14,2 triệu đồng, a quoted 10%, Đại sứ quán Việt Nam tại Thái
    Lan và Campuchia, tags with links)."""
    assert [s for p in CLEAN for s in serious_findings(p)] == []
    assert [(f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... and none on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_records_and_cues_get_no_finding() -> None:
    """Blind: no finding on a JSONL record or an SRT cue the annotation calls clean (650万吨 as '6,5 triệu tấn', 25%,
    Russian fertiliser, the FTA from 10/2016; 153,5 triệu đồng, Trần Nhân Tông street, the State Bank's inspections)."""
    assert clean_unit_findings(ADVERSARY / "mt" / _RECORDS) == []
    cues = _notes(_GOLD)["cues"]
    clean_texts = [
        "\n".join(parts[2:])
        for block in (ADVERSARY / "mt" / _GOLD).read_text(encoding="utf-8").split("\n\n")
        if (parts := block.strip().split("\n")) and cues.get(parts[0]) == "clean"
    ]
    assert len(clean_texts) == 3
    srt = findings_of(ADVERSARY / "mt" / _GOLD)
    assert [(f.rule, f.text) for d, f in srt if d.segments[f.segment].text in clean_texts] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 21 of 29 found, 17 with the accepted fix (JSONL 7 of 10, 6: N102 'Áo Vi Nhĩ Khâu Khắc' found without
    a suggestion; SRT 8 of 10, 7: T303 'thứ Năm, 28/11/2025' without one; text page 6 of 9, 4: N101 'Wu Wenhai' and
    L103 '化肥' without one)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 29
    assert found >= 21 and fixed >= 17
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)
    # after the lead's fixes of round 34: 不受 is a negation (zh_negations.txt), 'chuyến' a classifier
    # (vi_classifiers.txt): 23 found, 19 with the fix. F107 now fires on the cue cut after 'dựa trên', the
    # two-word ending ('dựa trên' as 'dựa vào' in vi_function_words.tsv), where the set annotates 'trên' alone: the
    # annotation stays as committed. C108 'Uzbekistan' stays quiet: the EAEU is in blocs.tsv now, and Uzbekistan is
    # its observer state since December 2020, a partner the rule never flags (as the SCO's observers)
    assert found >= 23 and fixed >= 19
    assert set(missed) <= BLIND_MISSES - {
        f"{_RECORDS}: A111 'Phía Nga cho biết, xuất khẩu dầu mỏ sang Việt Nam bị ảnh hưởng bởi các lệnh trừng phạt "
        "của phương Tây.'",
        f"{_RECORDS}: F111 'chuyến chuyến'",
    }
    # after leftovers59 (round 35): C103 'phía Giản' is read where the record's Chinese source writes 柬方 (fixed
    # 'phía Campuchia'), C102 'Nga-Bạch' after 'hành lang' in a story that names Russia (fixed 'Nga – Belarus', the
    # annotation accepts the hyphen forms only): 25 found, 20 with the fix
    assert found >= 25 and fixed >= 20
    assert set(missed) <= BLIND_MISSES - {
        f"{_RECORDS}: A111 'Phía Nga cho biết, xuất khẩu dầu mỏ sang Việt Nam bị ảnh hưởng bởi các lệnh trừng phạt "
        "của phương Tây.'",
        f"{_RECORDS}: F111 'chuyến chuyến'",
        f"{_RECORDS}: C103 'phía Giản'",
        f"{_EAEU}: C102 'Nga-Bạch'",
    }


def test_findings_outside_planted_spans_at_most_blind() -> None:
    """Blind: one, C101 on 'Campuchia' in 'Đại sứ Thái Lan tại Campuchia' (r03), a right translation of the source."""
    assert set(unplanted_findings(MT)) <= set(BLIND_UNPLANTED) | {(_GOLD, "F107", "dựa trên")}
    # after the lead's fix of round 34: 'Campuchia' before a Hán-Việt name ('Bộ trưởng Ngoại giao Campuchia Bố Lạp
    # Sách Côn') is a mention (no Vietnamese syllable opens a personal name so), so the sentence names Cambodia twice
    # and the posting is no slip; F107 'dựa trên' is the planted cut cue at the two-word span (see above)
    assert unplanted_findings(MT) == [(_GOLD, "F107", "dựa trên")]


def test_folder_run_audits_every_file_but_the_markdown(tmp_path: Path) -> None:
    """`audit run` on the folder audits the JSONL, the subtitles and the text page (the .json notes skipped, and the
    Markdown page too: a walk reads .md only when named), with findings on each MT file."""
    out = audit_folder(ADVERSARY, tmp_path / "run")
    audited = {json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}
    flagged = {json.loads(line)["doc"] for line in (out / "findings.jsonl").read_text("utf-8").splitlines()}
    assert audited == {f"mt/{p.name}" for p in MT}
    assert flagged == audited


def test_pages_read_as_annotated() -> None:
    """Blind: every line of the human Markdown page and of the MT text page read as annotated (menus, crumbs, date
    lines, author and source lines, tags, keywords, share lines, related links and footers as chrome; no article
    lost)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
        assert page_segments(path), path.name
