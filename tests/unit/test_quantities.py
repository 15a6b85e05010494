"""Numbers as values across English, Vietnamese and Chinese writing (audit.lang.quantities)."""

from __future__ import annotations

import pytest

from audit.lang.quantities import numbers, readings, roman_numbers, same_number, spelled_in, vietnamese_form


@pytest.mark.parametrize(
    ("written", "values"),
    [
        ("2024", {2024.0}),
        ("1,500", {1500.0, 1.5}),  # English thousands, or a Vietnamese decimal comma
        ("1.500", {1.5, 1500.0}),
        ("1,234.5", {1234.5}),
        ("1.234,5", {1234.5}),
        ("3,75", {3.75}),
    ],
)
def test_readings_in_both_conventions(written: str, values: set[float]) -> None:
    assert readings(written) == values


def _values(text: str) -> list[set[float]]:
    return [set(n.values) for n in numbers(text)]


def test_scales_in_three_languages() -> None:
    assert 3.5e9 in _values("Exports reached $3.5 billion.")[0]
    assert 3.5e9 in _values("Xuất khẩu đạt 3,5 tỷ USD.")[0]
    assert 3e8 in _values("投资 3亿美元")[0]
    assert 4e6 in _values("有 400 多万人")[0]  # 多 'more than' between the number and 万
    assert 2e7 in _values("超过 2000 万人收看")[0]


def test_clock_times_zero_and_centuries() -> None:
    assert _values("at 10 p.m.") == [{10.0, 22.0}]
    assert _values("lúc 7.55 giờ sáng") == [{7.0}, {55.0}]  # hour and minutes, not 7.55
    assert _values("at 04:00 BST, 1-0 at halftime") == [{4.0}, {1.0}]  # zeros are left out
    assert _values("20 世纪 60 年代") == [{1960.0, 60.0}]
    assert [n.text for n in roman_numbers("thế kỷ XXI và Đại hội XIV, quý II")] == ["XXI", "XIV", "II"]
    assert roman_numbers("công ty CIVIC, MIX") == []  # not Roman numerals, or not well formed


def test_spelled_numbers() -> None:
    assert spelled_in(3, "ông có ba người con")
    assert spelled_in(21, "hai mươi mốt tuổi") and spelled_in(15, "mười lăm người")
    assert spelled_in(4e6, "hơn bốn triệu người")
    assert not spelled_in(3, "ông có hai người con")
    assert spelled_in(8, "need eight points", vietnamese=False) and spelled_in(8, "必须赢得八分", vietnamese=False)
    assert not spelled_in(8, "eighty people", vietnamese=False)


def test_same_number_and_vietnamese_form() -> None:
    a, b = numbers("1,500.5 tons")[0], numbers("1.500,5 tấn")[0]
    assert same_number(a, b)
    assert vietnamese_form("1,500.5") == "1.500,5" and vietnamese_form("2024") == "2024"


def test_suggestion_in_the_scale_of_the_target() -> None:
    """A changed figure is fixed in the unit the translation uses: '4750亿' against '457 tỷ' is '475'."""
    from audit.lang.quantities import in_scale_of

    src, tgt = numbers("出口额达到4750亿美元")[0], numbers("xuất khẩu đạt 457 tỷ USD")[0]
    assert in_scale_of(src, tgt) == "475"
    assert in_scale_of(numbers("$3.5 billion")[0], numbers("3 tỷ USD")[0]) == "3,5"
    assert in_scale_of(numbers("1.2万亿越南盾")[0], numbers("12 nghìn tỷ đồng")[0]) == "1,2"
    assert in_scale_of(numbers("146 passengers")[0], numbers("164 hành khách")[0]) is None  # no scale word
    assert spelled_in(300, "khoảng ba trăm đại biểu") and spelled_in(300, "about three hundred", vietnamese=False)


def test_number_words_have_one_home() -> None:
    """Month names and counts before a classifier are built from the same Vietnamese number words; the
    longest month name wins ('tháng mười một' is November, not October)."""
    from audit.api import document_from_text
    from audit.lang.quantities import vi_count_words, vi_number_words
    from audit.rules.dates import date_mentions

    assert vi_number_words(12)["tư"] == 4 and vi_number_words(12)["mười một"] == 11
    assert "năm" not in vi_count_words() and "vài" in vi_count_words()
    seg = document_from_text("Hội nghị diễn ra ngày 20 tháng mười một năm 2025.").segments[0]
    assert [(d.day, d.month, d.year) for d in date_mentions(seg)] == [(20, 11, 2025)]


def test_number_words_come_from_the_reference_file(tmp_path, monkeypatch) -> None:
    """The words are data (references/number_words.tsv), the way they combine is code: each unit word of the
    file makes its compounds, traditional Chinese scales read as the simplified ones, and a row with a role
    the code does not know is an error naming the file."""
    from audit.lang import quantities
    from audit.lang.resources import ResourceError, read_tsv, references_dir

    rows = list(read_tsv("number_words.tsv"))
    units = {r["word"]: int(r["value"]) for r in rows if r["lang"] == "vi" and r["role"] == "unit"}
    for word, value in units.items():
        assert spelled_in(value, f"có {word} người")
        # 25 is 'hai mươi lăm'; 'hai mươi năm' is 'twenty years'
        assert spelled_in(20 + value, f"hai mươi {word} người") == (value != 5), word
    assert [n.values for n in numbers("3億")] == [{3.0, 3e8}] and spelled_in(2, "两个", vietnamese=False)

    bad = tmp_path / "refs"
    bad.mkdir()
    for f in references_dir().iterdir():
        (bad / f.name).write_bytes(f.read_bytes())
    with (bad / "number_words.tsv").open("a", encoding="utf-8") as fh:
        fh.write("vi\t100\tmột trăm\tcompound\n")
    monkeypatch.setenv("MT_AUDIT_REFERENCES", str(bad))
    references_dir.cache_clear()
    quantities._number_words.cache_clear()
    try:
        with pytest.raises(ResourceError, match=r"number_words\.tsv.*compound"):
            quantities._number_words()
    finally:
        monkeypatch.undo()
        references_dir.cache_clear()
        quantities._number_words.cache_clear()
