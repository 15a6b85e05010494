"""Settings: ``[tool.mt-audit]`` in the nearest pyproject.toml, or a file given with --config.

Keys (all optional)::

    [tool.mt-audit]
    select = ["ALL"]            # rule codes or prefixes to run ("F101,N" is split at commas; never empty)
    ignore = ["S"]              # codes or prefixes to skip (longest prefix wins)
    severity = { F = "minor", F101 = "major" }  # by code or prefix, the longest wins
    ignore-file = ".mt-audit-ignore"  # fingerprints of dismissed findings
    qe = ["builtin"]            # QE backends, as on the command line (NAME[:ARG])
    jobs = 1                    # worker processes; 0 = all cores
    fields = { target = "mt", source = "src", reference = "ref", id = "id" }
    fail-on = "major"           # exit 1 when a finding at or above this severity exists
    top = 10                    # worst segments in the terminal report
    exclude = ["README.md", "drafts/"]  # paths left out of directory walks (gitignore-like globs)

A file given with --config may be a pyproject.toml or a plain TOML file with these keys at
the top level. Command-line options win over the file.
"""

from __future__ import annotations

import codecs
import datetime
import difflib
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.model import Severity

DEFAULT_IGNORE_FILE = ".mt-audit-ignore"


class ConfigError(Exception):
    """The configuration is invalid; the message names the file and key."""


@dataclass(slots=True)
class Config:
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    ignore_file: str = DEFAULT_IGNORE_FILE
    qe: list[str] = field(default_factory=lambda: ["builtin"])
    jobs: int = 1
    fields: dict[str, str] = field(default_factory=dict)
    fail_on: Severity | None = None
    top: int = 10
    exclude: list[str] = field(default_factory=list)
    as_of: datetime.date | None = None  # the day counted as today (None: MT_AUDIT_AS_OF, else the calendar's)
    source: str | None = None  # the file the settings came from

    def to_json(self) -> dict[str, Any]:
        return {
            "select": self.select,
            "ignore": self.ignore,
            "severity": {k: str(v) for k, v in self.severity.items()},
            "ignore_file": self.ignore_file,
            "qe": self.qe,
            "jobs": self.jobs,
            "fields": self.fields,
            "fail_on": str(self.fail_on) if self.fail_on else None,
            "exclude": self.exclude,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "config_file": self.source,
        }


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml with a [tool.mt-audit] table, from ``start`` upward."""
    for d in [start, *start.parents]:
        candidate = d / "pyproject.toml"
        if candidate.is_file():
            raw = candidate.read_bytes()
            try:
                data = _parse_toml(candidate, raw)
            except ConfigError:
                if b"mt-audit" in raw:  # ours, broken: say so rather than run with the defaults
                    raise
                continue  # another tool's broken file: not ours to judge
            if "mt-audit" in data.get("tool", {}):
                return candidate
    return None


def load_config(path: str | None = None, start: Path | None = None) -> Config:
    """Settings from ``path`` (explicit) or the nearest pyproject.toml; defaults otherwise."""
    if path is not None:
        file = Path(path)
        if file.is_dir():
            raise ConfigError(f"{path}: a folder; --config names a TOML file (or a pyproject.toml)")
        if not file.is_file():
            raise ConfigError(f"{path}: config file not found")
    else:
        found = find_pyproject((start or Path.cwd()).resolve())
        if found is None:
            return Config()
        file = found
    data = _parse_toml(file, file.read_bytes())
    if path is not None and file.name == "pyproject.toml" and "mt-audit" not in data.get("tool", {}):
        raise ConfigError(f"{path}: no [tool.mt-audit] table in it, so no setting of mt-audit")
    table = data.get("tool", {}).get("mt-audit", data if file.name != "pyproject.toml" else {})
    return config_from_table(table, str(file))


_TOML_AT = re.compile(r" \(at line (\d+), column (\d+)\)$")
_TOML_AT_END = " (at end of document)"


def _parse_toml(file: Path, raw: bytes) -> dict[str, Any]:
    """The TOML document in ``raw``; ConfigError naming ``file``, line and column when it is not valid."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ConfigError(f"{file}:1: UTF-16 (as Notepad's 'Unicode' saves it); TOML is UTF-8: save it as UTF-8")
    try:
        text = raw.decode("utf-8-sig")  # a BOM, as Windows editors write, is no TOML error
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        bad = f"invalid byte 0x{raw[e.start]:02x} at byte offset {e.start}"
        raise ConfigError(f"{file}:{line}: not UTF-8 ({bad})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(_toml_message(file, text, str(e))) from None


def _toml_message(file: Path, text: str, message: str) -> str:
    """tomllib's message ('Invalid value (at line 2, column 5)') as 'FILE:2:5: not valid TOML: invalid value'."""
    at = _TOML_AT.search(message)
    if at:
        return f"{file}:{at[1]}:{at[2]}: not valid TOML: {message[: at.start()]}"
    if message.endswith(_TOML_AT_END):
        last = text.count("\n") + (0 if text.endswith("\n") else 1)
        return (
            f"{file}:{max(last, 1)}: not valid TOML: {message.removesuffix(_TOML_AT_END)} at the end of the file "
            "(a '[', '{' or string left open above?)"
        )
    return f"{file}: not valid TOML: {message}"


_HEADER = re.compile(r"\s*\[\[?\s*([^\]]*?)\s*\]")


def _assigns(key: str) -> re.Pattern[str]:
    return re.compile(rf"""\s*(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*=""")


def _table_span(lines: list[str]) -> tuple[int, int]:
    """Lines [start, end) of the [tool.mt-audit] table, else of the top level (a plain --config file)."""
    start = 0
    for i, line in enumerate(lines):
        h = _HEADER.match(line)
        if h and h[1].replace('"', "").replace(" ", "") == "tool.mt-audit":
            start = i + 1
            break
    end = next((i for i in range(start, len(lines)) if _HEADER.match(lines[i]) and "=" not in lines[i]), len(lines))
    return start, end


def key_line(text: str, key: str, token: str | None = None) -> int | None:
    """The 1-based line of ``key`` in the mt-audit table of a TOML ``text`` (or of ``token`` in its value,
    e.g. a rule code in ``select`` or ``severity``); None when it cannot be told."""
    lines = text.splitlines()
    start, end = _table_span(lines)
    assigns = _assigns(key)
    at = next((i for i in range(start, end) if assigns.match(lines[i])), None)
    if at is not None:  # the value ends where the next setting starts
        others = [_assigns(k) for k in KNOWN_KEYS - {key}]
        end = next((i for i in range(at + 1, end) if any(a.match(lines[i]) for a in others)), end)
    else:  # a sub-table: [tool.mt-audit.severity]
        sub = {f"tool.mt-audit.{key}", key}
        at = next((i for i, ln in enumerate(lines) if (h := _HEADER.match(ln)) and h[1].replace('"', "") in sub), None)
        if at is None:
            return None
        end = next((i for i in range(at + 1, len(lines)) if _HEADER.match(lines[i])), len(lines))
    if token:
        found = re.compile(rf"(?<![\w-]){re.escape(token)}(?![\w-])", re.IGNORECASE)
        return next((i + 1 for i in range(at, end) if found.search(lines[i])), at + 1)
    return at + 1


def locate(source: str | None, key: str, token: str | None = None) -> str:
    """'FILE:LINE' of ``key`` (or of ``token`` in its value) in the configuration file ``source``, for an
    error message; 'FILE' when the line cannot be told."""
    if not source:
        return "config"
    try:
        line = key_line(Path(source).read_text(encoding="utf-8-sig"), key, token)
    except (OSError, UnicodeDecodeError):
        line = None
    return f"{source}:{line}" if line else source


class Where:
    """Where a key's value is, for its error messages: ``str()`` gives 'FILE:LINE' of the key, ``at(token)``
    the line of one entry of its value."""

    def __init__(self, source: str | None, key: str) -> None:
        self.source, self.key = source, key

    def __str__(self) -> str:
        return locate(self.source, self.key)

    def at(self, token: str) -> str:
        return locate(self.source, self.key, token)


def _strings(value: Any, key: str, where: Where | str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of strings")
    return value


def split_codes(values: Iterable[str]) -> list[str]:
    """Rule codes or prefixes, each value split at commas (``F101,N``, in the file and on the command line)."""
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def _rule_codes(value: Any, key: str, where: Where | str) -> list[str]:
    """Rule codes or prefixes: a list of strings or one string, each split at commas as the command line
    splits ``--select F101,N``. An empty ``select`` would run no rule: an error (the default is ``["ALL"]``)."""
    codes = split_codes(_strings(value, key, where))
    if key == "select" and not codes:
        raise ConfigError(
            f'{where}: select is empty, so no rule would run; name codes or prefixes, or "ALL" (the default)'
        )
    return codes


def _severity(value: Any, key: str, where: Where | str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as e:
        raise ConfigError(f"{where}: {key}: {e}") from None


def _severities(value: Any, key: str, where: Where | str) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f'{where}: {key} must be a table of CODE = "minor|major|critical"')
    return {k.upper(): _severity(v, key, where.at(k) if isinstance(where, Where) else where) for k, v in value.items()}


def _fields(value: Any, key: str, where: Where | str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError(f'{where}: {key} must be a table like {{ target = "mt" }}')
    bad = set(value) - {"target", "source", "reference", "id"}
    if bad:
        raise ConfigError(f"{where}: {key}: unknown role(s) {', '.join(sorted(bad))}")
    not_text = sorted(k for k, v in value.items() if not isinstance(v, str))
    if not_text:
        raise ConfigError(f'{where}: {key}: the field name of {", ".join(not_text)} must be a string (e.g. "mt")')
    return dict(value)


def _count(note: str = "") -> Callable[[Any, str, Where | str], int]:
    """A parser of non-negative integers; ``note`` is added to its error message."""

    def parse(value: Any, key: str, where: Where | str) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ConfigError(f"{where}: {key} must be a non-negative integer{note}")
        return value

    return parse


def _patterns(value: Any, key: str, where: Where | str) -> list[str]:
    """Exclude globs (:mod:`audit.corpus.exclude`), each checked."""
    from audit.corpus.exclude import PatternError, check_patterns

    patterns = _strings(value, key, where)
    try:
        check_patterns(patterns)
    except PatternError as e:
        raise ConfigError(f"{where}: {key}: {e}") from None
    return patterns


def _day(value: Any, key: str, where: Where | str) -> datetime.date:
    """A TOML date (``as-of = 2025-06-30``) or the same written as a string."""
    from audit.clock import parse_day

    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    try:
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a day written YYYY-MM-DD (e.g. 2025-06-30)")
        return parse_day(value)
    except ValueError as e:
        raise ConfigError(f"{where}: {key}: {e}") from None


def _text(value: Any, key: str, where: Where | str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {key} must be a string (a file path)")
    return value


# Key → parser (value, key, where) → the Config attribute's value; checked in this order.
PARSERS: dict[str, Callable[[Any, str, Where | str], Any]] = {
    "select": _rule_codes,
    "ignore": _rule_codes,
    "qe": _strings,
    "severity": _severities,
    "ignore-file": _text,
    "jobs": _count(" (0 = all cores)"),
    "fields": _fields,
    "fail-on": _severity,
    "top": _count(),
    "exclude": _patterns,
    "as-of": _day,
}
KNOWN_KEYS = set(PARSERS)


def _meant(unknown: list[str]) -> str:
    """`` (did you mean 'fail-on'?)`` for unknown keys that are a known key misspelt or written with '_'."""
    guesses = []
    for key in unknown:
        near = difflib.get_close_matches(key.replace("_", "-").lower(), sorted(KNOWN_KEYS), n=1, cutoff=0.75)
        if near:
            guesses.append(f"'{near[0]}' for '{key}'" if len(unknown) > 1 else f"'{near[0]}'")
    return f" (did you mean {', '.join(guesses)}?)" if guesses else ""


def config_from_table(table: dict[str, Any], source: str | None = None) -> Config:
    """Validate an ``[tool.mt-audit]`` table; errors name ``source``, the key and its line."""
    unknown = sorted(set(table) - KNOWN_KEYS - {"tool", "project", "build-system"})
    if unknown:
        raise ConfigError(
            f"{Where(source, unknown[0])}: unknown key(s) {', '.join(unknown)}{_meant(unknown)}; "
            f"known: {', '.join(sorted(KNOWN_KEYS))}"
        )
    cfg = Config(source=source)
    for key, parse in PARSERS.items():
        if key in table:
            setattr(cfg, key.replace("-", "_"), parse(table[key], key, Where(source, key)))
    if "ignore-file" in table and source:  # relative to the file that names it
        cfg.ignore_file = str(Path(source).parent / cfg.ignore_file)
    return cfg


_FINGERPRINT = re.compile(r"[0-9a-f]{16}")


def read_ignore_file(path: str) -> set[str]:
    """Fingerprints listed in an ignore file; none when it is absent.

    Each line is blank, a ``#`` comment, or a fingerprint (16 hex digits, as in the review page
    and ``audit apply``) optionally followed by a ``#`` comment. Anything else raises ConfigError
    naming the file and line (a typo would otherwise silently fail to suppress a finding), as
    does a file that is not UTF-8. The file is only read, never rewritten.
    """
    p = Path(path)
    if p.is_dir():
        raise ConfigError(f"{p}: the ignore file is a folder; name a file (default {DEFAULT_IGNORE_FILE})")
    if not p.exists():  # not is_file(): /dev/null, or a pipe such as bash's <(cat a b), is read as it is
        return set()
    data = p.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ConfigError(f"{p}:1: ignore file is UTF-16 (as Notepad's 'Unicode' saves it); save it as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ConfigError(f"{p}:{line}: ignore file is not UTF-8 (byte offset {e.start})") from None
    out = set()
    for n, line in enumerate(text.split("\n"), 1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        if not _FINGERPRINT.fullmatch(entry.lower()):
            raise ConfigError(
                f"{p}:{n}: not a finding fingerprint: {entry[:60]!r} (each line holds one fingerprint of 16 hex "
                "digits, optionally followed by a # comment; comment lines start with #)"
            )
        out.add(entry.lower())
    return out
