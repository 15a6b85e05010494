"""The quick paths of the name analyses give what their plain definitions give (audit.lang.names/mentions,
the document scans of audit.rules.names). The plain definitions live here, as the tests' oracles."""

from __future__ import annotations

import functools
import random
import re

import pytest

from audit.api import document_from_text
from audit.lang import mentions
from audit.lang.mentions import office_titles, preceding_title
from audit.lang.names import capitalised_runs, multiword_run_words, multiword_runs, names_in_run
from audit.lang.textcache import new_document
from audit.rules.base import DocContext
from audit.rules.names.analyses import _pinyin_segments, doc_titled
from audit.rules.names.inconsistent_name import _maybe_variant, _variant_segments

TEXTS = [
    "Bộ trưởng Ngoại giao Trần Quang Khải tiếp Đại sứ Hà Lan Pieter de Vries tại Hà Nội.",
    "eVisa Card và iPhone Pro; Tổng thống\u00a0Kenya\u00a0William Ruto; a²Bộ trưởng Lê Văn Hưu",
    "Chủ tịch nước Đinh Công Tráng, THỦ TƯỚNG Lương Văn Can, Thủ Tướng Hồ Quý Ly, Tổng Bí thư  Lý Công Uẩn.",
    "Tổng thống Việt Nam Cộng hòa, Chủ tịch Đảngviên Mai Thúc Loan; Tổng thống Ruto.",
    "Ông Thuý Hoà gặp bà Kiều Oanh; Quý Công; xHoà Bình; Vu Van Dung và Tran Quoc Toan",
    "Tổng thống Kenya William Ruto nói: «ıİ» Thủ tướng Phan Chu Trinh.",
    "Tổng Bí thư Ban Chấp hành Trung ương Đảng Lò Văn Giàng; (ông Wang Yi), bà: Chen Daguang, Thủ tướng ß",
    "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Hà Huy Tập; Bộ trưởng Bộ Văn hóa,Thể thao; Bộ trưởng Bộ Y tế, Mạc Chi",
]


def _random_texts(n: int, seed: int) -> list[str]:
    """Texts of titles and title words (in four cases), names, marks and odd letters in random order."""
    rnd = random.Random(seed)
    titles = sorted(preceding_title._titles())
    words = sorted({w for t in titles for w in t.split()}) + titles
    extra = ["Lê", "Văn", "Hưu", "Belarus", "Kenya", "eVisa", "x", "ı", "İ", "ß", "²", "12", "Ban", "Chấp", "hành"]
    seps = [" ", " ", " ", "  ", "\u00a0", ", ", "; ", ": ", " (", "-", ""]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(2, 14)):
            w = rnd.choice(words if rnd.random() < 0.7 else extra)
            w = rnd.choice([w, w.capitalize(), w.upper(), w.lower()])
            parts.append(w + rnd.choice(seps))
        out.append("".join(parts))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_runs_of_two_or_more_words(text: str) -> None:
    new_document()
    assert list(multiword_runs(text)) == [r for r in capitalised_runs(text) if len(r) >= 2]
    found = multiword_run_words([text, "", text])
    expected = [tuple(w for _, _, w in r) for r in multiword_runs(text)]
    assert [words for i, words in found if i == 0] == expected
    assert [words for i, words in found if i == 2] == expected
    assert len(found) == 2 * len(expected)


# --- titled names: the plain walk over every word of every capitalised run -------------------------------

_TITLE_WORD = re.compile(r"[^\W\d_]+")
_COMPOUND = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)+")  # '.' too: a dotted city ('Chủ tịch UBND TP.HCM')
_PARTY_MARK = re.compile(
    r"^\s+(?:Ban Chấp hành|BCH|Trung ương Đảng|Đảng Cộng sản Việt Nam|Đảng CSVN|Cộng sản Việt Nam)"
)


@functools.cache
def _title_prefixes() -> frozenset[tuple[str, ...]]:
    _, index = office_titles._office_title_index()
    return frozenset(k[:i] for k in index for i in range(1, len(k) + 1))


def _plain_match_title(text: str, pos: int) -> tuple[int, tuple[mentions.TitleEntry, ...]] | None:
    """The longest title starting at ``pos``, word by word: (end, its entries). A word with hyphen, apostrophe or
    dot parts counts whole when a title has it ('Timor-Leste', 'TP.HCM')."""
    _, index = office_titles._office_title_index()
    key: tuple[str, ...] = ()
    best = None
    m = _TITLE_WORD.search(text, pos)
    while m is not None:
        word, end = m.group().casefold(), m.end()
        c = _COMPOUND.match(text, m.start())
        if c and (*key, c.group().casefold().replace("’", "'")) in _title_prefixes():
            word, end = c.group().casefold().replace("’", "'"), c.end()
        elif text[end : end + 2] == ", " and (*key, word + ",") in _title_prefixes():
            word, end = word + ",", end + 1  # a title with a comma in it ('Văn hóa, Thể thao và Du lịch')
        key = (*key, word)
        if key not in _title_prefixes():
            break
        if key in index:
            best = (end, index[key])
        if text[end : end + 1] != " ":
            break  # titles are words joined by single spaces
        m = _TITLE_WORD.match(text, end + 1)
    return best


def _plain_titled_names(text: str) -> list[mentions.TitledName]:
    """:func:`mentions.titled_names` as plainly as it can be said."""
    firsts, _ = office_titles._office_title_index()
    runs = capitalised_runs(text)
    out = []
    for start in [start for run in runs for start, _, w in run if w in firsts]:
        found = _plain_match_title(text, start)
        if found is None:
            continue
        title_end, entries = found
        if text[title_end : title_end + 9].casefold() in (" cộng hòa", " cộng hoà"):
            continue
        exact = [e for e in entries if not e[2]]
        calque = bool(exact) and all(c for _, c, _ in exact)
        offs = tuple(dict.fromkeys(o for o, c, _ in (exact or entries) if c == calque))
        after = text[title_end:]
        q = mentions.VN_QUALIFIER.match(after)
        pos = title_end + (q.end() if q else 0)
        while pos < len(text) and text[pos] == " ":
            pos += 1
        run = next((r for r in runs if r[0][0] <= pos < r[-1][1] + 1), None)
        seq = tuple(t for t in run if t[0] >= pos) if run else ()
        name = None
        if seq and seq[0][0] == pos:
            names = names_in_run(seq)
            if names and names[0][0] == pos:
                name = names[0]
        party = bool(_PARTY_MARK.match(after))
        out.append(mentions.TitledName(start, title_end, text[start:title_end], offs, calque, party, seq, name))
    return out


@pytest.mark.parametrize("text", TEXTS + _random_texts(200, seed=11))
def test_title_walk_at_every_position_agrees_with_the_plain_walk(text: str) -> None:
    """office_titles._match_title (plain words of letters taken without the regex) finds, from every position,
    the title the regex walk finds; also with a line break, a combining accent, a '²' or a digit inside a word."""
    for variant in (text, text.replace(" ", "\n", 1), text.replace("a", "a\u0301", 1), text.replace("o", "²", 1)):
        for pos in range(len(variant) + 1):
            found = office_titles._match_title(variant, pos)
            plain = _plain_match_title(variant, pos)
            assert (found and (found[0], found[1].entries)) == plain, (variant, pos)


def _trie_texts(n: int, seed: int) -> list[str]:
    """Texts of the title trie's own words (compound words, words with their comma, 'TP.HCM'), in four cases,
    with typographic apostrophes, odd letters and marks between them."""
    rnd = random.Random(seed)
    _, index = office_titles._office_title_index()
    keys = sorted(index)
    odd = ["Lê", "Văn", "ı", "İ", "ß", "ſ", "K", "²", "ͅ", "ﬁ", "Tp", "Hcm", "hội", "Nga", "Timor"]
    seps = [" ", " ", " ", " ", "  ", "\n", ", ", ",", "-", "'", "’", ".", ". ", ": ", ""]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 4)):
            words = list(rnd.choice(keys))
            if rnd.random() < 0.5:
                words = words[: rnd.randint(1, len(words))]
            if rnd.random() < 0.2:
                words.insert(rnd.randint(0, len(words)), rnd.choice(odd))
            for w in words:
                w = rnd.choice([w, w.capitalize(), w.upper(), w.title()]).replace("'", rnd.choice("'’"))
                parts.append(w + (" " if rnd.random() < 0.8 else rnd.choice(seps)))
            parts.append(rnd.choice(seps))
        out.append("".join(parts))
    return out


@pytest.mark.parametrize("text", TEXTS + _trie_texts(300, seed=5))
def test_title_regex_finds_what_the_walk_finds(text: str) -> None:
    """office_titles._match_title (one regex match where the text allows) gives, from every position, what the
    word-by-word walk gives: the same end and the same trie node."""
    for pos in range(len(text) + 1):
        fast, walk = office_titles._match_title(text, pos), office_titles._walk_title(text, pos)
        assert fast == walk and (fast is None or fast[1] is walk[1]), (text, pos)


def test_title_regex_is_taken_on_titles() -> None:
    """The regex answers where each character of the text folds to one (nearly every text)."""
    text = "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Hà Huy Tập gặp THỦ TƯỚNG TIMOR-LESTE và Chủ tịch UBND TP.HCM."
    folded = office_titles.folded_text(text)
    assert folded == text.casefold() == text.lower()
    regex, _ = office_titles._title_regex()
    for pos, end in ((0, text.index(" Hà Huy")), (text.index("THỦ"), text.index(" và Chủ")), (text.index("Chủ"), -1)):
        assert regex.match(folded, pos).end() == end % len(text)
        assert office_titles._match_title(text, pos)[0] == end % len(text)
    for odd in ("İ", "ß", "ﬁ", "ŉ", "\u0345"):
        assert office_titles.folded_text(text + odd) is None  # the walk then
    assert office_titles.folded_text("ı ſ ς K") == "ı s σ k"  # one character each: the regex, as the walk folds them


def test_a_folded_text_keeps_every_character_s_kind() -> None:
    """Every character that :func:`office_titles.folded_text` folds to another folds to a letter (as regular
    expressions read one) exactly when it is one, and never to a space or a mark the title regex reads: the regex
    reads the words' edges in the folded text as the walk reads them in the text."""
    changed = [c for c in map(chr, range(0x110000)) if c.casefold() != c and office_titles.folded_text(c) is not None]
    assert "Ạ" in changed and "Đ" in changed and "ſ" in changed and "İ" not in changed and "\u0345" not in changed
    for c in changed:
        folded = c.casefold()
        assert bool(office_titles.LETTER.match(c)) == bool(office_titles.LETTER.match(folded)), c
        assert folded not in " ,.-'’\n", c


@pytest.mark.parametrize("text", TEXTS + _random_texts(300, seed=7))
def test_titled_names_agree_with_the_plain_walk(text: str) -> None:
    assert mentions.titled_names(text) == _plain_titled_names(text)


# --- titled_before: the forward regex it stands for ---------------------------------------------------


@functools.cache
def _title_pattern(strict: bool) -> re.Pattern[str]:
    """Any title or honorific at the end of a text; unless ``strict``, up to two words may follow it."""
    alts = "|".join(re.escape(t) for t in sorted(preceding_title._titles(), key=len, reverse=True))
    gap = "" if strict else r"(?:\s+[A-Z][\w-]*){0,2}"
    return re.compile(rf"(?:^|(?<=[\s(,;:]))(?:{alts}){gap}\s+$", re.IGNORECASE)


_BEFORE_TEXTS = [
    *TEXTS,
    "Ông Chen Daguang và bà  Lý; (GS Wang Yi) ,Tổng thống Belarus Alexander Lukashenko",
    "x" * 75 + " Ông Lê Văn Hưu, " + "y" * 90 + "(Thủ tướng Lê",
    "Thủ tướng\nLê Văn Hưu; tổng thống\tKenya Ruto: ông  ",
]


@pytest.mark.parametrize("text", _BEFORE_TEXTS + _random_texts(120, seed=11))
def test_titled_before_is_the_title_pattern_searched_before_pos(text: str) -> None:
    for strict in (False, True):
        pattern = _title_pattern(strict)
        for pos in range(len(text) + 1):
            expected = pattern.search(text, max(0, pos - 80), pos) is not None
            assert mentions.titled_before(text, pos, strict) == expected, (pos, strict)


# --- document scans ----------------------------------------------------------------------------------


def test_document_scans_find_the_segments_one_search_each_finds() -> None:
    doc = document_from_text("\n".join(TEXTS))
    new_document()
    ctx = DocContext(doc)
    content = doc.content
    assert _variant_segments(ctx) == [s for s in content if _maybe_variant(s.text)]
    may_have_pinyin = [s for s in content if any(p.search(s.text) for p in mentions.PINYIN_HINTS)]
    assert _pinyin_segments(ctx) == may_have_pinyin
    assert doc_titled(ctx) == [(s.index, t) for s in content for t in mentions.titled_names(s.text)]


def test_document_years_are_the_counted_matches_of_the_year_pattern() -> None:
    """doc_years counts what _YEAR finds, found from the two literal starts '19' and '20'."""
    from collections import Counter

    from audit.rules._prefilter import content_lines
    from audit.rules.names.analyses import _YEAR, doc_years

    rng = random.Random(7)
    texts = ["Năm 1949, 1950 và 2049; 2050, 12019, 20245; 1/2/2024 2024-2025 ngày 19/5/1990\nnăm 2000.\n2001"]
    texts += ["".join(rng.choice("0123456789 /-.\n192") for _ in range(rng.randint(1, 60))) for _ in range(3000)]
    for text in texts:
        new_document()
        ctx = DocContext(document_from_text(text))
        counts = Counter(int(y) for y in _YEAR.findall(content_lines(ctx).text))
        expected = [y for y, _ in sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0]))]
        assert doc_years(ctx) == expected, text


_SHARED_RUN_TEXTS = [
    *TEXTS,
    "Tổng thống Mỹ Bái Đăng và Thủ tướng Ruan Fuzhong; ông Fu Fuanzhong, Tổng Bí thư Ruan Phu Trong.",
    "Ông Thông Luân • Tây Tô Lý gặp bà Pan Sheng'an; Xi'an Road; Ruǎn Chūnfú; Wang\u00a0Yi và eVisa Li Qiang.",
]


@pytest.mark.parametrize("text", _SHARED_RUN_TEXTS)
def test_name_finders_read_the_shared_runs_as_their_own(text: str) -> None:
    """pinyin_names and hanviet_western_names given the document's runs (one scan of the article) find what
    they find from the text alone."""
    from audit.lang.names import multiword_runs_by_text

    runs = multiword_runs_by_text([text, "", text])
    assert runs[0] == runs[2] and runs[1] == []
    for found in (mentions.pinyin_names, mentions.hanviet_western_names):
        new_document()
        assert found(text, runs[0]) == found(text), found.__name__


def _ungated_starts(text: str) -> list[int]:
    """Every capitalised first word of a title in ``text``, without the second-word gate of title_start_pattern."""
    from audit.lang.countries import trie_pattern
    from audit.lang.names import RUN_WORD

    firsts, _ = office_titles._office_title_index()
    words = [w for w in firsts if RUN_WORD.fullmatch(w)]
    return [m.start() for m in re.finditer(rf"(?:{trie_pattern(words)})(?![^\W\d_])", text)]


def _gate_texts() -> list[str]:
    """Each title's first word before each next word a title has, its first letter written in other cases or as a
    look-alike whose case folding differs ('ſ', 'K' Kelvin, 'ﬁ', 'İ'), and before words no title has."""
    root = office_titles._title_trie()
    firsts, _ = office_titles._office_title_index()
    odd = ["ſ", "\u212a", "ﬁ", "İ", "ı", "ß", "Ǆ", "ǅ", "ẞ", "²"]
    out = []
    for w in sorted(firsts):
        node = root.next.get(office_titles._title_key(w))
        for k in sorted(node.next if node else ()):
            for c in {k[0], k[0].upper(), k[0].title(), *odd}:
                out.append(f"{w} {c}{k[1:]} Nguyễn Văn An; {w}-{k} Lê Lợi; {w}  {k} Trần Hưng")
        out.append(f"{w} Ngoại giao Trung Quốc, {w} {w} và {w}")
    return out


def test_title_start_gate_holds_back_only_starts_that_find_no_title() -> None:
    """The second-word gate of title_start_pattern: the titles found from its starts are those found from every
    first word, on titles' own words, on other cases and look-alike letters, and on random texts; and it holds
    some starts back (else it is no gate)."""
    texts = _gate_texts() + _random_texts(300, seed=5) + TEXTS
    held_back = 0
    for text in texts:
        starts = _ungated_starts(text)
        assert mentions.titled_names(text) == mentions.titled_names(text, starts), text
        held_back += len(starts) - len(office_titles.title_start_pattern().findall(text))
    assert held_back > 0
