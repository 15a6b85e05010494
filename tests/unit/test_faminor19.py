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
