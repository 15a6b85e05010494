"""A related-news box inside the article of a page copied as text (audit/corpus/boilerplate/inline_box.py): the
short paragraphs after a box of one to three links are article text again (chrome13 page 02, chrome14); a page's
last box, whose headlines carry a one-sentence lead, stays chrome. Tested on pages not in those sets (invented
places, people and headlines)."""

from __future__ import annotations

from audit.corpus.boilerplate import classify_lines

_HEAD = [
    "Cần Thơ mở thêm hai tuyến xe buýt đường sông",
    "Từ tháng sau, người dân Cần Thơ có thể đi xe buýt đường sông từ bến Ninh Kiều tới Phong Điền và Cái Răng.",
    "Mỗi tuyến chạy mười chuyến một ngày, giá vé bằng xe buýt trên bộ.",
]


def test_short_paragraphs_after_a_one_link_box_are_article() -> None:
    lines = [
        *_HEAD,
        "Đọc thêm",
        "Bến tàu khách mới ở Ninh Kiều đón khách từ tháng 12",
        "Trong tuần đầu, hành khách được đi miễn phí.",
        "Sở Xây dựng thành phố cho biết sẽ theo dõi lượng khách để điều chỉnh giờ chạy.",
        "Nếu đông khách, tuyến Cái Răng sẽ chạy thêm chuyến tối từ đầu năm sau.",
        "Bình luận (3)",
        "Đăng nhập để bình luận",
    ]
    kinds = classify_lines(lines)
    assert kinds[3] is not None and kinds[4] is not None  # the box: its heading and its link
    assert kinds[5:8] == [None, None, None]  # the article again, its short first sentence included
    assert kinds[8] is not None and kinds[9] is not None  # below the article's last sentence: chrome, as before


def test_a_two_link_box_then_a_list_after_a_colon_line() -> None:
    lines = [
        *_HEAD,
        "Tin liên quan:",
        "Xe buýt điện ở Huế chở 2 triệu khách sau một năm",
        "Đà Lạt thí điểm xe buýt hai tầng ngắm cảnh",
        "Hành khách có thể mua vé bằng thẻ ngân hàng ngay trên tàu, không cần tiền mặt.",
        "Thành phố khuyến khích người dân đăng ký vé tháng để được giảm nửa giá vé lẻ.",
        "Các bến dừng gồm:",
        "- Ninh Kiều;",
        "- Cái Răng;",
        "- Phong Điền.",
    ]
    kinds = classify_lines(lines)
    assert kinds[3:6] == ["related"] * 3
    assert kinds[6:12] == [None] * 6


def test_a_last_box_of_headlines_with_their_leads_stays_chrome() -> None:
    lines = [
        *_HEAD,
        "Tin khác",
        "Quảng Ngãi khởi công cầu vượt biển nối đảo Lý Sơn",
        "Cây cầu dài 24 km dự kiến hoàn thành sau sáu năm, theo tỉnh Quảng Ngãi.",
        "Sân bay Phù Cát đón chuyến bay quốc tế đầu tiên",
        "Chuyến bay từ Seoul hạ cánh sáng nay với 180 hành khách trên khoang.",
        "Ga Vinh được cải tạo trước Tết",
        "Nhà ga sẽ có thêm phòng chờ và lối đi cho người khuyết tật từ tháng tới.",
    ]
    kinds = classify_lines(lines)
    assert all(kind is not None for kind in kinds[3:])


def test_sentences_after_a_long_list_of_links_stay_in_the_box() -> None:
    lines = [
        *_HEAD,
        "Xem thêm",
        "Hà Nội thí điểm làn xe buýt riêng trên đường Nguyễn Trãi",
        "Xe buýt điện ở Huế chở 2 triệu khách sau một năm",
        "Đà Lạt thí điểm xe buýt hai tầng ngắm cảnh",
        "Vũng Tàu mở tuyến tàu cao tốc ra Côn Đảo",
        "Bản quyền thuộc về Báo Sông Hậu, cấm sao chép dưới mọi hình thức khi chưa được phép.",
        "Địa chỉ tòa soạn: số 12 đường Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ.",
    ]
    kinds = classify_lines(lines)
    assert all(kind is not None for kind in kinds[3:])


def test_a_table_closing_the_article_after_a_box_is_article() -> None:
    """A '|' table under the article's last sentence, after the box, is article: before, its heading row came back
    (a menu-like line the table cue restores) and its rows stayed in the related-news block (review16 probe on a
    stock-market page; tested here on a fuel-price table)."""
    lines = [
        *_HEAD,
        "Xem thêm",
        "Cần Thơ thí điểm xe điện chở khách quanh bến Ninh Kiều",
        "Giá nhiên liệu cho tàu được Sở Tài chính thành phố điều chỉnh theo giá bán lẻ xăng dầu mỗi kỳ.",
        "Kỳ điều chỉnh gần nhất, giá dầu diesel giảm nhẹ so với hai tuần trước đó tại các cửa hàng.",
        "Loại | Giá | Thay đổi",
        "Xăng RON 95 | 21.340 | -210",
        "Dầu diesel | 19.120 | +80",
        "Thu Trang",
        "Tin mới nhất",
        "Sóc Trăng khởi công cầu vượt sông Hậu",
        "Bạc Liêu mở lễ hội đờn ca tài tử",
    ]
    kinds = classify_lines(lines)
    assert kinds[5:10] == [None, None, None, None, None]  # the sentences and the whole table
    assert all(k is not None for k in kinds[11:])  # the page's last box stays chrome


def test_a_footer_menu_split_by_bars_after_the_article_stays_chrome() -> None:
    """Bars without figures ('Liên hệ | Quảng cáo | Điều khoản') under the article: the site's footer, not a table."""
    lines = [
        *_HEAD,
        "Xem thêm",
        "Cần Thơ thí điểm xe điện chở khách quanh bến Ninh Kiều",
        "Giá nhiên liệu cho tàu được Sở Tài chính thành phố điều chỉnh theo giá bán lẻ xăng dầu mỗi kỳ.",
        "Kỳ điều chỉnh gần nhất, giá dầu diesel giảm nhẹ so với hai tuần trước đó tại các cửa hàng.",
        "Liên hệ | Quảng cáo | Điều khoản",
        "Giới thiệu | Tuyển dụng | Góp ý",
    ]
    kinds = classify_lines(lines)
    assert kinds[5:7] == [None, None] and kinds[7] is not None and kinds[8] is not None
