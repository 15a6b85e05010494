"""The clean28 set (tests/data/clean28): ten human-written news pages on Viet Nam with Russia, Belarus, Central
Asia, the Middle East, Africa, Latin America, the Caucasus and Mongolia and on local news after the 2025 mergers,
four saved as HTML (a semantic template, bare <div>s, a <br>-separated table layout, a magazine) and six copied as
plain text with their chrome (a trade office's portal, a commune radio bulletin, a legal paper's AMP page, a
paper's 'lite' edition, an association's PDF bulletin, a Telegram channel), every line annotated chrome or
article. Clean text must stay quiet and the chrome must be boilerplate. The fixes are tested on numbers, names,
sentences and lines written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of
from chrome_lines import score_lines
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line

CLEAN28 = Path(__file__).resolve().parents[1] / "data" / "clean28"
DOCS = sorted([*CLEAN28.glob("*.txt"), *CLEAN28.glob("*.html")])

# T201 (minor): one country in two spellings in one page, hyphenated and Latin ('Bra-xin' in the lead, 'Brazil'
# after it; 'Kê-ni-a (Kenya)' glossed and 'Kenya' later). Left as they are: a house style keeps one spelling, and
# clean27 chose to keep reporting a glossed form used again in its other spelling (README)
KNOWN = [
    ("01_bao_quoc_te_nga_belarus_dau_khi.html", "T201", "Bê-la-rút"),
    ("04_bao_kinh_te_my_latinh_nong_san.html", "T201", "Bra-xin"),
    ("04_bao_kinh_te_my_latinh_nong_san.html", "T201", "Mê-hi-cô"),
    ("04_bao_kinh_te_my_latinh_nong_san.html", "T201", "Chi-lê"),
    ("04_bao_kinh_te_my_latinh_nong_san.html", "T201", "Ác-hen-ti-na"),
    ("04_bao_kinh_te_my_latinh_nong_san.html", "T201", "Cuba"),
    ("05_thuong_vu_kazakhstan_trung_a.txt", "T201", "Ca-dắc-xtan"),
    ("05_thuong_vu_kazakhstan_trung_a.txt", "T201", "Cư-rơ-gư-xtan"),
    ("09_ban_tin_pdf_hiep_hoi_chau_phi.txt", "T201", "Kê-ni-a"),
    ("09_ban_tin_pdf_hiep_hoi_chau_phi.txt", "T201", "Algeria"),
]


def test_set_is_complete() -> None:
    assert len(DOCS) == 10 and all(p.with_suffix(".json").exists() for p in DOCS)


def test_only_the_known_minor_findings() -> None:
    found = [(p.name, f.rule, f.text) for p in DOCS for _, f in findings_of(p)]
    assert sorted(found) == sorted(KNOWN)


# --- the pages' lines ------------------------------------------------------------------------------------------

# chrome lines left as the reader reads them (each has a headline's shape): a trade office's name and its owning
# ministry as a masthead, a paper's rubric and a bulletin's section head in capitals, a channel's name
CHROME_LEFT = {
    "THƯƠNG VỤ VIỆT NAM TẠI CỘNG HÒA KAZAKHSTAN (KIÊM NHIỆM KYRGYZSTAN, TAJIKISTAN)",
    "Bộ Công Thương – Hệ thống Thương vụ Việt Nam ở nước ngoài",
    "PHÁP ĐÌNH",
    "THỊ TRƯỜNG CHÂU PHI",
    "Tin Nhanh Á – Âu",
}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert score.article_as_chrome == []
    assert set(score.chrome_as_article) <= CHROME_LEFT


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    left = [t[:30] for t in CHROME_LEFT]
    assert [w for w in chrome_misclassified(path) if not any(t in w for t in left)] == []


# --- F113: masked digits ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mọi thắc mắc xin gọi số 0243 XXX XXX XXX trong giờ hành chính.",
        "Tài khoản nhận tiền là 1020 xxxx xxxx xxxx tại một ngân hàng ở Cần Thơ.",
        "Đường dây nóng của Lãnh sự quán tại Osaka: +81 6 XX XX XX.",
    ],
)
def test_masked_digits_are_quiet(text: str) -> None:
    """Phone and account numbers withheld with X's, none from the set: groups of masked digits, not a loop."""
    assert audit_text(text, select=["F113"]) == []


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Hai bên thống nhất thúc đẩy thúc đẩy thúc đẩy hợp tác.", "thúc đẩy thúc đẩy thúc đẩy"),
        ("Cửa hàng còn cỡ XXL XXL XXL cho khách.", "XXL XXL XXL"),  # a word, not masked digits
        ("Công thức X X X được dùng cho bài toán.", "X X X"),  # one letter: not a group of digits
    ],
)
def test_loops_still_fire(text: str, flagged: str) -> None:
    assert [f.text for f in audit_text(text, select=["F113"])] == [flagged]


# --- C105: a people's name that Vietnamese writes as in English ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hướng dẫn sử dụng được in song ngữ tiếng Nga và tiếng Kazakh.",
        "Ở tỉnh Bayan-Ölgii của Mông Cổ, phần lớn cư dân là người Kazakh.",
        "Lễ hội Nauryz của dân tộc Kazakh được tổ chức vào tháng 3.",
    ],
)
def test_a_peoples_name_after_tieng_or_nguoi_is_quiet(text: str) -> None:
    """Sentences not in the set: 'tiếng/người/dân tộc Kazakh' is how Vietnamese names the language and people."""
    assert audit_text(text, select=["C105"]) == []


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Tổng thống Kazakh tiếp Bộ trưởng Ngoại giao Việt Nam tại Astana.", ["Kazakh"]),
        ("Sinh viên Việt Nam học tiếng Polish tại Kraków.", ["Polish"]),
        ("Các doanh nghiệp Kazakhstani quan tâm đến gạo Việt Nam.", ["Kazakhstani"]),
    ],
)
def test_english_adjectives_elsewhere_still_fire(text: str, flagged: list[str]) -> None:
    assert [f.text for f in audit_text(text, select=["C105"])] == flagged


# --- chrome rows ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(Theo AFP, Reuters)",
        "(Tổng hợp theo Bộ Ngoại giao)",
        "🔊 Nghe đọc bài",
        "Lượt nghe: 518",
        "Lượt đọc: 12.044",
        "Bạn đang xem phiên bản di động của trang.",
        "Xem phiên bản đầy đủ ›",
        "TIN MIỀN TÂY – Bản rút gọn cho điện thoại",
        "Trang này có dung lượng 22 KB.",
        "[Về trang chủ báo điện tử] [Đọc bài tiếp theo trong chuyên mục]",
        "2.310 người theo dõi",
        "Tin ghim: Kênh đăng tin lúc 7 giờ và 19 giờ mỗi ngày.",
        "3 tháng 12",
        "Chuyển tiếp từ: Báo Biên phòng",
        "☰ Menu",
        "Liên kết web",
        "Biên tập: Nguyễn Hà – Dẫn chương trình: Trần Khoa",
        "CHƯƠNG TRÌNH TRUYỀN THANH SỐ 12/2026 – PHÁT LÚC 6 GIỜ 30",
        "Kính thưa quý vị và các bạn! Sau đây là bản tin thời sự của Đài truyền thanh phường Tân An.",
        "Bản tin thời sự đến đây xin tạm dừng. Hẹn gặp lại quý vị vào buổi sau!",
        "Các bản tin khác: Số 11/2026 (03/3) · Số 10/2026 (24/2)",
        "NỘI SAN TRƯỜNG ĐẠI HỌC Y – SỐ 42 (QUÝ I/2026)",
        "Tài liệu lưu hành nội bộ. Ban biên tập: Phòng Công tác sinh viên.",
        "Thư góp ý xin gửi về: noisan@truong.edu.vn",
    ],
)
def test_page_chrome_rows(line: str) -> None:
    """Chrome lines of the styles the set brought, worded as no page of it words them."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Theo TTXVN, đoàn sẽ thăm Bắc Ninh và Hải Phòng trong hai ngày tới.",
        "Luật Đất đai – bản rút gọn cho người dân được phát miễn phí tại các xã.",
        "Kênh có 2.310 người theo dõi sau một tháng, phần lớn là sinh viên.",
        "Ngày 3 tháng 12, đoàn rời Ba-cu đi Tbilisi.",
        "Sau đây là những điểm mới của Luật Nhà ở sửa đổi.",
        "Chương trình phát thanh số 1 của đài lên sóng năm 1945 với lời chào 'Đây là Tiếng nói Việt Nam'.",
        "Bản tin lưu hành nội bộ nhưng được nhiều người tìm đọc vì có số liệu thị trường cập nhật.",
    ],
)
def test_article_sentences_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None
