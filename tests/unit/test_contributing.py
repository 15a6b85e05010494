"""docs/CONTRIBUTING.md names only paths, modules and code names that exist, so that it cannot go stale silently."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "docs" / "CONTRIBUTING.md").read_text(encoding="utf-8")
EXAMPLE_FILES = {"references/unit_words.tsv"}  # the reference file of the guide's example rule
SOURCES = "\n".join(
    p.read_text(encoding="utf-8") for d in ("audit", "scripts", "bench", "tests") for p in (ROOT / d).rglob("*.py")
)


def test_paths_the_guide_names_exist() -> None:
    pattern = r"(?<![\w/.~-])((?:audit|scripts|bench|tests|references|docs)/[\w./*-]*\w/?)(?=[`)\s,;:])"
    named = set(re.findall(pattern, GUIDE)) - EXAMPLE_FILES
    assert len(named) >= 40, named
    missing = sorted(path for path in named if not any(ROOT.glob(path.rstrip("/"))))
    assert not missing, missing


def test_test_ids_the_guide_names_exist() -> None:
    ids = re.findall(r"`((?:tests/[\w/]+/)?test_\w+\.py)::(\w+)`", GUIDE)
    assert len(ids) >= 2, ids
    for path, name in ids:
        file = ROOT / path if path.startswith("tests/") else next(ROOT.glob(f"tests/*/{path}"))
        assert re.search(rf"^def {name}\(", file.read_text(encoding="utf-8"), flags=re.M), (path, name)


def test_dotted_module_names_import() -> None:
    dotted = set(re.findall(r"`(audit(?:\.\w+)+)`", GUIDE))
    assert len(dotted) >= 5, dotted
    for name in sorted(dotted):
        parts = name.split(".")
        for cut in range(len(parts), 0, -1):  # the longest importable module, then attributes
            try:
                obj = importlib.import_module(".".join(parts[:cut]))
            except ModuleNotFoundError:
                continue
            for attr in parts[cut:]:
                obj = getattr(obj, attr)
            break


def test_code_names_the_guide_uses_exist() -> None:
    """Every CamelCase, snake_case or CONSTANT name in backticks (``SegmentRule``, ``trigger_pattern``,
    ``FACTORIES``) is a word of the project's Python sources."""
    spans = re.findall(r"`([^`\n]+)`", GUIDE.split("```python", 1)[0] + GUIDE.split("```", 2)[2])
    code = r"[A-Za-z_]\w*"
    names = set()
    for span in spans:
        for word in re.findall(rf"(?<![\w/.<-])({code}(?:\.{code})*)(?![\w/<-])", span.removesuffix("()")):
            last = word.split(".")[-1]
            if "_" in last or re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{5,}", last):
                names.add(last)
    assert len(names) >= 30, names
    missing = sorted(n for n in names if not re.search(rf"\b{re.escape(n)}\b", SOURCES))
    assert not missing, missing
