"""Gates and indexes that spare the name rules work without changing what they find: glossed_in_document looks up
where the pinyin and a candidate stand from one memoised list of starts per string; N103 dates a clause from the one
before only in a segment that holds one of the opening words."""

from __future__ import annotations

import random

from audit.model import Document, Segment
from audit.rules.base import DocContext
from audit.rules.names.analyses import _starts


def _ctx(text: str) -> DocContext:
    return DocContext(Document("d.txt", [Segment(0, text, 1, 1)]))


def _find_loop(text: str, needle: str, step_whole: bool) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + len(needle) if step_whole else i + 1)
    return out


def test_starts_are_those_of_a_find_loop() -> None:
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice("aab Li (tức") for _ in range(rng.randrange(0, 60)))
        ctx = _ctx(text)
        for needle in ("a", "aa", "Li", "Li Li", "(tức", "b a"):
            assert _starts(ctx, needle) == _find_loop(text, needle, False)
            assert _starts(ctx, needle, overlapping=False) == _find_loop(text, needle, True)


def test_the_relative_opening_gate_holds_every_opening() -> None:
    """N103's clause dating tries its opening pattern only in a segment holding one of _RELATIVE_WORDS: every
    opening the pattern matches holds one."""
    from audit.rules.names.office_holder import _RELATIVE_OPENING, _RELATIVE_WORDS

    openings = [
        "Hai năm sau",
        "3 tháng sau đó",
        "Ngày hôm sau",
        "Cùng năm đó",
        "Sau đó",
        "Trước đó",
        "Ít lâu sau",
        "Cũng trong chuyến thăm này",
        "Tại cuộc gặp",
        "Nhân dịp này",
        "Sau cuộc hội đàm",
        "Trong hội nghị",
        "MỘT TUẦN SAU",
    ]
    for text in openings:
        assert _RELATIVE_OPENING.match(text), text
        assert any(w in text.lower() for w in _RELATIVE_WORDS), text


def test_lone_surname_heads_match_where_the_whole_does() -> None:
    """T101's lone-surname scan in one literal-led scan an honorific's ending finds the matches of the whole pattern,
    at the same places, in order: on random text of honorifics, capitals and letters, and on made-up sentences with
    names of no test set ('Ngài Vashchenko', 'bà Oyelaranwa', 'Ông Kristiansson')."""
    from audit.lang.respelled_surname import _LONE, lone_matches

    pieces = ("ông ", "Ông ", "ong ", "Ong ", "bà ", "Bà ", "ngài ", "Ngài ", "công ", "xbà ", "à ", "ng ", " ", "\n")
    pieces += ("Vashchenko", "Oyelaranwa", "Kristiansson", "Lee", "Abcdef-", "Mwangi'", "Øster", "x", "é", "Z")
    rng = random.Random(11)
    texts = [
        "Ngài Vashchenko và bà Oyelaranwa dự họp; Ông Kristiansson vắng.\nbà Mwangisa, ông Tkachuk-Lee, ngài Bolkiahx",
    ]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    for text in texts:
        assert lone_matches(text) == [(m.start(), m.group()) for m in _LONE.finditer(text)], text


def test_lone_surname_lookups_are_those_of_the_plain_patterns() -> None:
    """T101's lone-surname checks without patterns that open on a lookbehind or a capital (tried at every position
    of the article): the whole-word pattern opens on the word, and a full name is found from each ' surname'. Both
    agree with the plain patterns on random text of names of no test set ('Sahiba Vashchenko', 'Mwangi-Oyelaranwa')
    and of the characters around them."""
    import re

    from audit.lang.respelled import _foreign
    from audit.lang.respelled_surname import _in_full_name, _word

    def plain_word(word: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")

    def plain_full(surname: str, text: str) -> bool:
        pattern = rf"([A-Z][\w-]*) {re.escape(surname)}(?![\w'’-])"
        return any(_foreign(m.group(1)) for m in re.finditer(pattern, text))

    pieces = ("Vashchenko", "Vashchenkow", "Sahiba", "Mwangi", "A", "bà", "Ông", " ", " ", "-", "'", "’", "_", "9")
    pieces += ("x", "É", "Kristiansson", "(", "\n", "Vashchenko Vashchenko", "Ab", "ab")
    rng = random.Random(5)
    texts = ["Bà Sahiba Vashchenko nói. Sau đó bà Vashchenkow và A Vashchenko, Mwangi-Ab Vashchenko."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 25))) for _ in range(4000)]
    for text in texts:
        for word in ("Vashchenko", "Vashchenkow", "Kristiansson", "Ab"):
            assert _word(word).findall(text) == plain_word(word).findall(text), (word, text)
            assert [m.span() for m in _word(word).finditer(text)] == [m.span() for m in plain_word(word).finditer(text)]
            assert _in_full_name(word, text) == plain_full(word, text), (word, text)


def test_domestic_frames_gates_hold_a_part_of_every_match() -> None:
    """C101's state and national frames are tried only on a sentence holding one of their words: each alternative
    of the patterns, in either case where the pattern allows both, holds one."""
    from audit.rules.countries.domestic_economy import _NATIONAL, _NATIONAL_WORDS
    from audit.rules.countries.domestic_state import _STATE, _STATE_WORDS

    state = ["Quốc hội", "Chính phủ", "Nhà nước"]
    for head in ("ngân sách nhà nước", "vốn đầu tư công", "nợ công", "nền kinh tế", "hệ thống chính trị"):
        state += [head, head.capitalize(), head.replace("nhà", "Nhà"), head.capitalize().replace("nhà", "Nhà")]
    for w in state:
        text = f"Theo {w} của Trung Quốc năm nay"
        assert _STATE.search(text), w
        assert any(x in text for x in _STATE_WORDS), w
    national = ["Quân đội", "Quân đội nhân dân", "dự trữ ngoại hối", "Dự trữ ngoại hối"]
    for head in ("kim ngạch xuất khẩu", "kim ngạch xuất nhập khẩu", "tăng trưởng tín dụng", "tốc độ tăng trưởng GDP"):
        national += [head, head[0].upper() + head[1:]]
    for w in national:
        text = f"Theo {w} Trung Quốc năm nay"
        assert _NATIONAL.search(text), w
        assert any(x in text for x in _NATIONAL_WORDS), w


def test_domestic_list_and_title_gates_open_on_every_match() -> None:
    """C101's list of provinces and state title before 'Trung Quốc' (perf21) are tried only on a sentence where their
    gate opens: on random sentences made from the patterns' slots, each slot now and then another piece (a neighbour,
    a cut word, a comma; provinces, titles and names not in the rule's examples), every sentence with a match opens
    its gate, and many without one are held back."""
    from audit.rules.countries.domestic_state import _LISTED, _PROVINCES, _TITLE, _TITLE_ENDS

    rnd = random.Random(21)
    slots = [
        ["Theo", "Năm nay", "x", ""],
        ["các", "những", "Các", "mọi"],
        ["tỉnh", "tỉnh, thành", "địa phương", "thành phố", "tỉnh thành", "Tổng Bí thư", "Chủ tịch nước", "Thủ tướng",
         "Chủ tịch Quốc hội", "Phó Thủ tướng", "Bộ trưởng"],
        ["", "ven biển", "miền Trung", "phía Bắc", "thu hút vốn"],
        ["của", "trên cả", "toàn", "khắp", "tại", ""],
        ["Trung Quốc", "Trung Quốc,", "Trung", "Việt Nam"],
        ["như", "gồm", "là", "trong đó có", "Lê Minh Khải", "Đỗ Mười", "Hòa", "và"],
        ["Bình Phước", "Sóc Trăng,", "Hà", "có", ""],
    ]  # fmt: skip
    pieces = [p for slot in slots for p in slot]
    provinces = titles = held = 0
    for _ in range(30000):
        words = [rnd.choice(slot) if rnd.random() < 0.85 else rnd.choice(pieces) for slot in slots]
        text = " ".join(w for w in words if w)
        listed, titled = _LISTED.search(text) is not None, any(w in text for w in _TITLE_ENDS)
        if _PROVINCES.search(text):
            provinces += 1
            assert listed, text
        if _TITLE.search(text):
            titles += 1
            assert titled, text
        held += not listed and not titled
    assert provinces > 100 and titles > 30 and held > 5000


def test_role_trigger_finds_a_segment_where_the_roles_pattern_does() -> None:
    """N109's role trigger (a trie opening on a letter) holds a match wherever the roles' pattern (opening on a
    lookbehind) does, and nowhere else: random texts of role words, their case and letters around them."""
    import random
    import re

    from audit.lang.korean_hanviet import _ROLES, ROLE_TRIGGER

    roles = re.compile(_ROLES)
    pieces = ["HLV", "huấn luyện viên", "Huấn luyện viên trưởng", "nữ diễn viên", "Nam diễn viên", "tiền vệ"]
    pieces += ["VĐV", "Đạo diễn", "ca sĩ", "tay vợt", "vận động viên", "xHLV", "thủ mônx", "Lý", "Mân", " ", ",", "a"]
    rnd = random.Random(7)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", "  "]) for _ in range(rnd.randint(1, 6)))
        assert (roles.search(text) is None) == (ROLE_TRIGGER.search(text) is None), text


def test_the_apposition_trie_matches_where_the_lookbehind_pattern_did() -> None:
    """N103's 'đồng chí NAME, TITLE …' pattern opens on a trie of its address words (a guard after the first letter)
    instead of a lookbehind tried at every position: on random text it matches exactly where that form did."""
    import re

    from audit.rules.names.apposition import _APPOSITION

    old = re.compile(
        r"(?<![\w])(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à) (?P<name>[A-ZĐ]\w*(?: [A-ZĐ]\w*){1,3}), (?P<titles>[^.;:()\"“”]{3,200})"
    )
    pieces = ["đồng chí ", "Đồng chí ", "ông ", "Ông ", "bà ", "Bà ", "không ", "Bà Rịa ", "Lê ", "Văn An", ", ", "x"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        assert [m.span() for m in _APPOSITION.finditer(text)] == [m.span() for m in old.finditer(text)], text


def test_an_apposed_part_names_the_longest_title_it_opens_with() -> None:
    """_part_offices looks the part's leading words up in a dict of titles: the whole part, else the longest run of
    first words followed by a lowercase word (as the scan of every title, longest first, did)."""
    from audit.rules.names.apposition import _part_offices, _titles

    titles = sorted(_titles(), key=len, reverse=True)

    def scan(part: str) -> tuple[tuple[str, ...], bool]:
        for title in titles:
            if part == title:
                return _titles()[title], False
            if part.startswith(title + " ") and part[len(title) + 1 : len(title) + 2].islower():
                return _titles()[title], True
        return (), False

    rng = random.Random(6)
    tails = ["", " dự", " và phát biểu", " Lào", "  dự", " Quốc hội", " nguyên"]
    for _ in range(2000):
        part = rng.choice(titles) + rng.choice(tails) + rng.choice(tails)
        assert _part_offices(part) == scan(part), part


def test_lone_names_after_an_honorific_are_those_of_the_lookbehind_pattern() -> None:
    """T101's lone unmarked given name after 'ông'/'bà' (round 19's speed fix: a literal alternation, the word
    boundary checked in Python) finds what the pattern with its lookbehind found, on random texts of honorifics,
    names, marks and word characters around them."""
    import random
    import re

    from audit.rules.names.inconsistent_name import _lone_names

    old = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à) ([A-Z][a-z]{1,7})(?![\w.@-])(?! [A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])")
    rnd = random.Random(19)
    pieces = ["ông", "Ông", "bà", "Bà", "công", "Hieu", "Duc", "Nguyễn", "Đức", "_", "x", "3", ".", "-", "@", "Phuong"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) + rnd.choice([" ", "", " ", "\n"]) for _ in range(rnd.randint(1, 8)))
        assert [m.span(1) for m in _lone_names(text)] == [m.span(1) for m in old.finditer(text)], text


def test_spaced_hyphen_gates_open_wherever_a_split_word_may_be_found() -> None:
    """F109's speed gates (round 19): a chain of split syllables is scanned for only where two spaced hyphens
    stand, a split loan only where a spaced hyphen comes before a lowercase word; on random texts every match the
    rule can report lies behind an open gate."""
    import random

    from audit.rules.punctuation import _LOWER_AFTER_DASH, _SPACED_PAIR, _SPACED_WORD

    rnd = random.Random(109)
    pieces = ["vắc", "xin", "Bun", "ga", "ri", "ắc", "quy", "Hà Nội", "nam", "nữ", "Ô", "xtrây", "30/4", "x-y", "ABC"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) + rnd.choice([" - ", " ", "-", " - "]) for _ in range(rnd.randint(1, 6)))
        if any(True for _ in _SPACED_WORD.finditer(text)):
            assert text.count(" - ") >= 2, text
        if any(m[1].islower() and m[2].islower() for m in _SPACED_PAIR.finditer(text)):
            assert _LOWER_AFTER_DASH.search(text), text
