"""leftovers76: adversary132's blind misses fixed, tested on sentences not in the set.

N101: for a person the article marks as Chinese, Hong Kong or Taiwanese, a pinyin surname that Vietnamese surnames
read too is China's commoner one ('Li' 李 'Lý', not 黎 'Lê'; 'Wang' 王 'Vương'; 'Wu' 吴 'Ngô'), the Vietnamese reading a
candidate; an unmarked name (or one after 'tại Trung Quốc', a place) keeps the Vietnamese ranking.
C107: Taiwanese groups by their Chinese names (台塑 'Đài Tố' Formosa, 远东新世纪 Far Eastern New Century), gated as the
other two-syllable readings are (after a company word).

A113: 'the sky is the limit' read word for word ('bầu trời là giới hạn'), quiet where the translation says the meaning
or the source sets a literal scene (altitude, a ceiling, airspace).
"""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _pair(source: str, target: str, rule: str) -> list[str]:
    return [f.text for f in audit_pairs([(source, target)]) if f.rule == rule]


@pytest.mark.parametrize(
    ("src", "tgt", "span"),
    [
        (
            "For the start-up's founders, the sky's the limit now that the funding has closed.",
            "Với những người sáng lập công ty khởi nghiệp, bầu trời là giới hạn khi vòng gọi vốn đã khép lại.",
            "bầu trời là giới hạn",
        ),
        (
            "With the new port, the sky is the limit for exports, the governor said.",
            "Với cảng mới, trời chính là giới hạn đối với xuất khẩu, thống đốc nói.",
            "trời chính là giới hạn",
        ),
    ],
)
def test_a113_the_sky_is_the_limit(src: str, tgt: str, span: str) -> None:
    assert _pair(src, tgt, "A113") == [span]


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        (  # the meaning said
            "For young coders, the sky is the limit.",
            "Với các lập trình viên trẻ, cơ hội là không có giới hạn.",
        ),
        (  # a literal scene: an altitude ceiling for drones
            "Above 120 metres of altitude the sky is the limit for no drone: airspace rules apply.",
            "Trên độ cao 120 mét, bầu trời là giới hạn với không thiết bị bay nào: quy định vùng trời được áp dụng.",
        ),
        (  # no idiom in the source
            "The sky was clear over the bay on Sunday.",
            "Bầu trời trong xanh trên vịnh hôm Chủ nhật, không có giới hạn tầm nhìn.",
        ),
    ],
)
def test_a113_the_sky_is_the_limit_quiet(src: str, tgt: str) -> None:
    assert _pair(src, tgt, "A113") == []


def _n101(text: str) -> list[tuple[str, str | None, list[str] | None]]:
    return [(f.text, f.suggestion, f.candidates) for f in audit_text(text) if f.rule == "N101"]


@pytest.mark.parametrize(
    ("text", "span", "fix", "vietnamese"),
    [
        (
            "Ở lĩnh vực bất động sản, tỷ phú Hồng Kông Li Zhaoji đang tìm hiểu cơ hội đầu tư tại Đà Nẵng.",
            "Li Zhaoji",
            "Lý Triệu Quý",
            "Lê Triệu Quý",
        ),
        (
            "Doanh nhân Đài Loan Wang Xuehong cho biết công ty sẽ mở nhà máy mới.",
            "Wang Xuehong",
            "Vương Tuyết Hồng",
            "Uông Tuyết Hồng",
        ),
        ("Nhà sáng lập người Trung Quốc Wu Yajun đã tới Hà Nội.", "Wu Yajun", "Ngô Nhã Tuấn", "Võ Nhã Tuấn"),
    ],
)
def test_n101_chinese_person_surname(text: str, span: str, fix: str, vietnamese: str) -> None:
    [(found, suggestion, candidates)] = _n101(text)
    assert (found, suggestion) == (span, fix)
    assert candidates and vietnamese in candidates


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Phó Chủ tịch UBND tỉnh Nghệ An Li Wenming chỉ đạo khắc phục hậu quả bão.", "Lê Văn Minh"),
        ("Đại sứ Việt Nam tại Trung Quốc Li Wenming trình quốc thư.", "Lê Văn Minh"),  # a place, not a nationality
        ("Thứ trưởng Bộ Công Thương Wu Wenming làm việc với doanh nghiệp.", "Võ Văn Minh"),
    ],
)
def test_n101_vietnamese_ranking_kept(text: str, fix: str) -> None:
    assert [s for _, s, _ in _n101(text)] == [fix]


def _c107(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == "C107"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tập đoàn Đài Tố của Đài Loan dự kiến rót thêm 2 tỷ USD vào khu kinh tế Vũng Áng.", ("Đài Tố", "Formosa")),
        ("Hãng nhựa Đài Loan Đài Tố công bố lợi nhuận quý III giảm 12%.", ("Đài Tố", "Formosa")),
        (
            "Tập đoàn Viễn Đông Tân Thế Kỷ mở nhà máy sợi ở Bình Dương.",
            ("Viễn Đông Tân Thế Kỷ", "Far Eastern New Century"),
        ),
    ],
)
def test_c107_taiwanese_groups(text: str, found: tuple[str, str]) -> None:
    assert _c107(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Nhà hát Đài Tố nằm ở trung tâm thị trấn.",  # no company word: the gated reading stays quiet
        "Formosa Hà Tĩnh đã hoàn tất lò cao số 2.",  # the group's own name
        "Khu vực Viễn Đông của Nga giáp Trung Quốc.",  # the Far East, not the group
    ],
)
def test_c107_taiwanese_groups_quiet(text: str) -> None:
    assert _c107(text) == []
