"""names_in_runs looks each run's names up at C level and leaves the runs without one out: on random runs of
surnames, given-name syllables, titles, places and foreign words it gives the counts, in the same order, of the plain
loop; and name_opening_run gives names_in_run's first name when it opens the run."""

from __future__ import annotations

import random
from collections import Counter

from audit.lang.names.vietnamese_names import _names_in_words, name_opening_run, names_in_run, names_in_runs


def _plain(runs: list[tuple[str, ...]]) -> Counter[str]:
    found: Counter[str] = Counter()
    for words in runs:
        for i, n in _names_in_words(words):
            found[" ".join(words[i : i + n])] += 1
    return found


_WORDS = (
    "Nguyễn Trần Lê Phạm Hoàng Văn Thị Minh Hải Hùng Lan Anh Tuấn Đức Quốc Hội Việt Nam Hà Nội Lâm Đồng Ông Bà "
    "Thủ Tướng Bộ Trưởng UBND TP Xi Jinping Wang Yi Li Qiang Zhang Wei Emmanuel Macron Ruan Fuzhong Tran Hai Nguyen"
).split()


def test_names_in_runs_is_the_plain_loop() -> None:
    rnd = random.Random(31)
    named = 0
    for _ in range(3000):
        runs = [tuple(rnd.choice(_WORDS) for _ in range(rnd.randint(2, 6))) for _ in range(rnd.randint(0, 12))]
        got, want = names_in_runs(iter(runs)), _plain(runs)
        assert list(got.items()) == list(want.items()), runs
        assert got.most_common() == want.most_common()
        named += bool(want)
    assert 500 < named < 2900  # both ways: documents with names and without


def test_name_opening_run_is_names_in_runs_first_at_the_start() -> None:
    """titled_names takes the name right after a title: names_in_run's first name when it starts the run."""
    rnd = random.Random(5)
    opened = 0
    for _ in range(3000):
        words = [rnd.choice(_WORDS) for _ in range(rnd.randint(1, 6))]
        base = rnd.randint(0, 40)
        run, pos = [], base
        for w in words:
            run.append((pos, pos + len(w), w))
            pos += len(w) + 1
        names = names_in_run(tuple(run))
        want = names[0] if names and names[0][0] == base else None
        assert name_opening_run(tuple(run)) == want, words
        opened += want is not None
    assert 300 < opened < 2700
