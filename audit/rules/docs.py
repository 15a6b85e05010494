"""Rule documentation as text: the listing of ``audit rules`` and the page of ``audit rules CODE``."""

from __future__ import annotations

import re

from audit.rules.base import FAMILIES, Rule
from audit.rules.registry import all_rules

MARK = re.compile(r"\[\[(.+?)\]\]")


def strip_marks(example: str) -> str:
    """An example without its ``[[expected span]]`` marks."""
    return MARK.sub(r"\1", example)


def list_rules() -> str:
    lines = []
    family = None
    for code, cls in all_rules().items():
        if code[0] != family:
            family = code[0]
            lines.append(f"\n{family}  {FAMILIES[family]}")
        lines.append(f"  {code}  {cls.name:<34} {cls.severity!s:<8} {cls.category:<26} {cls.summary}")
    return "\n".join(lines).lstrip("\n")


def rule_doc(cls: type[Rule]) -> str:
    out = [
        f"{cls.code} {cls.name}",
        "",
        cls.summary,
        "",
        f"Category: {cls.category}    Default severity: {cls.severity}    Scope: {cls.scope}",
        "",
        "Why it matters",
        f"  {cls.why}",
        "",
        "Fires on",
    ]
    out += [f"  {MARK.sub(lambda m: '«' + m.group(1) + '»', ex)}" for ex in cls.fires]
    out += ["", "Does not fire on"]
    out += [f"  {ex}" for ex in cls.quiet]
    return "\n".join(out)
