"""The ninety-first adversary held-out set (tests/data/adversary91): MT on religion and festivals, storm relief and
defence diplomacy: a TSV of 21 rows with an English `src`, the `mt` and a human `ref` (typhoon Yagi, landslides in
the north, Japanese, Korean and Australian aid, the Red Cross), two plain-text pages through Chinese with chrome (a
religion site's page with a weekday bar and a dated lead: Vesak in TP.HCM, the Cao Đài Holy See, Hòa Hảo, a diocese's
jubilee, the Hùng Kings' festival; the defence ministry's portal: Indian, Japanese and Philippine ships, a defence
expo, peacekeeping in South Sudan and Abyei) and a Markdown Red Cross newsletter through Chinese (Yagi relief, Làng
Nủ, JICA, KOICA and Australian aid), 79 planted errors; a human text page (a provincial Red Cross hands over houses)
must stay quiet, every page line annotated chrome or article. Written and annotated before the tool ran on it
(28332fe2; one annotation slip corrected after the run at 529b94ad, no text changed); the blind figures are the
floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary91"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".txt", ".md"))
PAGES = [p for p in MT if p.suffix in (".txt", ".md")]

_RELIEF = "01_bao_yagi_cuu_tro_quoc_te.tsv"
_FAITH = "02_vesak_cao_dai_gio_to.txt"
_NAVY = "03_tau_an_do_cam_ranh_gin_giu_hoa_binh.txt"
_LETTER = "04_ban_tin_chu_thap_do_bao_yagi.md"
_HUMAN = "01_ban_giao_nha_chu_thap_do_cao_bang.txt"

# Blind (data at 28332fe2; main at 0a7b10e1, this branch's base): 55 of 79 found, 52 with the accepted fix (56 and 53
# with the slip corrected at 529b94ad); these 23 were missed with the corrected annotation:
BLIND_MISSES = {
    f"{_RELIEF}: A113 'vào giờ thứ mười một'",
    f"{_RELIEF}: L101 'hazard map'",
    f"{_FAITH}: T308 'Vệ Tái tiết'",
    f"{_FAITH}: C101 'Trung Quốc'",
    f"{_FAITH}: N108 'Lijizhu'",
    f"{_FAITH}: C106 'Xining'",
    f"{_FAITH}: T308 'giáo khu'",
    f"{_NAVY}: C106 'Jinlan'",
    f"{_NAVY}: T308 'quân hạm'",
    f"{_NAVY}: C106 'Xiangang'",
    f"{_NAVY}: N108 'Teaoduoluo'",
    f"{_NAVY}: N103 'Hoàng Xuân Chiếm'",
    f"{_NAVY}: C107 'Việt Nam Duy hòa Cục'",
    f"{_NAVY}: C106 'Abuyeyi'",
    f"{_NAVY}: T308 'duy hòa'",
    f"{_NAVY}: C101 'Trung Quốc'",
    f"{_LETTER}: C107 'Việt Nam Hồng Thập tự Hội'",
    f"{_LETTER}: T308 'tai dân'",
    f"{_LETTER}: C106 'Gaoping'",
    f"{_LETTER}: C107 'Nhật Bản Quốc tế Hiệp lực Cơ cấu'",
    f"{_LETTER}: N108 'Tianzhong Hong'",
    f"{_LETTER}: C107 'Hàn Quốc Quốc tế Hiệp lực Đoàn'",
    f"{_LETTER}: C104 'Úc Đại Lợi'",
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 3 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    header, *rows = (ADVERSARY / "mt" / _RELIEF).read_text(encoding="utf-8").splitlines()
    assert header.split("\t") == ["id", "src", "mt", "ref"] and len(rows) == 21
    notes = json.loads((ADVERSARY / "mt" / _RELIEF).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert len(notes) == 21 and sum(n == "clean" for n in notes.values()) == 5


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the Red Cross page (3,1 tỷ đồng, 60 m², 'phía Nhật Bản', Sato Kenji,
    Nông Thị Hạnh, Hoàng Văn Sểnh, 'thứ Sáu, 13/12/2024', the Korean embassy) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_rows_of_the_tsv_get_no_finding() -> None:
    """Blind: no finding on a row the annotation calls clean (20 communes, 40 countries, Yên Bái on Monday, Bảo Yên)."""
    path = ADVERSARY / "mt" / _RELIEF
    notes = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if notes[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 55 of 79 found, 52 with the accepted fix (56 and 53 with the slip corrected)."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 79
    assert found >= 56 and fixed >= 53
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans() -> None:
    """Blind: none."""
    assert unplanted_findings(MT) == []


def test_page_chrome_read_right() -> None:
    """Blind: on every page no chrome line read as article, no article line read as chrome, lost or unplaced."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert score.chrome_as_article == [], path.name
