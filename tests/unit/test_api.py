"""The library entry points on strings: audit_text for target text, audit_pairs for records with a source."""

from __future__ import annotations

from audit.api import audit_pairs, audit_text


def test_audit_pairs_compares_target_and_source() -> None:
    pairs = [
        ("Ghana exported 310,000 tonnes of cocoa.", "Ghana đã xuất khẩu 130.000 tấn ca cao."),
        ("Peru and Chile signed two agreements.", "Peru và Chile đã ký hai văn kiện."),
    ]
    found = audit_pairs(pairs)
    assert [(f.rule, f.text, f.suggestion, f.segment) for f in found] == [("A101", "130.000", "310.000", 0)]
    assert audit_pairs(pairs, ignore=["A"]) == []
    # without the source the same target has nothing to be compared with
    assert not [f for f in audit_text(pairs[0][1]) if f.rule.startswith("A")]


def test_audit_pairs_runs_the_target_rules_too() -> None:
    found = audit_pairs([("The talks ended.", "Cuộc hội đàm đã kết thúc..")], select=["F101"])
    assert [(f.rule, f.text) for f in found] == [("F101", "..")]


def test_the_readme_python_example_runs_and_finds_what_it_says() -> None:
    """The README's 'From Python' block, run as written; each call finds something."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("## From Python", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    calls = [line.split("#", 1)[0].strip() for line in block.splitlines() if line.startswith("audit_")]
    namespace: dict[str, object] = {}
    exec(block.split("\n\n", 1)[0], namespace)  # the import line
    assert len(calls) == 2
    for call in calls:
        assert eval(call, namespace), call
