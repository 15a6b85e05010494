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
