"""False alarms review24 found in round 18's merged detectors with new human-written text, and the fixes' tests. The
sentences here were written for this test: none is in tests/data, in the probes that found the false alarms, nor in
the rules' examples (the unmarked given names are the few Vietnamese given names that are also a province's name
without its marks; the occupations and sentences before them are new). Each fix is tested both ways."""

from __future__ import annotations

from audit.api import audit_text
from audit.corpus.boilerplate import classify_lines


def _hits(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


def test_a_company_calque_opening_with_an_honorific_needs_a_company_word() -> None:
    """C107: a Hán-Việt company form of three syllables opening with 'Anh' (英) before Vietnamese given-name
    syllables (英伟达 Nvidia 'Anh Vĩ Đạt', 英业达 Inventec 'Anh Nghiệp Đạt') is also 'anh' before a man's given name
    when it opens a sentence or a quote: it counts only after a word of companies, as the forms opening with a
    surname do; one whose syllables name nobody (英特尔 Intel 'Anh Đặc Nhĩ') still counts alone."""
    for text in (
        "Anh Vĩ Đạt mở tiệm sửa xe máy ở đầu ngõ từ năm 2019, khách quen gọi anh là thợ giỏi nhất phố.",
        "Bà cụ kể: “Anh Nghiệp Đạt hôm ấy lội nước vào tận nhà để cõng tôi ra.”",
    ):
        assert _hits(text, "C107") == [], text
    assert _hits("Tập đoàn Anh Vĩ Đạt công bố doanh thu quý III vượt dự báo.", "C107") == ["Anh Vĩ Đạt"]
    assert _hits("Anh Đặc Nhĩ sẽ cắt giảm 15% nhân sự trong năm tới.", "C107") == ["Anh Đặc Nhĩ"]
    assert _hits("Sau đó Đặc Tư Lạp giảm giá mẫu Model Y tại Thượng Hải.", "C107") == ["Đặc Tư Lạp"]


def test_an_unmarked_given_name_after_an_occupation_is_no_province() -> None:
    """C105: a Vietnamese given name that is a province's name without its marks ('Thanh Hoa', 'Quang Nam') after a
    person's occupation is the person's name; the same form after a place word or a verb of travel still fires."""
    for text in (
        "Tiết mục của diễn viên Thanh Hoa được khán giả đứng dậy vỗ tay rất lâu.",
        "Thí sinh Quang Nam, học sinh lớp 12, giành giải nhất cuộc thi tin học trẻ.",
        "Đoàn khách tham quan trang trại của thương hiệu Dong Thap Lotus.",
    ):
        assert _hits(text, "C105") == [], text
    assert _hits("Đoàn công tác của bộ đã đến Thanh Hoa để kiểm tra công trình đê biển.", "C105") == ["Thanh Hoa"]
    assert _hits("Năm nay lượng khách đến Quang Nam tăng gần 30% so với năm ngoái.", "C105") == ["Quang Nam"]


def test_a_long_capitals_headline_over_its_date_and_a_kicker_stays() -> None:
    """Boilerplate: a headline in capitals opening with a company's or an agency's word ('TỔNG CÔNG TY …', 'CỤC …')
    over its date and a kicker line is the article's headline, not the site's name; a long name over its menu is
    still the masthead."""
    for page in (
        [
            "TỔNG CÔNG TY ĐƯỜNG SẮT TĂNG THÊM 12 ĐÔI TÀU DỊP TẾT NGUYÊN ĐÁN",
            "Chủ nhật, 6/12/2026 - 07:40",
            "Vận tải",
            "Các chuyến tàu tăng cường sẽ chạy từ ngày 5/2 đến hết ngày 25/2 trên tuyến Bắc - Nam.",
        ],
        [
            "CỤC HÀNG KHÔNG YÊU CẦU CÁC HÃNG BAY CÔNG KHAI GIÁ VÉ",
            "14:20 | 3/12/2026",
            "Hàng không",
            "Các hãng phải niêm yết giá vé bao gồm thuế, phí trên trang bán vé trước ngày 15/12.",
        ],
    ):
        assert classify_lines(page)[0] is None, page[0]
    menu = [
        "TỔNG CÔNG TY CẢNG HÀNG KHÔNG MIỀN TRUNG",
        "Giới thiệu | Tin tức | Dịch vụ hành khách | Liên hệ",
        "Tin hoạt động",
        "Sân bay Chu Lai đón chuyến bay quốc tế đầu tiên từ Hàn Quốc vào sáng 2/12.",
    ]
    assert classify_lines(menu)[0] is not None


def test_china_owning_the_object_of_a_vietnamese_firms_description_is_no_slip() -> None:
    """C101: in '<Vietnamese firm>, <firm word> <description> của Trung Quốc', China is the firm's (the MT's 我国
    slip) when the description is short or ranks the firm ('lớn nhất', 'hàng đầu'); a longer one that does something
    leaves China owning its object (aircraft, tankers)."""
    for text in (
        "Vietnam Airlines, hãng bay khai thác máy bay ARJ21 của Trung Quốc, bổ sung chuyến dịp Tết.",
        "Petrolimex, doanh nghiệp thuê tàu chở dầu của Trung Quốc, cho biết giá cước tăng 20%.",
    ):
        assert _hits(text, "C101") == [], text
    for text in (
        "Petrolimex, doanh nghiệp xăng dầu lớn nhất của Trung Quốc, vừa điều chỉnh giá bán lẻ.",
        "Agribank, ngân hàng của Trung Quốc có mạng lưới rộng nhất, mở thêm 40 điểm giao dịch.",
    ):
        assert _hits(text, "C101") == ["Trung Quốc"], text


def test_a_capitals_headline_closing_on_its_media_tag_is_no_body_name() -> None:
    """Boilerplate: a headline in capitals opening with a group's word and closing on its media tag after a dash
    ('… – CLIP', '… - PHOTO') is the article's headline; a body's name closing on its acronym stays chrome."""
    body = "Sáng nay hơn 2.000 hành khách đã lên chuyến tàu đầu tiên của tuyến mới, chậm 10 phút so với lịch chạy."
    for headline in (
        "TẬP ĐOÀN VINGROUP KHỞI CÔNG TUYẾN METRO MỚI – CLIP",
        "TỔNG CÔNG TY ĐƯỜNG SẮT CHẠY TÀU ĐÊM PHỐ CỔ - PHOTO",
    ):
        assert classify_lines([headline, body])[0] is None, headline
    assert classify_lines(["HIỆP HỘI DU LỊCH VIỆT NAM – VITA", body])[0] is not None


def test_a_top_leader_under_the_ministry_he_then_held_is_no_wrong_holder() -> None:
    """N103: a State President named under the ministry he held earlier in the same year (people.tsv now has Trần Đại
    Quang at Public Security until April 2016) is right; under it a year later he still fires."""
    early = "Hà Nội, 18/2/2016 - Bộ trưởng Bộ Công an Trần Đại Quang gặp mặt cán bộ hưu trí nhân dịp đầu xuân."
    assert _hits(early, "N103") == []
    late = "Hà Nội, 18/2/2017 - Bộ trưởng Bộ Công an Trần Đại Quang gặp mặt cán bộ hưu trí nhân dịp đầu xuân."
    assert _hits(late, "N103") == ["Bộ trưởng Bộ Công an Trần Đại Quang"]  # a former holder now
    # a city's chairman named under the ministry he left that autumn (people.tsv: Chu Ngọc Anh at Science until 2020)
    spring = "Hà Nội, 3/4/2020 - Bộ trưởng Bộ Khoa học và Công nghệ Chu Ngọc Anh trao giải cho các nhà khoa học trẻ."
    assert _hits(spring, "N103") == []


def test_the_literary_wanderer_is_no_tourism_calque() -> None:
    """T308: 'lữ du' (旅游) after a word for a person or a life ('chàng lữ du', 'đời lữ du', 'bước chân lữ du') is the
    literary wanderer of Vietnamese poems and songs; the tourism industry named so still fires."""
    for text in (
        "Nhạc sĩ kể lại những năm tháng đời lữ du của mình qua mười hai ca khúc mới.",
        "Truyện ngắn kể về một chàng lữ du dừng chân ở phố núi và ở lại suốt mùa đông.",
    ):
        assert _hits(text, "T308") == [], text
    assert _hits("Các công ty lữ du đưa 2.000 khách sang Hạ Long trong tuần lễ vàng.", "T308") == ["lữ du"]
