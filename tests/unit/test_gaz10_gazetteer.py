"""gaz10 (round 9): the foreign ministries' spokespersons, the 2025-2026 deputy prime ministers and two foreign
ministers in the gazetteer, and N103 on China's office holders named in Hán-Việt.

Every sentence here is new (no test set has these people in these roles): a correct title and holder stays
quiet, a one-syllable slip in the name after the title is N103 with the holder as the fix, the holder after
another country's title is N107, and the pinyin of a Chinese holder's own characters resolves to the press form.
"""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.people import holders, offices


def _hits(text: str, code: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[code])]


@pytest.mark.parametrize(
    "text",
    [
        "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng trả lời câu hỏi về đường ống dẫn khí.",
        "Người phát ngôn Bộ Ngoại giao Trung Quốc Quách Gia Côn bình luận về chuyến thăm Nairobi.",
        "Phát ngôn viên Bộ Ngoại giao Trung Quốc Lâm Kiếm nói về hội chợ ở Côn Minh.",
        "Người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh trả lời về đập thủy điện.",
        "Năm 2021, người phát ngôn Bộ Ngoại giao Trung Quốc Uông Văn Bân bình luận về vắc-xin.",
        "Tháng 6/2026, Phó Thủ tướng thường trực Phạm Gia Túc kiểm tra cảng Cái Mép.",
        "Phó Thủ tướng Mai Văn Chính dự lễ khánh thành nhà văn hóa.",
        "Bộ trưởng Ngoại giao Canada Anita Anand gặp cộng đồng người Việt ở Montreal.",
        "Ngoại trưởng Argentina Pablo Quirno ký thỏa thuận về thịt bò.",
        "Thủ tướng Bangladesh Tarique Rahman tiếp đoàn doanh nghiệp dệt may.",
        "Thủ tướng Hungary Péter Magyar tiếp đoàn sinh viên Việt Nam ở Budapest.",
        "Năm 2019, Thủ tướng Hungary Viktor Orbán tiếp đoàn sinh viên Việt Nam.",
        "Ngoại trưởng Chile Francisco Pérez Mackenna gặp Đại sứ Việt Nam ở Santiago.",
    ],
)
def test_title_and_holder_quiet(text: str) -> None:
    assert not [f for f in audit_text(text) if f.rule in {"N101", "N103", "N104", "N107"}]


@pytest.mark.parametrize(
    ("text", "written", "fix"),
    [
        ("Người phát ngôn Bộ Ngoại giao Phạm Thu Hương trả lời câu hỏi về ngư dân.", "Phạm Thu Hương", "Phạm Thu Hằng"),
        ("Người phát ngôn Bộ Ngoại giao Trung Quốc Quách Gia Công nói về Panama.", "Quách Gia Công", "Quách Gia Côn"),
        ("Phát ngôn viên Bộ Ngoại giao Trung Quốc Lâm Kiểm bình luận về Fiji.", "Lâm Kiểm", "Lâm Kiếm"),
        ("Tháng 6/2026, Phó Thủ tướng thường trực Phạm Gia Tú thăm Sóc Trăng.", "Phạm Gia Tú", "Phạm Gia Túc"),
        ("Phó Thủ tướng Mai Văn Chinh thăm trường nội trú ở Hà Giang.", "Mai Văn Chinh", "Mai Văn Chính"),
        ("Bộ trưởng Ngoại giao Canada Anita Anan đến Ottawa.", "Anita Anan", "Anita Anand"),
        ("Bộ trưởng Ngoại giao Argentina Pablo Quirmo đến Rosario.", "Pablo Quirmo", "Pablo Quirno"),
        ("Thủ tướng Trung Quốc Lý Cương dự hội chợ ở Nam Ninh.", "Lý Cương", "Lý Cường"),
        ("Thủ tướng Bangladesh Tarique Rahmam thăm cảng Chittagong.", "Tarique Rahmam", "Tarique Rahman"),
        ("Thủ tướng Hungary Péter Magyat thăm Debrecen.", "Péter Magyat", "Péter Magyar"),
        (
            "Ngoại trưởng Chile Francisco Pérez Mackena thăm Valparaíso.",
            "Francisco Pérez Mackena",
            "Francisco Pérez Mackenna",
        ),
    ],
)
def test_near_miss_after_title_is_n103(text: str, written: str, fix: str) -> None:
    assert _hits(text, "N103") == [(written, fix)]


@pytest.mark.parametrize(
    ("text", "country", "fix"),
    [
        ("Người phát ngôn Bộ Ngoại giao Trung Quốc Phạm Thu Hằng bác bỏ thông tin.", "Trung Quốc", "Việt Nam"),
        ("Người phát ngôn Bộ Ngoại giao Việt Nam Quách Gia Côn nói về Hoàng Sa.", "Việt Nam", "Trung Quốc"),
        ("Bộ trưởng Ngoại giao Australia Anita Anand đến Perth.", "Australia", "Canada"),
        ("Bộ trưởng Ngoại giao Canada Pablo Quirno đến Toronto.", "Canada", "Argentina"),
        ("Thủ tướng Pakistan Tarique Rahman thăm Lahore.", "Pakistan", "Bangladesh"),
        ("Thủ tướng Séc Péter Magyar thăm Brno.", "Séc", "Hungary"),
        ("Ngoại trưởng Argentina Francisco Pérez Mackenna thăm Córdoba.", "Argentina", "Chile"),
    ],
)
def test_holder_after_another_countrys_title_is_n107(text: str, country: str, fix: str) -> None:
    assert _hits(text, "N107") == [(country, fix)]


@pytest.mark.parametrize(
    ("pinyin", "fix"),
    [
        ("Mao Ning", "Mao Ninh"),
        ("Guo Jiakun", "Quách Gia Côn"),
        ("Lin Jian", "Lâm Kiếm"),
        ("Wang Wenbin", "Uông Văn Bân"),
    ],
)
def test_spokesperson_pinyin_resolves(pinyin: str, fix: str) -> None:
    text = f"Người phát ngôn Bộ Ngoại giao Trung Quốc {pinyin} nói về tàu cá ở Hoàng Sa."
    assert _hits(text, "N101") == [(pinyin, fix)]


def test_chinese_only_surname_without_gazetteer_match_keeps_no_fix() -> None:
    """'Mao Ling' reads no listed person's characters: still flagged, still without a guessed Vietnamese name."""
    assert _hits("Người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ling nói về Đài Loan.", "N101") == [("Mao Ling", None)]


@pytest.mark.parametrize(
    "text",
    [
        # a premier before the gazetteer's roster begins, in the year named: not the current premier's near-miss
        "Năm 1991, Thủ tướng Trung Quốc Lý Bằng tiếp đoàn Việt Nam.",
        # Chinese holders outside the listed roster are not flagged for not being listed
        "Phát ngôn viên Bộ Ngoại giao Trung Quốc Triệu Lập Kiên nói về Úc.",
        "Chủ tịch Trung Quốc Giang Trạch Dân thăm Hà Nội.",
    ],
)
def test_unlisted_chinese_holder_quiet(text: str) -> None:
    assert not _hits(text, "N103")


def test_given_name_alone_after_title_is_n104() -> None:
    assert _hits("Bộ trưởng Ngoại giao Canada Anita cảm ơn Việt Nam.", "N104") == [("Anita", "Anita Anand")]


def test_spokesperson_offices_and_tenures() -> None:
    assert offices()["cn.foreign_ministry_spokesperson"].country == "cn"
    assert offices()["vn.foreign_ministry_spokesperson"].country == "vn"
    cn = {t.name_vi: (t.start, t.end) for t in holders("cn.foreign_ministry_spokesperson")}
    assert cn["Uông Văn Bân"] == (2020, 2024)
    assert cn["Quách Gia Côn"] == (2025, None)
    hungary = {t.name_vi: (t.start, t.end) for t in holders("hu.prime_minister")}
    assert hungary["Viktor Orbán"] == (2010, 2026) and hungary["Péter Magyar"] == (2026, None)
    standing = {t.name_vi: t.end for t in holders("vn.standing_deputy_pm")}
    assert standing["Nguyễn Hòa Bình"] == 2026 and standing["Phạm Gia Túc"] is None
