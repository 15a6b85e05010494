"""The eighth adversary held-out set (tests/data/adversary8): non-political news, a blind measurement.
Human-written sports, business, technology, culture and weather news must get no major or critical finding; the
machine-translated-style texts (three through Chinese, three through English; two are JSONL records with a
source) are scored against their annotations (tests/data/adversary8/README.md lists every miss and its cause)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings

from audit.api import audit_text, document_from_pairs
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary8"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

BLIND_MISSES = [
    "01_t1_chung_ket.txt: N108 'Li Xianghe'",
    "01_t1_chung_ket.txt: C102 'Zhong-Han'",
    "04_sinner_uc.jsonl: L101 'defeated'",
    "04_sinner_uc.jsonl: A109 '16/1'",
    "05_nvidia_quy3.txt: L101 'year-over-year'",
    "05_nvidia_quy3.txt: C105 'Taiwanese'",
    "06_ai_ung_thu_phoi.txt: C105 'Korean'",
]
# After this round's fixes: Faker (李相赫) is in no gazetteer, so his Chinese name is read as a Vietnamese one
MISSES_AFTER_FIX = ["01_t1_chung_ket.txt: N108 'Li Xianghe'"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 6 and len(MT) == 6
    assert all(p.with_name(p.stem + ".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """Blind, one minor finding: C105 'Italy', a spelling the press uses (now a variant of Italia)."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes() -> None:
    """Blind: 41 of 48 planted errors found, 38 with the accepted fix; after the fixes 47 and 45."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 48
    assert found >= 47, missed
    assert fixed >= 45
    assert set(missed) <= set(MISSES_AFTER_FIX) <= set(BLIND_MISSES)


def test_wrong_fixes_as_measured() -> None:
    """The found errors without the accepted fix: 'Italia' for Italian (a press spelling the annotation left out);
    'Lin Xiaotang' now gets the Hán-Việt of its source characters, 林晓棠 'Lâm Hiểu Đường' (blind: 'Hiếu')."""
    got = {
        (f.rule, f.text, f.suggestion)
        for path in MT
        for _, f in findings_of(path)
        if (f.rule, f.text) in {("C105", "Italian"), ("A107", "Tây Ban Nha"), ("N101", "Lin Xiaotang")}
    }
    assert got == {
        ("C105", "Italian", "Italia"),
        ("A107", "Tây Ban Nha", "Italia"),
        ("N101", "Lin Xiaotang", "Lâm Hiểu Đường"),
    }


def test_only_extra_finding_on_mt_is_a_planted_error_under_another_rule() -> None:
    """Every MT finding is a planted span but one: 'Li Xianghe' (the planted N108, Faker's Chinese name 李相赫), now
    N109's Korean name through Chinese (minor, no fix: the plain text has no source) instead of N101's Vietnamese
    guess 'Lê Hương Hà'."""
    extra = []
    for path in MT:
        notes = json.loads(path.with_name(path.stem + ".json").read_text("utf-8"))["expected"]
        spans = {(n["rule"], n["span"]) for n in notes}
        extra += [(path.name, f.rule, f.text) for _, f in findings_of(path) if (f.rule, f.text) not in spans]
    assert extra == [("01_t1_chung_ket.txt", "N109", "Li Xianghe")]


# ---------------------------------------------------------------- the fixes, on sentences not in the set


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_italy_is_a_press_spelling_not_english() -> None:
    assert _found("Đội tuyển bóng chuyền Italy vô địch châu Âu sau chiến thắng 3-1.", "C105") == []
    mixed = "Doanh nghiệp Italia đầu tư vào Bình Dương.\nMột tập đoàn Italy khác mở nhà máy ở Long An."
    assert _found(mixed, "T201") == [("Italy", "Italia")]
    assert _found("Hai nước Việt Nam và Germany ký thỏa thuận về lao động.", "C105") == [("Germany", "Đức")]


def test_english_adjective_after_a_plain_vietnamese_word_or_loan() -> None:
    """'công ty' and 'chip' carry no diacritic but are Vietnamese context: the adjective is no English name's."""
    assert _found("Hợp đồng được ký với công ty Japanese Nidec vào tuần trước.", "C105") == [("Japanese", "Nhật Bản")]
    assert _found("Nhiều hãng chip Korean đang tăng đầu tư vào Bắc Giang.", "C105") == [("Korean", "Hàn Quốc")]
    quiet = "Hàng Made in Vietnam bán chạy; hãng Korean Air tăng chuyến; nhà máy chip Taiwan Semiconductor mở rộng."
    assert _found(quiet, "C105") == []


def test_hyphenated_english_compound_and_verb_before_a_name() -> None:
    text = "Công ty báo lãi ròng tăng 18% quarter-on-quarter trong quý II vừa qua."
    assert _found(text, "L101") == [("quarter-on-quarter", None)]
    assert _found("Cửa hàng giới thiệu thiết bị state-of-the-art cho khách hàng ở Đà Nẵng.", "L101") == [
        ("state-of-the-art", None)
    ]
    assert _found("Võ sĩ người Cuba đã knocked Carlos Mendes xuống sàn ở hiệp hai.", "L101") == [("knocked", None)]
    quiet = "Thủ môn cứu hai set-point; hậu vệ kèm người man-to-man; Tổng thống de Gaulle; cân nặng 3 ki-lô-gam."
    assert _found(quiet, "L101") == []


def _source_findings(pairs: list[tuple[str, str]], rules: list[str]) -> list[tuple[str, str, str | None]]:
    doc = document_from_pairs(pairs)
    return [(f.rule, f.text, f.suggestion) for f in run_rules(doc, [c() for c in select_rules(rules)], Settings())]


def test_date_range_with_two_whole_dates_is_compared() -> None:
    changed = [("The exhibition runs from April 4 to April 18.", "Triển lãm diễn ra từ ngày 4/4 đến ngày 8/4.")]
    assert _source_findings(changed, ["A101", "A109"]) == [("A109", "8/4", "18/4")]
    bare_day = [("Voting lasts from 2 to 6 June and resumes on July 1.", "Bỏ phiếu kéo dài từ 2 đến 6/6 và ngày 1/7.")]
    assert _source_findings(bare_day, ["A101", "A109"]) == []


def test_source_characters_decide_the_tone_of_a_recovered_name() -> None:
    """林晓棠 is 'Lâm Hiểu Đường': the pinyin guess 'Hiếu' (孝) keeps its letters but not its tone."""
    pairs = [("歌手陈晓燕昨天在河内演出。", "Ca sĩ Chen Xiaoyan biểu diễn tại Hà Nội hôm qua.")]
    assert _source_findings(pairs, ["N101"]) == [("N101", "Chen Xiaoyan", "Trần Hiểu Yến")]


def test_romanised_pair_backed_by_a_country_in_pinyin() -> None:
    text = "Đội tuyển Riben gặp Trung Quốc ở bán kết.\nTrận đấu Zhong-Ri thu hút hàng vạn khán giả."
    assert _found(text, "C102") == [("Zhong-Ri", "Trung Quốc – Nhật Bản")]
    assert _found("Trận đấu Zhong-Ri thu hút hàng vạn khán giả.", "C102") == []
