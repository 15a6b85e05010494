"""The genres18 probe set (tests/data/genres18): fourteen human-written Vietnamese texts in genres next to news (a
Q&A interview with 'PV:' turns, an op-ed, a company press release, a provincial decision and an official letter with
their letterheads, signature blocks and 'Nơi nhận:', live football with minute marks and volleyball by set score as
JSONL records, an obituary notice with its feature, book and film reviews with foreign titles, a travel feature, a
recipe, a product page, a film festival's notes with their English source). Clean text must stay quiet and the text
files' lines must be read as annotated. The fixes are tested on sentences written outside the set."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of
from chrome_lines import score_lines

from audit.api import audit_text
from audit.corpus.segment import sentence_spans
from audit.rules.negation import lost_negation

GENRES18 = Path(__file__).resolve().parents[1] / "data" / "genres18"
DOCS = sorted(p for p in GENRES18.iterdir() if p.suffix in {".txt", ".jsonl"})
TEXTS = [p for p in DOCS if p.suffix == ".txt"]

# a column's label in capitals, read as a heading of the article: harmless (no rule reads it as a sentence)
CHROME_LEFT = {"GÓC NHÌN"}


def test_set_is_complete() -> None:
    assert len(DOCS) == 29 and all(p.with_suffix(".json").exists() for p in TEXTS)


def test_no_finding() -> None:
    assert [(p.name, f.rule, f.text) for p in DOCS for _, f in findings_of(p)] == []


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert score.article_as_chrome == []
    assert set(score.chrome_as_article) <= CHROME_LEFT


# --- the segmenter: a signature block's 'KT.', 'TM.', 'TL.', 'TUQ.' ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["KT. BỘ TRƯỞNG", "TM. HỘI ĐỒNG NHÂN DÂN", "TL. CHÁNH VĂN PHÒNG", "TUQ. CHỦ TỊCH", "TM. BAN CHẤP HÀNH ĐOÀN"],
)
def test_a_signature_blocks_authority_stays_with_its_title(line: str) -> None:
    """Signature lines of bodies and titles not in the set: 'KT.' before the title is no sentence end."""
    assert sentence_spans(line) == [(0, len(line))]


# --- F106: a lettered list item after a full stop ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a) Người nộp hồ sơ phải có mặt trước 8 giờ.\nb) Hồ sơ nộp muộn không được nhận.",
        "c) Xe ô tô đỗ đúng nơi quy định.\nd) Xe máy để tại tầng hầm B2.\nđ) Xe đạp để ở sân sau.",
        "i) Giữ nguyên mức phí cũ.\nii) Miễn phí cho trẻ em dưới 6 tuổi.",
    ],
)
def test_a_lettered_list_item_is_no_cut_sentence(text: str) -> None:
    """Lettered points of a notice, a car-park rule and a fee list (not in the set), each ending in a full stop."""
    assert audit_text(text, select=["F106"]) == []


def test_a_lowercase_word_before_a_bracket_still_fires() -> None:
    """Only a single letter (or a roman numeral) before ')' is a list item: a cut word before a bracket is not."""
    text = "Đoàn công tác đã thăm nhà máy.\nnhà máy) được xây dựng từ năm 2019."
    assert [f.rule for f in audit_text(text, select=["F106"])] == ["F106"]


# --- A111: 'not … except' said with 'chỉ' -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, target",
    [
        ("The pool does not open except on Sundays.", "Bể bơi chỉ mở cửa vào Chủ nhật."),
        ("No one other than the pilot may enter the cockpit.", "Chỉ phi công mới được vào buồng lái."),
        ("The lab uses nothing but rainwater for the tests.", "Phòng thí nghiệm chỉ dùng nước mưa cho các thử nghiệm."),
        ("The bakery sells no bread apart from baguettes.", "Tiệm bánh chỉ bán bánh mì baguette."),
    ],
)
def test_not_except_said_with_only_is_quiet(source: str, target: str) -> None:
    """Sentences not in the set: the negation with its exception says 'only', and 'chỉ' says it."""
    assert lost_negation(source, target) is None


@pytest.mark.parametrize(
    "source, target",
    [
        # the exception without 'chỉ': the negation is lost
        ("The pool does not open except on Sundays.", "Bể bơi mở cửa cả vào Chủ nhật."),
        # 'chỉ' in a translation of a negation with no exception does not make it quiet
        ("The hotel does not accept cash.", "Khách sạn chỉ nhận tiền mặt."),
        # a second negated sentence without an exception keeps its finding
        (
            "The pool does not open except on Sundays. Children must not swim alone.",
            "Bể bơi chỉ mở cửa vào Chủ nhật. Trẻ em phải bơi một mình.",
        ),
    ],
)
def test_a_lost_negation_still_fires(source: str, target: str) -> None:
    assert lost_negation(source, target) is not None


# --- L101: 'podium', a loan of Vietnamese sports news --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tay đua người Tây Ban Nha có lần thứ ba liên tiếp đứng trên podium ở chặng MotoGP Mandalika.",
        "Đội tuyển xe đạp nữ lần đầu có hai vận động viên cùng lên podium tại giải vô địch châu Á.",
    ],
)
def test_podium_is_a_loan(text: str) -> None:
    """Sports other than the set's F1 race (MotoGP, cycling): 'podium' is written as in English."""
    assert audit_text(text, select=["L101"]) == []


def test_an_english_word_of_the_same_field_still_fires() -> None:
    """Only the listed loan is quiet: 'trophy' for 'cúp' is still an English word left in the text."""
    text = "Tay đua người Ý giơ cao chiếc trophy trước hàng nghìn khán giả tại trường đua."
    assert [f.rule for f in audit_text(text, select=["L101"])] == ["L101"]


# --- C105: a sentence about a country's names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Từ năm 2019, Bắc Macedonia dùng tên gọi North Macedonia thay cho Macedonia trong các văn bản quốc tế.",
        "Cộng hòa Séc đăng ký tên gọi ngắn Czechia bên cạnh tên chính thức Czech Republic.",
        "Hà Lan không còn dùng tên gọi Holland trong quảng bá du lịch.",
    ],
)
def test_english_names_in_a_sentence_about_the_names_are_quiet(text: str) -> None:
    """Countries other than the set's Türkiye: a sentence about what a country is called quotes its names."""
    assert audit_text(text, select=["C105"]) == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("Hai nước Việt Nam và France ký hiệp định về giáo dục.", "France"),
        # an English adjective is still flagged, naming sentence or not
        ("Tổng thống Belarussian có tên gọi thân mật là 'Bố già'.", "Belarussian"),
    ],
)
def test_an_english_country_word_elsewhere_still_fires(text: str, word: str) -> None:
    assert [f.text for f in audit_text(text, select=["C105"])] == [word]


# --- chrome: a table's last row at the end of a text is no byline ---------------------------------------------------


def test_a_tables_last_row_ending_a_text_is_article() -> None:
    """A results table (not the set's annex) whose total row ends the text: short and unpunctuated like a byline,
    but its cells are separated by tabs."""
    from audit.corpus.build import document_from_lines

    lines = [
        "Kết quả thu hoạch vụ mùa năm 2026 của ba thôn như sau:",
        "Thôn\tDiện tích (ha)\tSản lượng (tấn)",
        "Thôn Đông\t42,5\t251",
        "Thôn Tây\t38\t219",
        "Cộng\t80,5\t470",
    ]
    doc = document_from_lines("t.txt", lines, "text", "t.txt")
    assert [s.text for s in doc.segments if s.boilerplate] == []


def test_a_short_name_ending_a_text_is_still_a_byline() -> None:
    from audit.corpus.build import document_from_lines

    lines = ["Chiều 26/11, hội thảo về nông nghiệp hữu cơ đã diễn ra tại xã Tân Lập với hơn 200 đại biểu.", "Minh Hải"]
    doc = document_from_lines("t.txt", lines, "text", "t.txt")
    assert [s.text for s in doc.segments if s.boilerplate] == ["Minh Hải"]
