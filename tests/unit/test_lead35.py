"""Round 35, the lead's fixes, each tested both ways on sentences outside the sets."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


# C104: a reading the document glosses once with its standard name is the writer's chosen old name (clean65)
@pytest.mark.parametrize(
    "text",
    [
        "Người Thái gọi Bangkok là Krung Thep, sách cũ của ta chép Bangkok là Mạn Cốc. Từ Mạn Cốc, đoàn đi Chiang Mai.",
        "Yangon là Ngưỡng Quang trong sách cũ. Tại Ngưỡng Quang, chùa Shwedagon thu hút du khách.",
        "Ông sinh ra ở Vạn Tượng (nay là Viêng Chăn) năm 1950. Sau đó ông rời Vạn Tượng sang Pháp du học.",
        "Đoàn về Mạn Cốc. Thời ấy người Việt gọi Bangkok là Mạn Cốc, như gọi Yangon là Ngưỡng Quang.",
    ],
)
def test_c104_glossed_reading_quiet_in_the_whole_document(text: str) -> None:
    assert _found(text, "C104") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn công tác đến Mạn Cốc chiều 12/3 để dự hội nghị ASEAN tại Thái Lan.", ["Mạn Cốc"]),
        # a gloss of another place, or a name that is no standard one, glosses nothing else
        ("Yangon là Ngưỡng Quang trong sách cũ. Đoàn đến Mạn Cốc chiều 12/3 tại Thái Lan.", ["Mạn Cốc"]),
        ("Ông Lý là Ngưỡng Quang. Tại Ngưỡng Quang đoàn dự hội nghị về Myanmar.", ["Ngưỡng Quang", "Ngưỡng Quang"]),
        # the standard name far from the reading is no gloss
        ("Đoàn đến Khai La chiều 12/3, tức Cairo. Hội nghị họp tại Khai La hai ngày.", ["Khai La", "Khai La"]),
    ],
)
def test_c104_unglossed_reading_still_found(text: str, expected: list[str]) -> None:
    assert _found(text, "C104") == expected


# A107: a bare 'Korea' noun in an English source is South Korea where nothing says otherwise (adversary118)
def _korea_swaps(source: str, target: str) -> list[str]:
    from audit.lang.countries import find_mentions
    from audit.rules.source.two_koreas import korea_swaps

    return [right for _, right in korea_swaps(source, target, find_mentions(target))]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "Korea's Samsung Biologics opened a plant in Incheon.",
            "Samsung Biologics của Triều Tiên mở nhà máy ở Incheon.",
        ),
        ("Rice exports to Korea rose 8% in October.", "Xuất khẩu gạo sang Triều Tiên tăng 8% trong tháng 10."),
    ],
)
def test_a107_bare_korea_is_south_korea(source: str, target: str) -> None:
    assert _korea_swaps(source, target) == ["KR"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # 'Kingdom' of the United Kingdom and a count that looks like a year are no time before the division
        ("Korea's exports to the United Kingdom rose.", "Xuất khẩu của Triều Tiên sang Anh tăng."),
        ("Korea shipped 1500 tons of rice in May.", "Triều Tiên xuất 1500 tấn gạo trong tháng 5."),
    ],
)
def test_a107_bare_korea_beside_kingdom_or_a_count(source: str, target: str) -> None:
    assert _korea_swaps(source, target) == ["KR"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Korea was a Japanese colony from 1910 to 1945.", "Triều Tiên là thuộc địa của Nhật Bản từ 1910 đến 1945."),
        ("Talks on the Korean Peninsula resumed.", "Đàm phán về bán đảo Triều Tiên được nối lại."),
        ("North Korea fired a missile, Korea's army said.", "Triều Tiên phóng tên lửa, quân đội Hàn Quốc cho biết."),
        ("Korean dramas are popular in Hanoi.", "Phim truyền hình Triều Tiên được ưa chuộng ở Hà Nội."),
        ("Rice exports to Korea rose 8% in October.", "Xuất khẩu gạo sang Hàn Quốc tăng 8% trong tháng 10."),
    ],
)
def test_a107_bare_korea_left_alone(source: str, target: str) -> None:
    assert _korea_swaps(source, target) == []


# C107: India's airlines by their Chinese names, a sourced class (adversary122)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hãng Điện Lam hủy hơn 1.000 chuyến bay trong ngày 5/12.", ["Điện Lam"]),
        ("Hãng A Tạp Tát Hàng Không mở đường bay mới tới Hà Nội.", ["A Tạp Tát Hàng Không"]),
        ("Ông Nguyễn Điện Lam, trưởng thôn, cho biết mưa lớn kéo dài.", []),
        ("Thôn Điện Lam vừa hoàn thành tuyến đường bê tông dài 2 km.", []),
    ],
)
def test_c107_indian_airlines(text: str, expected: list[str]) -> None:
    assert _found(text, "C107") == expected


# A112: a vague 'dozens' carries no figure a translation writes in digits; 'a dozen' does (adversary123)
def test_a112_dozens_is_no_figure_a_dozen_is() -> None:
    from audit.lang.added_numbers import added_numbers, source_has_numbers

    assert not source_has_numbers("Dozens of fishermen gathered at the port.")
    assert [n.text for n in added_numbers("Dozens of fishermen gathered.", "36 ngư dân tập trung tại cảng.")] == ["36"]
    assert source_has_numbers("A dozen boats left the port before dawn.")
    assert added_numbers("Dozens of fishermen gathered.", "Hàng chục ngư dân tập trung tại cảng.") == []


# N103: a near miss of a South-East Asian holder's name after its first word, as of a Western holder's surname
# (adversary125's probes: Cambodia's holders are named family name first)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ tướng Campuchia Hun Manat tiếp đoàn doanh nghiệp tại Phnom Penh.", "Hun Manet"),
        ("Tổng thống Indonesia Prabowo Subiantu phát biểu tại hội nghị.", "Prabowo Subianto"),
        ("Thủ tướng Thái Lan Anutin Chanvirakul phát biểu tại hội nghị.", "Anutin Charnvirakul"),
    ],
)
def test_n103_near_miss_of_south_east_asian_holder(text: str, expected: str) -> None:
    assert [f.suggestion for f in audit_text(text, select=["N103"])] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Campuchia Hun Manet tiếp đoàn doanh nghiệp tại Phnom Penh.",
        "Chủ tịch nước Lào Bounnhang Vorachith tiếp đoàn năm 2019.",  # Lao romanisations: 'th' and 't'
        "Bộ trưởng Ngoại giao Campuchia Prak Sokhon hội đàm với người đồng cấp.",  # Khmer's doubled consonant
        "Tổng thống Hàn Quốc Lee Jae-myeong phát biểu tại hội nghị.",  # the Koreas are left out
    ],
)
def test_n103_south_east_asian_romanisations_left_alone(text: str) -> None:
    assert audit_text(text, select=["N103"]) == []


# N101: after a title and a country whose officials bear no Chinese name, no Hán-Việt fix (adversary125's probe)
@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Lào Xiao Meng cho biết đường sắt sẽ mở thêm ga mới.",
        "Bộ trưởng Thái Lan Wang Sudi cho biết giá gạo sẽ tăng.",
    ],
)
def test_n101_foreign_official_in_pinyin_no_hanviet_fix(text: str) -> None:
    found = audit_text(text, select=["N101"])
    assert len(found) == 1 and found[0].suggestion is None and "official" in found[0].message


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Đại sứ Trung Quốc tại Campuchia Wang Wentian cho biết hai bên sẽ hợp tác.", "Vương Văn Thiên"),
        ("Bộ trưởng Trung Quốc Wang Wentao cho biết hai bên sẽ hợp tác.", "Vương Văn Thao"),
    ],
)
def test_n101_chinese_official_keeps_hanviet_fix(text: str, fix: str) -> None:
    assert [f.suggestion for f in audit_text(text, select=["N101"])] == [fix]


# C102: a pair joining two longer names is no pair of countries (clean67)
def test_c102_pair_inside_two_names_is_quiet() -> None:
    text = (
        "Tỉnh Khăm Muộn giáp Quảng Bình. Hàng hóa qua cặp cửa khẩu Cha Lo - Na Phàu và cửa khẩu Lao Bảo - Đen Sa Vẳn "
        "tăng mạnh; Lào là đối tác lớn, Na Uy cũng đầu tư vào cảng."
    )
    assert audit_text(text, select=["C102"]) == []


def test_c102_inside_name_needs_a_name_on_both_sides_not_a_sentence_start() -> None:
    import re

    from audit.rules.countries.country_pair_calque import _inside_name

    pair = re.compile(r"\w+ - \w+")
    for text, inside in [
        ("qua cửa khẩu Cha Lo - Na Phàu rồi", True),
        ("Cha. Lo - Na Phàu rồi", False),  # the word before ends a sentence: the pair opens the next
        ("hội nghị Lo - Na Phàu", False),
        ("qua Cha Lo - Na và", False),
        ("Tin Caracas\nLo - Na Phàu", False),  # the word before stands on the line above (a headline)
    ]:
        m = pair.search(text, text.index("Lo"))
        assert m is not None and _inside_name(text, m) is inside, text


# C104: in a batch of unrelated rows, a gloss counts only near the row it glosses (the review of round 35)
def test_c104_gloss_in_a_batch_counts_near_it_only() -> None:
    from audit.api import audit_pairs

    def c104(n: int, gloss_at: int, at: int) -> list[str]:
        rows = [("", f"Chợ nổi số {i + 1} ở Cái Răng mở cửa từ sáng sớm.") for i in range(n)]
        rows[gloss_at] = ("", "Sách cũ chép Bangkok là Mạn Cốc, như chép Yangon là Ngưỡng Quang.")
        rows[at] = ("", "Đoàn công tác đến Mạn Cốc chiều 12/3 để dự hội nghị ASEAN.")
        return [f.text for f in audit_pairs(rows, select=["C104"])]

    assert c104(40, 10, 30) == []  # an article: the gloss counts everywhere
    assert c104(400, 10, 350) == ["Mạn Cốc"]
    assert c104(400, 345, 350) == []
