"""The README's command lines, synopsis, format list and rule families agree with the real command line."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from audit.cli import main
from audit.corpus import FORMATS, NAMED_ONLY
from audit.rules.registry import all_rules

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
COMMANDS = tuple(main.commands)


def _command_lines() -> list[str]:
    """Every concrete `audit ...` command shown in an inline code span or a shell block (not the synopsis)."""
    spans = re.findall(r"`(audit [^`\n]+)`", README)
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        spans += [line.strip() for line in block.splitlines() if line.strip().startswith("audit ")]
    lines = [s for s in dict.fromkeys(spans) if "[" not in s and "--help" not in s and len(s.split()) > 2]
    return [s for s in lines if s.split()[1] in COMMANDS]


def _synopsis() -> dict[str, set[str]]:
    """The options each command's synopsis line (under 'Running an audit') names."""
    block = README.split("## Running an audit", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    options: dict[str, set[str]] = {}
    command = ""
    for line in block.splitlines():
        if line.startswith("audit "):
            command = line.split()[1]
        options.setdefault(command, set()).update(re.findall(r"(--[a-z][a-z-]*)", line))
    return options


def _options(command: click.Command) -> set[str]:
    return {name for p in command.params for name in (*p.opts, *p.secondary_opts) if name.startswith("--")}


def test_readme_shows_commands() -> None:
    lines = _command_lines()
    assert len(lines) >= 10, lines
    assert {line.split()[1] for line in lines} >= {"run", "show", "apply", "rules"}


@pytest.mark.parametrize("line", _command_lines())
def test_readme_command_parses(line: str) -> None:
    args = shlex.split(line.replace("~/", "home/"))[1:]
    command = main.commands[args[0]]
    with command.make_context(args[0], args[1:]) as ctx:  # an unknown option or a bad choice raises here
        assert ctx.command is command


def test_synopsis_names_every_option_and_only_real_ones() -> None:
    synopsis = _synopsis()
    assert set(synopsis) == set(COMMANDS)
    # run's flag pair --html/--no-html is shown as --no-html; show's --output-format is its --format's other name
    unshown = {"run": {"--help", "--html"}, "show": {"--help", "--output-format"}}
    for name, named in synopsis.items():
        real = _options(main.commands[name])
        assert named <= real, (name, named - real)
        assert real - unshown.get(name, {"--help"}) <= named, (name, real - named)


def test_format_list_matches_the_option_and_the_readers() -> None:
    forced = re.search(r"forced with `--format` \(([^)]*)\)", README)
    assert forced is not None
    listed = re.findall(r"`([a-z]+)`", forced.group(1))
    choice = next(p for p in main.commands["run"].params if p.name == "input_format").type
    assert listed == list(choice.choices) == list(dict.fromkeys([*FORMATS.values(), *NAMED_ONLY.values()]))
    table = README.split("| format | extensions | unit |", 1)[1].split("\n\n", 1)[0]
    assert set(re.findall(r"`(\.[a-z0-9]+)`", table)) == set(FORMATS) | set(NAMED_ONLY)


def test_every_rule_family_has_a_row() -> None:
    table = README.split("## What it finds", 1)[1].split("\n## ", 1)[0]
    rows = set(re.findall(r"^\| `([A-Z])` ", table, flags=re.M))
    assert rows == {code[0] for code in all_rules()}


def test_record_field_names_are_the_readers() -> None:
    from audit.corpus.records import ID_FIELDS, REFERENCE_FIELDS, SOURCE_FIELDS, TARGET_FIELDS

    text = " ".join(README.split("Record fields are found by name:", 1)[1].split("Other names")[0].split())
    for role, names in (("target", TARGET_FIELDS), ("source", SOURCE_FIELDS), ("reference", REFERENCE_FIELDS)):
        assert re.findall(r"`([a-z_]+)`", text.split(f"the {role} in ", 1)[1].split(";")[0]) == list(names), role
    assert re.findall(r"`([a-z_]+)`", text.split("the id in ", 1)[1].split(".")[0]) == list(ID_FIELDS)


def test_output_section_names_every_key_a_run_writes(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "pairs.tsv").write_text(
        "src\tmt\tref\nGhana exported 310,000 tonnes.\tGhana xuất khẩu 130.000 tấn.\tGhana xuất khẩu 310.000 tấn.\n",
        encoding="utf-8",
    )
    (inputs / "app.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy, c-format\nmsgid "Delete %s files?"\nmsgstr "Xóa các tệp?"\n',
        encoding="utf-8",
    )
    (inputs / "page.html").write_text("<p>Tổng thống Mỹ Telangpu phát biểu..</p>\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["run", str(inputs), "--out", str(out), "--quiet", "--qe", "builtin", "--qe", "sacrebleu"]
    )
    assert result.exit_code == 0, result.output
    section = README.split("## Output (", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`([a-z_]+)`", section))
    keys: dict[str, set[str]] = {}
    for name in ("findings", "segments", "documents"):
        rows = [json.loads(line) for line in (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        keys[name] = {key for row in rows for key in row}
    keys["scores"] = {
        key for row in map(json.loads, (out / "segments.jsonl").open(encoding="utf-8")) for key in row["scores"]
    }
    assert {"builtin_numbers", "builtin_length"} <= keys["scores"]
    signals = README.split("**The built-in score with a source.**", 1)[1].split("\n\n", 2)[1]
    named |= set(re.findall(r"^\| `(builtin_[a-z]+)` \|", signals, flags=re.M))  # the signals' table
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    keys["summary"] = set(summary) | set(summary["counts"])
    assert {"offset", "flags", "record", "source", "reference"} <= keys["findings"] | keys["segments"]
    keys["skipped"] = set(summary["skipped"])
    walk = README.split("**What a directory walk leaves out.**", 1)[1].split("Symbolic links", 1)[0]
    named |= set(re.findall(r"`([a-z_]+)`", walk))
    for name, found in keys.items():
        assert found <= named, (name, found - named)


def test_paths_the_readme_names_exist() -> None:
    root = Path(__file__).resolve().parents[2]
    pattern = r"(?<![\w/.~-])((?:audit|scripts|bench|tests|references|docs)/[\w./*-]*\w/?)(?=[`)\s,;:])"
    named = set(re.findall(pattern, README)) - {"docs/guide.md", "docs/*.md"}  # a user's files in an example
    named |= {f"references/{name}" for name in re.findall(r"`([\w.]+\.(?:tsv|txt))`", README)}
    assert len(named) >= 30, named
    missing = sorted(path for path in named if not any(root.glob(path.rstrip("/"))))
    assert not missing, missing


def test_configuration_example_loads_and_shows_every_key() -> None:
    import tomllib

    from audit.config import KNOWN_KEYS, config_from_table

    example = README.split("## Configuration", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    table = tomllib.loads(example)["tool"]["mt-audit"]
    assert set(table) == KNOWN_KEYS
    config = config_from_table(table, "README.md")
    assert (config.top, config.jobs, config.exclude[1]) == (20, 0, "drafts/")


def test_source_example_gives_the_findings_shown(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    part = README.split("When records carry their source", 1)[1]
    (tmp_path / "pairs.tsv").write_text(part.split("```\n", 1)[1].split("```", 1)[0], encoding="utf-8")
    shown = re.findall(r"`(A1\d\d «[^`]+)`", part.split("Text files must be UTF-8", 1)[0])
    result = CliRunner().invoke(main, ["run", str(tmp_path / "pairs.tsv"), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    rows = map(json.loads, (tmp_path / "out" / "findings.jsonl").read_text(encoding="utf-8").splitlines())
    found = [f"{f['rule']} «{f['text']}» {f['message']} → {f['suggestion']}" for f in rows]
    assert len(shown) == 2 and found == shown
