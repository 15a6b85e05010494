"""Every source rule (A1xx) reports a finding in a fuzzy PO entry as minor: gettext leaves the entry out of the
compiled catalogue until it is reviewed, and its translation often still follows an older msgid."""

from __future__ import annotations

from pathlib import Path

from audit.corpus import InputFile, ReadOptions, read_file
from audit.model import Severity
from audit.pipeline import FUZZY_NOTE, Settings, run_rules
from audit.rules.registry import all_rules

PO = Path(__file__).resolve().parents[1] / "data" / "formats" / "dat-phong.vi.po"
SOURCE_RULES = [cls() for cls in all_rules().values() if cls.needs_source]


def findings(settings: Settings | None = None) -> list[tuple[int, str, str, bool]]:
    doc = read_file(InputFile(str(PO), PO.name), ReadOptions(), [])[0]
    found = run_rules(doc, SOURCE_RULES, settings or Settings())
    return sorted((f.line, f.rule, str(f.severity), f.message.endswith(FUZZY_NOTE)) for f in found)


def test_a_stale_fuzzy_entry_gets_minor_findings_and_a_current_one_major() -> None:
    assert findings() == [
        (14, "A101", "minor", True),  # '2 giờ' of the old msgid where the new one says 3 pm
        (14, "A104", "minor", True),  # the link the new msgid added
        (14, "A105", "minor", True),
        (21, "A105", "minor", True),  # the old one-line msgid's translation of a long new one
        (24, "A101", "major", False),  # the same errors in entries that are not fuzzy
        (24, "A104", "major", False),
        (24, "A105", "major", False),
        (29, "A105", "major", False),
    ]


def test_a_configured_severity_still_wins_in_a_fuzzy_entry() -> None:
    found = findings(Settings(severity={"A104": Severity.MAJOR}))
    assert [(line, sev) for line, rule, sev, _ in found if rule == "A104"] == [(14, "major"), (24, "major")]


def test_every_a_rule_compares_with_the_source() -> None:
    """The policy applies to the rules that say ``needs_source``: every A rule does."""
    a_rules = {code for code in all_rules() if code.startswith("A")}
    assert a_rules == {r.code for r in SOURCE_RULES} and len(a_rules) >= 10
