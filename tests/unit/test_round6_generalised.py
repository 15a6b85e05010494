"""Fixes for the misses of the seventh blind set (tests/data/adversary7/README.md), each tested on sentences,
names and countries that are not in that set, for firing and for staying quiet."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.respelled import respellings


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


# --- T306: a weekday between the dateline's place and date --------------------------------------------------


@pytest.mark.parametrize("weekday", ["thứ Sáu", "Thứ sáu", "thứ 6", "Chủ nhật"])
def test_dateline_with_a_weekday_is_read(weekday: str) -> None:
    text = f"Cần Thơ, {weekday}, 9/10/2026 – Hội chợ nông sản mở cửa.\nHôm nay (10/10), hội chợ đón khách."
    assert _hits(text, "T306") == [("10/10", "9/10")]  # the dateline's date is the fix (adversary22)


def test_dateline_with_a_weekday_and_today_agreeing_is_quiet() -> None:
    text = "Cần Thơ, thứ Sáu, 9/10/2026 – Hội chợ nông sản mở cửa.\nHôm nay (9/10), hội chợ đón khách."
    assert _hits(text, "T306") == []


# --- T101: a hyphenated given name before a surname spelled two ways ---------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "form", "main"),
    [
        ("Jean-Marc Ayrault", "Jean-Marc Ayraut", "Jean-Marc Ayraut", "Jean-Marc Ayrault"),
        ("Hans-Dieter Schneider", "Hans-Dieter Schnieder", "Hans-Dieter Schnieder", "Hans-Dieter Schneider"),
        ("Ông Jean-Claude Juncker", "Jean-Claude Junker", "Jean-Claude Junker", "Jean-Claude Juncker"),  # dropped c
    ],
)
def test_hyphenated_given_name_with_a_surname_spelled_two_ways(first: str, second: str, form: str, main: str) -> None:
    texts = [f"{first} đến Hà Nội.", f"Sau đó, {second} phát biểu."]
    assert [(r.form, r.main) for r in respellings(texts)] == [(form, main)]


@pytest.mark.parametrize(
    "texts",
    [
        ["Xạ thủ Park Ji-won đến.", "Park Ji-woon nói."],  # an East Asian given name comes last
        ["Ông Jean-Pierre Dupont đến.", "Ông Jean-Pierre Durand nói."],  # two people
        ["Bà Anne-Marie Lindgren đến.", "Bà Anne-Marie Lindgren nói."],  # one spelling
    ],
)
def test_hyphenated_names_that_are_no_respelling_are_quiet(texts: list[str]) -> None:
    assert list(respellings(texts)) == []


# --- C102: 印 is India or Indonesia, the article decides ----------------------------------------------------


def test_yin_in_an_indonesia_article_is_indonesia() -> None:
    text = "Việt Nam và Indonesia hợp tác hàng hải\nHai nước thúc đẩy quan hệ Yue-Yin trong lĩnh vực thủy sản."
    assert _hits(text, "C102") == [("Yue-Yin", "Việt Nam – Indonesia")]


def test_yin_in_an_india_article_or_neither_is_india() -> None:
    india = "Việt Nam và Ấn Độ hợp tác phần mềm\nHai nước thúc đẩy quan hệ Yue-Yin trong lĩnh vực dược phẩm."
    assert _hits(india, "C102") == [("Yue-Yin", "Việt Nam – Ấn Độ")]
    neither = "Hai nước thúc đẩy quan hệ Yue-Yin trong lĩnh vực dược phẩm."
    assert _hits(neither, "C102") == [("Yue-Yin", "Việt Nam – Ấn Độ")]


# --- C101: a party's leader praises the relation as never better ---------------------------------------------

_PERU = "Thủ tướng tiếp Tổng thống Peru tại Hà Nội\nHai nước Việt Nam và Peru ký ba văn kiện hợp tác.\n"


@pytest.mark.parametrize(
    "praise",
    [
        "Tổng thống Dina Boluarte khẳng định quan hệ giữa Peru và Trung Quốc chưa bao giờ tốt đẹp như hiện nay.",
        "Bà nhấn mạnh rằng quan hệ hữu nghị giữa Peru và Trung Quốc ngày càng phát triển.",
    ],
)
def test_leader_praising_a_third_relation_is_the_wrong_country(praise: str) -> None:
    assert _hits(_PERU + praise, "C101") == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the third country is named outside any frame as well: it is meant
        "Tổng thống khẳng định quan hệ giữa Peru và Trung Quốc chưa bao giờ tốt đẹp như hiện nay.\n"
        "Trung Quốc là bạn hàng lớn nhất của Peru.",
        # no praise of the relation
        "Tổng thống khẳng định quan hệ giữa Peru và Trung Quốc không ảnh hưởng tới các đối tác khác.",
        # a rivalry
        "Ông nhận định quan hệ giữa Mỹ và Trung Quốc chưa bao giờ căng thẳng như hiện nay.",
    ],
)
def test_praise_frames_that_are_no_slip_are_quiet(sentence: str) -> None:
    assert _hits(_PERU + sentence, "C101") == []


# --- L101: English word order, classical plurals, English office titles ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Các trường mở rộng hợp tác về medical research và y tế.", "medical research"),
        ("Hai bên bàn về global economy và thương mại.", "global economy"),
        ("Ba nước tổ chức các referenda of independence vào năm sau.", "referenda of independence"),
        ("Tiếp đó, Minister for Foreign Affairs David Lammy phát biểu.", "Minister for Foreign Affairs"),
        ("Hội thảo do Chairman of the Federal Reserve chủ trì.", "Chairman of the Federal Reserve"),
        ("Bà là Minister of Defence Richard Marles.", "Minister of Defence"),
    ],
)
def test_english_phrases_left_in(sentence: str, span: str) -> None:
    assert [t for t, _ in _hits(sentence, "L101")] == [span]


@pytest.mark.parametrize(
    "sentence",
    [
        "Người hâm mộ xem talk show, reality show và fashion show; cửa hàng bán mobile phone.",
        "Hai bên bàn về smart city, big data và video clip.",  # loans, no English adjective first
        "The President of the United States arrived in Hanoi.",  # an English sentence: L102's
        'Trang web ghi "Minister of Health" ở đầu.',  # quoted
        "Bộ phim Harry Potter and the Prisoner of Azkaban được chiếu lại.",  # no office head
        "Ngoại trưởng Mỹ Marco Rubio phát biểu.",
    ],
)
def test_loans_titles_and_quotes_stay_quiet(sentence: str) -> None:
    assert _hits(sentence, "L101") == []


def test_one_plural_alone_is_a_word_not_a_phrase() -> None:
    """A common English plural left alone is an untranslated word (minor), not an English phrase."""
    found = audit_text("Hai bên trao đổi các phenomena lạ.", select=["L101"])
    assert [(f.text, f.severity.name, f.message) for f in found] == [
        ("phenomena", "MINOR", "English word 'phenomena' in Vietnamese text")
    ]


def test_classical_plural_of_an_english_word() -> None:
    from audit.lang.english import is_english_form

    assert is_english_form("memoranda") and is_english_form("consortia") and is_english_form("formulae")
    assert not is_english_form("moratoria")  # too rare in English text itself


# --- N104: given-name-first holders of mixed-order countries, hyphenated given names -------------------------


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Bộ trưởng Ngoại giao Singapore Vivian tiếp đoàn.", "Vivian", "Vivian Balakrishnan"),
        (
            "Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan đến Hà Nội.\nBộ trưởng Vivian cảm ơn Việt Nam.",
            "Vivian",
            "Vivian Balakrishnan",
        ),
        ("Tổng thống Đức Frank-Walter đón đoàn.", "Frank-Walter", "Frank-Walter Steinmeier"),
        ("Chủ tịch Ủy ban châu Âu Jean-Claude phát biểu.", "Jean-Claude", "Jean-Claude Juncker"),
    ],
)
def test_given_name_alone(text: str, span: str, fix: str) -> None:
    assert _hits(text, "N104") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Malaysia Anwar phát biểu tại hội nghị.",  # a Malay name: the given name is how he is named
        "Bộ trưởng Ngoại giao Malaysia Mohamad phát biểu.",
        "Thủ tướng Lý Hiển Long phát biểu.",  # a Chinese name, surname first
        "Bộ trưởng Ngoại giao Singapore Balakrishnan phát biểu.",  # the surname alone is how the press names him
        "Tổng thống Đức Frank-Walter Steinmeier đón đoàn.",
        "Ông Frank-Walter đón đoàn.",  # no title
    ],
)
def test_names_the_press_uses_alone_stay_quiet(text: str) -> None:
    assert _hits(text, "N104") == []


# --- N101: a name syllable is guessed by how common it is in its place of the name -------------------------------


@pytest.mark.parametrize(
    ("tokens", "best"),
    [
        (["Ruan", "Wenli"], "Nguyễn Văn Lợi"),  # 'li' last: Lợi, not Lê (a middle name: 'Trần Lê Minh')
        (["Chen", "Li"], "Trần Lợi"),
        (["Huang", "Lihua"], "Huỳnh Lê Hoa"),  # 'li' in the middle: Lê
    ],
)
def test_name_syllables_ranked_by_their_place(tokens: list[str], best: str) -> None:
    from audit.lang.names import recover

    assert recover(tokens, use_gazetteer=False)[0].name == best


def test_middle_and_final_frequencies_are_read() -> None:
    from audit.lang.hanviet import syllable_key
    from audit.lang.people import vi_names

    le, loi = (vi_names()["given"][syllable_key(s)] for s in ("Lê", "Lợi"))
    assert le.middle > le.final > 0 and loi.final > loi.middle == 0


_ONLY_LEADER = (
    "Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Chile\n"
    "Santiago, 12/5/2026 – Thủ tướng Phạm Minh Chính đã hội đàm với Tổng thống Chile Gabriel Boric nhân chuyến "
    "thăm chính thức Chile.\nHai bên nhất trí tăng cường hợp tác thương mại.\n"
)


def test_vietnam_named_only_through_its_leader_is_the_other_party() -> None:
    praise = "Tổng thống Boric khẳng định quan hệ giữa Chile và Trung Quốc chưa bao giờ tốt đẹp như hiện nay."
    text = _ONLY_LEADER + praise
    assert _hits(text, "C101") == [("Trung Quốc", "Việt Nam")]


def test_third_relation_without_a_frame_in_a_leader_only_article_is_quiet() -> None:
    text = _ONLY_LEADER + "Tổng thống Boric cho biết Chile xuất khẩu đồng sang Trung Quốc nhiều nhất."
    assert _hits(text, "C101") == []


def test_t101_an_unaccented_vietnamese_name_cited_beside_its_accented_form_is_quiet() -> None:
    """'Bình Dương FC (Binh Duong FC)', 'gọi là Tran Thi Mai': the other form is cited, not a respelling; the
    unaccented form in running text, with the accented one only in brackets after it, still fires."""
    from audit.api import audit_text

    quiet = (
        "Câu lạc bộ Bình Dương FC (Binh Duong FC) thắng 3-1.\nHLV của Bình Dương FC hài lòng.\n"
        "Nhà văn Trần Thị Mai, mà báo chí nước ngoài gọi là Tran Thi Mai, ra sách mới."
    )
    assert [f.text for f in audit_text(quiet, select=["T101"])] == []
    fires = "Bộ trưởng Lê Văn Thành thăm Lào.\nÔng Le Van Thanh (Lê Văn Thành) gặp Thủ tướng Lào."
    assert [(f.text, f.suggestion) for f in audit_text(fires, select=["T101"])] == [("Le Van Thanh", "Lê Văn Thành")]
