"""N108's candidate lines on a document with no source (audit.lang.foreign_pinyin.candidate_lines, not ``sourced``):
a word that is a candidate only as the start of a longer index key ('Luo' of 'Luolinsi') counts where the next word
of its run goes on with the key. The lines this leaves out are lines where N108's check finds nothing: tested on the
project's MT test sets and on random texts of index keys cut at their syllables, Chinese names and Vietnamese words."""

from __future__ import annotations

import random
from pathlib import Path

from audit.api import document_from_text
from audit.lang.foreign_pinyin import _index, _key_start_only, candidate_lines
from audit.lang.textcache import new_document
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext
from audit.rules.registry import all_rules

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
N108 = all_rules()["N108"]()


def _left_out_lines_hold_nothing(text: str) -> tuple[int, int]:
    """(lines checked as before, lines left out); asserts that N108's check finds nothing on a left-out line."""
    new_document()
    ctx = DocContext(document_from_text(text, "t.txt"))
    lines = content_lines(ctx)
    before = candidate_lines(lines.text, lines.starts)
    after = candidate_lines(lines.text, lines.starts, sourced=False)
    assert set(after) <= set(before)
    left = sorted(set(before) - set(after))
    for k in left:
        seg = lines.segments[k]
        assert list(N108.check(seg, ctx)) == [], seg.text
    return len(before), len(left)


def test_key_starts_need_the_rest_of_the_key() -> None:
    luolinsi = "luolinsi" in _index()  # Brooke Rollins 罗林斯 (references/people.tsv)
    assert luolinsi and _key_start_only("Luo") and not _key_start_only("Luolinsi")
    lines = "Bộ trưởng Nông nghiệp Mỹ Luo Linsi phát biểu.\nÔng Luo Wei, phó giám đốc nhà máy, cho biết.\nLuo Lin."
    new_document()
    ctx = DocContext(document_from_text(lines, "t.txt"))
    c = content_lines(ctx)
    assert candidate_lines(c.text, c.starts, sourced=False) == [0, 2]  # 'Luo Lin' goes on with the key
    assert candidate_lines(c.text, c.starts) == [0, 1, 2]
    assert [h.suggestion for h in N108.check(c.segments[0], ctx)] == ["Brooke Rollins"]


def test_left_out_lines_of_the_mt_sets_hold_nothing() -> None:
    checked = left = 0
    for path in sorted(DATA.glob("*/mt/*.txt")):
        a, b = _left_out_lines_hold_nothing(path.read_text(encoding="utf-8"))
        checked, left = checked + a, left + b
    assert checked > 800 and left > 300  # the sets are MT through Chinese: many Chinese surnames open a key


def test_left_out_lines_of_random_texts_hold_nothing() -> None:
    rnd = random.Random(36)
    keys = sorted(_index())
    parts: list[str] = []
    for key in keys[:400]:
        cut = rnd.randint(2, max(2, len(key) - 2))
        parts += [key[:cut].capitalize(), key[cut:].capitalize(), key.capitalize()]
    parts += ["Wang", "Li", "Luo", "He", "Bo", "Zhang", "Wei", "Ông", "Bộ", "trưởng", "Tổng", "thống", "Mỹ", "Nga"]
    seps = [" ", " ", " ", "\u00a0", ", ", "-", ". "]
    texts = []
    for _ in range(300):
        words = [rnd.choice(parts) + rnd.choice(seps) for _ in range(rnd.randint(2, 8))]
        texts.append("Ông " + "".join(words).strip() + " nói.")
    checked, left = _left_out_lines_hold_nothing("\n".join(texts))
    assert checked > 100 and left > 10
