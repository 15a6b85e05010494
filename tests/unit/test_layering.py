"""Layering: rules and language resources do not depend on the QE backends (a rule's resource lives in
audit/lang or references/, read through audit.lang.resources)."""

from __future__ import annotations

import ast
from pathlib import Path

AUDIT = Path(__file__).resolve().parents[2] / "audit"


def _imports(path: Path) -> set[str]:
    """The modules ``path`` imports, at any depth of the file (a function's local import too)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_rules_and_lang_do_not_import_qe() -> None:
    offenders = {
        f"{path.relative_to(AUDIT.parent)}: {module}"
        for package in ("rules", "lang")
        for path in sorted((AUDIT / package).rglob("*.py"))
        for module in _imports(path)
        if module == "audit.qe" or module.startswith("audit.qe.")
    }
    assert offenders == set()
