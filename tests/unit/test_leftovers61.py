"""Round 35's fixes of adversary123's misses (leftovers61), each on sentences outside the set, both ways (fires on MT,
quiet on human text): N108's person slot after a spokesperson's or commander's title, a body's name and its country;
C107's chipmakers by their Chinese names (海力士 Hynix, 联发科 MediaTek) and the Latin part a record's source writes
before the Chinese name ('SK海力士' → 'SK Hải Lực Sĩ'); C102's Hán-Việt syllable several countries share ('Tân': New
Zealand, Singapore, Zimbabwe) in a pair named as two countries ('Hai nước Úc-Tân')."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def _found_in_pairs(pairs: list[tuple[str, str]], rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs(pairs) if f.rule == rule]


# N108: a spokesperson's or commander's title, a body's name of several words and its country open a person's slot


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Người phát ngôn Cơ quan Vũ trụ Ấn Độ Xiaerma cho biết vệ tinh đã vào quỹ đạo.", "Xiaerma"),
        ("Tư lệnh Hải quân Hoàng gia Thái Lan Xiaerma thăm cảng Cam Ranh.", "Xiaerma"),
        ("Người phát ngôn Lực lượng Phòng vệ Nhật Bản Aoerbante cho biết tàu đã rời cảng.", "Aoerbante"),
        ("Chỉ huy trưởng Cảnh sát biển Indonesia Qiaohan cho biết hai tàu cá bị bắt giữ.", "Qiaohan"),
    ],
)
def test_n108_pinyin_name_after_a_body_and_its_country(text: str, span: str) -> None:
    assert _found(text, "N108") == [(span, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Người phát ngôn Lực lượng Bảo vệ bờ biển Philippines Jay Tarriela cho biết tàu đã rời khu vực.",
        "Tham mưu trưởng Lục quân Mỹ Randy George thăm Hà Nội.",
        "Người phát ngôn Bộ Y tế Indonesia Siti Nadia Tarmizi cho biết số ca bệnh giảm.",
        "Người phát ngôn Cảnh sát biển Nigeria Tinubu Adeyemi cho biết tàu đã cập cảng.",
    ],
)
def test_n108_latin_names_after_a_body_and_its_country_stay_quiet(text: str) -> None:
    assert _found(text, "N108") == []


def test_n108_chinese_name_after_a_body_is_left_to_n101() -> None:
    text = "Người phát ngôn Lực lượng Hải cảnh Trung Quốc Liu Dejun cho biết tàu đã rời khu vực."
    assert _found(text, "N108") == []


# C107: chipmakers by their Chinese names; the Latin part the source writes before the Chinese name


@pytest.mark.parametrize(
    ("src", "mt", "found"),
    [
        ("SK海力士将在龙仁建设新工厂。", "SK Hải Lực Sĩ sẽ xây nhà máy mới tại Yongin.", [("Hải Lực Sĩ", "Hynix")]),
        ("LG化学与SK海力士签署供货协议。", "LG Chem ký thỏa thuận cung cấp với SK Hailishi.", [("Hailishi", "Hynix")]),
        (
            "联发科将在越南设立研发中心。",
            "Liên Phát Khoa sẽ lập trung tâm nghiên cứu tại Việt Nam.",
            [("Liên Phát Khoa", "MediaTek")],
        ),
        ("三星SDI将扩大投资。", "Tam Tinh SDI sẽ mở rộng đầu tư.", [("Tam Tinh", "Samsung")]),
    ],
)
def test_c107_chipmakers_and_the_source_prefix(src: str, mt: str, found: list) -> None:
    assert _found_in_pairs([(src, mt)], "C107") == found


@pytest.mark.parametrize(
    "text",
    [
        "SK hynix và MediaTek mở rộng đầu tư vào Việt Nam.",
        "Hãng chip SK Hynix khởi công nhà máy; ông Lực ở Hải Phòng là lực sĩ.",
        "Anh Hải cùng lực sĩ Phát tham gia giải đấu.",
    ],
)
def test_c107_chipmakers_own_names_and_words_stay_quiet(text: str) -> None:
    assert _found(text, "C107") == []


def test_c107_person_before_a_pinyin_reading_without_the_source_prefix() -> None:
    """'Li' before 'Hailishi' is no Latin part the source writes before 海力士: a person's name (N101's)."""
    assert _found_in_pairs([("李海力士说。", "Ông Li Hailishi nói.")], "C107") == []


# C102: 'Tân' (新: New Zealand, Singapore, Zimbabwe) beside a country the article names, after 'hai nước'


def test_c102_tan_named_as_two_countries_with_candidates() -> None:
    text = "Nhật Bản và Philippines ký hiệp định.\nHai nước Nhật-Tân sẽ mở rộng thương mại nông sản."
    hits = [f for f in audit_text(text) if f.rule == "C102"]
    assert [(f.text, f.suggestion) for f in hits] == [("Nhật-Tân", "Nhật Bản – New Zealand")]
    assert hits[0].candidates == ["Nhật Bản – Singapore", "Nhật Bản – Zimbabwe"]


def test_c102_tan_backed_by_the_article_takes_its_country() -> None:
    text = "Việt Nam và Singapore ký thỏa thuận kinh tế số.\nHai nước Việt-Tân sẽ lập nhóm công tác chung."
    assert _found(text, "C102") == [("Việt-Tân", "Việt Nam – Singapore")]


@pytest.mark.parametrize(
    "text",
    [
        "Australia tham gia giải đấu.\nỞ nội dung đôi nam, cặp Úc-Tân giành huy chương đồng.",  # two given names
        "Việt Nam hợp tác với Australia.\nQuan hệ Việt-Úc phát triển; hợp tác Việt-Tân Tây Lan tốt.",
        "Anh Tân học ở Úc.\nHai nước Việt-Lào hợp tác chặt chẽ.",
        # after a word of dealings alone 'Tân' stays ambiguous (two people's names too; leftovers56, leftovers59)
        "Thủ tướng Anh thăm Wellington\nQuan hệ Anh-Tân phát triển.",
        "Australia mở văn phòng thương mại mới.\nQuan hệ Úc-Tân giữa hai người bạn học rất thân thiết.",
    ],
)
def test_c102_tan_without_a_frame_of_two_countries_stays_quiet(text: str) -> None:
    assert _found(text, "C102") == []


# A113: common English idioms of risk, a small sourced group (skating on thin ice, on thin ice, dodge a bullet, out of
# the frying pan into the fire, bet the farm)


@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        (
            "Landlords who ignore the fire code are skating on thin ice.",
            "Các chủ nhà phớt lờ quy định phòng cháy đang trượt băng trên lớp băng mỏng.",
            "trượt băng trên lớp băng mỏng",
        ),
        (
            "After two recalls the carmaker is on thin ice with regulators.",
            "Sau hai lần triệu hồi, hãng xe đang ở trên lớp băng mỏng với cơ quan quản lý.",
            "lớp băng mỏng",
        ),
        (
            "Coffee growers dodged a bullet when the frost spared the highlands.",
            "Người trồng cà phê đã né được một viên đạn khi đợt sương giá bỏ qua Tây Nguyên.",
            "né được một viên đạn",
        ),
        (
            "Tenants who moved to the new block went out of the frying pan into the fire.",
            "Những người thuê chuyển sang tòa nhà mới đã nhảy từ chảo rán vào lửa.",
            "chảo rán vào lửa",
        ),
        (
            "The bank bet the farm on property loans.",
            "Ngân hàng đã đặt cược cả trang trại vào các khoản vay bất động sản.",
            "đặt cược cả trang trại",
        ),
    ],
)
def test_a113_risk_idioms_translated_word_for_word(src: str, mt: str, span: str) -> None:
    assert [t for t, _ in _found_in_pairs([(src, mt)], "A113")] == [span]


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # the meaning said, or Vietnamese's own idiom (如履薄冰 'như đi trên băng mỏng'; 'tránh vỏ dưa gặp vỏ dừa')
        (
            "Landlords who ignore the fire code are skating on thin ice.",
            "Các chủ nhà phớt lờ quy định phòng cháy đang rất mạo hiểm.",
        ),
        (
            "After two recalls the carmaker is on thin ice with regulators.",
            "Sau hai lần triệu hồi, hãng xe như đi trên băng mỏng trước cơ quan quản lý.",
        ),
        (
            "Coffee growers dodged a bullet when the frost spared the highlands.",
            "Người trồng cà phê thoát hiểm khi đợt sương giá bỏ qua Tây Nguyên.",
        ),
        (
            "Tenants who moved to the new block went out of the frying pan into the fire.",
            "Những người thuê chuyển sang tòa nhà mới như tránh vỏ dưa gặp vỏ dừa.",
        ),
        # a literal scene: a frozen lake, a gunfight, a kitchen, a real farm
        ("The boys were skating on thin ice on the frozen lake.", "Các cậu bé trượt băng trên lớp băng mỏng ở hồ."),
        ("The sergeant dodged a bullet fired by the gunman.", "Viên trung sĩ né được một viên đạn do tay súng bắn."),
        (
            "The cook tipped the bacon out of the frying pan into the fire.",
            "Đầu bếp hất thịt xông khói từ chảo vào lửa.",
        ),
        ("He bet the farm, its 300 acres and the cattle, on one card.", "Ông đặt cược cả trang trại vào một lá bài."),
    ],
)
def test_a113_risk_idioms_quiet_when_said_or_literal(src: str, mt: str) -> None:
    assert _found_in_pairs([(src, mt)], "A113") == []
