"""The misses adversary41/42 left in domestic stories, fixed in round 16 and tested both ways on names, provinces and
sentences written for this test, not in those sets: C101 reads 'Trung Quốc' as Việt Nam (我国 'our country') before
the Vietnamese National Assembly's term of the article's year, before a list of Vietnamese provinces, and after the
state or its budget in a story about Việt Nam's own state; N103 knows the National Assembly's Vice Chairs; N108 reads
the pinyin of a few historical foreign figures' Chinese names (historical_people.tsv)."""

from __future__ import annotations

from audit.api import audit_text


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


_VN = [("Trung Quốc", "Việt Nam")]


def test_national_assembly_term_of_the_year() -> None:
    """Việt Nam's XV (2021-2026) in 2024 and XIV (2016-2021) in 2018: China's 15th NPC sits from 2028, its 14th from
    2023."""
    text = "Hà Nội, 21/5/2024 - Sáng nay, Quốc hội Trung Quốc khóa XV khai mạc Kỳ họp thứ bảy tại Nhà Quốc hội."
    assert _hits(text, "C101") == _VN
    text = "Năm 2018, các đại biểu Quốc hội khoá XIV của Trung Quốc đã thông qua Luật An ninh mạng."
    assert _hits(text, "C101") == _VN


def test_the_npc_of_its_own_term_stays_quiet() -> None:
    for text in (
        "Sáng 5/3/2025, Quốc hội Trung Quốc khóa XIV khai mạc kỳ họp thứ ba; Thủ tướng Lý Cường đọc báo cáo.",
        "Năm 2015, Quốc hội Trung Quốc khóa XII thông qua Luật An ninh quốc gia.",
        "Năm 2030, Quốc hội Trung Quốc khóa XV sẽ họp kỳ thứ ba.",
    ):
        assert _hits(text, "C101") == [], text


def test_provinces_of_the_country_listed_as_vietnamese() -> None:
    text = "Mưa lớn kéo dài gây ngập sâu ở các tỉnh miền Trung của Trung Quốc như Quảng Trị, Huế và Quảng Ngãi."
    assert _hits(text, "C101") == _VN
    text = "Sản lượng lúa tăng ở những địa phương trên cả Trung Quốc, gồm Kiên Giang, An Giang và Đồng Tháp."
    assert _hits(text, "C101") == _VN


def test_chinese_provinces_and_border_provinces_stay_quiet() -> None:
    for text in (
        "Các tỉnh của Trung Quốc như Vân Nam, Quảng Tây tăng nhập khẩu sầu riêng từ Đắk Lắk.",
        "Các tỉnh giáp Trung Quốc như Lạng Sơn, Cao Bằng và Hà Giang đẩy mạnh thương mại biên giới.",
        "Các tỉnh của Trung Quốc như Tây Ninh, Thái Nguyên có tên trùng với hai tỉnh của Việt Nam.",
    ):
        assert _hits(text, "C101") == [], text


_STATE = (
    "Đắk Lắk, 3/6/2025 - Phó Thủ tướng Trần Hồng Hà làm việc với lãnh đạo tỉnh Đắk Lắk về cao tốc Khánh Hòa - "
    "Buôn Ma Thuột.\n"
    "Phó Thủ tướng cho biết Chính phủ Trung Quốc sẽ ưu tiên bố trí ngân sách nhà nước để dự án về đích đúng hạn.\n"
    "Ông đề nghị tỉnh đẩy nhanh giải phóng mặt bằng, không để chậm tiến độ."
)


def test_the_state_in_a_story_about_vietnams_own_state() -> None:
    assert _hits(_STATE, "C101") == _VN


def test_china_itself_in_vietnamese_news_stays_quiet() -> None:
    """Chinese investors in a Vietnamese province, a comparison of the two countries, China's legislature with a
    Chinese institution, its delegation received by a Vietnamese holder, its government's help, and its government
    in a border story that names Việt Nam elsewhere."""
    for text in (
        _STATE.replace("Ông đề nghị", "Nhiều nhà đầu tư Trung Quốc quan tâm dự án; ông đề nghị"),
        _STATE.replace("để dự án", "như Việt Nam để dự án"),
        _STATE + "\nTuần trước, Quốc hội Trung Quốc họp tại Đại lễ đường Nhân dân.",
        "Quảng Ninh, 8/4/2025 - Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Đoàn đại biểu Quốc hội Trung Quốc tại Hạ Long.\n"
        "Hai bên trao đổi về hợp tác giữa hai cơ quan lập pháp.",
        "Lào Cai, 2/9/2025 - Phó Thủ tướng Bùi Thanh Sơn dự lễ thông quan.\n"
        "Ông cảm ơn sự hỗ trợ của Chính phủ Trung Quốc với các doanh nghiệp Lào Cai.",
        "Lạng Sơn, 2/3/2025 - Phó Thủ tướng Bùi Thanh Sơn kiểm tra cửa khẩu Hữu Nghị.\n"
        "Ông cho biết Chính phủ Trung Quốc đã đồng ý mở thêm luồng xanh cho nông sản.\n"
        "Hàng hóa Việt Nam sẽ được thông quan nhanh hơn.",
    ):
        assert _hits(text, "C101") == [], text


def test_vice_chairs_of_the_national_assembly() -> None:
    """Near-misses of three Vice Chairs the set did not name, a right name, and a foreign vice chair."""
    for wrong, right in (
        ("Vũ Hồng Thành", "Vũ Hồng Thanh"),
        ("Đỗ Văn Chiên", "Đỗ Văn Chiến"),
        ("Lê Minh Hoàn", "Lê Minh Hoan"),
    ):
        text = f"Hà Nội, 12/12/2025 - Phó Chủ tịch Quốc hội {wrong} làm việc với tỉnh Tuyên Quang."
        assert _hits(text, "N103") == [(wrong, right)], text
    for text in (
        "Hà Nội, 12/12/2025 - Phó Chủ tịch Quốc hội Nguyễn Thị Thanh làm việc với tỉnh Tuyên Quang.",
        "Hà Nội, 12/12/2025 - Phó Chủ tịch Quốc hội Lào Sommad Pholsena tiếp đoàn.",
    ):
        assert _hits(text, "N103") == [], text


def test_historical_figures_in_pinyin() -> None:
    """Other figures and sentences than adversary41's 'Tamil Nadu Sidalin': a three-syllable name alone, a
    two-syllable one after an honorific, and the pinyin word after a foreign place's name left out of the span."""
    assert _hits("Năm 1945, Qiujier gặp Roosevelt tại Yalta.", "N108") == [("Qiujier", "Winston Churchill")]
    assert _hits("Tác phẩm của Engesi được dịch sang tiếng Việt từ sớm.", "N108") == [("Engesi", "Engels")]
    assert _hits("Ông Liening qua đời năm 1924 tại Gorki.", "N108") == [("Liening", "Lenin")]
    text = "Đô trưởng Addis Ababa Sidalin tiếp đoàn doanh nghiệp Việt Nam."
    assert _hits(text, "N108") == [("Sidalin", "Stalin")]


def test_historical_figures_written_right_stay_quiet() -> None:
    for text in (
        "Lenin, Stalin và Churchill là những nhân vật lịch sử của thế kỷ XX.",
        "Tổng thống Philippines Fei Erdinan Makesi thăm Hà Nội.",  # 'Makesi' stays Marcos (people.tsv first)
    ):
        assert [f for f in _hits(text, "N108") if f[1] in ("Stalin", "Lenin", "Engels", "Winston Churchill")] == []


def test_an_institution_only_vietnam_has_under_that_name() -> None:
    """adversary44's 'Ngân hàng Nhà nước Trung Quốc' (我国国家银行), tested on other sentences: the State Bank's and
    the Fatherland Front's names with 'Trung Quốc' are Việt Nam's; China's central bank by its own name, state-owned
    banks in lower case, and a sentence that names China otherwise stay quiet."""
    for text in (
        "Theo Ngân hàng Nhà nước Trung Quốc, dư nợ tín dụng toàn hệ thống tăng 12% so với cuối năm ngoái.",
        "Ủy ban Trung ương Mặt trận Tổ quốc Trung Quốc phát động cuộc vận động ủng hộ đồng bào vùng lũ.",
    ):
        assert _hits(text, "C101") == _VN, text
    for text in (
        "Ngân hàng Nhân dân Trung Quốc hạ lãi suất cho vay một năm xuống 3%.",
        "Các ngân hàng nhà nước Trung Quốc đã bán USD để giữ giá nhân dân tệ.",
        "Ngân hàng Nhà nước Trung Quốc tại Bắc Kinh công bố số liệu mới, theo Tân Hoa xã.",
        "Thống đốc Ngân hàng Nhà nước Việt Nam làm việc với Ngân hàng Nhân dân Trung Quốc.",
    ):
        assert _hits(text, "C101") == [], text
