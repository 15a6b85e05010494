"""RunPositions keeps an HTML block's character positions as runs (audit.corpus.run_positions): it must give, for
every index and every slice, what the list of one (line, column) a character gave, pickle, and compare as that list."""

from __future__ import annotations

import pickle
import random

from audit.corpus.html import read_html
from audit.corpus.run_positions import RunPositions


def _random_positions(rng: random.Random, n: int) -> list[tuple[int, int]]:
    """Positions as a page's text gives them: columns one on, a line break, an entity (a column twice), a skip."""
    out, line, col = [], rng.randint(1, 400), rng.randint(1, 80)
    for _ in range(n):
        out.append((line, col))
        r = rng.random()
        if r < 0.05:
            line, col = line + 1, 1
        elif r < 0.08:
            pass  # the next character read from the same column (an entity's characters)
        elif r < 0.12:
            col += rng.randint(2, 6)  # collapsed white space, a tag
        else:
            col += 1
    return out


def test_every_index_and_slice_is_the_lists() -> None:
    rng = random.Random(7)
    for n in (0, 1, 2, 5, 40, 300):
        plain = _random_positions(rng, n)
        runs = RunPositions.of(plain)
        assert len(runs) == n and list(runs) == plain and runs == plain
        for i in range(-n, n):
            assert runs[i] == plain[i]
        for _ in range(60):
            a, b = rng.randint(-3, n + 3), rng.randint(-3, n + 3)
            assert list(runs[a:b]) == plain[a:b]
            assert list(runs[a:b][1:]) == plain[a:b][1:]  # a segment's slice sliced again
        assert list(runs[::2]) == plain[::2]
        assert pickle.loads(pickle.dumps(runs)) == runs  # a document sent to a worker, or from it


def test_out_of_range_raises_as_a_list_does() -> None:
    runs = RunPositions.of([(1, 1), (1, 2)])
    for i in (2, -3):
        try:
            runs[i]
        except IndexError:
            continue
        raise AssertionError(i)


def test_a_plain_run_is_one_run_and_an_entity_starts_another() -> None:
    assert len(RunPositions.of([(3, 5 + i) for i in range(1000)])._starts) == 1
    assert list(RunPositions.of([(1, 1), (1, 2), (1, 2), (1, 3), (2, 1)])._starts) == [0, 2, 4]


def test_html_segment_positions_point_at_their_characters(tmp_path) -> None:
    """An entity, a line break inside a paragraph, decomposed marks: each character's column is where it stands in
    the file (the reader's own positions, as runs)."""
    page = (
        "<html><body><article>\n<p>Ông Nguye\u0302\u0303n &amp; bà Lê\n  đến Hà Nội.</p>\n"
        "<p>Câu thứ hai. Câu thứ ba &#x2014; hết.</p></article></body></html>\n"
    )
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    with open(path, "rb") as fh:
        [doc] = read_html(fh, "p.html", str(path), 1_000_000)
    lines = page.split("\n")
    for seg in doc.segments:
        assert isinstance(seg.positions, RunPositions) and len(seg.positions) == len(seg.text)
        for k, ch in enumerate(seg.text):
            line, col = seg.positions[k]
            here = lines[line - 1][col - 1 :]
            if ch == "&":
                assert here.startswith("&amp;")
            elif ch == "\u2014":
                assert here.startswith("&#x2014;")
            elif ch == "ễ":
                assert here.startswith("e\u0302\u0303")
            elif ch != " ":
                assert here.startswith(ch), (seg.text, k)
