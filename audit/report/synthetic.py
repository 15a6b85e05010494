"""A synthetic run output directory of any size, for the report benchmark and the browser tests.

Sentences are assembled from a small word list with a fixed seed, so the same arguments
always give the same directory; findings are spread over the segments with all three
severities, several rules and categories, and some overlapping spans.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

WORDS = (
    "hợp tác phát triển kinh tế thương mại đầu tư giáo dục văn hóa du lịch nông nghiệp công nghệ khoa học "
    "hội nghị đại biểu chính phủ bộ trưởng thành phố tỉnh huyện dự án chương trình kế hoạch năm tháng "
    "người dân doanh nghiệp thị trường xuất khẩu nhập khẩu sản phẩm dịch vụ môi trường biển sông núi"
).split()
RULES = (
    ("F101", "fluency/punctuation", "minor", "doubled punctuation", "."),
    ("F102", "fluency/punctuation", "minor", "space before punctuation", "."),
    ("N201", "accuracy/mistranslation", "major", "name transliterated through Chinese", "Nguyễn Văn An"),
    ("C301", "accuracy/mistranslation", "critical", "wrong country in context", "Việt Nam"),
    ("T401", "terminology/inconsistent", "minor", "exonym differs from the rest of the document", "Ý"),
)


def make_run(
    out_dir: str | Path,
    segments: int = 10_000,
    findings: int = 20_000,
    docs: int = 50,
    seed: int = 7,
    extra_lines: list[str] | None = None,
) -> Path:
    """Write summary.json, documents.jsonl, segments.jsonl and findings.jsonl into ``out_dir``."""
    rnd = random.Random(seed)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    per_doc = max(1, segments // docs)
    seg_rows: list[dict] = []
    doc_rows: list[dict] = []
    extra = list(extra_lines or [])
    for d in range(docs):
        name = f"doc_{d:04d}.txt"
        n = per_doc if d < docs - 1 else segments - per_doc * (docs - 1)
        for i in range(n):
            if extra:
                text = extra.pop(0)
            else:
                text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 30))).capitalize() + "."
            bp = i == n - 1 and n > 3
            seg_rows.append(
                {
                    "doc": name,
                    "segment": i,
                    "line": i + 1,
                    "column": 1,
                    "text": text,
                    "boilerplate": bp,
                    "lang": None if bp else "vi",
                    "scores": {},
                    "risk": 0.0,
                    "rank": None,
                    "words": len(text.split()),
                    "penalty": 0.0,
                    "findings": 0,
                    **({"boilerplate_kind": "navigation"} if bp else {}),
                }
            )
        doc_rows.append(
            {
                "doc": name,
                "title": f"Synthetic document {d}",
                "format": "text",
                "segments": n,
                "content_segments": n - 1,
                "findings": 0,
                "by_severity": {"critical": 0, "major": 0, "minor": 0},
                "words": 0,
                "penalty": 0.0,
                "risk": 0.0,
                "rank": None,
                "mqm": 100.0,
            }
        )
    content = [s for s in seg_rows if not s["boilerplate"]]
    finding_rows = []
    for _ in range(findings):
        s = rnd.choice(content)
        words = s["text"].split(" ")
        w = rnd.randrange(len(words))
        start = len(" ".join(words[:w])) + (1 if w else 0)
        end = start + len(words[w]) if rnd.random() < 0.7 else min(len(s["text"]), start + len(words[w]) + 6)
        rule, cat, sev, msg, sugg = rnd.choice(RULES)
        finding_rows.append(
            {
                "doc": s["doc"],
                "segment": s["segment"],
                "line": s["line"],
                "column": 1 + start,
                "text": s["text"][start:end],
                "rule": rule,
                "category": cat,
                "severity": sev,
                "message": msg,
                "suggestion": sugg,
                "confidence": round(rnd.uniform(0.5, 1), 2),
                **({"candidates": [sugg, "Nguyễn Văn Ân"]} if rule == "N201" else {}),
            }
        )
        s["findings"] += 1
        s["penalty"] += {"minor": 1, "major": 5, "critical": 10}[sev]
    finding_rows.sort(key=lambda f: (f["doc"], f["segment"], f["column"]))
    for s in content:
        s["risk"] = round(1 - 0.9 ** s["penalty"], 6)
    for r, s in enumerate(sorted(content, key=lambda s: -s["risk"]), start=1):
        s["rank"] = r
    by_doc = {d["doc"]: d for d in doc_rows}
    for f in finding_rows:
        d = by_doc[f["doc"]]
        d["findings"] += 1
        d["by_severity"][f["severity"]] += 1
    for d in doc_rows:
        risks = [s["risk"] for s in content if s["doc"] == d["doc"]]
        d["risk"] = round(max(risks, default=0.0), 6)
    for r, d in enumerate(sorted(doc_rows, key=lambda d: -d["risk"]), start=1):
        d["rank"] = r
    by_sev = {k: sum(1 for f in finding_rows if f["severity"] == k) for k in ("critical", "major", "minor")}
    counts = {"documents": docs, "segments": segments, "findings": len(finding_rows), "by_severity": by_sev}
    (out / "summary.json").write_text(
        json.dumps({"tool": "mt-audit", "version": "synthetic", "inputs": [], "counts": counts, "seed": seed}),
        encoding="utf-8",
    )
    for name, rows in (("documents.jsonl", doc_rows), ("segments.jsonl", seg_rows), ("findings.jsonl", finding_rows)):
        with (out / name).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out
