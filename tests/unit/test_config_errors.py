"""A bad configuration is an error naming the file and line, from --config or a pyproject.toml found
upward; severity overrides by prefix reach the findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.config import ConfigError, key_line, load_config

TEXT = "Hội nghị diễn ra tại Đà Lạt ,hôm thứ Ba.. Các đại biểu đã thảo luận về nông nghiệp .\n"


def _run(tmp_path: Path, *args: str) -> tuple[int, str]:
    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q", *args])
    return r.exit_code, r.stderr


@pytest.mark.parametrize(
    ("toml", "shown"),
    [
        ('[tool.mt-audit]\nselect = ["F"\nignore = ["S"]\n', ":3:1: not valid TOML: Unclosed array"),
        ('[tool.mt-audit]\nselect = ["F"]\nignore = [\n', ":3: not valid TOML: Invalid value at the end of the file"),
        ('[tool.mt-audit]\n\nseverity = { F101 = "huge" }\n', ":3: severity: unknown severity 'huge'"),
        ('[tool.mt-audit]\n[tool.mt-audit.severity]\nF101 = "minor"\nF102 = "loud"\n', ":4: severity: unknown"),
        ('[tool.mt-audit]\ntop = 5\nsevertiy = { F101 = "major" }\n', ":3: unknown key(s) severtiy"),
        ('[tool.mt-audit]\nselect = [\n  "F",\n  "Z9",\n]\n', ":4: select: no rule matches 'Z9'"),
        ('[tool.mt-audit]\nignore = ["S"]\nseverity = { F101 = "minor", Q77 = "major" }\n', ":3: severity: no rule"),
    ],
)
def test_a_config_error_names_the_file_and_line(tmp_path: Path, toml: str, shown: str) -> None:
    config = tmp_path / "audit.toml"
    config.write_text(toml, encoding="utf-8")
    status, err = _run(tmp_path, "--config", str(config))
    assert status == 2 and f"error: {config}{shown}" in err
    assert not (tmp_path / "out").exists()


def test_a_broken_pyproject_found_upward_is_an_error_not_the_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.mt-audit]\nselect = ["F"\n', "utf-8")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    status, err = _run(tmp_path)
    assert status == 2 and f"error: {tmp_path / 'pyproject.toml'}:5:" in err and "Unclosed array" in err


def test_another_tools_broken_pyproject_is_passed_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.mt-audit]\nselect = ["F"]\n', "utf-8")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "pyproject.toml").write_text('[project\nname = "x"\n', "utf-8")
    assert load_config(start=tmp_path / "pkg").select == ["F"]


def test_a_config_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_bytes(b"top = 3\n# caf\xe9\n")
    with pytest.raises(ConfigError, match=r"c\.toml:2: not UTF-8 \(invalid byte 0xe9 at byte offset 13\)"):
        load_config(str(config))


def test_key_line_finds_the_key_in_the_mt_audit_table_only() -> None:
    text = '[tool.ruff]\nselect = ["E"]\n\n[tool.mt-audit]\n# ours\nselect = ["F", "N1"]\n"top" = 4\n'
    assert key_line(text, "select") == 6 and key_line(text, "select", "n1") == 6 and key_line(text, "top") == 7
    assert key_line(text, "jobs") is None


def test_severity_by_prefix_sets_every_rule_of_the_family_longest_prefix_winning(tmp_path: Path) -> None:
    config = tmp_path / "audit.toml"
    config.write_text('severity = { F = "critical", F102 = "minor" }\n', encoding="utf-8")
    status, err = _run(tmp_path, "--config", str(config))
    assert status == 0, err
    found = [json.loads(line) for line in (tmp_path / "out" / "findings.jsonl").read_text("utf-8").splitlines()]
    by_rule = {(f["rule"], f["severity"]) for f in found}
    assert ("F102", "minor") in by_rule and ("F101", "critical") in by_rule
    assert all(sev == "critical" for rule, sev in by_rule if rule.startswith("F") and rule != "F102")


def test_a_folder_given_as_config_or_ignore_file_is_named_as_a_folder(tmp_path: Path) -> None:
    (tmp_path / "settings").mkdir()
    status, err = _run(tmp_path, "--config", str(tmp_path / "settings"))
    assert status == 2 and "settings: a folder; --config names a TOML file" in err
    status, err = _run(tmp_path, "--ignore-file", str(tmp_path / "settings"))
    assert status == 2 and "settings: the ignore file is a folder" in err  # not 'not found; nothing suppressed'


def test_a_config_saved_with_a_bom_is_read_and_utf16_is_named(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_bytes(b'\xef\xbb\xbf[tool.mt-audit]\nselect = ["F", "N1"]\n')
    assert load_config(str(config)).select == ["F", "N1"]
    config.write_bytes("top = 3\n".encode("utf-16"))
    with pytest.raises(ConfigError, match=r"c\.toml:1: UTF-16 .*save it as UTF-8"):
        load_config(str(config))


def test_an_ignore_file_saved_as_utf16_is_named_as_such(tmp_path: Path) -> None:
    ignore = tmp_path / "dismissed.txt"
    ignore.write_bytes("0123456789abcdef\n".encode("utf-16"))
    status, err = _run(tmp_path, "--ignore-file", str(ignore))
    assert status == 2 and "dismissed.txt:1: ignore file is UTF-16" in err


def test_a_pyproject_given_with_config_needs_the_mt_audit_table(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    pyproject = tmp_path / "pkg" / "pyproject.toml"
    pyproject.write_text('[project]\nname = "dich-thuat"\n\n[tool.ruff]\nline-length = 100\n', encoding="utf-8")
    status, err = _run(tmp_path, "--config", str(pyproject))
    assert status == 2 and f"{pyproject}: no [tool.mt-audit] table in it" in err
    pyproject.write_text('[project]\nname = "dich-thuat"\n\n[tool.mt-audit]\ntop = 3\n', encoding="utf-8")
    assert load_config(str(pyproject)).top == 3


@pytest.mark.parametrize(
    ("toml", "shown"),
    [
        ('top = 4\nqe = ["builtin", "sacrebleu:hter-x"]\n', ":2: qe: sacrebleu:hter-x: the only option is 'postedit'"),
        ('qe = ["kiwi"]\n', ":1: qe: unknown QE backend 'kiwi'"),
        ("ignore-file = 5\n", ":1: ignore-file must be a string"),
        ("fields = { target = 5 }\n", ":1: fields: the field name of target must be a string"),
    ],
)
def test_values_of_the_wrong_kind_name_the_line(tmp_path: Path, toml: str, shown: str) -> None:
    config = tmp_path / "audit.toml"
    config.write_text(toml, encoding="utf-8")
    status, err = _run(tmp_path, "--config", str(config))
    assert status == 2 and f"error: {config}{shown}" in err
