"""Validation of [tool.mt-audit] tables: every bad value is refused with the file and key named."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.config import ConfigError, config_from_table
from audit.model import Severity


def test_valid_table() -> None:
    cfg = config_from_table(
        {"select": "F", "ignore": ["F102"], "severity": {"f101": "major"}, "jobs": 0, "top": 3, "fail-on": "major"},
        "proj/pyproject.toml",
    )
    assert cfg.select == ["F"] and cfg.ignore == ["F102"] and cfg.severity == {"F101": Severity.MAJOR}
    assert (cfg.jobs, cfg.top, cfg.fail_on) == (0, 3, Severity.MAJOR)


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ({"top": "x"}, "top"),
        ({"top": -1}, "top"),
        ({"jobs": True}, "jobs"),
        ({"jobs": -2}, "jobs"),
        ({"select": 3}, "select"),
        ({"severity": {"F101": "huge"}}, "severity"),
        ({"fields": {"translation": "mt"}}, "fields"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_values_name_file_and_key(table: dict, key: str) -> None:
    with pytest.raises(ConfigError) as e:
        config_from_table(table, "proj/mt-audit.toml")
    assert "proj/mt-audit.toml" in str(e.value) and key in str(e.value)


def test_ignore_file_reads_fingerprints_and_names_a_bad_line(tmp_path) -> None:
    from audit.config import read_ignore_file

    p = tmp_path / ".mt-audit-ignore"
    assert read_ignore_file(str(p)) == set()
    p.write_bytes("\ufeff# dismissed\n175c849732e27637  # N102 a.txt:3 accepted\n\n".encode())
    assert read_ignore_file(str(p)) == {"175c849732e27637"}
    p.write_bytes(b"175c849732e27637\n3df2675478e4a4e0 # \xe9t\xe9\n")
    with pytest.raises(ConfigError) as e:
        read_ignore_file(str(p))
    assert f"{p}:2:" in str(e.value)


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("garbage line", "'garbage line'"),  # words
        ("175c849732e2763", "'175c849732e2763'"),  # a digit short
        ("175c849732e27637 3df2675478e4a4e0", "'175c849732e27637 3df2675478e4a4e0'"),  # two on one line
        ("N102 a.txt:3", "'N102 a.txt:3'"),  # a rule code is not a fingerprint
    ],
)
def test_ignore_file_refuses_a_malformed_line_and_keeps_the_file(tmp_path: Path, line: str, shown: str) -> None:
    from audit.config import read_ignore_file

    p = tmp_path / "ignore"
    body = f"# team list\n175c849732e27637  # F101 a.txt:3 dismissed\n\n{line}  # note\n"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        read_ignore_file(str(p))
    assert str(e.value).startswith(f"{p}:4: not a finding fingerprint: {shown}")
    assert p.read_text(encoding="utf-8") == body
    p.write_text("175C849732E27637\r\n", encoding="utf-8")  # upper case, CRLF: fine
    assert read_ignore_file(str(p)) == {"175c849732e27637"}


def test_rule_codes_in_one_string_are_split_at_commas() -> None:
    """As on the command line (--ignore F,N): ``ignore = "F,N"`` is two prefixes, not one unknown code."""
    cfg = config_from_table({"ignore": "T, N ", "select": ["A1,L", "F101"]}, "proj/mt-audit.toml")
    assert cfg.ignore == ["T", "N"] and cfg.select == ["A1", "L", "F101"]


@pytest.mark.parametrize("value", [[], "", [" , "]])
def test_an_empty_select_is_refused(tmp_path: Path, value: object) -> None:
    """``select = []`` would run no rule (it ran all of them while summary.json said select: [])."""
    conf = tmp_path / "mt-audit.toml"
    conf.write_text("# team settings\nselect = []\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        config_from_table({"select": value}, str(conf))
    assert str(e.value).startswith(f"{conf}:2: select is empty, so no rule would run")


@pytest.mark.parametrize(
    ("table", "hint"),
    [
        ({"selct": ["N"]}, "(did you mean 'select'?)"),
        ({"Fail_On": "major"}, "(did you mean 'fail-on'?)"),  # TOML keys written as Python names
        ({"ignore_file": "x", "exclud": []}, "(did you mean 'exclude' for 'exclud', 'ignore-file' for 'ignore_file'?)"),
    ],
)
def test_an_unknown_key_names_the_key_it_resembles(table: dict, hint: str) -> None:
    with pytest.raises(ConfigError) as e:
        config_from_table(table, "pyproject.toml")
    assert hint in str(e.value) and "known: as-of, exclude, fail-on" in str(e.value)


def test_an_unknown_key_unlike_any_gets_no_guess() -> None:
    with pytest.raises(ConfigError) as e:
        config_from_table({"colour": "red"}, "pyproject.toml")
    assert "did you mean" not in str(e.value) and "unknown key(s) colour; known:" in str(e.value)
