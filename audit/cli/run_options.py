"""``audit run``'s options over the configuration, and the checks made before any work (codes, --out)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from audit.cli.shared import fail
from audit.model import Severity

if TYPE_CHECKING:
    from audit.config import Config


def override(
    cfg: Config,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    qe: tuple[str, ...],
    jobs: int | None,
    fail_on: str | None,
    ignore_file: str | None,
    top: int | None,
) -> None:
    """Command-line options win over the config file."""
    from audit.config import split_codes

    if select:
        cfg.select = split_codes(select)
        if not cfg.select:
            fail(
                "--select is empty, so no rule would run; name codes or prefixes (--select F101,N), "
                "or ALL (the default)"
            )
    if ignore:
        cfg.ignore = split_codes(ignore)
    if qe:
        cfg.qe = list(qe)
    if jobs is not None:
        cfg.jobs = jobs
    if fail_on:
        cfg.fail_on = Severity.parse(fail_on)
    if ignore_file:
        cfg.ignore_file = ignore_file
    if top is not None:
        cfg.top = top


def override_day(cfg: Config, as_of: str | None) -> None:
    """``--as-of`` over the configuration's ``as-of``; either one, or ``MT_AUDIT_AS_OF``, checked before any work."""
    from audit.clock import env_day, parse_day

    try:
        if as_of is not None:
            cfg.as_of = parse_day(as_of.strip())
        elif cfg.as_of is None:
            env_day()
    except ValueError as e:
        fail(f"--as-of: {e}" if as_of is not None else str(e))


def override_fields(cfg: Config, fields: tuple[str, ...]) -> None:
    """``--field ROLE=NAME`` options into ``cfg.fields``."""
    for spec in fields:
        role, sep, name = spec.partition("=")
        if not sep or role not in ("target", "source", "reference", "id"):
            fail(f"--field {spec!r}: use ROLE=NAME with ROLE one of target, source, reference, id")
        cfg.fields[role] = name


def add_excludes(cfg: Config, excludes: tuple[str, ...]) -> None:
    """``--exclude`` patterns, added to the configuration's (a usage error when one cannot be used)."""
    from audit.corpus.exclude import PatternError, check_patterns

    try:
        check_patterns(excludes)
    except PatternError as e:
        fail(f"--exclude: {e}")
    cfg.exclude = [*cfg.exclude, *(p for p in excludes if p not in cfg.exclude)]


def check_out(out_dir: str, paths: tuple[str, ...]) -> None:
    """Refuse an output folder that is a file, or a folder the inputs are in (given, or holding a file named):
    report.html, report.xlf and findings.csv written or removed there could be the user's own files."""

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        fail(f"--out {out_dir}: a file, not a folder; choose another --out (default: reports)")
    _check_out_writable(out, out_dir)
    target = out.resolve()
    for given in paths:
        if given == "-":
            continue
        p = Path(given)
        folder = p if p.is_dir() else p.parent
        if folder.resolve() == target:
            fail(
                f"--out {out_dir}: the folder of the inputs ({given}); the outputs (report.html, findings.csv …) "
                "would overwrite or remove files of the same name there: choose another folder (default: reports)"
            )


def _check_out_writable(out: Path, out_dir: str) -> None:
    """The nearest existing folder of --out must be a folder this user may write in (a usage error before any
    work, instead of a traceback at the end)."""
    probe = out.absolute()
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        fail(f"--out {out_dir}: {probe} is a file, so the folder cannot be created; choose another --out")
    if not os.access(probe, os.W_OK | os.X_OK):
        fail(f"--out {out_dir}: {probe} is not writable by this user; choose another --out")


def check_codes(cfg: Config, from_command_line: dict[str, bool]) -> None:
    """Refuse rule codes and prefixes that name no rule (a typo would silently change nothing); the error
    names the configuration file when the codes came from it."""
    from audit.config import locate
    from audit.rules.registry import all_rules

    codes = list(all_rules())

    def where(key: str, code: str) -> str:
        return f"{locate(cfg.source, key, code)}: {key}" if cfg.source and not from_command_line.get(key) else key

    for key, values in (("select", cfg.select), ("ignore", cfg.ignore), ("severity", list(cfg.severity))):
        unknown = [v for v in values if v.upper() != "ALL" and not any(c.startswith(v.upper()) for c in codes)]
        if unknown:
            fail(
                f"{where(key, unknown[0])}: no rule matches {', '.join(map(repr, unknown))}; "
                "run 'audit rules' for the list"
            )
