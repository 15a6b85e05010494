"""Probes of round 16's merged changes with human-written text nobody had seen (review18): what broke is tested
here on sentences written for the probe, not taken from any set, both ways."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line, classify_lines

# --- chrome: a note that a page's content is no investment advice (clean25) ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ông Lê Quang Hùng, chuyên gia chứng khoán, nói các nhận định trên không phải là khuyến nghị đầu tư.",
        "Bà Thảo lưu ý báo cáo của nhóm phân tích không phải là lời khuyên đầu tư cho nhà đầu tư cá nhân.",
        "Theo anh Dũng, những chia sẻ trên mạng xã hội không phải là tư vấn tài chính.",
        "Đại diện công ty cho biết bản tin nội bộ không cấu thành khuyến nghị mua bán cổ phiếu.",
    ],
)
def test_a_speakers_words_on_investment_advice_stay_article(line: str) -> None:
    """A person or a verb of saying in the line: the article reports someone's words, it is no page's note."""
    assert classify_line(line)[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "Các nhận định trong bài không phải là khuyến nghị đầu tư.",
        "Thông tin trên chỉ mang tính tham khảo, không phải lời khuyên tài chính.",
        "Bản tin không cấu thành khuyến nghị mua bán chứng khoán.",
    ],
)
def test_the_pages_own_note_stays_chrome(line: str) -> None:
    assert classify_line(line)[0] is not None


# --- N103: a foreign holder's name with the Arabic article written 'al-' where the gazetteer writes 'El-' ------------


def test_the_arabic_articles_vowel_is_no_misspelling() -> None:
    """'al-', 'el-', 'Al ', 'El ' write one article: other names than the probe's, both ways round."""
    from audit.rules.names.office_holder import _western_near_miss

    assert not _western_near_miss("Ahmed el-Sharaa", "Ahmed al-Sharaa")
    assert not _western_near_miss("Nabih Al Berri", "Nabih el-Berri")
    assert _western_near_miss("Ahmed al-Sharaf", "Ahmed al-Sharaa")


@pytest.mark.parametrize("written", ["al-Sisi", "Al Sisi", "el-Sisi"])
def test_the_egyptian_president_with_al_is_quiet(written: str) -> None:
    text = f"Tổng thống Ai Cập Abdel Fattah {written} tiếp Chủ tịch nước tại Cairo."
    assert audit_text(text, select=["N103"]) == []


def test_a_misspelt_surname_after_the_article_still_fires() -> None:
    text = "Tổng thống Ai Cập Abdel Fattah al-Sasi tiếp Chủ tịch nước tại Cairo."
    assert [f.rule for f in audit_text(text, select=["N103"])] == ["N103"]


# --- N103: a deadline's date after a dateline that opens the first paragraph -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đà Nẵng, ngày 3/10/2025 – Thành phố sẽ khởi công nhà ga trước ngày 15/1/2026. Bộ trưởng Bộ Nội vụ "
        "Phạm Thị Thanh Trà dự lễ ký kết.",
        "TP.HCM, ngày 12/10/2025 – Các quận phải hoàn thành di dời chợ chậm nhất ngày 31/3/2026, Bộ trưởng Bộ Nội "
        "vụ Phạm Thị Thanh Trà nói.",
    ],
)
def test_a_deadline_after_a_dateline_opening_the_paragraph_does_not_date_the_text(text: str) -> None:
    """The dateline stands in the first sentence, not on a line of its own: the later deadline is a plan (other
    places, dates and deadlines than the probe's). Both datelines fall before 25/10/2025, when the minister left
    Home Affairs (references/people.tsv): a page dated 3/11/2025 naming her so is rightly flagged (below)."""
    assert audit_text(text, select=["N103"]) == []


def test_a_dateline_after_the_minister_left_still_dates_the_text() -> None:
    text = (
        "Đà Nẵng, ngày 3/11/2025 – Thành phố sẽ khởi công nhà ga trước ngày 15/1/2026. Bộ trưởng Bộ Nội vụ "
        "Phạm Thị Thanh Trà dự lễ ký kết."
    )
    assert [f.rule for f in audit_text(text, select=["N103"])] == ["N103"]


def test_a_dateline_opening_the_paragraph_still_dates_the_text() -> None:
    text = "Hà Nội, ngày 4/2/2026 – Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà chủ trì hội nghị tổng kết công tác."
    assert [f.rule for f in audit_text(text, select=["N103"])] == ["N103"]


# --- N102: a Japanese family name in Hán-Việt after a sentence's capitalised honorific -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Tiểu Lâm Chính Hùng, Chủ tịch hiệp hội doanh nghiệp Nhật Bản, cho biết sẽ mở nhà máy.", "Tiểu Lâm"),
        ("Bà Linh Mộc Huệ Tử, phó thị trưởng một thành phố Nhật Bản, tiếp đoàn Việt Nam.", "Linh Mộc"),
    ],
)
def test_a_japanese_name_after_a_capitalised_honorific_fires(text: str, name: str) -> None:
    """'Ông'/'Bà' opening the sentence join the run of capitalised words (other names than the probe's)."""
    found = audit_text(text, select=["N102"])
    assert [f.rule for f in found] == ["N102"] and found[0].text.startswith(name)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Điền Trung Hiếu, Thứ trưởng, tiếp Đại sứ Nhật Bản tại trụ sở Bộ.",
        "Ông Nguyễn Văn Tùng, Giám đốc Sở, tiếp nhà đầu tư Nhật Bản tại Hải Phòng.",
        "Bà Thanh Thủy cho biết đoàn Nhật Bản sẽ đến vào tuần sau.",
    ],
)
def test_a_vietnamese_after_a_capitalised_honorific_stays_quiet(text: str) -> None:
    assert audit_text(text, select=["N102"]) == []


# --- chrome: a live report running past midnight is no chapter list (clean25) --------------------------------------


def test_a_live_report_past_midnight_stays_article() -> None:
    """Entries without a full stop from '00:00' on, after one of '23:45' (another event than the probe's)."""
    live = ["Trực tiếp: Đêm chung kết lễ hội ánh sáng", "23:45 Khán giả lấp kín quảng trường trung tâm",
            "00:00 Màn trình diễn drone mở đầu chương trình", "00:10 Ban nhạc giao hưởng biểu diễn bản nhạc mới",
            "00:25 Ban tổ chức trao giải cho đội thắng cuộc", "Lễ hội khép lại lúc 1 giờ sáng."]  # fmt: skip
    assert classify_lines(live) == [None] * 6


def test_a_chapter_list_under_a_timestamp_stays_chrome() -> None:
    page = ["Video: Phỏng vấn chuyên gia kinh tế", "14:30 25/11/2025", "0:00 Giới thiệu", "2:15 Lạm phát năm nay",
            "7:40 Lãi suất và tỷ giá", "Chương trình phát sóng trên kênh kinh tế."]  # fmt: skip
    assert [k is not None for k in classify_lines(page)[2:5]] == [True] * 3


# --- N102: a Japanese of 1945 or before, written in Hán-Việt as Vietnamese wrote him ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Năm 1927, Thủ tướng Nhật Bản Điền Trung Nghĩa Nhất lên nắm quyền.",
        "Năm 1924, Nhật Bản có nội các liên minh. Thủ tướng Gia Đằng Cao Minh cải cách luật bầu cử.",
    ],
)
def test_a_japanese_of_the_prewar_era_in_hanviet_is_quiet(text: str) -> None:
    """A history piece's name (other prime ministers than the probe's Itō Hirobumi): the year of its sentence, or
    of the document."""
    assert audit_text(text, select=["N102"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, Bộ trưởng Tài chính Nhật Bản Gia Đằng Thắng Tín thăm Hà Nội.",
        "Tokyo, ngày 3/2/2025 – Nhà sử học nhắc lại năm 1905. Thủ tướng Nhật Bản Gia Đằng Thắng Tín phát biểu.",
    ],
)
def test_a_japanese_of_today_in_hanviet_still_fires(text: str) -> None:
    assert [f.rule for f in audit_text(text, select=["N102"])] == ["N102"]
