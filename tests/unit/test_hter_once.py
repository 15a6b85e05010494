"""`audit apply` computes each (MT, post-edit) pair's TER statistics once (a changed segment's TER is its record's and
counts in the changed segments' HTER and in its documents'): the figures are sacrebleu's corpus TER of the same pairs,
to the same rounding, empty and repeated pairs included."""

from __future__ import annotations

import pytest
from sacrebleu.metrics import TER

from audit.report.postedit.change_log import _Edits

PAIRS = [
    ("Hai bên ký kết hiệp định thương mại.", "Hai bên đã ký hiệp định thương mại."),
    ("Ông Ruan Fuzhong phát biểu.", "Ông Nguyễn Phú Trọng phát biểu."),
    ("Giá lúa tăng mạnh trong tuần.", "Giá lúa tăng mạnh trong tuần."),
    ("Hai bên ký kết hiệp định thương mại.", "Hai bên đã ký hiệp định thương mại."),  # the same pair again
    ("Trời mưa.", ""),  # a post-edit that deletes the segment
    ("", ""),
    ("Đoàn đại biểu Belarus và Trung Quốc thăm Hà Nội.", "Đoàn đại biểu Belarus thăm Hà Nội hôm qua."),
]


def _sacrebleu(pairs: list[tuple[str, str]]) -> float:
    return round(TER().corpus_score([h for h, _ in pairs], [[r for _, r in pairs]]).score, 2)


@pytest.mark.parametrize("k", range(1, len(PAIRS) + 1))
def test_hter_of_pairs_is_sacrebleus_corpus_ter(k: int) -> None:
    edits = _Edits()
    assert edits.hter(PAIRS[:k]) == _sacrebleu(PAIRS[:k])
    assert edits.hter(PAIRS[k - 1 : k]) == _sacrebleu(PAIRS[k - 1 : k])  # a record's own TER, from the same stats


def test_no_pairs_give_no_hter_and_each_pair_is_computed_once() -> None:
    edits = _Edits()
    assert edits.hter([]) is None
    edits.hter(PAIRS)
    assert len(edits._stats) == len(set(PAIRS))
