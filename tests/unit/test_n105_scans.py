"""N105's needle scans: the segments :func:`_segments_holding` gives (the needles that hold a shared word such as
'trưởng' looked for only in the segments holding it) are those of one ``str.find`` scan a needle
(``segments_containing``), in the same order, on random documents of pieces written for this test (needles, their
shared words alone, pieces of them, other titles) and on the test pages' lines."""

from __future__ import annotations

import random
from pathlib import Path

from audit.model import Document, Segment
from audit.rules._prefilter import segments_containing
from audit.rules.base import DocContext
from audit.rules.names import office_title_calque as n105

SCANS = [
    ("hó Bộ trưởng",),
    n105._ORGAN_WORDS,
    ("hị trưởng", "ỉnh trưởng"),
    ("ành trưởng",),
    ("iện trưởng",),
    n105._MINISTRY_WORDS,
    ("hư ký",),
]
PIECES = [n for scan in SCANS for n in scan] + list(n105._SHARED_WORDS)
PIECES += ["Thứ trưởng ", "Cục trưởng", "trưởng thành", "Trưởng ban", "vệ sinh", "Vệ sinh", "Phó ", "P", "h", "ị"]
PIECES += ["Giám đốc Sở Y tế ", "tăng trưởng ", "Chủ tịch UBND ", "Bộ ", " ", ", ", "\t", "x", "Xứ", "Quốc gia"]


def _doc(lines: list[str], boilerplate: set[int] = frozenset()) -> DocContext:
    segments = [Segment(k, line, k + 1, 1, boilerplate=k in boilerplate) for k, line in enumerate(lines)]
    return DocContext(Document("d.txt", segments))


def _same(ctx: DocContext) -> int:
    found = 0
    for needles in SCANS:
        plain = segments_containing(ctx, needles)
        assert n105._segments_holding(ctx, needles) == plain, needles
        found += len(plain)
    return found


def test_shared_word_scans_give_the_segments_of_one_scan_a_needle() -> None:
    rnd = random.Random(105)
    found = 0
    for _ in range(3000):
        lines = ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 8))) for _ in range(rnd.randint(1, 6))]
        boilerplate = {k for k in range(len(lines)) if rnd.random() < 0.2}
        found += _same(_doc(lines, boilerplate))
    assert found > 3000


def test_shared_word_scans_on_the_test_pages() -> None:
    """Every line of the test pages (tests/data), a document a file."""
    pages = sorted(Path(__file__).resolve().parents[1].joinpath("data").rglob("*.txt"))
    assert pages
    for page in pages:
        lines = [line for line in page.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
        if lines:
            _same(_doc(lines))
