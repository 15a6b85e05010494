"""What a run's settings changed about its rules (select, ignore, severity overrides) and what its ignore file
suppressed, in words for the reports: a reviewer who did not write the configuration sees why a rule is missing or
graded otherwise."""

from __future__ import annotations

from typing import Any


def rule_settings(summary: dict[str, Any]) -> str:
    """``select N, F; ignore S; severity F minor, N103 major`` for the settings of summary.json's ``config`` that
    are not the defaults (all rules, none ignored, each rule's own severity); empty when all are."""
    config = summary.get("config") or {}
    parts = []
    select = [str(c) for c in config.get("select") or ()]
    if select and select != ["ALL"]:
        parts.append("select " + ", ".join(select))
    ignore = [str(c) for c in config.get("ignore") or ()]
    if ignore:
        parts.append("ignore " + ", ".join(ignore))
    severity = config.get("severity") or {}
    if isinstance(severity, dict) and severity:
        parts.append("severity " + ", ".join(f"{code} {level}" for code, level in severity.items()))
    return "; ".join(parts)


def settings_line(summary: dict[str, Any]) -> str:
    """The review page's note on the run's settings: ``3 findings suppressed by .mt-audit-ignore · settings from
    team.toml · ignore S; severity F minor``; empty for a run with the defaults and nothing suppressed."""
    config = summary.get("config") or {}
    parts = []
    ignored = (summary.get("counts") or {}).get("ignored") or 0
    if ignored:
        what = "finding" if ignored == 1 else "findings"
        parts.append(f"{ignored} {what} suppressed by {config.get('ignore_file') or 'the ignore file'}")
    if config.get("config_file"):
        parts.append(f"settings from {config['config_file']}")
    rules = rule_settings(summary)
    if rules:
        parts.append(rules)
    return " · ".join(parts)
