"""leftovers76: adversary132's blind misses fixed, tested on sentences not in the set.

A113: 'the sky is the limit' read word for word ('bầu trời là giới hạn'), quiet where the translation says the meaning
or the source sets a literal scene (altitude, a ceiling, airspace).
"""

from __future__ import annotations

import pytest

from audit.api import audit_pairs


def _pair(source: str, target: str, rule: str) -> list[str]:
    return [f.text for f in audit_pairs([(source, target)]) if f.rule == rule]


@pytest.mark.parametrize(
    ("src", "tgt", "span"),
    [
        (
            "For the start-up's founders, the sky's the limit now that the funding has closed.",
            "Với những người sáng lập công ty khởi nghiệp, bầu trời là giới hạn khi vòng gọi vốn đã khép lại.",
            "bầu trời là giới hạn",
        ),
        (
            "With the new port, the sky is the limit for exports, the governor said.",
            "Với cảng mới, trời chính là giới hạn đối với xuất khẩu, thống đốc nói.",
            "trời chính là giới hạn",
        ),
    ],
)
def test_a113_the_sky_is_the_limit(src: str, tgt: str, span: str) -> None:
    assert _pair(src, tgt, "A113") == [span]


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        (  # the meaning said
            "For young coders, the sky is the limit.",
            "Với các lập trình viên trẻ, cơ hội là không có giới hạn.",
        ),
        (  # a literal scene: an altitude ceiling for drones
            "Above 120 metres of altitude the sky is the limit for no drone: airspace rules apply.",
            "Trên độ cao 120 mét, bầu trời là giới hạn với không thiết bị bay nào: quy định vùng trời được áp dụng.",
        ),
        (  # no idiom in the source
            "The sky was clear over the bay on Sunday.",
            "Bầu trời trong xanh trên vịnh hôm Chủ nhật, không có giới hạn tầm nhìn.",
        ),
    ],
)
def test_a113_the_sky_is_the_limit_quiet(src: str, tgt: str) -> None:
    assert _pair(src, tgt, "A113") == []
