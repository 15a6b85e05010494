"""N108's quick test for Japanese names in pinyin (may_hold_japanese_pinyin) searches one trie of the family names'
pinyin instead of a substring test a name: on random text of the names, their pieces, near words and other words,
in several cases and glues, it says what the plain form says, both ways."""

from __future__ import annotations

import random

from audit.lang.japanese_pinyin import _family_gate, _pattern, _word_start, may_hold_japanese_pinyin, surname_pinyin


def _plain(text: str) -> bool:
    """The quick test as it was: a substring test of each family name, then the pattern at a word start."""
    if not any(name in text for name in surname_pinyin()):
        return False
    return any(_word_start(text, m.start()) for m in _pattern().finditer(text))


def test_the_trie_gate_is_the_substring_tests() -> None:
    names = sorted(surname_pinyin())
    pieces = [*names, *(n[:3] for n in names), *(n[2:] for n in names), *(n.lower() for n in names)]
    pieces += ["Jianyi", "Kenichi", "Nhật Bản", "Tokyo", "Shan", "Tian", "Zhong", "x", "-", "'", "Ông", "Li", "Xiao"]
    rnd = random.Random(25)
    held = passed = 0
    for _ in range(20000):
        text = rnd.choice([" ", "", "-", ", ", "\n"]).join(rnd.choice(pieces) for _ in range(rnd.randint(1, 5)))
        plain_gate = any(name in text for name in surname_pinyin())
        assert (_family_gate().search(text) is not None) == plain_gate, text
        assert may_hold_japanese_pinyin(text) == _plain(text), text
        held += plain_gate
        passed += _plain(text)
    assert 2000 < held < 18000 and 500 < passed < held


def test_the_quick_test_on_sentences() -> None:
    assert may_hold_japanese_pinyin("Thủ tướng Nhật Bản Shantian Jianyi phát biểu.")
    assert may_hold_japanese_pinyin("Ông Tianzhong Jiaorong tới Tokyo.")
    assert not may_hold_japanese_pinyin("Ông XShantian Jianyi phát biểu.")  # inside a word
    assert not may_hold_japanese_pinyin("Thủ tướng Nhật Bản Ishiba Shigeru phát biểu.")
    assert not may_hold_japanese_pinyin("Đoàn tới Shantian, rồi về.")  # no capitalised word after the name


def test_the_word_set_gate_agrees() -> None:
    """Given the text's lowercase words (N108 passes the article's word set), the quick test answers as it does
    from the text alone, on random glues of names, pieces and punctuation."""
    from audit.lang.tokens import words

    names = sorted(surname_pinyin())
    pieces = [*names, *(n[:4] for n in names), *(n.upper() for n in names[:20]), "Jianyi", "Ông", "Tokyo", "x"]
    glues = [" ", "", "-", "'", "_", "(", "“", ", ", "\n", "\u00a0", "2"]
    rnd = random.Random(36)
    passed = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) + rnd.choice(glues) for _ in range(rnd.randint(1, 5)))
        alone = may_hold_japanese_pinyin(text)
        assert may_hold_japanese_pinyin(text, set(words(text))) == alone, text
        passed += alone
    assert passed > 500
    assert not may_hold_japanese_pinyin("Ông Shantian Jianyi.", {"ông", "jianyi"})  # the words say no name
