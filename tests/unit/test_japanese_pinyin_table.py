"""The Japanese family names' pinyin table is built with pypinyin once, then read from the user cache dir: a run
does not import pypinyin, whose dictionaries take about 50 MB (misses29's reader raised the bench's peak by 53 MB)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from audit.lang.japanese_pinyin import _surname_rows, surname_pinyin

ROOT = Path(__file__).resolve().parents[2]


def test_the_stored_table_is_the_built_one() -> None:
    assert surname_pinyin() == {word: (romaji, zh) for word, romaji, zh in _surname_rows()}
    assert surname_pinyin()["Shantian"] == ("Yamada", "山田")


def test_a_run_with_the_table_stored_does_not_import_pypinyin(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from audit.lang.japanese_pinyin import japanese_pinyin_names\n"
        "print(len(japanese_pinyin_names('Ông Shantian Jianyi phát biểu.')), 'pypinyin' in sys.modules)\n"
    )
    env = {"XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert first.stdout.split() == ["1", "True"]  # built, with pypinyin
    assert again.stdout.split() == ["1", "False"]  # read back
