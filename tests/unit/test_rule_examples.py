"""Every rule's documented examples are tests: 'fires' examples fire (on the marked span), 'quiet' ones don't."""

from __future__ import annotations

import pytest

from audit.api import example_document
from audit.pipeline import Settings, run_rules
from audit.rules.docs import MARK, strip_marks
from audit.rules.registry import all_rules

RULES = all_rules()
FIRES = [(code, ex) for code, cls in RULES.items() for ex in cls.fires]
QUIET = [(code, ex) for code, cls in RULES.items() for ex in cls.quiet]


def _findings(code: str, text: str):
    doc = example_document(text, RULES[code].needs_source)
    return doc, run_rules(doc, [RULES[code]()], Settings())


@pytest.mark.parametrize(("code", "example"), FIRES, ids=[f"{c}-fires-{i}" for i, (c, _) in enumerate(FIRES)])
def test_example_fires(code: str, example: str) -> None:
    _, findings = _findings(code, strip_marks(example))
    assert findings, f"{code} did not fire on its example: {example}"
    for expected in MARK.findall(example):
        assert any(f.text == expected for f in findings), (
            f"{code} fired on {[f.text for f in findings]} but not on the marked span {expected!r}"
        )


@pytest.mark.parametrize(("code", "example"), QUIET, ids=[f"{c}-quiet-{i}" for i, (c, _) in enumerate(QUIET)])
def test_example_quiet(code: str, example: str) -> None:
    _, findings = _findings(code, example)
    assert not findings, f"{code} fired on an example that must not fire: {[(f.text, f.message) for f in findings]}"


def test_codes_are_unique_and_documented() -> None:
    assert RULES, "no rules registered"
    names = [cls.name for cls in RULES.values()]
    assert len(names) == len(set(names))
    for code, cls in RULES.items():
        assert cls.code == code
        assert cls.fires and cls.quiet


def test_same_span_same_fix_is_one_finding() -> None:
    from audit.api import audit_text

    text = (
        "Tổng Bí thư Nguyễn Phú Trọng tiếp Đại sứ Lào.\n"
        "Tổng Bí thư Ruan Fuzhong nhấn mạnh quan hệ đặc biệt giữa hai nước."
    )
    found = [f for f in audit_text(text) if f.text == "Ruan Fuzhong"]
    assert [f.rule for f in found] == ["N101"]  # T101 would give the same fix on the same span


THAILAND_ARTICLE = """Quan hệ Việt Nam – Thái Lan bước sang giai đoạn mới
Ngày 5/7, tại Bangkok, Thủ tướng Việt Nam hội đàm với Thủ tướng Thái Lan.
Hai nước Việt Nam và Thái Lan nhất trí nâng tầm quan hệ lên Đối tác chiến lược toàn diện.
Thủ tướng Thái Lan cho biết năm nay cũng là dịp kỷ niệm 50 năm quan hệ ngoại giao giữa Thái Lan và Trung Quốc.
Hai bên nhất trí thúc đẩy kim ngạch thương mại song phương đạt 25 tỷ USD."""


def test_a_third_country_in_a_clean_article_is_at_most_minor() -> None:
    from audit.api import audit_text

    # A human article names a third country's relation on purpose; with no other serious MT
    # damage in the document, C101 is only a minor "check this".
    found = audit_text(THAILAND_ARTICLE)
    assert [(f.rule, f.severity.name) for f in found] == [("C101", "MINOR")]
    assert "reported as minor" in found[0].message


def test_corroborated_wrong_country_stays_critical(corpus_dir) -> None:
    from audit.api import audit_text

    text = (corpus_dir / "002_ec700ead3d27b718.txt").read_text(encoding="utf-8")
    c101 = [f for f in audit_text(text) if f.rule == "C101"]
    assert c101 and all(f.severity.name == "CRITICAL" for f in c101)
