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
