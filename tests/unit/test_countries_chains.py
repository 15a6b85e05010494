"""C102 on three-country abbreviations chained by dashes (中日韩 → 'Zhong-Ri-Han', 中吉乌 → 'Trung-Cát-Ô').

The sentences are written for this file (no test set has them).
"""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["C102"])]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Hội nghị thượng đỉnh Zhong-Ri-Han lần thứ chín họp ở Seoul.",
            "Zhong-Ri-Han",
            "Trung Quốc – Nhật Bản – Hàn Quốc",
        ),
        ("Cơ chế hợp tác Yue-Lao-Jian được nâng cấp.", "Yue-Lao-Jian", "Việt Nam – Lào – Campuchia"),
        (
            "Kyrgyzstan và Uzbekistan đón đoàn Trung Quốc.\nHai bên bàn về cao tốc Trung-Cát-Ô qua dãy Thiên Sơn.",
            "Trung-Cát-Ô",
            "Trung Quốc – Kyrgyzstan – Uzbekistan",
        ),
        (
            "Kyrgyzstan và Uzbekistan đón đoàn Trung Quốc.\nĐường ống Zhong-Ji-Wu sẽ chở khí đốt từ năm sau.",
            "Zhong-Ji-Wu",
            "Trung Quốc – Kyrgyzstan – Uzbekistan",
        ),
    ],
)
def test_three_country_chain_fires_with_the_three_names(text: str, span: str, fix: str) -> None:
    assert _found(text)[:1] == [(span, fix)]


def test_an_ambiguous_part_without_the_article_to_settle_it_offers_the_other_readings() -> None:
    hits = audit_text("Dự án cao tốc Trung-Cát-Ô qua dãy Thiên Sơn được khởi công.", select=["C102"])
    assert len(hits) == 1 and hits[0].confidence < 0.8
    assert "Trung Quốc – Kyrgyzstan – Uzbekistan" in [hits[0].suggestion, *(hits[0].candidates or [])]


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban điều phối Tam giác phát triển Việt – Lào – Campuchia họp tại Kon Tum.",
        "Cuộc gặp ba bên Mỹ-Nhật-Hàn bàn về an ninh khu vực.",
        "Ông Ba-Ma-La dự lễ hội.",  # syllables that are also abbreviations, with no country to anchor them
        "Bức tranh đen-trắng-xám được bán đấu giá.",
        "Chuyến bay Hà Nội - Đà Nẵng - Huế bị hoãn.",
    ],
)
def test_names_and_ordinary_chains_stay_quiet(text: str) -> None:
    assert _found(text) == []
