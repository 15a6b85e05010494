"""Round 35's fixes of blind-set misses (leftovers59), each on sentences outside the sets, both ways (fires on MT,
quiet on human text): C104's gated city read after a place's preposition where the document confirms it; C103's
literal word capitalised after a side's word, and a bare reading after 'phía' confirmed by the record's Chinese source
(X方); C102's Hán-Việt abbreviation paired with another country the article names, after a word of dealings; F107's
verbs of concern and discussion cut after their 'về'."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def _found_in_pairs(pairs: list[tuple[str, str]], rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs(pairs) if f.rule == rule]


# C104: a gated calque after 'tại'/'ở'/'đến' … alone, where the document writes it after its gate word elsewhere


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Triển lãm hàng hải khai mạc tại Phủ Sơn\nSáng 3/6, triển lãm khai mạc tại thành phố Phủ Sơn, Hàn Quốc.",
            [("Phủ Sơn", "Busan"), ("Phủ Sơn", "Busan")],
        ),
        (
            "Sạt lở ở tỉnh Lượng Sơn làm 2 người bị thương.\nĐoàn cứu hộ đến Lượng Sơn trong đêm.",
            [("Lượng Sơn", "Lạng Sơn"), ("Lượng Sơn", "Lạng Sơn")],
        ),
        (
            "Giá sầu riêng tăng ở Đa Lạc\nNông dân tỉnh Đa Lạc thu hoạch sớm.",
            [("Đa Lạc", "Đắk Lắk"), ("Đa Lạc", "Đắk Lắk")],
        ),
    ],
)
def test_c104_gated_calque_after_a_preposition_confirmed_elsewhere(text: str, spans: list) -> None:
    assert _found(text, "C104") == spans


@pytest.mark.parametrize(
    "text",
    [
        "Triển lãm hàng hải khai mạc tại Phủ Sơn\nHàng nghìn khách tham quan gian hàng của các hãng tàu.",  # no gate
        "Đoàn công tác về Cao Bình trao quà; xã Cao Bình đạt chuẩn nông thôn mới.",  # a commune of that name
        "Chị Khánh Châu làm việc tại Khánh Châu Group.\nChị sinh ra ở Hà Nội.",  # a person, a company
        "Bà Thuận Hóa đến phường Thuận Hóa nhận giấy tờ; cửa hàng ở Thuận Hóa đóng cửa.",  # a ward's name is right
    ],
)
def test_c104_gated_calque_quiet_without_its_gate_word(text: str) -> None:
    assert _found(text, "C104") == []


# C103: a literal word capitalised after 'phía'/'bên' (美方 'phía Đẹp'), fixed as the article names the country


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Việt Nam và Mỹ bàn về hàng không\nBộ trưởng nói phía Đẹp sẽ mở thêm đường bay.", "phía Đẹp", "phía Mỹ"),
        ("Việt Nam và Hoa Kỳ bàn về năng lượng\nPhía Đẹp cam kết cấp thêm vốn.", "Phía Đẹp", "Phía Hoa Kỳ"),
        ("Belarus và Việt Nam ký hiệp định\nHai bên nhất trí, bên Trắng sẽ nhập thêm gạo.", "bên Trắng", "bên Belarus"),
        (
            "Ireland và Việt Nam ký thỏa thuận\nĐại sứ cho biết phía Yêu mong tăng trao đổi sinh viên.",
            "phía Yêu",
            "phía Ireland",
        ),
    ],
)
def test_c103_capitalised_literal_after_a_side(text: str, span: str, fix: str) -> None:
    assert _found(text, "C103") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam và Mỹ bàn về thương mại\nKhách sạn phía Đẹp Trai hết phòng dịp lễ.",  # a name goes on
        "Việt Nam và Ả Rập Xê Út ký thỏa thuận\nCô ngồi bên Cát suốt buổi họp.",  # beside a person
        "Việt Nam và Pháp ký thỏa thuận\nPhía Đẹp cam kết hỗ trợ.",  # no story about the United States
        "Việt Nam và Belarus ký thỏa thuận\nTrong ván cờ, phía Trắng thắng sau 40 nước.",  # 'thắng' is no party's
    ],
)
def test_c103_capitalised_literal_quiet(text: str) -> None:
    assert _found(text, "C103") == []


# C103: a bare reading after 'phía' where the record's Chinese source writes X方


@pytest.mark.parametrize(
    ("source", "target", "span", "fix"),
    [
        ("加方同意扩大大米进口。", "Phía Gia đồng ý mở rộng nhập khẩu gạo.", "Phía Gia", "Phía Canada"),
        ("老方将向越南出售更多电力。", "Phía Lão sẽ bán thêm điện cho Việt Nam.", "Phía Lão", "Phía Lào"),
        ("越方欢迎蒙方投资者。", "Phía Việt Nam hoan nghênh nhà đầu tư phía Mông.", "phía Mông", "phía Mông Cổ"),
        (
            "双方同意，印方提议开通直航。",
            "Hai bên nhất trí, phía Ấn đề xuất mở đường bay thẳng.",
            "phía Ấn",
            "phía Ấn Độ",
        ),
    ],
)
def test_c103_bare_reading_confirmed_by_the_source(source: str, target: str, span: str, fix: str) -> None:
    assert _found_in_pairs([(source, target)], "C103") == [(span, fix)]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("泰方愿与越方合作。", "Phía Thái sẵn sàng hợp tác với phía Việt Nam."),  # 'phía Thái' is Vietnamese
        ("日方将再捐赠疫苗。", "Phía Nhật sẽ tặng thêm vắc xin."),
        ("韩方表示欢迎。", "Phía Hàn hoan nghênh."),
        ("新方支持越南加入协定。", "Phía Tân ủng hộ Việt Nam gia nhập hiệp định."),  # 新: Singapore or New Zealand
        ("巴方要求停火。", "Phía Ba yêu cầu ngừng bắn."),  # 巴: Pakistan, Palestine, Brazil
        ("双方在河内会谈。", "Hai bên hội đàm tại Hà Nội; phía Gia Lai cử đoàn."),  # no X方
        ("柬方代表出席会议。", "Đại diện phía Giản Văn dự cuộc họp."),  # a name goes on
    ],
)
def test_c103_bare_reading_quiet_unless_the_source_tells(source: str, target: str) -> None:
    assert _found_in_pairs([(source, target)], "C103") == []


# C102: another country's name and a Hán-Việt abbreviation only one country has, after a word of dealings


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Nhật Bản tăng viện trợ\nKim ngạch thương mại Nhật-Giản tăng 15% trong năm nay.",
            "Nhật-Giản",
            "Nhật Bản – Campuchia",
        ),
        ("Thủ tướng Anh thăm Dhaka\nHội đàm Anh-Mạnh diễn ra tại London.", "Anh-Mạnh", "Vương quốc Anh – Bangladesh"),
        (
            "Thủ tướng Trung Quốc thăm châu Âu\nTàu hàng đi qua hành lang Trung-Bạch mỗi tuần.",
            "Trung-Bạch",
            "Trung Quốc – Belarus",
        ),
    ],
)
def test_c102_hanviet_abbreviation_beside_another_named_country(text: str, span: str, fix: str) -> None:
    assert _found(text, "C102") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn Nga dự giải cầu lông\nỞ nội dung đôi nữ, cặp Nga-Bạch giành huy chương đồng.",  # no word of dealings
        "Quan hệ Nga-Bạch rất tốt đẹp từ thời hai người học chung.",  # Russia named only in the pair
        "Nga mở đường bay mới\nQuan hệ Nga-Bạch rất tốt đẹp.",  # … or as a sentence's first word
        "Hàng hóa đi qua hành lang Hà-Lạng rất đông.",
        "Thủ tướng Anh thăm Wellington\nQuan hệ Anh-Tân phát triển.",  # 'Tân' is Singapore's and New Zealand's
    ],
)
def test_c102_hanviet_abbreviation_quiet(text: str) -> None:
    assert _found(text, "C102") == []


# F107: a verb of concern or discussion cut after its 'về'


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Các nhà xuất khẩu cà phê hy vọng giá sẽ tăng, nhưng nhiều hợp tác xã vẫn lo lắng về", "lo lắng về"),
        ("Hai bộ trưởng đã dành cả buổi chiều để thảo luận về.", "thảo luận về"),
        ("Người dân trong xã nhiều lần gửi đơn phàn nàn về.", "phàn nàn về"),
        ("Tổ chức Y tế Thế giới đã cảnh báo về.", "cảnh báo về"),
    ],
)
def test_f107_verb_of_concern_cut_after_ve(text: str, span: str) -> None:
    assert _found(text, "F107") == [(span, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Đây là vấn đề mà nhiều cử tri đang lo lắng về.",  # the topic fronted
        "Chiều tối, các cô công nhân lần lượt ra về.",
        "Mọi người ngồi trao đổi một lúc rồi về.",
        "Bộ trưởng cảnh báo về tình trạng buôn lậu.",
        "Anh ấy lo lắng về",  # too short to be a cut sentence without a stop: a label
    ],
)
def test_f107_ve_quiet(text: str) -> None:
    assert _found(text, "F107") == []


def test_c104_confirmation_in_a_batch_must_be_near() -> None:
    """In a batch of unrelated rows (over 300 segments) a row confirms the reading only within 25 rows of it."""
    filler = [f"Dòng thứ {i} nói về giá lúa trong vụ đông xuân." for i in range(400)]
    rows = ["Tàu hàng cập cảng thành phố Phủ Sơn sáng nay.", *filler[:10], "Đoàn đã đến Phủ Sơn.", *filler]
    rows.append("Hội chợ mở tại Phủ Sơn tuần này.")  # 400 rows after the row with 'thành phố'
    found = [(f.text, f.line) for f in audit_text("\n".join(rows)) if f.rule == "C104"]
    assert found == [("Phủ Sơn", 1), ("Phủ Sơn", 12)]
