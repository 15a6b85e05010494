"""T101's unmarked three-word names ('Ngoc Lan Vy' beside 'Ngọc Lan Vy', adversary71) look for the document's marked
runs of three capitalised words only where one can start, not at every character (40 us/segment of the MT-dense bench
went to that scan): since round 22 at the words of the document's runs of capitalised words (`doc_runs`, read by the
name analyses anyway) with two more words after them, not at every capitalised word of the article. Random text and
edge cases (no-break spaces, digits, hyphens, capitals with marks, a run opening inside a word): the runs' words give
the matches every position gives; the rule fires and stays quiet as before."""

from __future__ import annotations

import random

from audit.api import audit_text
from audit.lang.hanviet import fold
from audit.lang.mentions.pinyin import _TWO_LATIN
from audit.lang.names import multiword_runs_by_text
from audit.rules.names.inconsistent_name import _CAPITALISED_THREE, _UNMARKED_THREE, _marked_three_word_names


def _runs_everywhere(text: str) -> list[str]:
    return [m.group() for k in range(len(text)) if (m := _CAPITALISED_THREE.match(text, k)) is not None]


def _marked_everywhere(text: str, firsts: set[str]) -> dict[str, str]:
    marked: dict[str, str] = {}
    for run in _runs_everywhere(text):
        if not run.isascii() and fold(run.split(" ", 1)[0]) in firsts:
            marked.setdefault(fold(run), run)
    return marked


def test_the_runs_words_give_the_marked_names_every_position_gives() -> None:
    rng = random.Random(7)
    letters = [*"abcđơưĐẠABCÁxyZ-_.,1\n\u00a0 ", "Ngọc ", "Lan ", "Vy ", "Đà ", "Nẵng ", "Ngoc ", "Bảo "]
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 60))) for _ in range(5000)]
    texts += ["Ca Sĩ Ngọc Lan Vy hát", "Đ", "-Ngọc Lan Vy", "xNgọc Lan Vy", "Đà Nẵng Hà Nội", "A-Bé Cà Dê Ê"]
    texts += ["Ngọc Lan Vy2", "Ngọc Lan\u00a0Vy", "Ngọc Lan Vy_", "Ông Ngọc Lan Vy-Hà", "Ấn Ngọc Lan Vy", "_Bảo Lan Vy"]
    for text in texts:
        folds = {fold(w) for w in text.replace("\u00a0", " ").split()}
        some = set(rng.sample(sorted(folds), len(folds) // 2))
        for firsts in (folds, some):
            found = _marked_three_word_names([text], multiword_runs_by_text([text]), firsts)
            assert found == _marked_everywhere(text, firsts), text
            assert list(found.items()) == list(_marked_everywhere(text, firsts).items()), text  # the first of each


def test_the_unmarked_pattern_opening_on_its_capital_finds_what_its_lookbehind_first_found() -> None:
    import re

    before = re.compile(r"(?<![\w-])[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+(?![\w-])")
    rng = random.Random(11)
    letters = [*"abcxyzABCXYZđĐ-.,\n ", "Ngoc ", "Lan ", "Vy ", "Van "]
    for _ in range(5000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 50)))
        assert [m.span() for m in _UNMARKED_THREE.finditer(text)] == [m.span() for m in before.finditer(text)], text


def test_an_unmarked_three_word_name_holds_a_pinyin_hint() -> None:
    """The segments searched for _UNMARKED_THREE are the pinyin segments (_TWO_LATIN matches there): every text it
    matches in, _TWO_LATIN matches in too."""
    rng = random.Random(13)
    letters = [*"abcxyzABCXYZđĐü'-.,\n \u00a0", "Ngoc ", "Lan ", "Vy ", "Van ", "Hải "]
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 40)))
        if _UNMARKED_THREE.search(text):
            assert _TWO_LATIN.search(text), text


def test_an_unmarked_stage_name_still_fires_and_a_marked_one_does_not() -> None:
    text = (
        "Ca sĩ Ngọc Lan Vy ra mắt album mới tại Hà Nội.\n"
        "Khán giả đón nhận Ngoc Lan Vy nồng nhiệt trong đêm nhạc.\n"
        "Bảo Thanh Hương cũng góp mặt trong đêm diễn.\n"
    )
    assert [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=["T101"])] == [
        ("T101", "Ngoc Lan Vy", "Ngọc Lan Vy")
    ]
