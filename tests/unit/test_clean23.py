"""The clean23 set (tests/data/clean23): ten human-written foreign-affairs news pages copied as plain text with
their chrome (an embassy site, a Chinese and a Korean broadcaster's Vietnamese service, a news agency, an army paper,
a mobile sports page, an overseas-Vietnamese site, an e-mail newsletter, a research journal, a border-guard paper),
every line annotated chrome or article. Clean text must stay quiet and the chrome must be boilerplate. The fixes are
tested on sentences, names and lines written outside the set, both ways: what they now leave alone or catch, and what
must still fire or stay content."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of
from chrome_lines import score_lines
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line, classify_lines
from audit.model import Severity

CLEAN23 = Path(__file__).resolve().parents[1] / "data" / "clean23"
DOCS = sorted(CLEAN23.glob("*.txt"))
# findings left as they are (tests/data/clean23/README.md): the newsletter of 27/11/2026 names Keir Starmer the UK's
# Prime Minister, whom the gazetteer has leaving in July 2026 (a true finding: the set was written with the office
# holders of late 2025)
LEFT = {("07_ban_tin_the_gioi_email.txt", "N103", "Thủ tướng Anh Keir Starmer")}
# chrome lines left as the reader reads them: a unit's byline, a newsletter's name and greeting, an author's institute
CHROME_LEFT = {
    "Phòng Báo chí – Văn hóa",
    "THẾ GIỚI SÁNG NAY",
    "Chào bạn, dưới đây là năm tin quốc tế đáng chú ý nhất trong 24 giờ qua.",
    "Viện Nghiên cứu Châu Mỹ",
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 10 and all(p.with_suffix(".json").exists() for p in DOCS)


def test_only_the_findings_left() -> None:
    found = {(p.name, f.rule, f.text) for p in DOCS for _, f in findings_of(p)}
    assert found == LEFT


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_critical_and_no_false_major_finding(path: Path) -> None:
    serious = {(path.name, f.rule, f.text) for _, f in findings_of(path) if f.severity >= Severity.MAJOR}
    assert serious <= {x for x in LEFT if x[1] == "N103"}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert score.article_as_chrome == []
    assert set(score.chrome_as_article) <= CHROME_LEFT


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert [w for w in chrome_misclassified(path) if not any(f"{t[:40]!r}"[:-1] in w for t in CHROME_LEFT)] == []


# --- N101/T101: a Chinese athlete in pinyin beside the Hán-Việt form the article gives -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # players outside the set, glossed with 'tức', in brackets, or after 'âm Hán Việt là'
        "Tay vợt bóng bàn Wang Chuqin (Trung Quốc) thắng 4-1 ở chung kết.\nWang Chuqin, tức Vương Sở Khâm, giành"
        " danh hiệu thứ ba trong năm.\nSau trận, Wang Chuqin nói anh mệt nhưng hạnh phúc.",
        "Tay vợt Zhang Yiman (Trương Dĩ Mạn) vào tứ kết.\nỞ vòng sau, Zhang Yiman gặp một đối thủ Hàn Quốc.",
        "Kỳ thủ Ding Liren, người được báo chí gọi theo âm Hán Việt là Đinh Lập Nhân, thắng ván thứ ba.\n"
        "Ding Liren cần thêm một điểm để vào chung kết.",
    ],
)
def test_a_glossed_chinese_name_in_pinyin_is_quiet(text: str) -> None:
    assert audit_text(text, select=["N101", "T101"]) == []


def test_a_chinese_player_named_so_gets_at_most_a_minor() -> None:
    """The pinyin is marked Chinese ('(Trung Quốc)') and the Hán-Việt stands apart, unglossed: worth a look, no
    more (it was critical: the Hán-Việt form was taken for a Vietnamese name the pinyin garbled)."""
    text = "Tay vợt Sun Yingsha (Trung Quốc) vào bán kết.\nTôn Dĩnh Sa là hạt giống số một.\nSun Yingsha thắng dễ."
    assert {f.severity for f in audit_text(text, select=["N101"])} <= {Severity.MINOR}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Thủ tướng Phạm Minh Chính dự hội nghị tại Hà Nội.\nFan Mingzheng nhấn mạnh vai trò của doanh nghiệp.",
            "Fan Mingzheng",
        ),
        # 'hay' between a pinyin and another person's name glosses nothing
        ("Ông Trần Văn Hùng là giám đốc sở.\nChen Wenxiong hay ông Lê Minh sẽ chủ trì cuộc họp.", "Chen Wenxiong"),
    ],
)
def test_a_garbled_vietnamese_name_is_still_critical(text: str, span: str) -> None:
    assert (span, Severity.CRITICAL) in {(f.text, f.severity) for f in audit_text(text, select=["N101"])}


# --- N103: a clause dated from the one before it ---------------------------------------------------------------------

_DATED = "Hà Nội, ngày 3/11/2026 - Buổi tọa đàm ôn lại lịch sử ngoại giao.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2013, Chủ tịch nước Trương Tấn Sang thăm Mỹ. Hai năm sau, Tổng Bí thư Nguyễn Phú Trọng hội đàm với"
        " Tổng thống Barack Obama.",
        "Ngày 5/11/1991, đoàn đại biểu đến Bắc Kinh; ngày hôm sau, Tổng Bí thư Đỗ Mười hội đàm với lãnh đạo nước"
        " chủ nhà.",
        "Tháng 6/2016, đoàn đại biểu sang thăm Nhật Bản.\nMột tháng sau, Thủ tướng Nhật Bản Abe Shinzo tiếp đoàn.",
        # the visit the sentence before dates, and an abbreviation's dot inside the clause (a probe after the run)
        "Năm 2024, Tổng thống Ferdinand Marcos Jr. thăm Việt Nam. Trong chuyến thăm, ông hội đàm với Chủ tịch nước"
        " Võ Văn Thưởng.\nSau đó, Tổng thống Marcos Jr. gặp Chủ tịch Quốc hội Vương Đình Huệ.",
    ],
)
def test_a_holder_of_the_time_counted_from_the_sentence_before_is_quiet(text: str) -> None:
    assert audit_text(_DATED + text, select=["N103"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2010, hai nước ký hiệp định. Mười năm sau, Thủ tướng Anh David Cameron tuyên bố mở rộng hợp tác.",
        "Thủ tướng Anh David Cameron tuyên bố mở rộng hợp tác.",
    ],
)
def test_a_former_holder_named_later_still_fires(text: str) -> None:
    assert [f.text for f in audit_text(_DATED + text, select=["N103"])] == ["Thủ tướng Anh David Cameron"]


# --- N108: a Japanese name in romaji after 'Nhật Bản' ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cô thua tay vợt Nhật Bản Mao Sakaoka sau ba ván.",  # names outside the set (its was Kodai Naraoka)
        "Ở tứ kết, Sota Naraoka (Nhật Bản) thắng dễ.",
    ],
)
def test_a_japanese_name_in_romaji_is_quiet(text: str) -> None:
    assert audit_text(text, select=["N108"]) == []


@pytest.mark.parametrize(
    ("text", "span", "severity"),
    [
        ("Cô thua tay vợt Mao Sakaoka sau ba ván.", "Mao Sakaoka", Severity.MINOR),  # not said to be Japanese
        ("Anh thua tay vợt Nhật Bản Gaoqiao Shangzi sau ba ván.", "Gaoqiao Shangzi", Severity.MINOR),  # no romaji
        ("Nữ diễn viên Nhật Bản Shantian Huazi đến Hà Nội.", "Shantian Huazi", Severity.MINOR),  # 'ti', 'zi', 'hu'
        ("Thủ tướng Nhật Bản Anbei Jinsan thăm Việt Nam.", "Anbei Jinsan", Severity.CRITICAL),  # the gazetteer's
    ],
)
def test_pinyin_after_japan_still_fires(text: str, span: str, severity: Severity) -> None:
    assert [(f.text, f.severity) for f in audit_text(text, select=["N108"])] == [(span, severity)]


# --- T301: a person's given name keeps its bearer's tone placement ---------------------------------------------------

_OLD_STYLE = "Hai nước ký hiệp định hòa bình, hợp tác thủy sản và thủy lợi.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Ông Trần Văn Khoẻ, chủ nhiệm hợp tác xã, dự lễ ký.",
        "Đại diện doanh nghiệp là bà Nguyễn Thị Thuý và ông Lê Hoà.",
        "Anh Phạm Duy Toả cho biết đơn hàng tăng.",
    ],
)
def test_a_name_in_the_other_tone_style_is_quiet(text: str) -> None:
    """Names outside the set (the set's was 'Khuất Duy Khoẻ'), in a document of old-style 'hòa', 'thủy'."""
    assert audit_text(_OLD_STYLE + text, select=["T301"]) == []


def test_a_name_mentioned_often_does_not_outvote_the_words() -> None:
    """A consul named four times in the new style, the page's words in the old (a probe after the run): the name
    decides nothing, so the words are not flagged either."""
    text = (
        "Tổng Lãnh sự Hà Thị Thuỷ tiếp đoàn doanh nghiệp.\nBà Thuỷ cho biết hai bên đã ký thỏa thuận.\n"
        "Theo bà Thuỷ, văn hóa là cầu nối. Bà Hà Thị Thuỷ cảm ơn đoàn."
    )
    assert audit_text(text, select=["T301"]) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Đoàn đến tỉnh Thanh Hoá làm việc.", "Hoá"),  # a province follows the house style
        ("Ông Trần Văn Khoẻ nói sức khoẻ người dân là trên hết.", "khoẻ"),  # the common word
        ("Ngày mai Hoà Bình đón đoàn khách.", "Hoà"),
    ],
)
def test_the_other_tone_style_outside_a_name_still_fires(text: str, word: str) -> None:
    assert word in [f.text for f in audit_text(_OLD_STYLE + text, select=["T301"])]


# --- page chrome: lines of kinds the set showed, written outside it --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "中文 | English | Français | Español",
        "Tiếng Việt | ภาษาไทย | 日本語",
        "Cỡ chữ: A A+ A-",
        "Cỡ chữ A A",
        "In bài viết",
        "Gửi bài cộng tác",
        "Đường dây nóng lãnh sự: +84 981 848 484",
        "Hotline hỗ trợ công dân 0912 345 678",
        "Mở ứng dụng",
        "Tải app Báo Mới",
        "Xem trên ứng dụng để đọc nhanh hơn",
        "Không đọc được email? Xem trên trình duyệt",
        "Nghe trực tiếp ▶",
        "Ghi âm bản tin (04:20)",
        "▶ Audio 12:05",
        "FM 104 MHz | AM 675 kHz",
        "Sóng ngắn 7.220 kHz (Hà Nội)",
        "Phnôm Pênh, 26/11 (TTXVN) -",
        "Tokyo, ngày 3/12/2026 –",
        "Phóng viên thường trú tại Bắc Kinh",
        "PV TTXVN tại Washington",
        "PGS.TS Lê Văn An",
        "ThS. Nguyễn Thị Ánh Tuyết",
        "Hướng dẫn gửi bài",
        "Tải bản PDF",
        "Trích dẫn bài báo",
        "Ngày nhận bài: 02/3/2026; ngày phản biện: 20/4/2026",
        "Tài liệu tham khảo",
        "Bài viết khác trong số này",
        "Đọc tiếp →",
        "Xem tiếp...",
        "Tài trợ bởi Ngân hàng ABC",
        "Vay mua nhà lãi suất ưu đãi 6,5%/năm. Đăng ký ngay",
        "Bạn thấy số báo này thế nào? 👍 | 👎",
        "Chuyển tiếp email này cho đồng nghiệp",
        "Bạn nhận được thư này vì đã đăng ký tại trang web của chúng tôi.",
        "BÁO NÔNG THÔN ĐIỆN TỬ",
        "Cập nhật liên tục",
        "Xem thêm các bài trực tiếp khác",
        "Đọc thêm các bài viết cùng chủ đề:",
    ],
)
def test_new_chrome_lines(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Người dân có thể xem trên ứng dụng VNeID các giấy tờ đã tích hợp.",
        "Tài trợ cho dự án đến từ ngân sách tỉnh và vốn vay ODA.",
        "Liên hệ giữa hai sự kiện này đến nay vẫn chưa được làm rõ.",
        "Tần số 5G được cấp ở băng 3.500 MHz cho ba nhà mạng.",
        "Phnôm Pênh, 26/11 là ngày khai mạc hội chợ thương mại.",
        "Phóng viên tại Bắc Kinh cho biết đường phố vắng vẻ hơn thường lệ.",
        "Trích dẫn lời ông, báo chí Mỹ gọi đây là bước ngoặt.",
        "Ghi âm cuộc gọi là bằng chứng quan trọng trong vụ án.",
        "Xem thêm các bài viết khác của tác giả trên trang cá nhân, bạn đọc sẽ hiểu hơn.",
        "Mở ứng dụng ngân hàng, bà Lan thấy tài khoản bị trừ 20 triệu đồng.",
        "Bạn thấy bản tin hôm nay thế nào? Hãy gửi ý kiến cho chúng tôi.",
        "BÁO ĐỘNG ĐỎ VỀ Ô NHIỄM KHÔNG KHÍ",
    ],
)
def test_article_lines_like_the_new_chrome_stay_content(line: str) -> None:
    assert classify_line(line)[0] is None


def test_read_on_alone_still_heads_a_box() -> None:
    """'Đọc tiếp' without an arrow is a box's heading (the HTML sets' 'Đọc tiếp' over related stories)."""
    assert classify_line("Đọc tiếp") == ("related", True)


NEWSLETTER = """Xem trên trình duyệt
BẢN TIN SÁNG
1. Giá dầu giảm mạnh
Giá dầu Brent giảm 3% trong phiên hôm qua, xuống 61 USD/thùng, do lo ngại nhu cầu yếu ở châu Âu.
Đọc tiếp →
2. Đức thông qua ngân sách quốc phòng
Quốc hội Đức thông qua ngân sách quốc phòng năm 2027 với 412 phiếu thuận.
Đọc tiếp →
3. Brazil đăng cai hội nghị khí hậu
Brazil sẽ đăng cai hội nghị khí hậu khu vực vào tháng 3 năm sau tại Belém.
Đọc tiếp →
Hủy đăng ký"""


def test_a_newsletters_items_stay_content() -> None:
    """Items between 'Đọc tiếp →' links (a newsletter written outside the set): the links are chrome, the numbered
    heads and one-sentence items article (they were hidden as a related-news block)."""
    lines = NEWSLETTER.splitlines()
    kinds = classify_lines(lines)
    for line, kind in zip(lines, kinds, strict=True):
        chrome = line.startswith(("Xem trên", "Đọc tiếp", "Hủy"))
        assert (kind is not None) == chrome, (line, kind)


def test_two_names_beside_a_date_are_a_byline() -> None:
    lines = [
        "Khánh thành cầu treo bản Nậm Ngà",
        "27/11/2026 08:30",
        "Lò Văn Tiến - Hoàng Thị Mai Anh",
        "Sáng 26/11, xã Mường Tè khánh thành cầu treo dài 80 m nối hai bản Nậm Ngà và Pa Ủ.",
        "Cây cầu giúp hơn 300 hộ dân đi lại an toàn trong mùa mưa lũ.",
    ]
    assert classify_lines(lines)[2] == "byline"


def test_a_masthead_above_chrome_and_a_menu() -> None:
    """A letterhead in capitals, after a language switch, above a site's menu (written outside the set)."""
    lines = [
        "English | Tiếng Việt",
        "TỔNG LÃNH SỰ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI THÀNH PHỐ OSAKA",
        "Trang chủ",
        "Lãnh sự",
        "Thị thực",
        "Bảo hộ công dân",
        "Tổng Lãnh sự quán tổ chức lãnh sự lưu động tại Fukuoka",
        "Ngày 22/11/2026, Tổng Lãnh sự quán đã tổ chức lãnh sự lưu động tại thành phố Fukuoka cho 260 công dân.",
    ]
    kinds = classify_lines(lines)
    assert all(k is not None for k in kinds[:6]) and kinds[6:] == [None, None]
