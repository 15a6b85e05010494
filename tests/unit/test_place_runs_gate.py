"""C106's run filter (``vn_places._place_runs``) asks one of two one-argument caches a match (``_is_place`` for a run of
one word, ``_may_start`` else) instead of the two-argument ``_may_begin``: the same runs, by the same segments, as the
plain filter, on random lines of pinyin places' words, other capitalised ASCII words, Vietnamese words, apostrophes
and hyphens, and on every line of the test corpus."""

from __future__ import annotations

import random
from pathlib import Path

from audit.lang.vn_places import pinyin_places
from audit.model import Document, Segment
from audit.rules._prefilter import ContentLines, content_lines
from audit.rules.base import DocContext
from audit.rules.vn_places import _RUN, _may_begin, _place_runs

ROOT = Path(__file__).resolve().parents[2]


def _lines(texts: list[str]) -> ContentLines:
    segments = [Segment(index=i, text=t, line=i + 1, column=1) for i, t in enumerate(texts)]
    return content_lines(DocContext(Document("<test>", segments)))


def _plain(lines: ContentLines) -> list[tuple[int, int, list[tuple[int, int]]]]:
    by_segment: dict[int, list[tuple[int, int]]] = {}
    for m in _RUN.finditer(lines.text):
        if _may_begin(m["first"], m.end() == m.end("first")):
            by_segment.setdefault(lines.segment_at(m.start()), []).append(m.span())
    return [(lines.segments[k].index, lines.starts[k], spans) for k, spans in by_segment.items()]


def _fast(lines: ContentLines) -> list[tuple[int, int, list[tuple[int, int]]]]:
    return [(seg.index, offset, [m.span() for m in runs]) for seg, offset, runs in _place_runs(lines)]


def test_random_lines_give_the_plain_runs() -> None:
    rng = random.Random(25)
    places = sorted(pinyin_places())[:400]
    words = [p.capitalize() for p in places] + [p[:3].capitalize() for p in places[:50]]
    words += [
        "Trong",
        "Nam",
        "Donald",
        "Trump",
        "Hà",
        "Nội",
        "Việt",
        "xi'an",
        "Xi'an",
        "Lü",
        "A",
        "Zhong-Ri",
        "Yue-Dan",
    ]
    glue = [" ", " ", " ", "-", "'", "’", ", ", " và ", "\n"]
    for _ in range(400):
        text = "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randrange(1, 25)))
        lines = _lines(text.split("\n"))
        assert _fast(lines) == _plain(lines), text


def test_corpus_lines_give_the_plain_runs() -> None:
    texts = [line for path in sorted((ROOT / "corpus").rglob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    texts = [t for t in texts if t.strip()]
    assert texts
    lines = _lines(texts)
    assert _fast(lines) == _plain(lines)
    assert _plain(lines)  # the corpus has runs that may begin a place
