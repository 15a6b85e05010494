"""leftovers51 (round 30): round 29's leftovers, tested on names, countries and sentences outside adversary102 and
adversary105, both ways.

C101: 我国驻X大使 rendered 'Đại sứ Trung Quốc tại X' before a full Vietnamese name was first read as Việt Nam's envoy;
the frame was withdrawn after the round's review (China's own envoys carry three-syllable Hán-Việt names that no
Vietnamese text cue tells apart from Vietnamese ones: 'Đại sứ Trung Quốc tại Campuchia Vương Văn Thiên'), and these
sentences stay quiet. C107: the fix of a body named in Chinese word order keeps a
Vietnamese province's case ('Quảng Ninh Hải quan Cục' → 'Cục Hải quan Quảng Ninh')."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _findings(text: str, code: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[code])]


@pytest.mark.parametrize(
    "text",
    [
        # posted to Việt Nam: China's envoy, with a Chinese name
        "Việt Nam và Chile ký thỏa thuận.\nĐại sứ Trung Quốc tại Việt Nam Hà Vĩ dự lễ ký.",
        # a Chinese name in Hán-Việt (not a Vietnamese surname), posted to a third country
        "Việt Nam và Chile ký thỏa thuận.\nĐại sứ Trung Quốc tại Chile Ngưu Thanh Báo phát biểu tại hội thảo.",
        # a page that tells of China's own capital: China's envoy may be meant
        "Việt Nam và Kenya ký thỏa thuận.\nBắc Kinh hoan nghênh thỏa thuận.\nĐại sứ Trung Quốc tại Kenya Trần Hiểu "
        "Đông dự lễ ký.",
        # a page that names no Vietnamese party
        "Kenya và Tanzania ký thỏa thuận.\nĐại sứ Trung Quốc tại Kenya Trần Hiểu Đông dự lễ ký.",
        # China's envoys in three Hán-Việt syllables on a page that names Việt Nam (review38)
        "Đại sứ Trung Quốc tại Campuchia Vương Văn Thiên phát biểu. Việt Nam và Campuchia hợp tác.",
        "Việt Nam quan tâm. Đại sứ Trung Quốc tại Philippines Hoàng Khê Liên phát biểu.",
    ],
)
def test_envoy_frame_quiet(text: str) -> None:
    assert _findings(text, "C101") == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Theo số liệu của Quảng Ninh Hải quan Cục, kim ngạch xuất khẩu tăng 12%.", "Cục Hải quan Quảng Ninh"),
        ("Theo Đà Nẵng Thống kê Cục, dân số thành phố tăng 2%.", "Cục Thống kê Đà Nẵng"),
        ("Số liệu của Dân dụng Hàng không Cục cho thấy lượng khách tăng 8%.", "Cục Hàng không dân dụng"),
    ],
)
def test_head_first_keeps_a_province_case(text: str, fix: str) -> None:
    assert [s for _, s in _findings(text, "C107")] == [fix]


def test_head_first_quiet_in_vietnamese_order() -> None:
    assert _findings("Theo Cục Hải quan Quảng Ninh, kim ngạch xuất khẩu tăng 12%.", "C107") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Đoàn đại biểu đến 乌兰巴托 chiều qua.", "乌兰巴托"),
        ("Đoàn đến thủ đô Ô Lan Ba Thác chiều qua.", "Ô Lan Ba Thác"),
        ("Đoàn đến thủ đô Wulanbatuo chiều qua.", "Wulanbatuo"),
        ("Hãng mở đường bay tới Wulan Batuo từ tháng 5.", "Wulan Batuo"),
    ],
)
def test_one_spelling_for_ulaanbaatar(text: str, span: str) -> None:
    """乌兰巴托 left in characters, in Hán-Việt or in pinyin: one suggestion, places.tsv's (not CLDR's 'Ulan Bator')."""
    assert [(f.text, f.suggestion) for f in audit_text(text)] == [(span, "Ulaanbaatar")]


@pytest.mark.parametrize("text", ["Đoàn đến thủ đô Ulan Bator chiều qua.", "Đoàn đến thủ đô Ulaanbaatar chiều qua."])
def test_both_spellings_of_ulaanbaatar_accepted(text: str) -> None:
    assert audit_text(text) == []


def test_representative_of_a_foreign_body_says_our_country() -> None:
    """我国 in the words of a named country's body's representative (代表) is that country."""
    src = "马来西亚农业部代表表示，今年的干旱导致我国北部各州稻农减产。"
    mt = (
        "Đại diện Bộ Nông nghiệp Malaysia cho biết hạn hán năm nay khiến nông dân trồng lúa Trung Quốc ở các bang phía "
        "bắc giảm sản lượng."
    )
    assert [(f.text, f.suggestion) for f in audit_pairs([(src, mt)], select=["C101"])] == [("Trung Quốc", "Malaysia")]


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # the source names China: 'Trung Quốc' may be China
        (
            "马来西亚农业部代表表示，中国和我国的稻农都受到干旱影响。",
            "Đại diện Bộ Nông nghiệp Malaysia cho biết nông dân Trung Quốc và Malaysia đều bị hạn hán ảnh hưởng.",
        ),
        # 我国 before the speaker: a Chinese publisher's own 'our country'
        (
            "我国外交部代表表示，马来西亚的稻农受到干旱影响。",
            "Đại diện Bộ Ngoại giao Trung Quốc cho biết nông dân Malaysia bị hạn hán ảnh hưởng.",
        ),
    ],
)
def test_representative_frame_quiet(src: str, mt: str) -> None:
    assert audit_pairs([(src, mt)], select=["C101"]) == []
