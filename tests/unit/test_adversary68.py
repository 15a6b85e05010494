"""The sixty-eighth adversary held-out set (tests/data/adversary68): English→Vietnamese MT with its source in XLIFF
2.0 (a Hội An hotel's pages and a Hà Giang tour), XLIFF 1.2 (a weather and disaster warning app) and TSV (court and
police notices, film and music news). The 43 clean units (free but faithful translations among them) must get no
finding at all; the 56 planted errors are scored as earlier sets are; every finding's line and column point where
the README says. Each fix made in this round has a test on records that are not in the set."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import (
    assert_record_positions,
    audit_folder,
    builtin_separation,
    clean_unit_findings,
    run_pairs,
    score_planted,
)

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary68"
FILES = sorted(p for p in ADVERSARY.iterdir() if p.suffix not in (".json", ".md"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_clean_units_get_no_finding(path: Path) -> None:
    assert clean_unit_findings(path) == []


def test_the_three_files_are_read_with_their_sources() -> None:
    """99 records in XLIFF 2.0, XLIFF 1.2 and TSV, each with its source; two targets are empty."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s for p in FILES for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors) for s in d.segments
    ]
    assert errors == [] and len(segments) == 99 and all(s.source for s in segments)
    assert sorted(s.record for s in segments if not s.text) == ["h27", "w29"]


def test_planted_errors_found_with_their_fixes() -> None:
    expected, found, fixed, missed = score_planted(FILES)
    assert expected == 56
    # blind (data at c25d116): 48 found, 48 fixed; after this round's fixes 53 and 53 (README)
    assert found >= 53, missed
    assert fixed >= 53


@pytest.fixture(scope="module")
def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return audit_folder(ADVERSARY, tmp_path_factory.mktemp("adversary68-run"))


def test_finding_positions_point_into_the_file(run_out: Path) -> None:
    """The line is the record's line in the file (it holds the record's id, or the XLIFF unit's opening tag), the
    column counts characters in the record's target text."""
    assert_record_positions(run_out, ADVERSARY, {"xlf", "tsv"})


def test_builtin_score_ranks_damaged_units_below_clean_ones(run_out: Path) -> None:
    """The built-in score alone: a damaged unit scores below a clean one in most pairs (README)."""
    auc, lowest_all_damaged = builtin_separation(run_out, FILES)
    assert auc >= 0.99  # blind 0.951, after this round's fixes 0.991
    assert lowest_all_damaged


def test_a_negated_forget_or_hesitate_said_positively() -> None:
    """A111: 'don't forget' said as 'nhớ' and 'do not hesitate to' said without 'ngần ngại' keep the meaning with
    no negative word, as Vietnamese says them; a translation that keeps 'quên' or 'ngần ngại' with no negation, or
    loses another negation of the sentence, is still flagged. Sentences not in the set."""
    kept = [
        ("Don't forget to bring your student card.", "Nhớ mang theo thẻ sinh viên."),
        ("Never forget where you parked the car.", "Hãy luôn ghi nhớ nơi bạn đỗ xe."),
        ("Do not hesitate to call us if the heating breaks down.", "Hãy gọi cho chúng tôi nếu hệ thống sưởi hỏng."),
        ("Don't hesitate to ask the guide.", "Cứ hỏi hướng dẫn viên nhé."),
    ]
    assert run_pairs(kept, "A111") == []
    lost = [
        ("Don't forget to switch off the gas.", "Quên tắt bếp ga."),
        (
            "Please do not hesitate to ask our staff for directions.",
            "Vui lòng ngần ngại hỏi nhân viên để được chỉ đường.",
        ),
        ("Don't forget that visitors are not allowed after 10 p.m.", "Nhớ rằng khách được phép vào sau 22 giờ."),
    ]
    assert [r for r, _, _ in run_pairs(lost, "A111")] == ["A111"] * 3


def test_a_range_of_days_whose_month_both_sides_write_once() -> None:
    """A109: 'from 8 to 14 March' → 'từ ngày 8 đến ngày 14/4' changes the month of a range both sides write with
    a bare first day; the month and the year are compared (the source may name the month at either end: 'March 8
    to 14'), the target's day kept in the fix. Sentences not in the set."""
    changed = [
        ("The exhibition runs from 8 to 14 March.", "Triển lãm diễn ra từ ngày 8 đến ngày 14/4."),
        ("Roads will be closed from 21 to 23 August 2026.", "Các tuyến đường sẽ bị phong tỏa từ 21 đến 23/8/2027."),
    ]
    assert run_pairs(changed, "A109") == [("A109", "14/4", "14/3"), ("A109", "23/8/2027", "23/8/2026")]
    same = [
        ("The exhibition runs from 8 to 14 March.", "Triển lãm diễn ra từ ngày 8 đến ngày 14/3."),
        ("The exhibition runs March 8 to 14.", "Triển lãm diễn ra từ 8 đến 14/3."),
        ("Roads will be closed from 21 to 23 August.", "Các tuyến đường bị phong tỏa từ 21-23/8."),
        ("Voting takes place May 3-4.", "Cuộc bỏ phiếu diễn ra ngày 3-4/5."),
    ]
    assert run_pairs(same, "A109") == []


def test_a_placeholders_index_is_no_number_of_the_text() -> None:
    """A101/A102: the digit of '{1}', '%2$s' is the program's argument number, not a figure: a placeholder
    renamed or lost is A110's alone; a real figure beside a placeholder is still compared. Records not in the
    set."""
    placeholders = [
        ("Saved {0} photos to album {1}.", "Đã lưu {0} ảnh vào album {ten_album}."),
        ("Page %1$s of %2$s", "Trang %1$s trên tổng số"),
    ]
    assert run_pairs(placeholders, "A102") == [] and run_pairs(placeholders, "A101") == []
    assert [r for r, _, _ in run_pairs(placeholders, "A110")] == ["A110", "A110"]
    figures = [
        ("Only {0} of 25 seats are left.", "Chỉ còn {0} chỗ."),
        ("Room %1$s costs 40 dollars.", "Phòng %1$s có giá 400 đô la."),
    ]
    assert [r for r, _, _ in run_pairs(figures[:1], "A102")] == ["A102"]
    assert run_pairs(figures[1:], "A101") == [("A101", "400", "40")]


def test_an_english_idiom_translated_word_for_word() -> None:
    """A113: an idiom of references/en_idioms.tsv in the source and its literal words in the target; the meaning
    said, a literal use of the words ('ate a piece of cake') and the words without the idiom are quiet. Idioms
    and sentences not in the set."""
    calques = [
        ("The exam was a piece of cake for her.", "Bài thi là một miếng bánh đối với cô."),
        ("Investors should bite the bullet and sell.", "Nhà đầu tư nên cắn viên đạn và bán ra."),
        (
            "The singer let the cat out of the bag in an interview.",
            "Nữ ca sĩ để con mèo ra khỏi túi trong một cuộc phỏng vấn.",
        ),
        ("The new ring road kills two birds with one stone.", "Đường vành đai mới giết hai con chim bằng một hòn đá."),
    ]
    assert [t for _, t, _ in run_pairs(calques, "A113")] == [
        "một miếng bánh",  # the whole literal phrase since round 28 (misses48)
        "cắn viên đạn",
        "mèo ra khỏi túi",
        "chim bằng một hòn đá",
    ]
    meant = [
        ("The exam was a piece of cake for her.", "Bài thi quá dễ đối với cô."),
        ("Investors should bite the bullet and sell.", "Nhà đầu tư nên chấp nhận bán ra."),
        ("He bought a piece of cake for his daughter.", "Anh mua một miếng bánh cho con gái."),
        ("Rescuers saved cats and dogs from the floods.", "Lực lượng cứu hộ giải cứu chó mèo khỏi lũ."),
    ]
    assert run_pairs(meant, "A113") == []
