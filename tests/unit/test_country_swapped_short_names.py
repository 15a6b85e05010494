"""A107 reads a country's Chinese short name whole: the one-character abbreviations inside it (印 India and 尼
Nepal/Nigeria in 印尼, Indonesia) are no countries of the source (adversary100). Names and sentences written for
this test."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs

FIRES = [
    # Indonesia in its short name, India in the target
    (
        "越南今年前十个月向印尼出口大米超过100万吨。",
        "Mười tháng đầu năm, Việt Nam xuất khẩu hơn 1 triệu tấn gạo sang Ấn Độ.",
        "Ấn Độ",
    ),
    (
        "菲律宾和印尼是越南咖啡的主要买家。",
        "Philippines và Ấn Độ là những khách hàng mua cà phê chính của Việt Nam.",
        "Ấn Độ",
    ),
    # 越 paired with a short name before a word of relations: Vietnam is read, Indonesia stands for India
    ("越印尼关系不断发展。", "Quan hệ Việt Nam - Ấn Độ không ngừng phát triển.", "Ấn Độ"),
    # New Zealand's name holds 新 (Singapore) and 西 (Spain)
    ("新西兰总理访问河内。", "Thủ tướng Tây Ban Nha thăm Hà Nội.", "Tây Ban Nha"),
]
QUIET = [
    ("印度和印尼都是重要市场。", "Ấn Độ và Indonesia đều là thị trường quan trọng."),
    ("越印关系不断发展。", "Quan hệ Việt Nam - Ấn Độ không ngừng phát triển."),
    ("越印尼关系不断发展。", "Quan hệ Việt Nam - Indonesia không ngừng phát triển."),
    ("印尼总统普拉博沃访问越南。", "Tổng thống Indonesia Prabowo thăm Việt Nam."),
    ("中印边境局势缓和。", "Tình hình biên giới Trung Quốc - Ấn Độ dịu đi."),
]


@pytest.mark.parametrize(("source", "target", "span"), FIRES)
def test_the_abbreviation_inside_a_name_is_no_country(source: str, target: str, span: str) -> None:
    found = [f.text for f in audit_pairs([(source, target)], select=["A107"])]
    assert found == [span]


@pytest.mark.parametrize(("source", "target"), QUIET)
def test_names_and_pairs_read_right_stay_quiet(source: str, target: str) -> None:
    assert audit_pairs([(source, target)], select=["A107"]) == []
