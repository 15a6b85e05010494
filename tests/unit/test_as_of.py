"""The day an audit counts as today (audit.clock): --as-of, the configuration's as-of, MT_AUDIT_AS_OF, the API's
as_of; each run and call leaves the process's day as it found it."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from audit import clock
from audit.api import audit_pairs, audit_text
from audit.pipeline import Settings, run

# Olaf Scholz was Germany's chancellor until 6 May 2025 (references/people.tsv): a story dated 20 November 2025 that
# calls him chancellor is wrong as of any later day; as of April 2025 that date is still to come (a plan, not the
# story's date) and the sentence is quiet.
DATED = "Ngày 20/11/2025, Thủ tướng Đức Olaf Scholz đã có cuộc điện đàm với Thủ tướng Phạm Minh Chính."
BEFORE = datetime.date(2025, 4, 1)
AFTER = datetime.date(2025, 12, 1)


def _n103(findings: list) -> list[str | None]:
    return [f.suggestion for f in findings if f.rule == "N103"]


def test_the_api_reads_the_day_given() -> None:
    assert _n103(audit_text(DATED, select=["N103"], as_of=AFTER)) == ["Thủ tướng Đức Friedrich Merz"]
    assert _n103(audit_text(DATED, select=["N103"], as_of=BEFORE)) == []
    assert _n103(audit_pairs([("", DATED)], select=["N103"], as_of=BEFORE)) == []


def test_a_call_leaves_the_day_as_it_found_it() -> None:
    before = clock.today()
    audit_text(DATED, select=["N103"], as_of=BEFORE)
    assert clock.today() == before
    with clock.fixed(AFTER):
        assert clock.today() == AFTER
        with clock.fixed(None):  # None keeps the day of the block outside
            assert clock.today() == AFTER
    assert clock.today() == before


def test_the_environment_variable_and_its_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV, "2025-04-01")
    assert clock.today() == BEFORE
    monkeypatch.setenv(clock.ENV, "")
    assert clock.today() == datetime.date.today()
    monkeypatch.setenv(clock.ENV, "1/4/2025")
    with pytest.raises(ValueError, match="MT_AUDIT_AS_OF: '1/4/2025' is not a day written YYYY-MM-DD"):
        clock.today()


@pytest.mark.parametrize("text", ["2025-4-1", "01/04/2025", "2025-04-31", "tomorrow", "2025-04-01T00:00"])
def test_only_a_whole_iso_day_is_read(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        clock.parse_day(text)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_run_fixes_the_day_in_every_worker(tmp_path: Path, jobs: int) -> None:
    """--jobs 2 audits in pool processes: each builds its Engine from the Settings, and reads the same day."""
    for k in range(3):  # three files, so that both workers get one
        (tmp_path / f"in{k}.txt").write_text(DATED + "\n", encoding="utf-8")
    found = {}
    for day in (BEFORE, AFTER):
        result = run([str(tmp_path)], str(tmp_path / f"out-{day}"), Settings(select=["N103"], as_of=day), jobs=jobs)
        found[day] = result.summary["counts"]["findings"]
        assert result.summary["config"]["as_of"] == day.isoformat()
    assert found == {BEFORE: 0, AFTER: 3}
    assert clock.today() == clock.env_day()  # the run gave the process its day back


def _audit(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "audit", "run", *args, "-q", "--no-html"],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_the_command_line_option_the_config_key_and_their_errors(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(DATED + "\n", encoding="utf-8")

    def findings(out: str) -> tuple[int, str]:
        summary = json.loads((tmp_path / out / "summary.json").read_text(encoding="utf-8"))
        return summary["counts"]["by_rule"].get("N103", 0), summary["config"]["as_of"]

    assert _audit(["story.txt", "--out", "a", "--as-of", "2025-04-01"], tmp_path).returncode == 0
    assert findings("a") == (0, "2025-04-01")
    (tmp_path / "pyproject.toml").write_text("[tool.mt-audit]\nas-of = 2025-12-01\n", encoding="utf-8")
    assert _audit(["story.txt", "--out", "b"], tmp_path).returncode == 0
    assert findings("b") == (1, "2025-12-01")
    assert _audit(["story.txt", "--out", "c", "--as-of", "2025-04-01"], tmp_path).returncode == 0  # the option wins
    assert findings("c") == (0, "2025-04-01")

    bad = _audit(["story.txt", "--out", "d", "--as-of", "1/4/2025"], tmp_path)
    assert bad.returncode == 2 and "--as-of: '1/4/2025' is not a day written YYYY-MM-DD" in bad.stderr
    (tmp_path / "pyproject.toml").write_text("[tool.mt-audit]\nselect = ['N']\nas-of = 20251201\n", encoding="utf-8")
    bad = _audit(["story.txt", "--out", "e"], tmp_path)
    assert bad.returncode == 2 and "pyproject.toml:3: as-of: 20251201 is not a day" in bad.stderr
    (tmp_path / "pyproject.toml").unlink()
    bad = _audit(["story.txt", "--out", "f"], tmp_path, env={clock.ENV: "soon"})
    assert bad.returncode == 2 and "MT_AUDIT_AS_OF: 'soon' is not a day" in bad.stderr
    assert not (tmp_path / "d").exists() and not (tmp_path / "f").exists()  # refused before any work


def test_no_module_reads_the_calendar_but_the_clock() -> None:
    """A rule that read datetime.date.today() itself would ignore --as-of."""
    root = Path(__file__).resolve().parents[2] / "audit"
    readers = [
        str(p.relative_to(root))
        for p in sorted(root.rglob("*.py"))
        if p.name != "clock.py" and any(s in p.read_text(encoding="utf-8") for s in ("date.today()", "datetime.now("))
    ]
    assert readers == []
