"""The twenty-first adversary held-out set (tests/data/adversary21): a blind measurement in round 9 of
English→Vietnamese neural MT (not through Chinese). Two target-only texts (a World Bank update on Việt Nam's
economy, a Premier League match report), a smartphone review as TSV src/mt/ref, a WHO heat advisory as JSONL with
its English source and a wildfire report as XLIFF 2.0 were written and annotated before the tool ran on them; two
human-style news texts must stay free of findings. The blind figures are the floor; README says what was missed
and why, and which fixes followed (tested below on sentences outside the set)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings

from audit.api import audit_pairs, audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary21"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at b82ca5c): 51 of 62 found, all 51 with the accepted fix; these 11 were missed.
BLIND_MISSES = [
    "01_ngan_hang_the_gioi.txt: F106 'nhưng'",
    "01_ngan_hang_the_gioi.txt: F107 'cho'",
    "02_aston_villa_fulham.txt: L101 'against the run of play'",
    "02_aston_villa_fulham.txt: F106 'và'",
    "03_danh_gia_dien_thoai.tsv: A105 'Viên pin 5.500 mAh kéo dài một ngày rưỡi trong các thử nghiệm của chúng tôi.'",
    "03_danh_gia_dien_thoai.tsv: L101 'in low light'",
    "03_danh_gia_dien_thoai.tsv: A103 'Lindeman'",
    "05_chay_rung_canada.xlf: A103 'Colombia'",
    "05_chay_rung_canada.xlf: A110 'Người sơ tán cần đăng ký tại trung tâm tiếp nhận ở Fort St. John.'",
    "05_chay_rung_canada.xlf: A111 'Cho đến nay đã có thương vong được báo cáo.'",
    "05_chay_rung_canada.xlf: A109 '20/6'",
]
# Blind, six findings outside the planted (rule, span) pairs (README: two spans of planted errors, a true T101,
# and a false alarm, S101 on a syllable of a transliterated name).
BLIND_EXTRAS = {
    ("01_ngan_hang_the_gioi.txt", "F106", "nhưng giá"),
    ("02_aston_villa_fulham.txt", "F106", "và chỉ"),
    ("02_aston_villa_fulham.txt", "L101", "against"),
    ("02_aston_villa_fulham.txt", "L101", "of play"),
    ("02_aston_villa_fulham.txt", "S101", "Bớc"),
    ("05_chay_rung_canada.xlf", "T101", "British Colombia"),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".txt", ".tsv", ".jsonl", ".xlf"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 51 of 62 found, all with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 62
    assert found >= 51 and fixed >= 51
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or one of the blind extras."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 56, 56
AFTER_FIX_MISSES = {"F106", "F107", "A105", "L101", "A110"}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 56 of 62 found, all with the accepted fix; what is still missed is a span convention
    (F106), a reading README explains (F107 'cho', A105, A110) or 'in low light' (L101); the S101 false alarm and
    the split L101 phrase are gone, the true T101 stays."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert {m.split(":")[1].split()[0] for m in missed} <= AFTER_FIX_MISSES
    assert set(unplanted_findings(MT)) == {
        ("01_ngan_hang_the_gioi.txt", "F106", "nhưng giá"),
        ("02_aston_villa_fulham.txt", "F106", "và chỉ"),
        ("05_chay_rung_canada.xlf", "T101", "British Colombia"),
    }


# --- the fixes, on sentences outside the set (firing and quiet) ------------------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def _found_pairs(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


def test_no_before_a_noun_is_a_negation() -> None:
    src = "No survivors were found after the landslide."
    assert _found_pairs(src, "Đã tìm thấy người sống sót sau vụ sạt lở.", "A111") == [
        ("Đã tìm thấy người sống sót sau vụ sạt lở.", None)
    ]
    assert _found_pairs(src, "Không tìm thấy người sống sót nào sau vụ sạt lở.", "A111") == []
    assert _found_pairs("Book no later than 9 March.", "Hãy đặt chỗ chậm nhất ngày 9/3.", "A111") == []
    assert _found_pairs("The fine is no more than 200 euros.", "Mức phạt tối đa 200 euro.", "A111") == []
    assert _found_pairs("The clinic at No. 14 Elm Street reopened.", "Phòng khám số 14 phố Elm mở lại.", "A111") == []


def test_a_date_after_until_or_to_alone_is_compared() -> None:
    src = "The museum stays closed until October 8."
    assert _found_pairs(src, "Bảo tàng tiếp tục đóng cửa đến ngày 8/11.", "A109") == [("8/11", "8/10")]
    assert _found_pairs(src, "Bảo tàng tiếp tục đóng cửa đến ngày 8/10.", "A109") == []
    assert _found_pairs("The match was moved to March 30.", "Trận đấu được dời sang ngày 30/4.", "A109") == [
        ("30/4", "30/3")
    ]
    # a range of days one side writes as one date stays uncompared
    assert _found_pairs("Voting runs from 2 to October 4.", "Cuộc bỏ phiếu diễn ra từ 2 đến 4/10.", "A109") == []


def test_name_part_spelt_as_a_country_or_with_a_doubled_letter_made_single() -> None:
    assert _found_pairs("Rain fell on British Columbia.", "Mưa rơi xuống British Colombia.", "A103") == [
        ("Colombia", "Columbia")
    ]
    assert _found_pairs("She coaches at Columbia University.", "Bà làm HLV tại Đại học Colombia.", "A103") == []
    assert _found_pairs("Ms Ulrike Brennmann spoke.", "Bà Ulrike Brennman phát biểu.", "A103") == [
        ("Brennman", "Brennmann")
    ]
    assert _found_pairs("President Zelenskyy spoke.", "Tổng thống Zelensky phát biểu.", "A103") == []


def test_english_phrase_through_words_spelled_like_syllables() -> None:
    assert _found("Thủ môn đã cứu thua beyond the call of duty trong hiệp hai.", "L101") == [
        ("beyond the call of duty", None)
    ]
    assert _found("Cô mặc áo the, tay cầm quạt; tờ The Times đưa tin về run run.", "L101") == []


def test_a_syllable_of_a_hyphened_transliteration_is_no_typo() -> None:
    assert _found("Đoàn ghé Pớc-thơ rồi tới Sớc - bi - a.", "S101") == []  # Perth, Serbia: flagged before
    assert _found("Hai bên ký các hiêp-định và đội Hiêp - Hòa thắng.", "S101") == [("hiêp", "hiệp"), ("Hiêp", "Hiệp")]
