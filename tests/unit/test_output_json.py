"""dumps(): orjson and the json module give the same JSON lines for the records of a real run."""

import json
from pathlib import Path

import pytest

from audit.output import _COMPACT, dumps, dumps_lines, encode_lines
from audit.pipeline import Settings, run

ROOT = Path(__file__).resolve().parents[2]


def test_same_bytes_as_json_on_a_real_run(tmp_path: Path) -> None:
    run([str(ROOT / "corpus")], str(tmp_path), Settings())
    lines = 0
    for name in ("findings.jsonl", "segments.jsonl", "documents.jsonl"):
        for line in (tmp_path / name).read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            assert dumps(obj) == _COMPACT.encode(obj) == line
            lines += 1
    assert lines > 100


@pytest.mark.parametrize(
    "obj",
    [
        {"text": "Nguyễn Phú Trọng \u2028 “quoted” \t tab \x01 ctl", "n": -3, "x": 0.25, "big": 1e16},
        {"nested": [1, 2.5, None, True, {"a": "ơ"}], "empty": {}},
    ],
)
def test_same_bytes_on_edge_values(obj: dict) -> None:
    assert dumps(obj) == _COMPACT.encode(obj)


def test_tiny_floats_keep_their_value() -> None:
    # json writes 1e-05 and 3.2e-06, orjson 0.00001 and 3.2e-6: the same numbers
    assert json.loads(dumps({"x": 1e-05, "y": 3.2e-06})) == {"x": 1e-05, "y": 3.2e-06}


def test_falls_back_to_json_for_what_orjson_refuses() -> None:
    assert dumps({"n": 2**70}) == '{"n":1180591620717411303424}'
    assert dumps({1: "a"}) == '{"1":"a"}'


def test_dumps_lines_is_dumps_line_by_line() -> None:
    """A document's records dumped at once are the lines dumps() gives, each with its newline, even when one
    record needs the json fallback."""
    records = [{"text": "Hà Nội \u2028", "x": 0.25}, {"n": 2**70}, {"a": [1, None]}]
    assert dumps_lines(records) == "".join(dumps(r) + "\n" for r in records)
    assert dumps_lines(records[:1] + records[2:]) == "".join(dumps(r) + "\n" for r in records[:1] + records[2:])
    assert dumps_lines([]) == ""
    assert encode_lines(records) == dumps_lines(records).encode("utf-8") and encode_lines([]) == b""


def _json_dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize(
    "obj",
    [
        {"risk": 1e-05, "x": [3.2e-06, -2.5e-07, 0.0001, 0.00012]},  # tiny floats: json's spelling
        {"big": 2**70, 1: "a"},  # what orjson refuses
        {"text": "Nguyễn \u2028 \x01 “q” </script>", "n": [-0.0, 1e16, 1.5e300, 0.1, True, None]},
        {"text": "0.00001% e-mail 2e-5"},  # text that looks like a tiny float: json writes it, the same
    ],
)
def test_dumps_as_json_is_json_dumps(obj: object) -> None:
    from audit.output import dumps_as_json

    assert dumps_as_json(obj) == _json_dumps(obj)


def test_review_page_data_of_a_real_run_is_json_dumps(tmp_path: Path) -> None:
    """The review page's data (report.html) through orjson: the text json.dumps gave it."""
    from audit.output import dumps_as_json
    from audit.report.html import page_data
    from audit.report.load import load_run

    run([str(ROOT / "corpus")], str(tmp_path), Settings())
    data = page_data(load_run(tmp_path))
    assert len(data["findings"]) > 20
    assert dumps_as_json(data) == _json_dumps(data)
