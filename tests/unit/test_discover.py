"""Directory walks: --exclude / exclude = [...] (gitignore-like), hidden files, files of no input format,
and what summary.json says was skipped. Real folders written by the test, the real CLI and pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.config import ConfigError, load_config
from audit.corpus import InputError, ReadOptions, Skipped, discover, read_file
from audit.corpus.exclude import PatternError, compile_pattern
from audit.pipeline import Settings, run

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("pattern", "path", "is_dir", "matches"),
    [
        ("README.md", "README.md", False, True),
        ("README.md", "mt/README.md", False, True),  # no slash: any depth
        ("/README.md", "mt/README.md", False, False),  # leading slash: anchored at the root
        ("/README.md", "README.md", False, True),
        ("./README.md", "README.md", False, True),
        ("./README.md", "mt/README.md", False, False),
        ("*.bak", "a/b/c.bak", False, True),
        ("*.bak", "a/b/c.bak.txt", False, False),
        ("drafts/", "drafts", True, True),
        ("drafts/", "drafts", False, False),  # trailing slash: folders only
        ("drafts/", "vi/drafts", True, True),
        ("vi/drafts", "vi/drafts", True, True),
        ("vi/drafts", "en/vi/drafts", True, False),  # a slash inside: anchored
        ("**/old", "x/y/old", True, True),
        ("src/**/v?.xlf", "src/v1.xlf", False, True),  # ** matches zero folders too
        ("src/**/v?.xlf", "src/a/b/v2.xlf", False, True),
        ("src/**/v?.xlf", "src/a/b/v10.xlf", False, False),
        ("src/**", "src/a/b.txt", False, True),
        ("src/**", "src", True, False),
        ("[!a]*.txt", "b.txt", False, True),
        ("[!a]*.txt", "a.txt", False, False),
        ("Notes.txt", "notes.txt", False, False),  # case-sensitive, as git
        ("[]x]*.txt", "]b.txt", False, True),  # a ']' first in a class is one of its characters
        ("[]x]*.txt", "x.txt", False, True),
        ("[]x]*.txt", "y.txt", False, False),
        ("[!]]*.txt", "]b.txt", False, False),
        ("v[0-9].xlf", "v7.xlf", False, True),
    ],
)
def test_patterns_match_as_in_gitignore(pattern: str, path: str, is_dir: bool, matches: bool) -> None:
    assert compile_pattern(pattern).matches(path, is_dir) is matches


@pytest.mark.parametrize("pattern", ["!keep.txt", "", "./", "a[bc.txt", "[]", "v[9-0].xlf", "[!]"])
def test_unusable_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(PatternError):
        compile_pattern(pattern)


def _tree(root: Path) -> None:
    files = {
        "README.md": "# Deliverables of the Đà Lạt job\n",
        "vi/01_tin.txt": "Ông Hồ Văn Khải mở xưởng gốm ở Bát Tràng.\n",
        "vi/SOURCE.md": "Nguồn: bản dịch của đối tác.\n",
        "vi/drafts/01_nhap.txt": "Bản nháp chưa xong..\n",
        "vi/old.bak.txt": "Bản cũ.\n",
        "vi/hop_dong.docx": "not a document format\n",
        "records/r.jsonl": '{"id": "k1", "mt": "Giá gạo ở An Giang tăng."}\n',
        ".git/config": "[core]\n",
        "vi/.~lock.01_tin.txt#": "lock\n",
    }
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def test_walk_skips_and_counts_what_it_leaves_out(tmp_path: Path) -> None:
    _tree(tmp_path)
    errors: list[InputError] = []
    skipped = Skipped()
    files = discover([str(tmp_path)], errors, exclude=["drafts/", "*.bak.txt"], skipped=skipped)
    assert not errors
    assert [f.doc for f in files] == ["records/r.jsonl", "vi/01_tin.txt"]
    summary = skipped.to_json()
    assert summary["excluded"] == 2 and summary["excluded_paths"] == ["vi/drafts/", "vi/old.bak.txt"]
    assert summary["hidden"] == 2  # .git/ and the lock file
    assert summary["not_input_format"] == {".docx": 1, ".md": 2}


def test_a_markdown_file_named_is_read_as_text(tmp_path: Path) -> None:
    _tree(tmp_path)
    errors: list[InputError] = []
    [item] = discover([str(tmp_path / "vi" / "SOURCE.md")], errors, exclude=["*.md"])  # exclude: walks only
    [doc] = read_file(item, ReadOptions(), errors)
    assert not errors and doc.segments[0].text == "Nguồn: bản dịch của đối tác."


def test_exclude_in_the_configuration_and_its_errors(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.mt-audit]\nexclude = ["drafts/", "**/*.bak.txt"]\n')
    assert load_config(start=tmp_path).exclude == ["drafts/", "**/*.bak.txt"]
    (tmp_path / "pyproject.toml").write_text('[tool.mt-audit]\nexclude = ["!important.txt"]\n')
    with pytest.raises(ConfigError, match=r"exclude.*negation"):
        load_config(start=tmp_path)


def test_cli_exclude_adds_to_the_configuration_and_summary_counts_it(tmp_path: Path) -> None:
    data = tmp_path / "job"
    _tree(data)
    cfg = tmp_path / "mt-audit.toml"
    cfg.write_text('exclude = ["*.bak.txt"]\n', encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(data), "--out", str(out), "--config", str(cfg), "--exclude", "drafts/", "-q", "--select", "F"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["config"]["exclude"] == ["*.bak.txt", "drafts/"]
    assert summary["skipped"]["excluded_paths"] == ["vi/drafts/", "vi/old.bak.txt"]
    assert "note: not audited: 2 excluded path(s)" in result.stderr and "2 .md" in result.stderr
    docs = [json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(docs) == ["records/r.jsonl", "vi/01_tin.txt"]
    bad = CliRunner().invoke(main, ["run", str(data), "--out", str(out), "--exclude", "a[b"])
    assert bad.exit_code == 2 and "--exclude" in bad.stderr and "'['" in bad.stderr


def test_run_help_says_what_a_walk_leaves_out() -> None:
    text = " ".join(CliRunner().invoke(main, ["run", "--help"]).output.split())
    assert "hidden files and folders" in text and "--exclude GLOB" in text and ".md notes" in text


def test_a_blind_set_folder_audits_its_documents_not_its_readme(tmp_path: Path) -> None:
    result = run([str(ROOT / "tests" / "data" / "adversary7")], str(tmp_path / "out"), Settings(select=["F"], qe=[]))
    docs = [json.loads(line)["doc"] for line in (tmp_path / "out" / "documents.jsonl").open(encoding="utf-8")]
    assert docs and all(d.startswith(("clean/", "mt/")) and d.endswith(".txt") for d in docs)
    assert result.summary["skipped"]["not_input_format"][".md"] == 1  # README.md: counted, not audited


def test_a_file_reached_through_links_is_read_once(tmp_path: Path) -> None:
    """Links to a file the walk reads anyway (beside it, in a subfolder) are counted, not audited again; a file
    reached only through links is read once, under the first link's path."""
    (tmp_path / "vi").mkdir()
    (tmp_path / "vi" / "02_le_hoi.txt").write_text("Lễ hội hoa ban mở ở Điện Biên.\n", encoding="utf-8")
    (tmp_path / "latest.txt").symlink_to("vi/02_le_hoi.txt")
    (tmp_path / "vi" / "copy.txt").symlink_to("02_le_hoi.txt")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("Cầu Rồng phun lửa tối thứ Bảy.\n", encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(outside)
    (tmp_path / "vi" / "a.txt").symlink_to(outside)
    skipped = Skipped()
    files = discover([str(tmp_path)], [], skipped=skipped)
    assert [f.doc for f in files] == ["b.txt", "vi/02_le_hoi.txt"]
    assert skipped.linked_again == 3


def test_an_exclude_pattern_that_leaves_nothing_out_is_noted(tmp_path: Path) -> None:
    """'job/vi/drafts' written from the folder above the one given matches nothing: summary.json and a note say
    so, and the drafts are audited as the user did not mean."""
    data = tmp_path / "job"
    _tree(data)
    out = tmp_path / "out"
    args = [
        "run",
        str(data),
        "--out",
        str(out),
        "-q",
        "--select",
        "F",
        "--exclude",
        "job/vi/drafts",
        "--exclude",
        "*.bak.txt",
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["skipped"]["unmatched_patterns"] == ["job/vi/drafts"]
    assert "note: exclude pattern 'job/vi/drafts' left nothing out" in result.stderr
    assert "'*.bak.txt' left nothing out" not in result.stderr


def test_a_folder_with_nothing_to_audit_is_an_input_error(tmp_path: Path) -> None:
    """A CI job pointed at a folder of notes must not pass as a clean audit of nothing."""
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README.md").write_text("# Ghi chú\n", encoding="utf-8")
    (tmp_path / "notes" / ".draft.txt").write_text("Bản nháp.\n", encoding="utf-8")
    errors: list[InputError] = []
    assert discover([str(tmp_path / "notes")], errors) == []
    assert [(e.path, e.message.split(":")[0]) for e in errors] == [
        (str(tmp_path / "notes"), "no file to audit in this folder")
    ]
    # a folder with one document besides is no error
    (tmp_path / "notes" / "bai.txt").write_text("Hội nghị bế mạc chiều nay.\n", encoding="utf-8")
    errors = []
    assert [f.doc for f in discover([str(tmp_path / "notes")], errors)] == ["bai.txt"] and errors == []
