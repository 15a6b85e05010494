"""Caches keyed on a segment's text live for one document (audit.lang.textcache)."""

from audit.api import audit_text
from audit.lang.textcache import new_document
from audit.lang.tokens import tokens


def test_new_document_empties_segment_caches() -> None:
    tokens("Hà Nội mùa thu.")
    assert tokens.cache_info().currsize > 0
    new_document()
    assert tokens.cache_info().currsize == 0


def test_each_document_starts_with_empty_caches() -> None:
    sentence = "Một câu của tài liệu trước."
    tokens(sentence)
    hits = tokens.cache_info().hits
    tokens(sentence)
    assert tokens.cache_info().hits == hits + 1  # cached within a document
    audit_text("Bà Trần Thị Hoa về Huế hôm qua.")  # the next document empties the cache first
    hits = tokens.cache_info().hits
    tokens(sentence)
    assert tokens.cache_info().hits == hits  # a miss: computed again


def test_letter_words_equals_the_regex_on_mixed_text() -> None:
    """letter_words splits on whitespace first; it must give exactly the runs of letters."""
    import random

    from audit.lang.langid import _WORD, letter_words

    rng = random.Random(7)
    alphabet = "aăâđé ỹƯ_9²½Ⅳ三 \t\u00a0\u2028'’-.,!()「」x\u0303\"“”…%"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert letter_words(text) == tuple(_WORD.findall(text)), repr(text)


def test_words_equals_the_regex_on_mixed_text() -> None:
    """words() splits on whitespace and strips stuck punctuation first; it must give the lowercase runs of \\w."""
    import random
    import re

    from audit.lang.tokens import words

    rng = random.Random(11)
    alphabet = "aăĐé ỸƯ_9²½Ⅳ三 \t\u00a0\u2028'’-.,!?()「」x\u0303\"“”…%/İ"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert words(text) == tuple(re.findall(r"\w+", text.lower())), repr(text)


def test_cjk_count_equals_the_regex() -> None:
    """cjk_count() rules text out with one range around the Chinese ranges; the count stays the regex's."""
    import random

    from audit.lang.langid import _CJK, cjk_count

    rng = random.Random(5)
    alphabet = "aă 三国\u3400\u33ff\u4dc0\u9fff\ua000\uf900\ufaff\ufb00\U00020001\U0002ffff\U00030000「」€"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert cjk_count(text) == len(_CJK.findall(text)), repr(text)


def test_language_guess_by_its_share_of_vietnamese_words() -> None:
    """guess_lang() may settle on the first half of the words; its answer is the share of all of them."""
    import random

    from audit.lang.langid import _VI_LETTERS, detect, guess_lang

    rng = random.Random(3)
    vietnamese, other = ["nhà", "được", "Hà", "đến", "ở"], ["the", "Ana", "tin", "con", "rule"]
    for _ in range(1000):
        ws = [rng.choice(vietnamese if rng.random() < rng.random() else other) for _ in range(rng.randint(1, 14))]
        share, text = sum(not _VI_LETTERS.isdisjoint(w) for w in ws) / len(ws), " ".join(ws)
        if share >= 0.25 or (share > 0 and len(ws) <= 4):
            assert guess_lang(text) == "vi", ws
        elif len(ws) < 3:
            assert guess_lang(text) == "und", ws
        else:  # too few Vietnamese words to tell: langdetect decides
            assert guess_lang(text) == detect(text)[0], ws
