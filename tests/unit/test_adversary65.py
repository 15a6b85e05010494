"""The sixty-fifth adversary held-out set (tests/data/adversary65): Chinese→Vietnamese MT with its source, as
records (a customs notice and an export contract in JSONL, a phone's settings strings and hotel booking messages in
TSV). The 38 clean units (free but faithful translations among them) must get no finding at all; the 54 planted
errors are scored as earlier sets are; every finding's line and column point where the README says. Each fix made
in this round has a test on records that are not in the set."""

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

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary65"
FILES = sorted(p for p in ADVERSARY.iterdir() if p.suffix not in (".json", ".md"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_clean_units_get_no_finding(path: Path) -> None:
    assert clean_unit_findings(path) == []


def test_both_files_are_read_with_their_sources() -> None:
    """92 records in JSONL and TSV, each with its source; two targets are empty."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s for p in FILES for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors) for s in d.segments
    ]
    assert errors == [] and len(segments) == 92 and all(s.source for s in segments)
    assert sorted(s.record for s in segments if not s.text) == ["k22", "s22"]


def test_planted_errors_found_with_their_fixes() -> None:
    expected, found, fixed, missed = score_planted(FILES)
    assert expected == 54
    # blind (data at 4ad867b): 51 found, 50 fixed; after this round's fixes 53 and 53 (README)
    assert found >= 53, missed
    assert fixed >= 53


@pytest.fixture(scope="module")
def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return audit_folder(ADVERSARY, tmp_path_factory.mktemp("adversary65-run"))


def test_finding_positions_point_into_the_file(run_out: Path) -> None:
    """The line is the record's line in the file (it holds the record's id), the column counts characters in the
    record's target text."""
    assert_record_positions(run_out, ADVERSARY, {"jsonl", "tsv"})


def test_builtin_score_ranks_damaged_units_below_clean_ones(run_out: Path) -> None:
    """The built-in score alone: a damaged unit scores below a clean one in most pairs (README)."""
    auc, lowest_all_damaged = builtin_separation(run_out, FILES)
    assert auc >= 0.99  # blind 0.983, after this round's fixes 0.997
    assert lowest_all_damaged


def test_chinese_does_not_include_in_short() -> None:
    """不含 ('does not include, contains no': 房价不含早餐, 不含税, 不含酒精) negates as 不包含 does; a translation
    that says không, chưa gồm keeps it, and 不含糊 ('unambiguous', said with no negation) is none. Sentences not in
    the set."""
    lost = [
        ("本产品不含酒精，儿童可以饮用。", "Sản phẩm này có cồn, trẻ em có thể uống."),
        ("以上报价不含增值税和运费。", "Báo giá trên đã gồm thuế giá trị gia tăng và cước vận chuyển."),
        ("门票价格不含游船费用。", "Giá vé đã bao gồm phí du thuyền."),
    ]
    assert [r for r, _, _ in run_pairs(lost, "A111")] == ["A111"] * 3
    kept = [
        ("本产品不含酒精，儿童可以饮用。", "Sản phẩm này không chứa cồn, trẻ em có thể uống."),
        ("以上报价不含增值税和运费。", "Báo giá trên chưa gồm thuế giá trị gia tăng và cước vận chuyển."),
        ("他处理问题一点也不含糊。", "Ông xử lý vấn đề rất dứt khoát."),
        ("这首诗的含义很深。", "Bài thơ này có ý nghĩa sâu sắc."),
    ]
    assert run_pairs(kept, "A111") == []


def test_a_temperature_kept_with_another_scale() -> None:
    """A101: a temperature whose figure the target keeps in the other scale ('5℃' → '5°F', '180 degrees Celsius'
    → '180 độ F') is a changed quantity, as a currency kept with another is; a Latin unit right before a Chinese
    character ('8℃之间', '8GB内存') is read in the source. A converted figure, the same scale written another way and
    a range are quiet. Sentences not in the set."""
    fires = [
        ("冷库温度须保持在零下18℃以下。", "Nhiệt độ kho lạnh phải duy trì dưới -18°F."),
        ("疫苗应在2℃至8℃之间保存。", "Vắc-xin phải được bảo quản ở nhiệt độ từ 2°C đến 8°F."),
        ("The oven must reach 180 degrees Celsius.", "Lò phải đạt 180 độ F."),
        ("手机内存8GB，存储空间256GB。", "Điện thoại có RAM 8 MB, bộ nhớ trong 256 GB."),
    ]
    assert run_pairs(fires, "A101") == [
        ("A101", "18°F", "18°C"),
        ("A101", "8°F", "8°C"),
        ("A101", "180 độ F", "180 °C"),
        ("A101", "8 MB", "8 GB"),
    ]
    quiet = [
        ("The oven must reach 350 degrees Fahrenheit (about 177 degrees Celsius).", "Lò phải đạt khoảng 177°C."),
        ("今天最高气温35摄氏度。", "Nhiệt độ cao nhất hôm nay là 35 độ C."),
        ("疫苗应在2℃至8℃之间保存，有效期24个月。", "Vắc-xin được bảo quản ở 2–8°C, hạn dùng 24 tháng."),
        ("It was 95°F in Phoenix.", "Nhiệt độ ở Phoenix là 95°F (35°C)."),
        ("手机内存8GB，存储空间256GB。", "Điện thoại có RAM 8 GB, bộ nhớ trong 256 GB."),
    ]
    assert run_pairs(quiet, "A101") == []


def test_mong_cai_in_pinyin() -> None:
    """C106: Móng Cái (芒街), the border city across from Dongxing, in pinyin ('Mangjie') is named with its fix,
    with or without a source; a person's name is not a place. Sentences not in the set."""
    from audit.api import audit_text

    assert run_pairs(
        [("旅游团从东兴口岸出境前往芒街。", "Đoàn du lịch xuất cảnh qua cửa khẩu Đông Hưng để sang Mangjie.")], "C106"
    ) == [("C106", "Mangjie", "Móng Cái")]
    found = [
        (f.text, f.suggestion)
        for f in audit_text("Nhiều thương nhân ở thành phố Mangjie buôn bán hải sản.", select=["C106"])
    ]
    assert found == [("Mangjie", "Móng Cái")]
    assert audit_text("Bà Mangjie nói.", select=["C106"]) == []


def test_a_vietnamese_womans_name_in_pinyin_that_its_source_writes_with_thi() -> None:
    """N101: a pinyin name whose source characters hold 氏 as the middle name (陈氏红桃, 武氏梅: Thị) is a Vietnamese
    woman's, major with its Hán-Việt and not 'a Chinese name kept as is', even after 'bà' or 'Tiến sĩ'; a Chinese
    name without 氏 and 王氏 ('the Wang clan', 氏 ending the name) stay minor. Names and sentences not in the set."""

    def severities(pairs: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
        from audit.api import document_from_pairs
        from audit.pipeline import Settings, run_rules
        from audit.rules.registry import select_rules

        rules = [c() for c in select_rules(["N101"])]
        return [
            (f.severity.name, f.text, f.suggestion)
            for p in pairs
            for f in run_rules(document_from_pairs([p]), rules, Settings())
        ]

    vietnamese = [
        ("越南选手陈氏红桃获得金牌。", "Vận động viên Chen Shihongtao giành huy chương vàng."),
        ("主讲人：武氏梅博士", "Diễn giả: Tiến sĩ Wu Shimei"),
        ("联系人：裴氏清女士", "Người liên hệ: bà Pei Shiqing"),
    ]
    assert severities(vietnamese) == [
        ("MAJOR", "Chen Shihongtao", "Trần Thị Hồng Đào"),
        ("MAJOR", "Wu Shimei", "Võ Thị Mai"),
        ("MAJOR", "Pei Shiqing", "Bùi Thị Thanh"),
    ]
    chinese = [
        ("小米公司董事长雷军出席发布会。", "Chủ tịch Xiaomi ông Lei Jun dự lễ ra mắt."),
        ("王氏家族在当地很有名。", "Gia tộc Wang Shi rất nổi tiếng ở địa phương."),
    ]
    assert [s for s, _, _ in severities(chinese)] == ["MINOR", "MINOR"]
