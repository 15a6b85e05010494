"""Round-8 review gaps: L101 on a whole untranslated phrase (an English word opening the sentence, a verb before an
article) and C102 on one-syllable pair parts (a truncated Latin name, a pinyin syllable). Sentences, names and
countries are none of the review's or the test sets'; each case is tested for firing and for staying quiet."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.model import Severity


def _hits(text: str, rule: str) -> list[tuple[str, Severity]]:
    return [(f.text, f.severity) for f in audit_text(text, select=[rule])]


# --- L101: the whole untranslated phrase ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Please download the update trước khi mở ứng dụng.", "Please download the update"),
        ("Kindly submit the form trước ngày 15/3.", "Kindly submit the form"),
        ("Bạn nên uninstall the program cũ rồi khởi động lại.", "uninstall the program"),
        ("Hãy share the post này với bạn bè.", "share the post"),
        ("Người chơi phải tap the screen liên tục.", "tap the screen"),
        ("Khách hàng nên update the firmware trước khi kết nối.", "update the firmware"),
    ],
)
def test_untranslated_phrase_is_flagged_whole(text: str, span: str) -> None:
    assert _hits(text, "L101") == [(span, Severity.MAJOR)]


@pytest.mark.parametrize(
    "text",
    [
        "Hãy click vào biểu tượng rồi gửi email cho nhóm hỗ trợ.",  # loans in Vietnamese grammar
        "Khán giả xem video clip và talk show trên kênh truyền hình.",
        "Netflix chiếu phim Breaking the Waves; nhà hàng The Deck Saigon mở cửa.",  # titles, brands
        'Nhóm nhạc trình diễn ca khúc "Fix the World" tại lễ trao giải.',  # a title in quotes
        "Ông đọc The Old Man and the Sea khi còn trẻ.",
        "Lệnh `git push the branch` đẩy mã lên máy chủ.",  # code
        "Đây là mô hình kinh tế chia sẻ (sharing the economy) đang phổ biến.",  # a gloss in brackets
        "Microsoft phát hành bản cập nhật Windows; Samsung Galaxy S24 ra mắt.",
        "Mark the date là khẩu hiệu của chiến dịch.",  # a capital that may be a name: not taken as an opener
        "Vải the mỏng được dùng may áo dài.",  # 'the' the Vietnamese fabric
    ],
)
def test_loans_titles_code_and_glosses_stay_quiet(text: str) -> None:
    assert _hits(text, "L101") == []


def test_capitalised_name_before_english_is_no_opener() -> None:
    """A brand opening the sentence is no English word of the phrase (nor is the word beside it, which may be part
    of the name): the article and its noun are flagged alone."""
    assert _hits("Garmin reinstall the driver tự động.", "L101") == [("the driver", Severity.MAJOR)]


# --- C102: a pair part cut to one syllable ------------------------------------------------------------------


def _pair(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["C102"])]


@pytest.mark.parametrize(
    ("country", "pair", "fix"),
    [
        ("Namibia", "Việt-Na", "Việt Nam – Namibia"),  # 'Na' is also 挪 Norway's Hán-Việt: the article decides
        ("Peru", "Việt - Pe", "Việt Nam – Peru"),
        ("Zimbabwe", "Việt-Zi", "Việt Nam – Zimbabwe"),
        ("Paraguay", "Pa-Việt", "Paraguay – Việt Nam"),
        ("Kazakhstan", "Việt–Ka", "Việt Nam – Kazakhstan"),
    ],
)
def test_cut_name_in_a_pair_fires_when_the_country_is_named(country: str, pair: str, fix: str) -> None:
    text = f"Việt Nam và {country} ký thỏa thuận hợp tác.\nKim ngạch thương mại {pair} tăng mạnh năm nay."
    assert _pair(text) == [(pair, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Kim ngạch thương mại Việt-Pe tăng mạnh năm nay.",  # the country is not named
        "Việt Nam và Na Uy ký thỏa thuận.\nQuan hệ Việt-Na phát triển tốt đẹp.",  # 挪 Norway's Hán-Việt
        "Việt Nam và Peru ký thỏa thuận.\nQuan hệ Việt-Trung, Việt-Mỹ, Việt-Nga, Việt-Lào, Việt-Nhật đều tốt.",
        "Việt Nam và Peru ký thỏa thuận. Ông Trần Văn Pe - Trung tâm thông tin phát biểu.",  # a person, an office
        "Việt Nam và Peru ký thỏa thuận. Trận Peru - Chile diễn ra tại Lima; du khách tới Pê-ru ngày càng đông.",
    ],
)
def test_cut_name_stays_quiet_without_its_country_or_beside_a_name(text: str) -> None:
    assert _pair(text) == []
