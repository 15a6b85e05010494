"""Quick paths of the shared text analyses give exactly what the plain regex or formula gives."""

import random
import re

from audit.lang.langid import _CJK, _VI_LETTERS, _may_be_chinese, cjk_count, detect, guess_lang, source_script
from audit.lang.tokens import words


def test_words_equals_the_regex_on_mixed_text() -> None:
    """words() splits on whitespace and strips stuck punctuation first; it must give the lowercase runs of \\w."""
    rng = random.Random(11)
    alphabet = "aăĐé ỸƯ_9²½Ⅳ三 \t\u00a0\u2028'’-.,!?()「」x\u0303\"“”…%/İ"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert words(text) == tuple(re.findall(r"\w+", text.lower())), repr(text)


def test_cjk_count_equals_the_regex() -> None:
    """cjk_count() rules text out with one range around the Chinese ranges; the count stays the regex's."""
    rng = random.Random(5)
    alphabet = "aă 三国\u3400\u33ff\u4dc0\u9fff\ua000\uf900\ufaff\ufb00\U00020001\U0002ffff\U00030000「」€"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert cjk_count(text) == len(_CJK.findall(text)), repr(text)


def test_language_guess_by_its_share_of_vietnamese_words() -> None:
    """guess_lang() may settle on the first half of the words; its answer is the share of all of them."""
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


def test_source_script_counts_latin_letters_as_the_regex() -> None:
    rng = random.Random(9)
    alphabet = "aZéǿɐ三 1.,'ăĐ\u0300—"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
        han = cjk_count(text)
        latin = len(re.findall("[A-Za-zÀ-ɏ]", text))
        expected = "han" if han > 0.3 * len(text) else "latin" if not han and latin > 0.5 * len(text) else None
        assert source_script(text) == expected, repr(text)


def test_language_guess_equals_the_plain_formula_with_chinese_characters() -> None:
    """guess_lang()'s quick Chinese test and its counts over slices of the words give what the plain formula gives
    (the regexes over the whole text), on random text of Chinese characters, Vietnamese and other words."""
    rng = random.Random(17)
    pieces = ["北京", "三", "\u4dc0", "国家", "nhà", "được", "Hà", "the", "tin", "2025", ",", " ", " ", "  "]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        ws = re.findall(r"[^\W\d_]+", text)
        cjk = len(_CJK.findall(text))
        share = sum(not _VI_LETTERS.isdisjoint(w) for w in ws) / len(ws) if ws else 0.0
        if not ws:
            expected = "und"
        elif cjk and cjk >= 0.3 * len(text):
            expected = "zh"
        elif share >= 0.25 or (share > 0 and len(ws) <= 4):
            expected = "vi"
        elif len(ws) < 3:
            expected = "und"
        else:
            expected = detect(text)[0]
        assert guess_lang(text) == expected, repr(text)


def test_the_chinese_gate_lets_through_every_text_three_tenths_chinese() -> None:
    """guess_lang() asks for the Chinese characters only where the UTF-8 length allows 3 in 10 (_may_be_chinese):
    every text where they make up that share passes, on random text near the threshold of Chinese characters (3 and
    4 bytes), Vietnamese letters (2 and 3 bytes), ASCII, a lone surrogate and characters just outside the ranges."""
    rng = random.Random(25)
    alphabet = "a ,1éạđỹ三北\u3400\u9fff\uf900\ufaff\U00020000\U0002ffff\u33ff\u4dc0\ua000\U00030000\ud800—“"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        cjk = len(_CJK.findall(text))
        if cjk >= 0.3 * len(text):
            assert _may_be_chinese(text), repr(text)
    for text in ("三" * 3 + "a" * 7, "\U00020000" * 3 + "a" * 7):  # exactly 3 in 10
        assert _may_be_chinese(text)
    assert not _may_be_chinese("三国" + "a" * 5)  # 2 in 7
    assert not _may_be_chinese("Hà Nội đón đoàn công tác của Bộ Ngoại giao.")
