"""Round 36's fixes of adversary126's and adversary127's misses (leftovers65), each on sentences outside the sets,
both ways (fires on MT, quiet on human text): C107's Japanese trading houses by their Chinese names (三井 Mitsui, 丸红
Marubeni, 伊藤忠 Itochu, 住友商事 Sumitomo Corporation …) and the Pasteur Institute (巴斯德); A113's 'neck and neck' and
'pie in the sky' read word for word; C103's lowercase reading before 'phương' where the record's Chinese source writes
that side (德方 'đức phương', 法方 'pháp phương')."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def _found_in_pairs(pairs: list[tuple[str, str]], rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs(pairs) if f.rule == rule]


# C107: Japan's general trading houses


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tập đoàn Tam Tỉnh vừa ký thỏa thuận mua khí hóa lỏng dài hạn với PV Gas.", ("Tam Tỉnh", "Mitsui")),
        ("Công ty Hoàn Hồng mua 20% cổ phần của một doanh nghiệp thủy sản ở Cà Mau.", ("Hoàn Hồng", "Marubeni")),
        ("Tập đoàn Y Đằng Trung mở rộng mảng dệt may tại Việt Nam.", ("Y Đằng Trung", "Itochu")),
        ("Trú Hữu Thương Sự công bố lợi nhuận quý tăng 12%.", ("Trú Hữu Thương Sự", "Sumitomo Corporation")),
        ("Tam Lăng Thương Sự góp vốn vào dự án điện gió ở Bạc Liêu.", ("Tam Lăng Thương Sự", "Mitsubishi Corporation")),
    ],
)
def test_c107_trading_houses_by_their_chinese_names(text: str, found: tuple[str, str]) -> None:
    assert _found(text, "C107") == [found]


def test_c107_trading_house_with_its_chinese_name_in_the_source() -> None:
    pairs = [("丸红将在平阳省建设物流中心。", "Hoàn Hồng sẽ xây dựng một trung tâm logistics ở tỉnh Bình Dương.")]
    assert _found_in_pairs(pairs, "C107") == [("Hoàn Hồng", "Marubeni")]


@pytest.mark.parametrize(
    "text",
    [
        "Anh Hoàn Hồng, 30 tuổi, là công nhân một nhà máy ở Bình Dương.",
        "Bà Nguyễn Thị Hoàn Hồng nhận bằng khen của tỉnh.",
        "Người dân xã Tam Tỉnh trồng thêm hai héc-ta sen.",
        "Tập đoàn Sumitomo, Mitsui và Itochu cùng đầu tư vào khu công nghiệp Thăng Long.",
    ],
)
def test_c107_trading_house_readings_quiet_as_names_and_own_names(text: str) -> None:
    assert _found(text, "C107") == []


# C107: the Pasteur Institute


@pytest.mark.parametrize(
    "text",
    [
        "Viện Ba Tư Đức Nha Trang ghi nhận số ca sốt xuất huyết tăng mạnh.",
        "Các chuyên gia của Viện nghiên cứu Ba Tư Đức đã giải trình tự gen của chủng virus mới.",
    ],
)
def test_c107_pasteur_in_han_viet(text: str) -> None:
    assert _found(text, "C107") == [("Ba Tư Đức", "Pasteur")]


@pytest.mark.parametrize(
    "text",
    [
        "Viện Pasteur Nha Trang khuyến cáo người dân tiêm vắc xin dại sau khi bị chó cắn.",
        "Đế quốc Ba Tư, Đức và Ý được nhắc tới trong bài giảng lịch sử.",
        "Ông Ba Tư Đức là chủ một tiệm may ở Cần Thơ.",
    ],
)
def test_c107_pasteur_quiet_in_human_text(text: str) -> None:
    assert _found(text, "C107") == []


# A113: 'neck and neck', 'pie in the sky'


@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        (
            "The two candidates remain neck and neck in the latest poll.",
            "Hai ứng viên vẫn cổ và cổ trong cuộc thăm dò mới nhất.",
            "cổ và cổ",
        ),
        (
            "Samsung and Apple are running neck-and-neck in smartphone shipments.",
            "Samsung và Apple đang chạy cổ kề cổ về lượng điện thoại xuất xưởng.",
            "cổ kề cổ",
        ),
        (
            "Promises of free housing for all are pie in the sky.",
            "Những lời hứa nhà ở miễn phí cho tất cả là chiếc bánh trên bầu trời.",
            "chiếc bánh trên bầu trời",
        ),
        (
            "A metro line by next year sounds like pie in the sky.",
            "Một tuyến metro vào năm tới nghe như cái bánh trên trời.",
            "cái bánh trên trời",
        ),
    ],
)
def test_a113_contest_and_hope_idioms_read_word_for_word(src: str, mt: str, span: str) -> None:
    assert _found_in_pairs([(src, mt)], "A113") == [(span, None)]


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("The two teams were neck and neck until the final minute.", "Hai đội bám đuổi sát nút cho đến phút cuối."),
        ("The two stocks are neck and neck this quarter.", "Hai cổ phiếu ngang ngửa nhau trong quý này."),
        ("The two stocks are neck and neck this quarter.", "Hai mã cổ phiếu đang ngang hàng trong quý này."),
        ("A metro line by next year sounds like pie in the sky.", "Một tuyến metro vào năm tới nghe thật viển vông."),
        ("Talk of a quick peace deal is pie in the sky.", "Bàn chuyện hòa bình nhanh chóng chỉ là bánh vẽ trên trời."),
        (
            "The bakery's drone delivered a pie in the sky over the park.",
            "Máy bay không người lái của tiệm bánh giao một chiếc bánh trên bầu trời công viên.",
        ),
    ],
)
def test_a113_contest_and_hope_idioms_quiet_when_meant_or_literal(src: str, mt: str) -> None:
    assert _found_in_pairs([(src, mt)], "A113") == []


# C103: a lowercase reading before 'phương' with the record's Chinese source writing that side


@pytest.mark.parametrize(
    ("src", "mt", "found"),
    [
        (
            "德国总理在柏林表示，德方愿同越方加强职业培训合作。",
            "Thủ tướng Đức phát biểu tại Berlin rằng đức phương sẵn sàng cùng phía Việt Nam tăng cường đào tạo nghề.",
            ("đức phương", "phía Đức"),
        ),
        (
            "法国外长表示，法方支持越南的立场。",
            "Ngoại trưởng Pháp cho biết pháp phương ủng hộ lập trường của Việt Nam.",
            ("pháp phương", "phía Pháp"),
        ),
        (
            "意大利总理访问越南，意方承诺增加投资。",
            "Thủ tướng Ý thăm Việt Nam, ý phương cam kết tăng đầu tư.",
            ("ý phương", "phía Ý"),
        ),
        (
            "意大利代表团访问越南，意方代表表示满意。",
            "Đoàn Italia thăm Việt Nam, đại diện ý phương bày tỏ hài lòng.",
            ("ý phương", "phía Italia"),
        ),
    ],
)
def test_c103_lowercase_reading_with_the_side_in_the_source(src: str, mt: str, found: tuple[str, str]) -> None:
    assert _found_in_pairs([(src, mt)], "C103") == [found]


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("双方讨论了意大利提出的合作方案。", "Hai bên thảo luận ý phương án hợp tác của Italia."),
        ("意方代表提出了新的想法。", "Đại diện Italia nêu ý phương hướng mới."),
        ("意大利方面表示愿意合作。", "Ông nói ý phương sẵn sàng hợp tác với Italia."),
        # the side in the source, but the article names no such country: 意方 alone is not enough for a word
        ("意方承诺增加投资。", "Họ nói ý phương cam kết tăng đầu tư."),
        # 立方米 (cubic metre) and 古方 (an old remedy) hold 立方/古方: Lithuania's and Cuba's abbreviations with 方
        ("该水库蓄水量为50万立方米。", "Hồ chứa có dung tích 500.000 mét lập phương."),
        ("这是古方。", "Bài thuốc này là một cổ phương."),
        # ... and with the country named elsewhere, 'lập phương' after a unit is still the word
        (
            "立陶宛总理访问越南。该水库蓄水量为50万立方米。",
            "Thủ tướng Litva thăm Việt Nam. Hồ chứa có dung tích 500.000 mét lập phương.",
        ),
    ],
)
def test_c103_lowercase_reading_quiet_without_the_side_or_before_a_word(src: str, mt: str) -> None:
    assert _found_in_pairs([(src, mt)], "C103") == []


def test_c103_lowercase_reading_quiet_in_plain_text() -> None:
    text = "Thủ tướng Đức phát biểu tại Berlin rằng đức phương sẵn sàng hợp tác; ý phương án này được ủng hộ."
    assert _found(text, "C103") == []
