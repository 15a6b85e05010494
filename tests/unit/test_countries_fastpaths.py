"""The fast paths of the countries family find what their plain definitions (built here) find."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest

from audit.api import document_from_text
from audit.lang.countries import (
    _BILATERAL,
    _PAIR_JOIN,
    _VISIT,
    TITLE_WEIGHT,
    _visited,
    bilateral_count,
    document_topic,
    gazetteer,
)
from audit.model import Document
from audit.rules.base import DocContext, SegmentRule
from audit.rules.batch_rows import LONG_DOCUMENT, near_segments
from audit.rules.countries.ambassador_pair import _POSTED_AT
from audit.rules.countries.context import topic_near
from audit.rules.countries.country_abbreviation_calque import (
    _PARTY_NOUN,
    CalquedCountryAbbreviation,
    _bare_parties,
    _bare_readings,
    _bare_words,
    _needles,
    _party_regexes,
)
from audit.rules.countries.country_pair_calque import CalquedCountryPair, _abbr_parts, _upper_pair
from audit.rules.countries.place_name_calque import PlaceNameCalque
from audit.rules.countries.untranslated_country_word import UntranslatedCountryWord
from audit.rules.vn_places import _CAPS_DATELINE, VietnamesePlaceInPinyin, _four_capitals

_SEPARATORS = (" ", " ", " ", "  ", "", "\t", "\n", ", ", ". ", "-", " – ", "—", "x", "_")
_FILLER = ("và", "với", "cam kết", "quan hệ", "Việt Nam", "Nam", "Hà Nội", "ông", "Hai", "an", "side", "ưu tiên")


def _texts(words: tuple[str, ...], n: int = 1500, seed: int = 11) -> list[str]:
    """Random texts of ``words`` and filler, glued by spaces, punctuation, word characters and newlines."""
    rng = random.Random(seed)
    pool = (*words, *_FILLER)
    out = []
    for _ in range(n):
        parts = [rng.choice(pool) for _ in range(rng.randint(1, 7))]
        out.append("".join(p + rng.choice(_SEPARATORS) for p in parts).rstrip(rng.choice(("", " "))))
    return out


def test_bilateral_count_is_the_plain_regex() -> None:
    plain = re.compile(r"(?<!\w)(?:[Hh]ai (?:nước|bên|dân tộc|[Đđ]ảng)|[Ss]ong phương)(?!\w)")
    phrases = ("hai nước", "Hai bên", "hai dân tộc", "Hai Đảng", "hai đảng", "song phương", "Song phương")
    crafted = ["Hai nước", "xhai nước", "_song phương", "hai nướcx", "ai nước", "Hai bên.\nsong phương", "hai  bên"]
    texts = crafted + _texts((*phrases, "hai", "ai", "ong phương", "song", "Song", "nước", "đảng"))
    assert sum(bilateral_count(t) for t in texts) > 100
    for text in texts:
        assert bilateral_count(text) == len(plain.findall(text)), text
    assert {first for first, _ in _BILATERAL} == {"Hh", "Ss"}


def test_visited_is_the_search_of_the_forty_characters_before() -> None:
    words = ("thăm", "sang", "tới", "đến", "tại", "hội đàm với", "điện đàm với", "chính thức", "cấp Nhà nước", "nước")
    texts = _texts(words, n=400)
    hits = 0
    for text in texts:
        for start in range(len(text) + 1):
            expected = _VISIT.search(text[max(0, start - 40) : start]) is not None
            assert _visited(text, start) == expected, (text, start)
            hits += expected
    assert hits > 100


def _plain_bare() -> re.Pattern[str]:
    readings = sorted(_bare_readings(), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, readings))
    return re.compile(rf"(?<!\w)(?:{_PARTY_NOUN})\s+(?P<w>{alternatives})(?![\w-])")


def test_bare_parties_are_the_plain_regex_but_those_before_a_capital() -> None:
    plain = _plain_bare()
    readings = tuple(_bare_readings())
    nouns = tuple(_PARTY_NOUN.split("|"))
    crafted = [f"{noun} {w} cam kết" for noun in nouns for w in readings]
    crafted += ["chính phủ Việt Nam", "xphía Việt", "phía  Việt.", "phía\nViệt", "Phía Việt-Lào", "bênViệt"]
    texts = crafted + _texts((*readings, *nouns))
    found = 0
    for text in texts:
        expected = [
            (m.start(), m.start("w"), m.end(), m["w"])
            for m in plain.finditer(text)
            if not re.match(r" [A-ZĐ]", text[m.end() :])  # the rule skips a reading before a name anyway
        ]
        assert list(_bare_parties(text, _bare_words().finditer(text))) == expected, text
        found += len(expected)
    assert found > 100


def _party_pattern_misses(texts: list[str]) -> list[tuple[str, str]]:
    """(pattern, text) where a pattern of _party_regexes matches but the text holds none of its needles."""
    gz = gazetteer()
    literal_vi = tuple(w for c in gz.countries.values() for w in c.literal_vi)
    literal_en = tuple(w for c in gz.countries.values() for w in c.literal_en)
    needles = _needles(literal_vi, literal_en)
    regexes = _party_regexes()
    assert needles.keys() == regexes.keys()
    return [
        (name, text)
        for text in texts
        for name, (rx, _) in regexes.items()
        if rx.search(text) and not any(n in text for n in needles[name])
    ]


_PARTY_WORDS = ("White", "trắng", "Trắng", *_PARTY_NOUN.split("|"), "Chủ tịch nước", "Nguyễn", "side", "Hàn", "Việt")


def test_a_party_pattern_matches_only_where_its_needles_are() -> None:
    texts = [t for t in _texts(_PARTY_WORDS, n=6000) if not re.search(r"[^\S ]", t)]  # spaces only
    assert sum(1 for t in texts for rx, _ in _party_regexes().values() if rx.search(t)) > 200
    assert _party_pattern_misses(texts) == []


def test_a_party_pattern_after_a_tab_or_newline_has_its_needles() -> None:
    assert _party_pattern_misses(["Cambodia\tside cam kết", "phía\nẤn khẳng định", "Phía\u00a0Ấn cam kết"]) == []


def test_upper_pair_finds_the_pairs_where_its_gate_finds_no_lowercase_part() -> None:
    parts, pair = _abbr_parts()
    upper, lower_before_dash = _upper_pair()
    words = (*sorted(parts)[::7], "trắng", "white", "Việt", "Trung", "Lào", "Yue", "Pak")
    texts = _texts(words, n=6000)  # the gate's share moves with the table's rows: enough texts for both counts
    gated = pairs = 0
    for text in texts:
        full = [(m.span(), m["a"], m["b"]) for m in pair.finditer(text)]
        assert lower_before_dash.search_any(text) == (lower_before_dash.whole.search(text) is not None), text
        if lower_before_dash.search_any(text):
            gated += 1
            continue
        assert [(m.span(), m["a"], m["b"]) for m in upper.finditer(text)] == full, text
        pairs += len(full)
    assert gated > 50 and pairs > 200


def test_regex_upper_finds_what_the_regex_finds_without_a_lowercase_surface() -> None:
    gz = gazetteer()
    words = ("Biển Đông", "quần đảo Tây Sa", "xisha", "Tây Sa", "Pháp", "Peru", "Trung Quốc", "vịnh Beibu")
    texts = _texts((*words, *sorted(gz.forms)[::25]), n=2000)
    for text in texts:
        if not gz.may_hold_lowercase(text):
            assert [m.span() for m in gz.regex_upper.finditer(text)] == [m.span() for m in gz.regex.finditer(text)]
            assert not any(m.group()[:1].islower() for m in gz.regex.finditer(text)), text


_DOCS = [
    "Belarus và Việt Nam tăng cường hợp tác\nWhite cam kết hỗ trợ; Hiệp định Whitehall có hiệu lực.\n"
    "Hai bên thực hiện thỏa thuận giữa chính phủ trắng và Hà Nội; quan hệ trắng-Việt rất tốt.\n"
    "Tổng thống Belarussian tiếp đoàn.\nChủ tịch Việt Võ Văn Thưởng sang thăm Minsk – Belarus.",
    "Việt Nam và Lào ký thỏa thuận\nGià cam kết bán thêm điện; phía Việt sẽ xây đường dây.\n"
    "Tàu cá hoạt động gần quần đảo Tây Sa và Biển Nam Trung Hoa.\nĐoàn đến tỉnh Guangning, Laojie và Henei.\n"
    "Quan hệ đặc biệt Trung-Lào; Lào và France ký hiệp định; phía\nViệt cam kết.",
    "Việt Nam và Ukraine ký ba văn kiện\nQuan hệ hữu nghị Việt –\nLào; tuyến Trung-Cát-Ô và Zhong-Ji-Wu.\n"
    "Pak-Yue hợp tác; trắng\n- Việt; quan hệ trắng - Việt; hạn 2024-2025; Wu—\nYue.",
]


@pytest.mark.parametrize(
    "rule",
    [CalquedCountryPair, CalquedCountryAbbreviation, PlaceNameCalque, UntranslatedCountryWord, VietnamesePlaceInPinyin],
)
def test_run_is_check_of_every_article_segment(rule: type[SegmentRule]) -> None:
    """A rule's whole-article ``run`` finds what its ``check`` finds segment by segment."""
    texts = [*_DOCS, *(t.replace("[[", "").replace("]]", "") for t in (*rule.fires, *rule.quiet))]
    found = 0
    for text in texts:
        doc = document_from_text(text)
        ctx = DocContext(doc)
        by_check = [h for seg in doc.content for h in rule().check(seg, ctx)]
        assert list(rule().run(DocContext(doc))) == by_check, text
        found += len(by_check)
    assert found >= len(rule.fires)


def test_pair_candidates_hold_every_segment_where_check_finds_something() -> None:
    """C102 checks only the lines of _candidates (a literal English word, a word between two dashes, a dash
    before a pair's second part): on random lines of pair parts, dashes and literal words, ``check`` finds
    nothing in the others."""
    from audit.rules.countries.country_pair_calque import _candidates

    parts, _ = _abbr_parts()
    words = (*sorted(parts)[::5], "White", "whitehall", "trắng", "Việt", "Trung", "Lào", "Yue", "Pak", "Belarus")
    lines = [t.replace("\n", " ") for t in _texts(words, n=1200, seed=5)]
    heads = ["Belarus và Việt Nam tăng cường hợp tác", "Việt Nam và Trung Quốc ký kết", "Lào và Việt Nam hợp tác"]
    found = 0
    for i in range(0, len(lines), 40):
        doc = document_from_text("\n".join([heads[i % 3], *lines[i : i + 40]]))
        ctx = DocContext(doc)
        wanted = {s.index for s in _candidates(ctx)}
        for seg in doc.content:
            hits = list(CalquedCountryPair().check(seg, ctx))
            assert not hits or seg.index in wanted, seg.text
            found += len(hits)
    assert found > 20


def test_a_batch_rows_topic_is_that_of_its_window_read_alone() -> None:
    """In a batch of sentences (over 300 segments) a row's topic countries are found from the document topic's
    mentions of each segment and the bilateral phrases counted a segment at a time: the same Topic as reading the
    window of segments near it as a document (random rows of other countries and phrases than the rules' examples,
    boilerplate rows among them, a bilateral phrase at a row's start and end)."""
    rng = random.Random(303)
    parts = ["Ba Lan", "Séc", "Hà Lan", "Chi-lê", "Bỉ", "và", "với", "-", "hai nước", "Hai bên", "song phương", "thăm"]
    parts += ["thăm chính thức", "ông Minh Đức", "Anh Tuấn", "Việt Nam", "tại", "kinh tế", ",", "."]
    rows = [" ".join(rng.choice(parts) for _ in range(rng.randint(1, 9))) for _ in range(420)]
    doc = document_from_text("\n\n".join(rows), "<batch>")
    doc = replace(doc, segments=[replace(s, boilerplate=s.index % 37 == 5) for s in doc.segments])
    assert len(doc.segments) > LONG_DOCUMENT
    ctx = DocContext(doc)
    for seg in doc.segments[::7]:
        near = near_segments(ctx, seg)
        assert near is not None
        assert topic_near(ctx, seg) == document_topic(replace(doc, segments=near, title="")), seg.index


def _plain_scores(doc: Document) -> tuple[Counter[str], Counter[str], Counter[tuple[str, str]]]:
    """The topic's counts, scores and pairs added up one mention at a time (the loop before it gathered them)."""
    topic = document_topic(doc)
    title_idx = None
    if doc.title:
        title = doc.title.strip()
        title_idx = next(
            (s.index for s in doc.content if title in s.text and s.text.strip() == title),
            doc.content[0].index if doc.content else None,
        )
    counts: Counter[str] = Counter()
    scores: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for seg in doc.content:
        weight = TITLE_WEIGHT if seg.index == title_idx else 1
        countries = [m for m in topic.mentions[seg.index] if m.iso and not m.weak]
        for m in countries:
            counts[m.iso] += 1
            scores[m.iso] += weight
            if _visited(seg.text, m.start):
                scores[m.iso] += 1
        for a, b in pairwise(countries):
            if a.iso != b.iso and b.start - a.end <= 5 and _PAIR_JOIN.match(seg.text, a.end, b.start):
                pairs[(min(a.iso, b.iso), max(a.iso, b.iso))] += weight
                scores[a.iso] += 1
                scores[b.iso] += 1
    return counts, scores, pairs


def test_topic_scores_are_those_added_up_one_mention_at_a_time() -> None:
    """The topic adds up its counts, scores and pairs at C level after its loop: the same values, the countries in
    the same order (that of their first mention), on random documents with a title (countries, pairs, visits and
    weak names other than the rules' examples) and on every test page."""
    rng = random.Random(2201)
    parts = ["Ba Lan", "Séc", "Hà Lan", "Chi-lê", "Bỉ", "Lào", "Anh", "Đức", "và", "với", "-", "thăm", "tới", "tại"]
    parts += ["hội đàm với", "thăm chính thức", "ông Minh Đức", "Việt Nam", "kinh tế", ",", ".", "Nga", "Mỹ", "Pháp"]
    docs = []
    for k in range(300):
        rows = [" ".join(rng.choice(parts) for _ in range(rng.randint(1, 9))) for _ in range(rng.randint(1, 8))]
        docs.append(replace(document_from_text("\n\n".join(rows), f"<{k}>"), title=rows[rng.randrange(len(rows))]))
    pages = sorted(Path(__file__).resolve().parents[1].joinpath("data").rglob("*.txt"))
    docs += [document_from_text(p.read_text(encoding="utf-8", errors="replace"), p.name) for p in pages]
    scored = 0
    for doc in docs:
        topic = document_topic(doc)
        counts, scores, pairs = _plain_scores(doc)
        assert list(topic.counts.items()) == list(counts.items()), doc.path
        assert list(topic.scores.items()) == list(scores.items()), doc.path
        assert list(topic.pairs.items()) == list(pairs.items()), doc.path
        scored += bool(pairs)
    assert scored > 30


def test_the_envoy_gate_passes_over_no_segment_the_frame_acts_on() -> None:
    """C101's envoy frame passes over a segment with fewer than two mentions or without 'tại': its body acts only
    where ' tại ' joins two consecutive countries (_POSTED_AT); random documents of other countries and envoys than
    the rules' examples, and every test page."""
    rng = random.Random(2202)
    parts = ["Đại sứ", "Ba Lan", "Séc", "tại", "Việt Nam", "Trung Quốc", "Hàn Quốc", "Lào", "Anh", "và", "ông", "Đức"]
    parts += ["\ttại\t", "tạ", "i", ",", ".", "hợp tác giữa", "Campuchia", "từng là", "Tại"]
    texts = [" ".join(rng.choice(parts) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    pages = sorted(Path(__file__).resolve().parents[1].joinpath("data").rglob("*.txt"))
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in pages]
    acted = 0
    for k, text in enumerate(texts):
        doc = document_from_text(text, f"<{k}>")
        topic = document_topic(doc)
        for seg in doc.content:
            mentions = topic.mentions[seg.index]
            countries = [m for m in mentions if m.iso and not m.weak]
            joined = [a for a, b in pairwise(countries) if _POSTED_AT.fullmatch(seg.text, a.end, b.start)]
            skipped = len(mentions) < 2 or "tại" not in seg.text
            assert not (skipped and joined), seg.text
            acted += bool(joined)
    assert acted > 50


def test_caps_dateline_gate_holds_every_segment_the_pattern_matches() -> None:
    """C106's capitals dateline ('MOSIKE, 20/11/2025 – …', '(TTXVN) TASHIGAN – …') is looked for only in a segment
    opening on '(' or on four letters A-Z: every segment opening on '(' or a capital (the test before) where the
    pattern matches passes that test (random openings of capitals, accented capitals, digits, spaces and tags other
    than the rule's examples, and every test page's line)."""
    rng = random.Random(2203)
    heads = ["(", "(VNA) ", "(TTXVN) – ", "ABCD", "KHAR", "KIEV", "KÝ", "Á", "AB", "A1", "  ", "\t", "ĐÔNG", "HA"]
    heads += ["TOKYO", "BERLIN", "SEOUL", "X", "-", " ", "'", "ZY"]
    tails = [", 20/11/2025 – Tin.", " – Tin.", " (AFP) – Tin.", " KIM, 3/2 – x", "-LIT – y", ", ngày 9/12 – z", " x"]
    texts = ["".join(rng.choice(heads) for _ in range(rng.randint(1, 3))) + rng.choice(tails) for _ in range(20000)]
    pages = sorted(Path(__file__).resolve().parents[1].joinpath("data").rglob("*.txt"))
    texts += [line for p in pages for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    matched = 0
    for text in texts:
        if (text[:1] == "(" or text[:1].isupper()) and _CAPS_DATELINE.match(text) is not None:  # the plain test
            matched += 1
            assert text[:1] == "(" or _four_capitals(text[:4]), text
    assert matched > 1000
