"""The quick paths of the respelling, date and pinyin-gate analyses give what their plain definitions give.
The plain definitions live here, as the tests' oracles; the texts are random mixes of the shapes that matter."""

from __future__ import annotations

import random
import re

import pytest

from audit.lang import foreign_pinyin, respelled
from audit.lang.textcache import new_document
from audit.model import Document, Segment
from audit.rules.base import DocContext
from audit.rules.names.analyses import _DATED_YEAR, _given, _run_words, dated_years, doc_runs

# --- written dates: _DATED_YEAR.findall, found from '/' and 'năm ' ------------------------------------------

_DATE_PARTS = ["1", "2", "9", "0", "5", "19", "20", "/", "/", "tháng ", "năm ", " ", "tháng 7 năm ", "31/", "1987"]
_DATE_PARTS += ["2003", "2061", "1949", "x", "\n", "ngày ", "Xtháng 11 năm ", "tháng 123 năm 1999"]


def _random_dates(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_DATE_PARTS) for _ in range(rnd.randint(1, 14))) for _ in range(n)]


# the written-date pattern as plainly as it can be said (analyses._DATED_YEAR opens with a character class instead)
_PLAIN_DATED_YEAR = re.compile(
    r"(?<![\d/])\d{1,2}/(?:\d{1,2}/)?((?:19[5-9]|20[0-4])\d)(?!\d)|tháng \d{1,2} năm ((?:19[5-9]|20[0-4])\d)(?!\d)"
)


@pytest.mark.parametrize("seed", range(4))
def test_dated_years_are_the_years_the_date_pattern_finds(seed: int) -> None:
    texts = _random_dates(5000, seed)
    for text in texts:
        assert dated_years(text) == {int(a or b) for a, b in _PLAIN_DATED_YEAR.findall(text)}, text
    assert any(dated_years(t) for t in texts)


@pytest.mark.parametrize("seed", range(2))
def test_date_pattern_is_its_plain_form_within_any_bounds(seed: int) -> None:
    """event_years reads the dates after a mention, up to its sentence's end: the same as the plain pattern between
    any bounds (a lookbehind sees before the start, a lookahead not past the end)."""
    texts = _random_dates(2000, seed)
    for text in texts:
        for a in range(len(text) + 1):
            b = len(text) - a // 3
            assert _DATED_YEAR.findall(text, a, b) == _PLAIN_DATED_YEAR.findall(text, a, b), (text, a, b)
            assert [m.span() for m in _DATED_YEAR.finditer(text, a)] == [
                m.span() for m in _PLAIN_DATED_YEAR.finditer(text, a)
            ]
    assert any(_PLAIN_DATED_YEAR.search(t) for t in texts)


def test_dated_years_of_sentences() -> None:
    text = "Ngày 14/2/2031, ông nhắc lại chuyến thăm tháng 9 năm 1998 và hội nghị 05/2012; số 123/2019 thì không."
    assert dated_years(text) == {2031, 1998, 2012}


@pytest.mark.parametrize("seed", range(3))
def test_n103_years_are_the_plain_year_pattern_within_any_bounds(seed: int) -> None:
    """office_holder._YEAR opens with a digit (its lookbehind after it): the same matches as the plain pattern, also
    searched between bounds that cut a number (a lookbehind sees before the start, a lookahead not past the end)."""
    from audit.rules.names import office_holder

    plain = re.compile(r"(?<!\d)(?:19[5-9]|20[0-4])\d(?!\d)")
    texts = _random_dates(3000, seed)
    for text in texts:
        assert office_holder._YEAR.findall(text) == plain.findall(text), text
        for a in range(len(text) + 1):
            b = len(text) - a // 2
            got = [m.span() for m in office_holder._YEAR.finditer(text, a, b)]
            assert got == [m.span() for m in plain.finditer(text, a, b)], (text, a, b)
    assert any(plain.search(t) for t in texts)


def test_committee_secretary_pattern_is_its_plain_form() -> None:
    """N105's 'Thư ký Tỉnh ủy' pattern has its lookbehinds after the title's first letter: the same matches and
    titles as the plain form, which opens with them, on random texts of its pieces."""
    from audit.rules.names import office_title_calque

    plain = re.compile(
        r"(?<![\w])(?<!Bí )(?<!bí )(?<!Tổng )(?<!tổng )"
        r"(?P<title>[Tt]hư ký (?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị|[Đđ]ảng) (?:ủy|uỷ))"
        r"(?= (?:tỉnh |thành phố )?[A-ZĐ])"
    )
    parts = ["Thư ký ", "thư ký ", "THư ký ", "Bí ", "bí ", "Tổng ", "tổng ", "xT", "Tỉnh ủy", "thành uỷ", "Đảng ủy"]
    parts += [" ", "Lào Cai", "x", "thành phố ", "tỉnh ", "Hà", "2", "\n", "Thị ủy ", "quận ủy "]
    rnd = random.Random(9)
    texts = ["".join(rnd.choice(parts) for _ in range(rnd.randint(1, 12))) for _ in range(20000)]
    found = 0
    for text in texts:
        got = [(m.span(), m["title"]) for m in office_title_calque._COMMITTEE_SECRETARY.finditer(text)]
        assert got == [(m.span("title"), m["title"]) for m in plain.finditer(text)], text
        found += len(got)
    assert found


# --- respellings: one scan of the runs; the groups from indexes of given names and surnames ----------------

_GIVEN = ["Ilham", "Ilhan", "Mateus", "Matheus", "Oskar", "Oscar", "Keir", "Kier", "Santa", "Anneli", "Annely"]
_SURNAME = ["Aliyev", "Aliev", "Kovalczyk", "Kowalczyk", "Brandvold", "Brandwold", "Starmer", "Clara", "Larsson"]
_SURNAME += ["Larson", "Peterssen", "Kim"]


def _random_name_texts(seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(rnd.randint(1, 8)):
        names = [f"{rnd.choice(_GIVEN)} {rnd.choice(_SURNAME)}" for _ in range(rnd.randint(1, 3))]
        glue = rnd.choice([" gặp ", " và ", " (", ", gọi là ", "\n"])
        out.append("Ông " + glue.join(names) + rnd.choice([" phát biểu.", ".", ")"]))
    return out


def _plain_mentions(texts: list[str]) -> list[respelled._Mention]:
    """Each text searched alone, as the definition reads."""
    out = []
    for k, text in enumerate(texts):
        for m in respelled._RUN.finditer(text):
            words = m.group().split(" ")
            given, surname = words[-2], words[-1]
            if given in respelled._place_first_words() or not (
                respelled._foreign(given) and respelled._foreign(surname)
            ):
                continue
            before = words[-3] if len(words) > 2 and respelled._foreign(words[-3]) else ""
            out.append(respelled._Mention(k, m.end() - len(given) - len(surname) - 1, m.end(), given, surname, before))
    return out


def _plain_group(name: tuple[str, str], names: list[tuple[str, str]], near: dict[str, set[str]]) -> set:
    g, s = name
    group = {t for t in names if t[0] == g and (t[1] == s or t[1] in near[s])}
    group |= {t for t in names if t[1] in near[s] and respelled._close_first(g, t[0])}
    return group | {t for t in names if t[1] == s and respelled._transposed(g, t[0])}


@pytest.mark.parametrize("seed", range(300))
def test_respelling_analyses_agree_with_their_plain_definitions(seed: int) -> None:
    texts = _random_name_texts(seed)
    mentions = respelled._mentions(texts)
    assert mentions == _plain_mentions(texts)
    names = list(dict.fromkeys((m.given, m.surname) for m in mentions))
    surnames = {s for _, s in names}
    near = respelled._near_surnames(surnames)
    assert near == {s: {t for t in surnames if t != s and respelled._close(s, t)} for s in surnames}
    groups = respelled._groups(names, near)
    for name in names:
        plain = _plain_group(name, names, near)
        assert set(groups.get(name, [name])) == plain


def test_respellings_found_across_texts() -> None:
    texts = ["Ông Mateus Kovalczyk phát biểu.", "Ông Mateus Kovalczyk nói.", "Ông Mateus Kowalczyk (Ba Lan) dự họp."]
    found = list(respelled.respellings(texts))
    assert [(r.item, r.form, r.main) for r in found] == [(2, "Mateus Kowalczyk", "Mateus Kovalczyk")]


# --- the N108 gate: a segment either detector finds a name in has a candidate word ------------------------

_PINYIN_WORDS = ["Telangpu", "Te", "Lang", "Pu", "Anbei", "Jinsan", "Makesi", "Zelunsiji", "Fei", "Erdinan"]
_PINYIN_WORDS += ["Canada", "Palin", "Obama", "Kundalini", "Xiangang", "Shuyouke", "Tamasi", "Bai", "Deng", "Lan"]
_BEFORE = ["Tổng thống Mỹ ", "Thủ tướng Nhật Bản ", "Ông ", "bà ", "Ngoại trưởng ", "", "Chủ tịch ", "tại "]


@pytest.mark.parametrize("seed", range(3))
def test_segments_with_a_foreign_pinyin_name_pass_the_gate(seed: int) -> None:
    rnd = random.Random(seed)
    found = 0
    for _ in range(3000):
        words = " ".join(rnd.choice(_PINYIN_WORDS) for _ in range(rnd.randint(1, 4)))
        text = f"{rnd.choice(_BEFORE)}{words} {rnd.choice(['phát biểu.', 'và Kanye West.', '(Canada).'])}"
        if foreign_pinyin.pinyin_western_names(text) or foreign_pinyin.pinyin_shaped_names(text):
            found += 1
            assert foreign_pinyin.may_be_foreign_pinyin(text), text
    assert found


def test_known_words_of_two_syllables_are_no_candidates() -> None:
    assert not foreign_pinyin.candidate_word("Canada")
    assert foreign_pinyin.candidate_word("Zelunsiji")
    assert not foreign_pinyin.may_be_foreign_pinyin("Đội tuyển Canada thắng Chile tại Bali.")


# --- lines_matching: the lines matches_by_line gives a match ---------------------------------------------


@pytest.mark.parametrize("seed", range(3))
def test_lines_matching_are_the_lines_with_a_match(seed: int) -> None:
    from audit.lang.countries import gazetteer
    from audit.lang.lines import line_starts, lines_matching, matches_by_line

    rnd = random.Random(seed)
    words = ["Tây Sa", "xisha", "Hải", "Sơn", "sha", "Nam", "và", "quần đảo", "Thành", "x"]
    lines = [" ".join(rnd.choice(words) for _ in range(rnd.randint(0, 5))) for _ in range(200)]
    joined, starts = "\n".join(lines), line_starts(lines)
    gate = gazetteer().lower_gate
    expected = {k for k, found in enumerate(matches_by_line(gate, joined, starts)) if found}
    assert lines_matching(gate, joined, starts) == expected
    assert expected


@pytest.mark.parametrize("seed", range(3))
def test_lowercase_surface_search_is_a_substring_test_of_each(seed: int) -> None:
    from audit.lang.countries import gazetteer

    gz = gazetteer()
    rnd = random.Random(seed)
    parts = [*gz.lower_surfaces, "Tây", "Sa", "quần", "đảo", " ", "x", "sha", "Sơn", "a", "Nam"]
    found = 0
    for _ in range(5000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 6)))
        expected = any(surface in text for surface in gz.lower_surfaces)
        assert (gz.lower_anywhere.search(text) is not None) == expected, text
        assert (gz.lower_gate.search(text) is not None) == expected, text
        found += expected
    assert found


def test_lowercase_gate_opens_only_where_a_lowercase_surface_stands() -> None:
    from audit.lang.countries import gazetteer

    gz = gazetteer()
    assert gz.lower_gate.search("Thủ tướng đến Thái Sơn, Hải Phòng và Quảng Châu; phủ Sơn") is not None
    assert gz.lower_gate.search("Ông Trường Sơn ở Hải Dương và Châu Đốc; phủ Sơn La") is not None  # 'phủ Sơn' stands
    assert gz.lower_gate.search("Ông Trường Sơn ở Hải Dương và Châu Đốc.") is None


@pytest.mark.parametrize("seed", range(3))
def test_candidate_lines_are_the_lines_that_may_hold_a_foreign_pinyin_name(seed: int) -> None:
    from audit.lang.lines import line_starts

    rnd = random.Random(seed)
    words = [*_PINYIN_WORDS, "Trong", "eVisa", "Zhang", "Wei", "và", "12", "Ông", "Xi'an", "\u00a0", "-", "Iran"]
    lines = [" ".join(rnd.choice(words) for _ in range(rnd.randint(0, 6))) for _ in range(300)]
    expected = [k for k, line in enumerate(lines) if foreign_pinyin.may_be_foreign_pinyin(line)]
    assert foreign_pinyin.candidate_lines("\n".join(lines), line_starts(lines)) == expected
    assert expected


@pytest.mark.parametrize("seed", range(3))
def test_new_style_pairs_found_near_a_capital_are_all_the_pairs_of_the_plain_walk(seed: int) -> None:
    from audit.rules.names.inconsistent_name import _NEW_STYLE_NEAR, _new_style_at

    rnd = random.Random(seed)
    parts = ["Hoà", "hoà", "Thuý", "quý", "Quý", "toàn", "Đoàn", "xHoà", "ABCDEoà", "abcdeoà", "Khuý", " ", "\n"]
    parts += ["²", "oà", "uý", "Nguyễnoà", "Tuyếtuý", "uà", "Oé"]
    found = 0
    for _ in range(5000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 6)))
        plain = [k for k in range(len(text) - 1) if text[k] in "oOuU" and _new_style_at(text, k)]
        assert [m.start() - 1 for m in _NEW_STYLE_NEAR.finditer(text) if _new_style_at(text, m.start() - 1)] == plain
        found += bool(plain)
    assert found


# --- C103: the segments where the title pattern matches, from one search of the article -----------------


@pytest.mark.parametrize("seed", range(3))
def test_title_scan_holds_every_segment_the_title_pattern_matches(seed: int) -> None:
    from audit.rules._prefilter import segments_matching
    from audit.rules.base import DocContext
    from audit.rules.countries.country_abbreviation_calque import _SURNAMES, _TITLES, _party_regexes

    pattern, readings = _party_regexes()["title"]
    rnd = random.Random(seed)
    words = [*_TITLES.split("|"), *sorted(readings)[:12], *_SURNAMES[:8], "Văn", "họp", "Việt Nam", "Bộ Ngoại giao"]
    seps = [" ", " ", "  ", "\t", "\n", ", "]
    lines = ["".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(0, 6))) for _ in range(400)]
    for texts in (lines, [t.strip() for t in lines], [t.replace("\n", " ") for t in lines]):
        doc = Document("<test>", [Segment(i, t, line=i + 1, column=1) for i, t in enumerate(texts)])
        new_document()
        found = {s.index for s in segments_matching(DocContext(doc), pattern)}
        expected = {s.index for s in doc.segments if pattern.search(s.text)}
        assert expected <= found
        assert expected


# --- the given names an article writes on their own: _given(name) in _run_words(ctx) ------------------------


def _plain_given_alone(ctx: DocContext, name: str) -> bool:
    """The plain form: the words after the surname, joined, among the runs of exactly two words, joined."""
    alone = {" ".join(words) for runs in doc_runs(ctx) for _, words in runs if len(words) == 2}
    return (name.split(" ", 1)[1] if " " in name else "") in alone


@pytest.mark.parametrize("seed", range(3))
def test_given_name_alone_is_its_plain_form(seed: int) -> None:
    """Random lines of capitalised and lowercase words (names not from any set: 'Tiến Linh' style pairs made up
    here), and random names of one to five words, some with doubled or no-break spaces."""
    rnd = random.Random(seed)
    words = ["Tiến", "Linh", "Hải", "Quế", "Minh", "An", "Xuân", "Trường", "đá", "bóng", "và", "Nguyễn", "Đỗ", "Ba"]
    seps = [" ", " ", " ", "  ", "\u00a0", ", ", ". ", "\n", "-"]
    texts = ["".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 9))) for _ in range(60)]
    new_document()
    ctx = DocContext(Document("<test>", [Segment(i, t, line=i + 1, column=1) for i, t in enumerate(texts)]))
    names = [
        rnd.choice([" ", "  ", "\u00a0"]).join(rnd.choice(words) for _ in range(rnd.randint(1, 5))) for _ in range(3000)
    ]
    names += [" ".join(w) for runs in doc_runs(ctx) for _, w in runs]
    names += ["Nguyễn " + " ".join(w) for runs in doc_runs(ctx) for _, w in runs]
    got = [_given(n) in _run_words(ctx) for n in names]
    assert got == [_plain_given_alone(ctx, n) for n in names]
    assert any(got) and not all(got)
