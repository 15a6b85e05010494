"""The fifty-fifth adversary held-out set (tests/data/adversary55): MT with its source on domains no sourced set
used (app UI strings in XLIFF 1.2, a medicine leaflet in JSONL, court notices in TSV, a tour brochure in XLIFF
2.0, a press release in CSV), English and Chinese sources. The 43 clean units (free but faithful translations
among them) must get no finding at all; the 77 planted errors are scored as earlier sets are; every finding's
line and column must point where the README says (the record's first line, the column in its target text).
Each fix made in this round has a test on sentences that are not in the set."""

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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary55"
FILES = sorted(p for p in ADVERSARY.iterdir() if p.suffix not in (".json", ".md"))
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_clean_units_get_no_finding(path: Path) -> None:
    assert clean_unit_findings(path) == []


def test_every_format_is_read_with_its_sources() -> None:
    """120 records in XLIFF 1.2, JSONL, TSV, XLIFF 2.0 and CSV, each with its source; four targets are empty."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s for p in FILES for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors) for s in d.segments
    ]
    assert errors == [] and len(segments) == 120 and all(s.source for s in segments)
    assert sorted(s.record for s in segments if not s.text) == ["c17", "m21", "p19", "t15", "u10"]
    assert {p.suffix for p in FILES} == {".jsonl", ".tsv", ".xlf", ".csv"}


def test_planted_errors_found_with_their_fixes() -> None:
    expected, found, fixed, missed = score_planted(FILES)
    assert expected == 77
    # blind (data at d4ae5d5): 65 found, 65 fixed; after this round's fixes 69 and 69 (README)
    assert found >= 69, missed
    assert fixed >= 69


@pytest.fixture(scope="module")
def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return audit_folder(ADVERSARY, tmp_path_factory.mktemp("adversary55-run"))


def test_finding_positions_point_into_the_file(run_out: Path) -> None:
    """In every format: the line is the record's first line in the file (it holds the record's id, or is the
    XLIFF unit's opening tag), and the column counts characters in the record's target text."""
    assert_record_positions(run_out, ADVERSARY, {"jsonl", "tsv", "xlf", "csv"})


def test_builtin_score_ranks_damaged_units_below_clean_ones(run_out: Path) -> None:
    """The built-in score alone: a damaged unit scores below a clean one in most pairs (README)."""
    auc, lowest_all_damaged = builtin_separation(run_out, FILES)
    assert auc >= 0.98  # blind 0.972, after this round's fixes 0.984
    assert lowest_all_damaged


def test_chinese_should_not_and_does_not_include() -> None:
    """不宜 ('should not', leaflets and notices) and 不包含 ('does not include', price lists) negate a clause;
    a translation that says không nên, chưa bao gồm or tránh keeps it. Sentences not in the set."""
    lost = [
        ("雨后不宜立即洗车。", "Sau mưa nên rửa xe ngay."),
        ("套餐价格不包含早餐和机场接送。", "Giá trọn gói đã gồm bữa sáng và đưa đón sân bay."),
        ("高血压患者不宜长时间泡温泉。", "Người bị cao huyết áp nên ngâm suối nước nóng lâu."),
    ]
    assert [r for r, _, _ in run_pairs(lost, "A111")] == ["A111"] * 3
    kept = [
        ("雨后不宜立即洗车。", "Không nên rửa xe ngay sau mưa."),
        ("套餐价格不包含早餐和机场接送。", "Giá trọn gói chưa bao gồm bữa sáng và đưa đón sân bay."),
        ("此地不宜久留。", "Tránh ở lâu tại nơi này."),
    ]
    assert run_pairs(kept, "A111") == []


def test_a_sentence_cut_after_a_preposition_of_time() -> None:
    """F107: 'trong vòng' ('within') and 'kể từ' ('since') want their span; 'trong suốt' (also 'transparent')
    and the words as parts of other phrases may end a sentence. Sentences not in the set."""
    from audit.api import audit_text

    cut = ["Bệnh nhân được yêu cầu tái khám trong vòng.", "Giá điện đã tăng ba lần kể từ."]
    assert [[f.text for f in audit_text(t, select=["F107"])] for t in cut] == [["trong vòng"], ["kể từ"]]
    whole = [
        "Bệnh nhân được yêu cầu tái khám trong vòng hai tuần.",
        "Nước hồ ở đây rất trong suốt.",
        "Các em nhỏ nắm tay nhau đứng thành vòng.",
        "Ông kể từ đầu đến cuối câu chuyện.",
    ]
    assert [f for t in whole for f in audit_text(t, select=["F107"])] == []


def test_a_vietnamese_place_in_pinyin_that_its_chinese_source_names() -> None:
    """C106: a place whose pinyin is also a Chinese place ('Liangshan' 凉山 in Sichuan, 'Qinghua' 清华) counts
    only after 'tỉnh' in a text alone; when the record's Chinese source writes the Vietnamese place's characters
    (谅山, 清化), it counts wherever it stands. Places and sentences not in the set."""
    fires = [
        ("货物经谅山省友谊口岸出口。", "Hàng hóa được xuất khẩu qua cửa khẩu Hữu Nghị ở Liangshan."),
        ("代表团从越南清化出发。", "Đoàn xuất phát từ Qinghua, Việt Nam."),
    ]
    assert run_pairs(fires, "C106") == [("C106", "Liangshan", "Lạng Sơn"), ("C106", "Qinghua", "Thanh Hóa")]
    quiet = [
        ("凉山彝族自治州的游客增加。", "Lượng khách đến Liangshan tăng."),
        ("清华大学代表团访问河内。", "Đoàn Đại học Qinghua thăm Hà Nội."),
    ]
    assert run_pairs(quiet, "C106") == []
