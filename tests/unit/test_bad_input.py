"""A folder of deliverables as a localisation team has it: each bad file gets a clear error naming the
file (and line), the rest is audited, the run exits 2 and nothing is modified. Real files, real pipeline."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from pathlib import Path

import pytest

from audit.corpus import InputError, ReadOptions, discover, read_file
from audit.pipeline import Settings, run
from audit.report.postedit import edit_plaintext

GOOD = "Bà Phan Thị Yến bán hoa ở chợ Đà Lạt từ năm 2008."
LINES = "Ông Tạ Quang Bửu về thăm Nam Định.\nTrời mưa  to ở Phủ Lý..\n"  # F110 (two spaces) and F101 (..)

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE xliff [\n <!ENTITY a "ha">\n'
    + "".join(f' <!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(8))
    + "]>\n"
)
XLIFF_BODY = (
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" '
    'target-language="vi" datatype="plaintext" original="x"><body>\n'
    '<trans-unit id="1"><source>Laugh</source><target>Cười: &i;</target></trans-unit>\n</body></file></xliff>\n'
)


def _folder(root: Path, secret: Path) -> dict[str, bytes]:
    files = {
        "good.txt": (GOOD + "\n").encode(),
        "utf16_no_bom.txt": LINES.encode("utf-16-le"),
        "nul_inside.txt": "Dòng một.\nDòng hai\x00 có byte NUL.\n".encode(),
        "crlf.txt": LINES.replace("\n", "\r\n").encode(),
        "cr_only.txt": LINES.replace("\n", "\r").encode(),
        "cr_crlf.txt": LINES.replace("\n", "\r\r\n").encode(),  # a CRLF file converted once more
        "ragged.tsv": "src\tmt\nOne\tMột..\nTwo\tHai\textra\nThree\n".encode(),
        "bom.jsonl": codecs.BOM_UTF8 + '{"id": "r1", "mt": "Chợ Rạch Giá đông.."}\n'.encode(),
        "xxe.xlf": (
            f'<?xml version="1.0"?>\n<!DOCTYPE xliff [\n<!ENTITY s SYSTEM "file://{secret}">\n]>\n'
            + XLIFF_BODY.replace("&i;", "&s;")
        ).encode(),
        "laughs.xlf": (BILLION_LAUGHS + XLIFF_BODY).encode(),
        "xxe_utf16.xlf": (  # with a BOM: the declarations are looked for in its text
            f'<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE xliff [\n<!ENTITY s SYSTEM "file://{secret}">\n]>\n'
            + XLIFF_BODY.replace("&i;", "&s;")
        ).encode("utf-16"),
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    (root / "sub").mkdir()
    os.symlink("..", root / "sub" / "loop")  # a link back to a folder it is in
    os.symlink("missing.txt", root / "dangling.txt")
    return files


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict[str, bytes], Path]:
    base = tmp_path_factory.mktemp("bad")
    secret = base / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    root = base / "deliverables"
    root.mkdir()
    files = _folder(root, secret)
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()}
    result = run([str(root)], str(base / "out"), Settings(select=["F"], qe=[]))
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()}
    assert before == after  # nothing the user owns is modified
    assert result.exit_code == 2
    return root, result.summary, files, base / "out"


def _error(summary: dict, name: str) -> list[dict]:
    return [e for e in summary["input_errors"] if Path(e["file"]).name == name or e["file"].endswith("/" + name)]


def _findings(out: Path, doc: str) -> list[dict]:
    rows = [json.loads(line) for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["doc"] == doc]


def test_the_rest_of_the_folder_is_audited(audited: tuple) -> None:
    out = audited[3]
    docs = [json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(docs) == ["bom.jsonl", "cr_crlf.txt", "cr_only.txt", "crlf.txt", "good.txt", "ragged.tsv"]


def test_utf16_without_bom_is_named_with_its_conversion(audited: tuple) -> None:
    [e] = _error(audited[1], "utf16_no_bom.txt")
    assert (
        e["line"] == 1 and "UTF-16 little-endian without a BOM" in e["message"] and "iconv -f UTF-16LE" in e["message"]
    )


def test_a_nul_byte_inside_text_is_located_and_explained(audited: tuple) -> None:
    [e] = _error(audited[1], "nul_inside.txt")
    offset = audited[2]["nul_inside.txt"].index(0)
    assert e["line"] == 2 and f"NUL byte at byte offset {offset} in a text file" in e["message"]
    assert "tr -d" in e["message"]


@pytest.mark.parametrize("name", ["crlf.txt", "cr_only.txt", "cr_crlf.txt"])
def test_crlf_and_cr_only_line_ends_keep_lines_and_columns(audited: tuple, name: str) -> None:
    found = {(f["rule"], f["line"], f["column"], f["text"]) for f in _findings(audited[3], name)}
    assert ("F101", 2, 22, "..") in found and ("F110", 2, 9, "  ") in found, found


@pytest.mark.parametrize("name", ["cr_only.txt", "cr_crlf.txt"])
def test_apply_writes_into_a_cr_only_file_at_the_audited_line(audited: tuple, name: str) -> None:
    """The lines apply counts are the reader's: a lone CR ends one, CR CR LF ends one (not two)."""
    _, _, files, out = audited
    [f] = [f for f in _findings(out, name) if f["rule"] == "F101"]
    edit = {"line": f["line"], "column": f["column"], "original": "..", "text": "."}
    text = files[name].decode()
    assert edit_plaintext(text, [edit], name) == text.replace("Lý..", "Lý.")


def test_a_ragged_tsv_row_is_named_and_the_others_read(audited: tuple) -> None:
    errors = _error(audited[1], "ragged.tsv")
    assert [(e["line"], e["message"].split(",")[0]) for e in errors] == [
        (3, "row has 3 columns"),
        (4, "row has 1 column"),
    ]
    assert [f["line"] for f in _findings(audited[3], "ragged.tsv")] == [2]


def test_jsonl_with_a_utf8_bom_is_read(audited: tuple) -> None:
    assert not _error(audited[1], "bom.jsonl")
    [f] = _findings(audited[3], "bom.jsonl")
    assert (f["line"], f["column"], f["record"]) == (1, 18, "r1")


@pytest.mark.parametrize(("name", "line"), [("xxe.xlf", 3), ("laughs.xlf", 3), ("xxe_utf16.xlf", 3)])
def test_xliff_declaring_entities_is_refused_unexpanded(audited: tuple, name: str, line: int) -> None:
    [e] = _error(audited[1], name)
    assert e["line"] == line and "declares entities" in e["message"] and "TOPSECRET" not in json.dumps(audited[1])


def test_a_symlink_loop_and_a_dangling_link_are_named(audited: tuple) -> None:
    [loop] = _error(audited[1], "sub/loop")
    assert "symbolic link loop" in loop["message"]
    [dangling] = _error(audited[1], "dangling.txt")
    assert "symbolic link to missing.txt that cannot be followed" in dangling["message"]


def _readable(p: Path) -> bool:
    try:
        p.read_bytes()
    except PermissionError:
        return False
    return True


def test_unreadable_file_and_folder_are_named_and_the_rest_read(tmp_path: Path) -> None:
    """Permissions as a user without rights sees them (as root, the test takes another user's id)."""
    root = Path(os.environ.get("TMPDIR", "/tmp")) / f"mt-audit-perm-{os.getpid()}"
    root.mkdir(mode=0o755)
    try:
        (root / "ok.txt").write_text(GOOD + "\n", encoding="utf-8")
        (root / "secret.txt").write_text("Bí mật.\n", encoding="utf-8")
        (root / "locked").mkdir()
        (root / "locked" / "in.txt").write_text("Bên trong.\n", encoding="utf-8")
        os.chmod(root / "secret.txt", 0)
        os.chmod(root / "locked", 0)
        errors: list[InputError] = []
        docs = []
        import audit.corpus.plaintext  # noqa: F401  (imported before the rights are dropped)

        if os.geteuid() == 0:
            os.seteuid(65534)
        try:
            if _readable(root / "secret.txt"):
                pytest.skip("permissions are not enforced here")
            for item in discover([str(root)], errors):
                try:
                    docs.extend(read_file(item, ReadOptions(), errors))
                except InputError as e:
                    errors.append(e)
        finally:
            if os.getuid() == 0:
                os.seteuid(0)
        messages = {Path(e.path).name: e.message for e in errors}
        assert messages == {
            "locked": "cannot read the folder: Permission denied",
            "secret.txt": "cannot open: Permission denied",
        }
        assert [d.doc for d in docs] == ["ok.txt"]
    finally:
        os.chmod(root / "locked", 0o755)
        os.chmod(root / "secret.txt", 0o644)
        for p in sorted(root.rglob("*"), reverse=True):
            p.rmdir() if p.is_dir() else p.unlink()
        root.rmdir()


@pytest.mark.parametrize(("name", "data"), [("r.jsonl", '{"mt": "Chào Huế."}\r{"mt": "Tạm biệt."}\r')])
def test_record_files_with_cr_only_line_ends_say_so(tmp_path: Path, name: str, data: str) -> None:
    p = tmp_path / name
    p.write_bytes(data.encode())
    errors: list[InputError] = []
    try:
        read_file(discover([str(p)], errors)[0], ReadOptions(), errors)
    except InputError as e:
        errors.append(e)
    [e] = errors
    assert e.line == 1 and "carriage returns (CR) without line feeds" in e.message and "tr '\\r' '\\n'" in e.message


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.xlf", '<?xml version="1.0"?>\n' + XLIFF_BODY.replace("&i;", "Chào Sa Pa..")),
        ("b.jsonl", '{"id": "q", "mt": "Chào Sa Pa.."}\n'),
        ("c.html", "<html><body><p>Chào Sa Pa..</p></body></html>\n"),
    ],
)
def test_utf16_without_bom_is_named_right_in_every_format(tmp_path: Path, codec: str, name: str, text: str) -> None:
    p = tmp_path / name
    p.write_bytes(text.encode(codec))
    with pytest.raises(InputError) as e:
        read_file(discover([str(p)], [])[0], ReadOptions(), [])
    order = "little-endian" if codec.endswith("le") else "big-endian"
    assert e.value.line == 1 and f"UTF-16 {order} without a BOM" in e.value.message


def test_a_named_pipe_in_a_folder_is_named_not_read(tmp_path: Path) -> None:
    """Opening a pipe would wait for a writer for ever: it is reported, and the walk goes on."""
    (tmp_path / "ok.txt").write_text(GOOD + "\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    errors: list[InputError] = []
    files = discover([str(tmp_path)], errors)
    assert [f.doc for f in files] == ["ok.txt"]
    assert [(Path(e.path).name, e.message) for e in errors] == [
        ("pipe.txt", "not a regular file (a pipe, socket or device); not read")
    ]


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be"])
@pytest.mark.parametrize("name", ["phim.srt", "tin.txt", "vi.po"])
def test_utf32_with_a_bom_is_named_with_its_conversion(tmp_path: Path, codec: str, name: str) -> None:
    """UTF-32's little-endian BOM (FF FE 00 00) starts like UTF-16's: it was read so and refused as a binary file."""
    p = tmp_path / name
    bom = codecs.BOM_UTF32_BE if codec.endswith("be") else b""
    p.write_bytes(bom + "1\n00:00:01,000 --> 00:00:02,000\nXin chào Huế.\n".encode(codec))
    with pytest.raises(InputError) as e:
        read_file(discover([str(p)], [])[0], ReadOptions(), [])
    assert e.value.line == 1 and "UTF-32" in e.value.message and "iconv -f UTF-32 -t UTF-8" in e.value.message
