"""Round 19's minor findings on human translations (FLORES-200 and NTREX-128 Vietnamese, clean_news): the groups
judged false alarms, stopped in their rules, each tested on sentences, names and countries that are not in those
references (the false alarm stays quiet, a true case still fires)."""

from __future__ import annotations

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_t201_a_peninsula_keeps_its_fixed_name() -> None:
    """'bán đảo Triều Tiên' beside 'Bắc Hàn' (FLORES) names the peninsula, not the country; tested on Italy's
    peninsula and on the Korean one in other sentences. The country itself spelled the other way still fires."""
    italy = "Italia thu hút du khách châu Á.\nMùa hè, bãi biển phía nam bán đảo Ý kín chỗ. Italia mở thêm đường bay."
    assert _found(italy, "T201") == []
    assert _found(italy.replace("bán đảo Ý", "nước Ý"), "T201") == [("Ý", "Italia")]
    korea = "Bắc Hàn thử động cơ tên lửa mới.\nNhật Bản lo ngại căng thẳng lan khắp Bán đảo Triều Tiên."
    assert _found(korea, "T201") == []
    assert _found(korea.replace("Bán đảo Triều Tiên", "Triều Tiên"), "T201") == [("Bắc Hàn", "Triều Tiên")]


def test_t201_a_longer_form_that_holds_the_name() -> None:
    """'Bắc Triều Tiên' beside 'Triều Tiên' (NTREX, three documents) is the name with its compass word, as 'Hoa Kỳ' is
    'Mỹ' at length: no competing spelling. A competing one ('Bắc Hàn') still fires, whichever form is the majority."""
    story = (
        "Triều Tiên công bố ảnh vệ tinh do thám mới.\n"
        "Giới phân tích cho rằng Bắc Triều Tiên muốn gây sức ép trước hội nghị.\n"
        "Triều Tiên chưa bình luận thêm."
    )
    assert _found(story, "T201") == []
    assert _found(story.replace("Bắc Triều Tiên", "Bắc Hàn"), "T201") == [("Bắc Hàn", "Triều Tiên")]
    many = story.replace("Triều Tiên chưa", "Bắc Triều Tiên chưa") + "\nBắc Hàn cũng đưa tin."
    assert _found(many, "T201") == [("Bắc Hàn", "Triều Tiên")]


def test_t201_two_countries_named_in_parallel() -> None:
    """'giữa Bắc Triều Tiên và Nam Triều Tiên' in a story of 'Hàn Quốc' (NTREX) picks the pair's forms for the
    contrast; tested on 'Nam Hàn - Bắc Hàn' and 'Bắc Hàn với Nam Hàn'. Alone, 'Nam Hàn' still fires."""
    story = "Hàn Quốc đề xuất họp quân sự.\nĐường biên Nam Hàn - Bắc Hàn yên ắng suốt tuần.\nHàn Quốc chờ phản hồi."
    assert _found(story, "T201") == []
    assert _found(story.replace("Nam Hàn - Bắc Hàn", "Bắc Hàn với Nam Hàn"), "T201") == []
    assert _found(story.replace("Nam Hàn - Bắc Hàn", "phía Nam Hàn"), "T201") == [("Nam Hàn", "Hàn Quốc")]
    # a compass pair of the same country is no pair of two countries
    assert _found("Hàn Quốc mở hội chợ.\nNam Hàn và Hàn Quốc là một.", "T201") == [("Nam Hàn", "Hàn Quốc")]


def test_f103_a_closing_quote_with_its_space_on_the_wrong_side() -> None:
    """NTREX writes closers as 'năng nổ, "cô nói' and 'sinh ", một người viết': F103 read each as an opener and
    reported two quotes 'never closed'. The closer is now read as one, with one finding that says what is wrong
    (tested on other quotations); a real opener after a comma, and a quotation left open, still read as before."""
    spaced = _found('"Chúng tôi sẽ quay lại vào mùa sau, "huấn luyện viên trưởng nói với phóng viên.', "F103")
    assert spaced == [(' "', '" ')]
    assert _found('"Giá phân bón đã tăng gấp đôi ", một nông dân ở Sóc Trăng than thở.', "F103") == [(' "', '"')]
    assert _found('Anh gọi đó là "một bước lùi ".\nĐội bóng chưa trả lời.', "F103") == [(' "', '"')]
    # a quotation that opens after a comma, closed further on, or with no speaker after it: as before
    assert _found('Bà hỏi lại, "Ai sẽ trả tiền điện?" rồi im lặng.', "F103") == []
    assert _found('"Mùa mưa năm nay đến sớm.\nBà con cần gia cố nhà cửa, "thôn trưởng dặn.', "F103") == [(' "', '" ')]
    assert _found('Ông dặn, "Nhớ mang áo mưa.', "F103") == [('"', None)]
    assert _found('"Trời sắp mưa.\nBà nhắc, "Nhớ mang áo mưa.', "F103") == [('"', None), ('"', None)]


def test_f103_a_quote_spaced_on_both_sides_and_closed_further_on_opens() -> None:
    """mt_vi's '" tránh những con đường … dọn dẹp."' closed an unrelated quotation opened 44 lines before, and the real
    closer then 'closed nothing'; it opens (tested on other sentences), and the quotation left open is the one
    reported. With no closer after it, a spaced quote still closes the open quotation."""
    text = '"Trận này rất khó.\nCả đội vẫn chơi tốt.\nAnh gọi bàn thắng là " may mắn" rồi cười.'
    assert [(f.text, f.message) for f in audit_text(text, select=["F103"])] == [('"', "'“' is never closed")]
    assert _found('"Trận này rất khó.\nCả đội vẫn chơi tốt " .', "F103") == []


def test_c105_a_language_vietnamese_names_by_the_english_word() -> None:
    """'tiếng Filipino' is the Philippines' national language as Vietnamese names it (noticed while judging NTREX's
    'người Filipino', which stays a finding: Vietnamese says 'người Philippines'); tested on other sentences. Only
    after 'tiếng': an English adjective elsewhere still fires."""
    assert _found("Các tình nguyện viên học tiếng Filipino trước khi sang Manila.", "C105") == []
    assert _found("Phim có phụ đề Tiếng Filipino và tiếng Việt.", "C105") == []
    assert [t for t, _ in _found("Nhóm thợ xây người Filipino làm việc ở Dubai.", "C105")] == ["Filipino"]
    assert [t for t, _ in _found("Các tình nguyện viên học tiếng Polish trước khi sang Warsaw.", "C105")] == ["Polish"]
