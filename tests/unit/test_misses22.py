"""misses22: what rounds 20 and 21 left alone (adversary67 … 71's READMEs, review27's two known false alarms, the
lead's list), fixed where a general rule catches it. Each fix is tested both ways on sentences, names, offices and
pages written for this test: none is from a set, a corpus or a rule's example.

- N103: a page whose article writes no year in a date is dated by its head, chrome included ('Ngày đăng: …'), as a
  dateline dates it (adversary69's climate page).
- F112: a phrase said twice across a comma at the opening of a sentence that ends on its speaker and a verb of saying,
  speech reported without quotation marks, is emphasis (review27's 'Hai bàn thắng, hai bàn thắng …, HLV … nói vui').
- T308: 'vào cuối ngày, điều quan trọng nhất với người giữ sân là …' in narration is the day's end, a task for someone;
  said by a speaker it is still the idiom 'at the end of the day' (review27).
- F107: a verb whose 'theo' takes the rule or measure applied ('bị xử phạt theo.', 'căn cứ theo.') was cut after it
  (adversary70); 'theo' after a verb of following, obeying or changing ends a clause.
- T308: 'người/nhân tố thay đổi trò chơi', a game changer word for word (adversary69); not beside a game's own words.
- C101: 我国 as 'Trung Quốc' in a Vietnamese story where the country's investment climate is credited to the two-tier
  local government Việt Nam alone has (adversary67), or its people or boats are held or work 'ở/bị nước ngoài', abroad
  said from the writer's own country (adversary69).
- N108: Singapore's Minister for National Development, Chee Hong Tat (徐芳达, from 23 May 2025), in the tables: his
  pinyin 'Xu Fangda' is his, not a Chinese name to read in Hán-Việt (adversary67).
- N104: the Philippines' Secretary of Agriculture, Francisco Tiu Laurel (Jr., from 3 November 2023), in the tables: his
  given name alone after the title is incomplete (adversary70).
- F107: 'theo' last after a place's preposition and a few words ('bố trí về các trường theo.', adversary71) lost its
  object; the particle 'theo' follows a verb or a verb's object ('mẹ cho con theo', 'mang cháu theo').
- C107: the Palme d'Or by its Chinese name read in Hán-Việt, 金棕榈 'Kim Tông Lư' (adversary70, where N102 read it as a
  Western name).
"""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate import classify_lines


def _spans(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


# --- N103: a page dated only by its chrome ---

_FINANCE_PAGE = """TIN KINH TẾ 24H — Chuyên trang tài chính
Trang chủ | Vĩ mô | Ngân hàng | Chứng khoán | Bất động sản
Nợ công giảm xuống dưới 37% GDP
Cập nhật: {date} | Ban Thời sự
Theo số liệu công bố ngày 13/10, nợ công đã giảm xuống khoảng 36,8% GDP.
Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho biết ngân sách sẽ ưu tiên chi cho đầu tư công.
Các chuyên gia đánh giá dư địa tài khóa vẫn còn khá lớn.
"""

_FARM_PAGE = """Nông thôn mới | Thị trường | Khuyến nông | Liên hệ
Xuất khẩu rau quả lập kỷ lục
{chrome}
Kim ngạch xuất khẩu rau quả trong 9 tháng đạt hơn 5,6 tỷ USD, tăng 12% so với cùng kỳ.
Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan đề nghị các doanh nghiệp mở rộng vùng trồng đạt chuẩn.
"""


def test_the_chrome_date_line_is_chrome() -> None:
    """The date line the fix reads is page chrome, not article text (else the old dating would already see it)."""
    lines = _FINANCE_PAGE.format(date="14/10/2025").splitlines()
    assert classify_lines(lines)[3] is not None


@pytest.mark.parametrize(
    ("page", "span"),
    [
        (_FINANCE_PAGE.format(date="14/10/2025"), "Bộ trưởng Bộ Tài chính Hồ Đức Phớc"),  # left in November 2024
        (
            _FARM_PAGE.format(chrome="Ngày đăng: 02/10/2025 | Phóng viên thường trú"),  # left in February 2025
            "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan",
        ),
    ],
)
def test_a_former_minister_on_a_page_dated_by_its_chrome_fires(page: str, span: str) -> None:
    assert _spans(page, "N103") == [span]


@pytest.mark.parametrize(
    "page",
    [
        _FINANCE_PAGE.format(date="20/6/2024"),  # in office then
        _FINANCE_PAGE.replace("Cập nhật: {date} | Ban Thời sự\n", ""),  # no date anywhere: no year to compare
        _FARM_PAGE.format(chrome="Ngày đăng: 15/11/2024 | Phóng viên thường trú"),  # in office then
    ],
)
def test_a_minister_in_office_at_the_chrome_date_or_an_undated_page_stays_quiet(page: str) -> None:
    assert _spans(page, "N103") == []


# --- F112: speech reported without quotation marks ---


@pytest.mark.parametrize(
    "text",
    [
        "Ba điểm, ba điểm quý giá nhất mùa giải đã về tay đội bóng đất Cảng, trung vệ Đỗ Văn Thuận chia sẻ.",
        "Mùa lúa này, mùa lúa này bà con trong ấp đều trúng giá, ông Sáu Tường kể với phóng viên.",
        "Giữ sạch lưới, giữ sạch lưới là mệnh lệnh của cả hàng thủ, thủ thành Lò Văn Páo nói.",
    ],
)
def test_a_phrase_twice_opening_speech_without_quotation_marks_is_quiet(text: str) -> None:
    assert _spans(text, "F112") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Ba điểm quý giá, ba điểm quý giá giúp đội bóng đất Cảng trụ hạng thành công.",
            "Ba điểm quý giá, ba điểm quý giá",
        ),
        (  # no speaker at the sentence's end
            "Mùa lúa này, mùa lúa này bà con trong ấp đều trúng giá nhờ giống mới.",
            "Mùa lúa này, mùa lúa này",
        ),
        (  # the copies do not open the sentence: a stutter inside it, the speaker after it notwithstanding
            "Theo ông, giữ sạch lưới, giữ sạch lưới là mệnh lệnh của cả hàng thủ, thủ thành Lò Văn Páo nói.",
            "giữ sạch lưới, giữ sạch lưới",
        ),
    ],
)
def test_a_phrase_twice_across_a_comma_without_a_speaker_still_fires(text: str, span: str) -> None:
    assert _spans(text, "F112") == [span]


# --- T308: 'vào cuối ngày' in narration, a task for someone, is the day's end ---


@pytest.mark.parametrize(
    "text",
    [
        "Vào cuối ngày, việc cần thiết nhất đối với nhân viên thu ngân là kiểm đếm tiền và khóa két.",
        "Ở cuối ngày, điều quan trọng với tiểu thương chợ Đông Ba là dọn hàng trước khi trời tối.",
        "Vào cuối ngày, mưa lớn kéo dài khiến nhiều tuyến phố ở Vinh ngập sâu.",
    ],
)
def test_a_literal_day_end_task_is_quiet(text: str) -> None:
    assert _spans(text, "T308") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Vào cuối ngày, điều quan trọng nhất là hai doanh nghiệp cùng có lợi.", "Vào cuối ngày"),  # no 'với'
        (  # first person: a speaker's
            "Vào cuối ngày, điều quan trọng nhất đối với chúng tôi là người lao động có việc làm ổn định.",
            "Vào cuối ngày",
        ),
        (  # a verb of saying
            "Bà Trịnh Thu Nga nhấn mạnh vào cuối ngày, điều quan trọng với nhà đầu tư là chính sách ổn định.",
            "vào cuối ngày",
        ),
        (
            "Vào cuối ngày, điều quan trọng nhất đối với người tiêu dùng là giá cả hợp lý, ông Đinh Quang Vũ nói.",
            "Vào cuối ngày",
        ),
    ],
)
def test_the_idiom_in_speech_still_fires(text: str, span: str) -> None:
    assert _spans(text, "T308") == [span]


# --- F107: 'theo' of a verb that takes the rule or measure applied ---


@pytest.mark.parametrize(
    "text",
    [
        "Những cơ sở kinh doanh không niêm yết giá sẽ bị xử phạt theo.",
        "Các trường hợp khai man hồ sơ sẽ bị xử lý theo.",
        "Mức hỗ trợ cho từng hộ được tính căn cứ theo.",
        "Rác thải tại khu chung cư phải được phân loại theo.",
    ],
)
def test_a_verb_whose_theo_takes_a_rule_cut_after_it_fires(text: str) -> None:
    found = audit_text(text, select=["F107"])
    assert [f.text for f in found] == ["theo"]


@pytest.mark.parametrize(
    "text",
    [
        "Giá điện tăng nên giá nước đóng chai cũng tăng theo.",
        "Luật đã ban hành thì mọi người dân phải tuân theo.",
        "Huyện Mỹ Đức làm trước, các huyện lân cận sẽ làm theo.",
        "Những cơ sở kinh doanh không niêm yết giá sẽ bị xử phạt theo quy định hiện hành.",
        "Hành khách được mang theo một kiện hành lý xách tay và các bước tiếp theo.",
    ],
)
def test_theo_that_ends_a_clause_or_has_its_object_is_quiet(text: str) -> None:
    assert _spans(text, "F107") == []


# --- T308: a game changer word for word ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Bộ trưởng cho rằng loại vắc xin mới là một người thay đổi trò chơi trong cuộc chiến chống sốt xuất huyết.",
            "người thay đổi trò chơi",
        ),
        (
            "Nhiều chuyên gia gọi điện gió ngoài khơi là nhân tố thay đổi trò chơi của ngành năng lượng.",
            "nhân tố thay đổi trò chơi",
        ),
    ],
)
def test_a_game_changer_word_for_word_fires(text: str, span: str) -> None:
    found = audit_text(text, select=["T308"])
    assert [(f.text, f.suggestion) for f in found] == [(span, "nhân tố thay đổi cuộc chơi")]


@pytest.mark.parametrize(
    "text",
    [
        "Nhà thiết kế Lê Minh Châu là người thay đổi trò chơi ô ăn quan cho phù hợp với trẻ nhỏ.",
        "Anh là người thay đổi trò chơi điện tử này thành phiên bản mới.",
        "Sự xuất hiện của xe điện được ví như nhân tố thay đổi cuộc chơi trên thị trường ô tô.",
    ],
)
def test_a_game_changed_for_real_or_the_press_wording_is_quiet(text: str) -> None:
    assert _spans(text, "T308") == []


# --- C101: 我国 as 'Trung Quốc' in a story about Việt Nam ---

_FDI_STORY = (
    "Đồng Nai thu hút thêm 1,2 tỷ USD vốn FDI\n"
    "Trong 10 tháng, Đồng Nai thu hút thêm 1,2 tỷ USD vốn đầu tư trực tiếp nước ngoài, chủ yếu từ Hàn Quốc "
    "và Nhật Bản.\n"
    "Ông Võ Tấn Đức, Chủ tịch UBND tỉnh Đồng Nai, cho biết tỉnh sẽ dành thêm 500 ha cho các khu công nghiệp mới.\n"
    "Nhiều doanh nghiệp Hàn Quốc cho rằng môi trường đầu tư của Trung Quốc đã thông thoáng hơn từ khi chính quyền hai "
    "cấp được vận hành.\n"
)

_LABOUR_STORY = """Nghệ An hỗ trợ lao động về nước
Sở Nội vụ tỉnh Nghệ An cho biết năm nay có hơn 9.000 lượt người đi làm việc theo hợp đồng tại Nhật Bản và Hàn Quốc.
Ủy ban nhân dân tỉnh đã chi 15 tỷ đồng hỗ trợ người lao động gặp khó khăn.
Số lao động của Trung Quốc đang làm việc ở nước ngoài hiện vào khoảng 650.000 người.
"""


@pytest.mark.parametrize("story", [_FDI_STORY, _LABOUR_STORY])
def test_our_country_as_china_in_a_vietnamese_story_fires(story: str) -> None:
    found = audit_text(story, select=["C101"])
    assert [(f.text, f.suggestion) for f in found] == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    "story",
    [
        _FDI_STORY.replace("Hàn Quốc và Nhật Bản", "Hàn Quốc và Thượng Hải"),  # a Chinese city: China is in the story
        _FDI_STORY.replace("từ khi chính quyền hai cấp được vận hành", "trong năm nay"),  # no Vietnamese-only cue
        _LABOUR_STORY.replace("Nhật Bản và Hàn Quốc", "Nhật Bản, Hàn Quốc và Trung Quốc"),  # China named as itself
        _LABOUR_STORY.replace("đang làm việc ở nước ngoài", "đang làm việc tại các khu công nghiệp"),
    ],
)
def test_china_named_as_itself_or_without_the_cue_stays_quiet(story: str) -> None:
    assert _spans(story, "C101") == []


# --- N108: Chee Hong Tat's pinyin ---


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Bộ trưởng Phát triển Quốc gia Singapore Xu Fangda đã thăm khu đô thị mới ở Thủ Dầu Một.", "critical"),
        ("Ông Xu Fangda, Bộ trưởng Phát triển Quốc gia Singapore, cho biết sẽ mở rộng hợp tác nhà ở xã hội.", "major"),
    ],
)
def test_chee_hong_tat_in_pinyin_is_named(text: str, severity: str) -> None:
    found = [f for f in audit_text(text) if f.text == "Xu Fangda"]
    assert [(f.rule, f.suggestion, f.severity.name.lower()) for f in found] == [("N108", "Chee Hong Tat", severity)]


def test_chee_hong_tat_as_the_press_writes_him_is_quiet() -> None:
    text = "Bộ trưởng Phát triển Quốc gia Singapore Chee Hong Tat đã thăm khu đô thị mới ở Thủ Dầu Một."
    assert audit_text(text) == []


# --- N104: the Philippines' agriculture secretary by his given name alone ---


def test_the_agriculture_secretary_by_his_given_name_fires() -> None:
    text = "Bộ trưởng Bộ Nông nghiệp Philippines Francisco đề nghị tăng lượng gạo dự trữ trước mùa bão."
    found = audit_text(text, select=["N104"])
    assert [(f.text, f.suggestion) for f in found] == [("Francisco", "Francisco Tiu Laurel")]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Bộ Nông nghiệp Philippines Francisco Tiu Laurel đề nghị tăng lượng gạo dự trữ trước mùa bão.",
        "Bộ trưởng Nông nghiệp Philippines Laurel đề nghị tăng lượng gạo dự trữ trước mùa bão.",
        "Bộ trưởng Nông nghiệp Philippines Francisco Tiu Laurel Jr. đề nghị tăng lượng gạo dự trữ trước mùa bão.",
    ],
)
def test_the_agriculture_secretary_by_his_full_or_family_name_is_quiet(text: str) -> None:
    assert audit_text(text) == []


def test_the_agriculture_secretary_with_his_surname_misspelt_fires() -> None:
    text = "Bộ trưởng Bộ Nông nghiệp Philippines Francisco Tiu Lauren đề nghị tăng lượng gạo dự trữ trước mùa bão."
    found = audit_text(text, select=["N103"])
    assert [(f.text, f.suggestion) for f in found] == [("Francisco Tiu Lauren", "Francisco Tiu Laurel")]


# --- C107: the Palme d'Or in Hán-Việt ---


def test_the_palme_d_or_in_han_viet_fires() -> None:
    text = "Bộ phim của đạo diễn Thái Lan từng đoạt giải Kim Tông Lư năm 2010 tại Cannes."
    assert [(f.rule, f.text, f.suggestion) for f in audit_text(text)] == [("C107", "Kim Tông Lư", "Cành cọ vàng")]


def test_the_palme_d_or_as_the_press_writes_it_is_quiet() -> None:
    assert audit_text("Bộ phim của đạo diễn Thái Lan từng đoạt giải Cành cọ vàng năm 2010 tại Cannes.") == []


# --- F107: 'theo' after a place's phrase ---


@pytest.mark.parametrize(
    "text",
    [
        "Hàng cứu trợ sẽ được chuyển tới các xã vùng lũ theo.",
        "Những học sinh mới sẽ được xếp vào lớp theo.",
        "Các hộ dân ở bãi giữa được di dời đến khu tái định cư theo.",
    ],
)
def test_theo_after_a_place_phrase_fires(text: str) -> None:
    assert _spans(text, "F107") == ["theo"]


@pytest.mark.parametrize(
    "text",
    [
        "Lần nào đi chợ, bà Tư cũng cho thằng cháu theo.",
        "Bà về quê mang cả đứa cháu út theo.",
        "Anh Khánh về quê, vợ con anh cũng về theo.",
        "Người dân được sơ tán đến nơi an toàn theo kế hoạch của xã.",
        "Bé chạy vào nhà, con chó vàng cũng chạy theo.",
        "Dự thảo luật sẽ được trình ra tại phiên họp tiếp theo.",  # 'tiếp theo', the next
        "Đơn đề nghị nộp về bộ phận một cửa, bản sao giấy tờ kèm theo.",
        "Nghe tiếng trống, lũ trẻ trong xóm ùa vào sân chạy theo.",
    ],
)
def test_theo_after_its_verb_or_with_its_object_is_quiet(text: str) -> None:
    assert _spans(text, "F107") == []
