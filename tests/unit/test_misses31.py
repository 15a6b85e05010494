"""misses31 (round 25): the fixes for adversary83's misses, each tried on names, places, words and sentences that
are not in the set, both ways (what fires, and a near case that stays quiet)."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, code: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[code])]


def _pairs_found(pairs: list[tuple[str, str]], code: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs(pairs, select=[code])]


# T308: housing and food-safety words kept from Chinese, gated where Vietnamese words hold the same syllables
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Giá căn hộ chung cư tại Đà Nẵng tiếp tục tăng. Tại Cần Thơ, phòng giá chung cư đã tăng 12% trong năm.",
            "phòng giá",
            "giá nhà",
        ),
        ("Theo đó, khai phát thương Đài Loan đã hoãn dự án ở Bình Dương.", "khai phát thương", "chủ đầu tư"),
        ("Thị trường nhà ở sôi động, nhiều lâu bàn mới ở Long An mở bán.", "lâu bàn", "dự án"),
        ("Cảnh sát thu giữ 300 hộp nãi phấn nhập lậu ở cửa khẩu.", "nãi phấn", "sữa bột"),
        (
            "Đấu tranh với hàng giả mạo ngụy liệt trên sàn thương mại điện tử.",
            "giả mạo ngụy liệt",
            "giả, kém chất lượng",
        ),
        ("Nhiều bảo kiện phẩm không rõ nguồn gốc bị tiêu hủy.", "bảo kiện phẩm", "thực phẩm chức năng"),
        (
            "Hơn 40 công nhân nhập viện sau vụ thực vật trúng độc ở Bình Dương.",
            "thực vật trúng độc",
            "ngộ độc thực phẩm",
        ),
        ("Công nhân ăn tối tại thực đường của nhà máy.", "thực đường", "nhà ăn"),
    ],
)
def test_t308_new_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Giá căn hộ chung cư tại Đà Nẵng tiếp tục tăng. Khách sạn có nhiều phòng giá rẻ cho khách.",
        "Căn hộ chung cư hai phòng giá 2 tỷ đồng. Phòng giá cao nhất là 5 triệu đồng.",
        "Tại Cần Thơ, phòng giá đã được bố trí cho đoàn kiểm tra.",  # no housing story
        "Thúc đẩy khai phát thương mại khu vực biên giới.",
        "Thị trường nhà ở ảm đạm, họ ngồi lâu bàn chuyện giá căn hộ.",
        "Ông ấy đã suy nghĩ rất lâu bàn với vợ về việc mua chung cư.",
        "Nhiều loài thực vật trúng độc do khí thải nhà máy.",
        "Bộ phim tái hiện chân thực đường phố Hà Nội xưa. Bức tranh tả chân thực đường nét khuôn mặt.",
        "Ông sống trung thực đường hoàng suốt đời.",
    ],
)
def test_t308_new_rows_stay_quiet(text: str) -> None:
    assert _found(text, "T308") == []


# C107: a developer, a food maker and a food and drug agency by their Chinese names; a company's head word after it
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Tại thị trường Malaysia, Khải Đức Tập đoàn đã mua lại hai tòa văn phòng ở Kuala Lumpur.",
            "Khải Đức Tập đoàn",
            "Tập đoàn CapitaLand",
        ),
        ("Hãng ô tô Phong Điền Tập đoàn của Nhật Bản tăng giá xe.", "Phong Điền Tập đoàn", "Tập đoàn Toyota"),
        ("Nhà phát triển Hồng Kông Tân Hồng Cơ công bố doanh thu quý III.", "Tân Hồng Cơ", "Sun Hung Kai"),
        ("Mì gói của công ty Nông Tâm được bán ở 100 nước.", "Nông Tâm", "Nongshim"),
        (
            "Thực phẩm Y dược phẩm An toàn Xứ Hàn Quốc đã thu hồi lô mỹ phẩm.",
            "Thực phẩm Y dược phẩm An toàn Xứ",
            "Bộ An toàn Thực phẩm và Dược phẩm",
        ),
    ],
)
def test_c107_new_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C107")


@pytest.mark.parametrize(
    "text",
    [
        "Người dân huyện Phong Điền Tập đoàn Vingroup đầu tư hỏi về dự án.",  # a place, then another company
        "Ông Khải Đức, Tập đoàn của ông đã mua lại tòa nhà.",
        "Bà Nông Tâm là giáo viên ở Cao Bằng; anh Nông Tâm làm ở Công ty Xi măng.",
        "Bộ An toàn Thực phẩm và Dược phẩm Hàn Quốc (MFDS) thu hồi sản phẩm.",
    ],
)
def test_c107_new_rows_stay_quiet(text: str) -> None:
    assert _found(text, "C107") == []


# T306: 'yesterday' and 'tomorrow' a day off the dateline
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Cần Thơ, 3/3/2026 – Hội chợ bế mạc.\nChiều hôm qua (3/3), ban tổ chức công bố giải thưởng.", "3/3", "2/3"),
        ("Huế, ngày 31/12/2025 – Lễ hội kết thúc.\nHôm qua (31/12), trời mưa to.", "31/12", "30/12"),
        ("Huế, ngày 31/12/2025 – Lễ hội kết thúc.\nSáng mai (31/12), thành phố khai hội.", "31/12", "1/1"),
    ],
)
def test_t306_yesterday_and_tomorrow_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T306")


@pytest.mark.parametrize(
    "text",
    [
        "Cần Thơ, 1/3/2026 – Hội chợ bế mạc.\nHôm qua (28/2), ban tổ chức công bố giải; ngày mai (2/3) trao giải.",
        "Huế, ngày 31/12/2025 – Lễ hội kết thúc.\nNgày mai (1/1/2026), thành phố bắn pháo hoa.",
        "Huế, ngày 31/12/2025 – Lễ hội kết thúc.\nTối qua (31/12), trời mưa.",  # a night may straddle midnight
        "Dự án đã đi qua 2/3 chặng đường; giá tăng qua 3/4 số tỉnh.",  # 'qua' alone is no date word
    ],
)
def test_t306_yesterday_and_tomorrow_stay_quiet(text: str) -> None:
    assert _found(text, "T306") == [] and _found(text, "T302") == []


# T307: 'vạn' before goods counted by their packs
def test_t307_packs_counted_in_myriads() -> None:
    found = _found("Lực lượng chức năng thu giữ hơn 25 vạn chai nước mắm giả và 8 vạn gói bánh.", "T307")
    assert found == [("25 vạn", "250.000"), ("8 vạn", "80.000")]
    assert _found("Anh mua 2 hộp sữa; hàng vạn gói mì được quyên góp; 10 vạn quân Thanh tan rã.", "T307") == []


# N105: a minister's title after the ministry's Hán-Việt name, in the Chinese order
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Sáng nay, Kiến thiết bộ trưởng Nguyễn Văn Bình làm việc với tỉnh Lào Cai.",
            "Kiến thiết bộ trưởng",
            "Bộ trưởng Bộ Xây dựng",
        ),
        (
            "Khoa kỹ Bộ trưởng Phạm Văn Tuấn dự lễ khai mạc triển lãm.",
            "Khoa kỹ Bộ trưởng",
            "Bộ trưởng Bộ Khoa học và Công nghệ",
        ),
        (
            "Theo Kiến thiết Bộ Phó Bộ trưởng Lê Văn Hải, nhiều dự án chậm.",
            "Kiến thiết Bộ Phó Bộ trưởng",
            "Thứ trưởng Bộ Xây dựng",
        ),
    ],
)
def test_n105_hanviet_ministry_first_fires(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "N105")


def test_n105_hanviet_ministry_first_stays_quiet() -> None:
    text = (
        "Công cuộc kiến thiết bộ trưởng nhắc đến là nhiệm vụ lớn. Kiến thiết bộ trưởng nhiệm kỳ này khó khăn. "
        "Bộ trưởng Bộ Xây dựng Trần Hồng Minh thăm Khoa Kỹ thuật Bộ trưởng."
    )
    assert _found(text, "N105") == []


# C105: a province without its marks inside brackets after a unit word
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Xe khách lật trên quốc lộ 20 (tỉnh Lam Dong), khiến 5 người bị thương.", "Lam Dong", "Lâm Đồng"),
        ("Vụ cháy rừng ở huyện Lắk (tỉnh Dak Lak) đã được khống chế.", "Dak Lak", "Đắk Lắk"),
    ],
)
def test_c105_unmarked_province_in_brackets_fires(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C105")


def test_c105_english_gloss_in_brackets_stays_quiet() -> None:
    text = (
        "Tuyến cao tốc nối Nha Trang (Khánh Hòa) với Đà Lạt (Dalat, tên tiếng Anh) và Quảng Ninh (Quang Ninh Province)."
    )
    assert _found(text, "C105") == []


# C103: a side's calque between an official's word and his name
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Việt Nam và Nhật Bản ký kết hai văn kiện. Quan chức Nhật phương Tanaka Hiroshi cho biết sẽ hỗ trợ.",
            "Nhật phương",
            "phía Nhật Bản",
        ),
        (
            "Việt Nam và Thái Lan ký thỏa thuận. Đại diện Thái phương Somsak Thepsuthin phát biểu tại lễ ký.",
            "Thái phương",
            "phía Thái Lan",
        ),
    ],
)
def test_c103_side_before_an_officials_name_fires(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C103")


def test_c103_side_before_a_name_without_an_official_stays_quiet() -> None:
    assert _found("Việt Nam và Nhật Bản ký kết hai văn kiện. Ông Nhật phương Nam Định tham dự.", "C103") == []


# N107: where the source names the title's country, the holder is the error, not the country
def test_n107_source_names_the_titles_country() -> None:
    pairs = [("马来西亚总理安瓦尔出席会议。", "Thủ tướng Malaysia Lawrence Wong dự hội nghị.")]
    assert _pairs_found(pairs, "N107") == [("Lawrence Wong", "Anwar Ibrahim")]


@pytest.mark.parametrize(
    "source",
    [
        "新加坡总理黄循财出席会议。",  # the source names the person's country: the country is the error
        "总理黄循财出席会议。",  # no country in the source
    ],
)
def test_n107_source_without_the_titles_country_keeps_the_country_fix(source: str) -> None:
    pairs = [(source, "Thủ tướng Malaysia Lawrence Wong dự hội nghị.")]
    assert _pairs_found(pairs, "N107") == [("Malaysia", "Singapore")]


# N103: an article's own dateline dates it whatever plans of later months it writes
_PLAN_PAGE = (
    "Cần Thơ, 20/11/2025 – Bộ Khoa học và Công nghệ tổng kết chương trình.\n"
    "Theo Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt, đã có hơn 300 đề tài được nghiệm thu.\n"
    "Chương trình được triển khai từ ngày 10/1/2025 ở 20 tỉnh.\n"
    "Hội nghị sơ kết {verb} được tổ chức vào ngày 15/12/2025 tại Hà Nội."
)


def test_n103_dateline_stands_beside_a_later_plan() -> None:
    found = _found(_PLAN_PAGE.format(verb="sẽ"), "N103")
    assert [text for text, _ in found] == ["Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt"]


def test_n103_a_later_date_of_the_text_keeps_the_year_alone() -> None:
    # a later date not planned may be the text's own; an earlier one of the year (10/1) leaves the month open
    assert _found(_PLAN_PAGE.format(verb="đã"), "N103") == []
