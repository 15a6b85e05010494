"""The rule registry: every rule class registers here under a unique, well-formed code.

Rule modules are the other modules of ``audit.rules`` (not ``base``, ``registry`` nor names starting with
``_``); :func:`all_rules` imports them all once, so adding a rule module is enough to register its rules. A
package (``names``, ``countries``) registers the rules its ``__init__`` imports. Codes are validated when a rule
registers.
"""

from __future__ import annotations

import importlib
import pkgutil

from audit.model import Severity
from audit.rules.base import CATEGORIES, CODE_RE, FAMILIES, NAME_RE, Rule

_RULES: dict[str, type[Rule]] = {}
_NAMES: dict[str, str] = {}
_LOADED = False
_NOT_RULE_MODULES = {"base", "registry"}


class RuleDefinitionError(Exception):
    """A rule class is malformed: bad or duplicate code, name, category or docs."""


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: validate the rule's metadata and add it to the registry."""
    code = getattr(cls, "code", "")
    where = f"{cls.__module__}.{cls.__qualname__}"
    if not CODE_RE.match(code):
        raise RuleDefinitionError(f"{where}: code {code!r} must be a letter and three digits")
    if code[0] not in FAMILIES:
        raise RuleDefinitionError(f"{where}: code family {code[0]!r} is not one of {''.join(sorted(FAMILIES))}")
    if code in _RULES and _RULES[code] is not cls:
        raise RuleDefinitionError(f"{where}: code {code} is already used by {_RULES[code].__qualname__}")
    name = getattr(cls, "name", "")
    if not NAME_RE.match(name):
        raise RuleDefinitionError(f"{where}: name {name!r} must be kebab-case")
    if name in _NAMES and _NAMES[name] != code:
        raise RuleDefinitionError(f"{where}: name {name!r} is already used by {_NAMES[name]}")
    category = getattr(cls, "category", None)
    if category not in CATEGORIES:
        raise RuleDefinitionError(f"{where}: category {category!r} is not an MQM category we know")
    if not isinstance(getattr(cls, "severity", None), Severity):
        raise RuleDefinitionError(f"{where}: severity must be a Severity")
    for attr in ("summary", "why"):
        if not str(getattr(cls, attr, "")).strip():
            raise RuleDefinitionError(f"{where}: {attr} is required")
    if not cls.fires or not cls.quiet:
        raise RuleDefinitionError(f"{where}: at least one example that fires and one that must not")
    _RULES[code] = cls
    _NAMES[name] = code
    return cls


def load_rule_modules() -> None:
    """Import every rule module of the package once."""
    global _LOADED
    if _LOADED:
        return
    import audit.rules as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name not in _NOT_RULE_MODULES and not info.name.startswith("_"):
            importlib.import_module(f"audit.rules.{info.name}")
    _LOADED = True


def all_rules() -> dict[str, type[Rule]]:
    """Every registered rule class by code, sorted by code."""
    load_rule_modules()
    return dict(sorted(_RULES.items()))


def get_rule(code_or_name: str) -> type[Rule]:
    rules = all_rules()
    key = code_or_name.strip()
    if key.upper() in rules:
        return rules[key.upper()]
    if key in _NAMES:
        return rules[_NAMES[key]]
    raise KeyError(code_or_name)


def select_rules(select: list[str] | None = None, ignore: list[str] | None = None) -> list[type[Rule]]:
    """Rules whose code matches a ``select`` prefix (all when empty) and no ``ignore`` prefix.

    The longest matching prefix wins, as in ruff: ``select=["F"], ignore=["F1"]``
    with ``select=["F101"]`` keeps F101.
    """
    chosen = []
    select = [s.upper() for s in (select or ["ALL"])]
    ignore = [s.upper() for s in (ignore or [])]
    for code, cls in all_rules().items():
        sel = _match(code, select)
        if sel >= 0 and sel > _match(code, ignore):
            chosen.append(cls)
    return chosen


def severity_overrides(severity: dict[str, Severity]) -> dict[str, Severity]:
    """Per-rule severities from overrides keyed by code or prefix (``{"F": "minor", "F101": "major"}``):
    the longest matching prefix wins, as for ``select``; ``ALL`` sets every rule."""
    keys = [k.upper() for k in severity]
    by_key = {k.upper(): v for k, v in severity.items()}
    out = {}
    for code in all_rules():
        best = max((k for k in keys if k == "ALL" or code.startswith(k)), key=lambda k: _match(code, [k]), default=None)
        if best is not None:
            out[code] = by_key[best]
    return out


def _match(code: str, prefixes: list[str]) -> int:
    """Length of the longest prefix matching ``code`` (0 for ALL, -1 for none)."""
    return max((0 if p == "ALL" else len(p) for p in prefixes if p == "ALL" or code.startswith(p)), default=-1)
