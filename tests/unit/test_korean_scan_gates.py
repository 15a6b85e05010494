"""N109's analysis (shared with N101) looks for a role's Korean name and for a known Korean's pinyin name only in the
segments where one can be (perf17): what those gates rely on holds on random text, and the analysis gives the same
mentions as with the old whole-article scans on documents of such names (names and roles written for this test)."""

from __future__ import annotations

import random
import re

from audit.api import document_from_text
from audit.lang.korean import _TARGET_LITERALS, TARGET_CONTEXT, names_korea
from audit.lang.korean_hanviet import ROLE_TRIGGER, role_koreans
from audit.lang.mentions import PINYIN_HINTS
from audit.lang.names import capitalised_runs
from audit.lang.textcache import new_document
from audit.rules import korean_names
from audit.rules._prefilter import segments_matching
from audit.rules.base import DocContext
from audit.rules.korean_names import known_people, target_only

_ROLES = ["HLV", "huấn luyện viên", "Tiền đạo", "tiền vệ", "thủ môn", "đạo diễn", "nữ diễn viên", "ca sĩ", "VĐV"]
_WORDS = ["Lý", "Kim", "Phác", "Thôi", "Mân", "Thịnh", "Tương", "Hách", "Tại", "Dân", "Hải", "Quang", "Cao", "Văn"]
_GLUE = ["của", "và", "đội", "Hàn Quốc", "Seoul", "tuyển", ",", ".", "Jin", "Li", "Bo"]


def _random_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    pool = _ROLES + _WORDS * 2 + _GLUE
    return [" ".join(rnd.choice(pool) for _ in range(rnd.randint(3, 14))) for _ in range(n)]


def test_a_role_name_ends_a_run_of_three_words_or_more() -> None:
    """The role gate: a text where role_koreans finds a name has a capitalised run of three words or more."""
    found = 0
    for text in _random_texts(4000, 17):
        if any(True for _ in role_koreans(text)):
            found += 1
            assert any(len(run) >= 3 for run in capitalised_runs(text)), text
    assert found > 20  # the random texts do hold such names


def test_a_known_korean_pinyin_match_is_a_pinyin_hint() -> None:
    """The known-Korean gate: every surname of the pattern is capitalised plain letters, so a match is two plain
    capitalised words (a pinyin hint); checked on the pattern and on random text."""
    _, pattern = known_people._known_korean_pattern()
    surnames = re.fullmatch(r"\((.*)\) .*", pattern.pattern, re.S)
    assert surnames is not None
    assert all(re.fullmatch(r"[A-Z][a-zü']+", s) for s in surnames.group(1).split("|"))
    rnd = random.Random(5)
    given = ["Shangzhi", "Xiangzhi", "Minhao", "Zaiyin", "Ab", "Long1", "Dae-ho"]
    for _ in range(2000):
        text = " ".join(rnd.choice(["Jin", "Piao", "Li", "Bo", "ông", "(", *given]) for _ in range(rnd.randint(2, 8)))
        if pattern.search(text):
            assert any(h.search(text) for h in PINYIN_HINTS), text


def _old_role_segments(ctx: DocContext) -> list[int]:
    return [s.index for s in segments_matching(ctx, ROLE_TRIGGER)]


def test_the_analysis_finds_what_the_whole_article_scans_found() -> None:
    """Documents about Korea with roles, Hán-Việt and pinyin names (other names than the rule's examples): the
    mentions are those found when every segment with a role was searched (the old path, rebuilt here)."""
    texts = [
        "Đội tuyển Hàn Quốc công bố danh sách.\nHLV Thôi Tương Hách cho biết đội đã sẵn sàng.\n"
        "Tiền đạo Lý Mân Tại ghi hai bàn; ca sĩ Kim Hải Dân hát quốc ca.",
        "Phim mới của Hàn Quốc ra mắt ở Seoul.\nĐạo diễn Phác Tán Thịnh nói về vai diễn.\n"
        "Nữ diễn viên Thôi Mân Hách và nam diễn viên Lý Tương Tại dự buổi ra mắt.",
        "Hàn Quốc thắng 2-0.\nHLV Jin Xiangzhi khen các học trò; thủ môn Cao Văn Hải của Việt Nam chơi tốt.",
    ]
    named = 0
    for text in texts:
        new_document()
        ctx = DocContext(document_from_text(text))
        found = korean_names.doc_korean(ctx)
        new_document()
        old_ctx = DocContext(document_from_text(text))
        roles = _old_role_segments(old_ctx)
        new_roles = [
            s.index
            for s in ctx.doc.content
            if ROLE_TRIGGER.search(s.text) and any(len(r) >= 3 for r in capitalised_runs(s.text))
        ]
        assert set(new_roles) <= set(roles)
        # a role segment left out holds no name role_koreans finds
        assert all(not list(role_koreans(ctx.doc.segments[i].text)) for i in set(roles) - set(new_roles))
        # the role segments' names are found
        for i in set(new_roles):
            for name in role_koreans(ctx.doc.segments[i].text):
                assert any(m.start == name.start for m in found.get(i, [])), (text, name)
                named += 1
    assert named >= 4


def test_names_korea_is_the_target_pattern_search() -> None:
    """names_korea's literals are TARGET_CONTEXT's alternatives (K-?pop written out), each holding its part, and
    on random text (pieces of the literals, other words, cases) it says what the pattern's search says."""
    alternatives = set()
    for alt in TARGET_CONTEXT.pattern.split("|"):
        alternatives.update({alt.replace("-?", ""), alt.replace("-?", "-")} if "-?" in alt else {alt})
    literals = {w for part, ws in _TARGET_LITERALS for w in (ws or (part,))}
    assert literals == alternatives
    assert all(part in w for part, ws in _TARGET_LITERALS for w in ws)
    rnd = random.Random(3)
    pieces = [p for w in sorted(literals) for p in w.replace("-", " - ").split()] + ["K", "-", "hàn", "Quốc", "x", "Hà"]
    agree = named = 0
    for _ in range(20000):
        text = rnd.choice(["", " ", "-"]).join(rnd.choice(pieces) for _ in range(rnd.randint(1, 5)))
        expected = TARGET_CONTEXT.search(text) is not None
        assert names_korea(text) == expected, text
        agree += 1
        named += expected
    assert 1000 < named < agree - 1000


def test_romanised_name_pattern_matches_as_its_plain_form() -> None:
    """_romanised's pattern (the word-start test after the surname's first letter) finds the matches, spans and
    groups of the plain form opening on the lookbehind, on random text of surnames, given names and glue."""
    rnd = random.Random(11)
    pieces = ["Kim", "Lee", "Park", "Choi", "Sang-sik", "Ji-sung", "Hang-seo", "xKim", "-", "_", "ông", "HLV", "Kimm"]
    matched = 0
    for surname in ("Kim", "Lee", "Park", "Choi", "O"):
        plain = re.compile(rf"(?<![\w-]){re.escape(surname)} ([A-Z][a-z]{{1,6}}-[a-z]{{1,6}})(?![\w-])")
        fast = target_only._romanised(surname)
        for _ in range(3000):
            text = rnd.choice([" ", "", "-"]).join(rnd.choice([*pieces, surname]) for _ in range(rnd.randint(1, 6)))
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ], text
            matched += plain.search(text) is not None
    assert matched > 200
