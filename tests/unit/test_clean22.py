"""The clean22 set (tests/data/clean22): human-written Vietnamese of kinds the clean sets covered thinly (a
trademark appeal verdict, a stock-market close with tickers and foreign chip makers, a Premier League report, a French
stew recipe, a Portuguese itinerary, a 'PV:' interview, a wallet press release full of English brands, a composer's
obituary, an essay quoting Tang quatrains in Hán-Việt, a human translation of a port news item with its English
source, a chess round, a new frog species with Latin binomials). Clean text must stay quiet."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of

from audit.api import audit_pairs, audit_text

CLEAN22 = Path(__file__).resolve().parents[1] / "data" / "clean22"
DOCS = sorted(p for p in CLEAN22.iterdir() if p.suffix in {".txt", ".tsv"})


def test_set_is_complete() -> None:
    assert len(DOCS) == 12
    assert {p.suffix for p in DOCS} == {".txt", ".tsv"}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_finding_at_all(path: Path) -> None:
    """Blind run after e9435b3: no finding of any severity on any document; it must stay so."""
    assert [f"{f.rule} {f.text!r}" for _, f in findings_of(path)] == []


# --- A101, A102: numbers a human translation writes in the Vietnamese way (probes after the blind run) --------------
# The set stayed quiet; sentences written afterwards in its kinds (not in the set: other quarters, races, centuries,
# swimmers and sprinters) found two false alarms of the number check, fixed in audit/lang/quantities.py.


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Ministries must finish the review by the end of Q1.", "Các bộ phải hoàn thành rà soát trước cuối quý I."),
        ("Q4 revenue rose 12% on the year.", "Doanh thu quý IV tăng 12% so với cùng kỳ."),
        ("The pagoda was first built in the 10th century.", "Ngôi chùa được dựng lần đầu vào thế kỷ X."),
        ("Delegates of the 5th National Assembly met in 1976.", "Các đại biểu Quốc hội khóa V họp năm 1976."),
    ],
)
def test_one_letter_roman_numeral_after_quarter_century_or_term(source: str, target: str) -> None:
    """'Q1' → 'quý I', '10th century' → 'thế kỷ X': a one-letter Roman numeral after a word Vietnamese numbers
    that way is the source's number (two letters and more were already read: 'quý III', 'thế kỷ XXI')."""
    assert audit_pairs([(source, target)], select=["A101", "A102"]) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "She touched the wall in 54.21 seconds, a national record.",
            "Cô chạm tường sau 54 giây 21, phá kỷ lục quốc gia.",
        ),
        ("The sprinter clocked 10.08 seconds in the heat.", "Nam VĐV chạy vòng loại với thông số 10 giây 08."),
        ("He finished the 400m in 46.7 seconds.", "Anh về đích 400 m với thành tích 46 giây 7."),
    ],
)
def test_hundredths_after_giay(source: str, target: str) -> None:
    """'54.21 seconds' → '54 giây 21': a Vietnamese sports report puts the hundredths after 'giây'."""
    assert audit_pairs([(source, target)], select=["A101", "A102"]) == []


@pytest.mark.parametrize(
    ("source", "target", "rule"),
    [
        ("Profits fell in Q3.", "Lợi nhuận giảm trong quý I.", "A102"),
        ("The temple dates from the 9th century.", "Ngôi đền có từ thế kỷ X.", "A102"),
        ("He won in 9.58 seconds.", "Anh thắng với thành tích 9 giây 85.", "A101"),
        ("She finished in 54.21 seconds.", "Cô về đích sau 54 giây 12.", "A101"),
    ],
)
def test_wrong_quarter_century_or_time_still_found(source: str, target: str, rule: str) -> None:
    """The readings above accept only the source's own value: another quarter, century or time is still a change
    (the A101 rule or, with no stand-in close enough, A102)."""
    assert {f.rule for f in audit_pairs([(source, target)], select=["A101", "A102"])} & {"A101", "A102"}


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("In H1, exports of seafood rose 9%.", "Trong nửa đầu năm, xuất khẩu thủy sản tăng 9%."),
        ("H2 sales are expected to recover.", "Doanh số 6 tháng cuối năm được dự báo phục hồi."),
        ("Net profit in H1 2025 doubled.", "Lợi nhuận ròng sáu tháng đầu năm 2025 tăng gấp đôi."),
    ],
)
def test_half_year_said_in_words(source: str, target: str) -> None:
    """'H1' → 'nửa đầu năm', 'H2' → '6 tháng cuối năm' (clean22's README left this false alarm; fixed by the lead,
    sentences written for this test): the half in words is the source's number, and the '6' of '6 tháng' no other."""
    assert audit_pairs([(source, target)], select=["A101", "A102"]) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("In H1, exports of seafood rose 9%.", "Trong nửa cuối năm, xuất khẩu thủy sản tăng 9%."),
        ("H2 sales are expected to recover.", "Doanh số 6 tháng đầu năm được dự báo phục hồi."),
    ],
)
def test_the_wrong_half_is_still_found(source: str, target: str) -> None:
    assert {f.rule for f in audit_pairs([(source, target)], select=["A101", "A102"])} & {"A101", "A102"}


# --- L101: 'topping' is a loan (probe after the blind run) ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Quán có hơn hai mươi loại topping cho trà sữa, từ thạch dừa đến pudding trứng.",
        "Rắc topping dừa nạo và mè rang lên chè rồi dùng lạnh.",
    ],
)
def test_topping_is_a_loan(text: str) -> None:
    """'topping' is written as in English in Vietnamese food text (references/SOURCES.md); sentences not in the
    probe."""
    assert audit_text(text, select=["L101"]) == []


def test_an_english_word_beside_the_loan_is_still_found() -> None:
    assert [f.text for f in audit_text("Sau đó thêm topping và phần sauce vào.", select=["L101"])] == ["sauce"]
