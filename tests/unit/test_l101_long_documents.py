"""L101 on a long document (a batch file of sentences, a part of 5,000 segments) reads it in linear time: the
document's English-looking lowercase words are searched in the distinct runs of lowercase ASCII letters, not in the
whole text once a word, and the surnames an English honorific may stand before alone are read from the segments that
hold the word, not from the whole document. Both give exactly what the whole-text forms gave (on every document of
tests/data and corpus/, and on sentences of no set)."""

from __future__ import annotations

from pathlib import Path

import pytest

import audit.rules.language.untranslated_word as uw
from audit.corpus import ReadOptions, discover, read_file
from audit.lang.textcache import new_document
from audit.rules.base import DocContext
from audit.rules.language.english_honorifics import DocumentSurnames, english_honorifics, surnames

ROOT = Path(__file__).resolve().parents[2]


def _documents() -> list:
    errors: list = []
    out = []
    for item in discover([str(ROOT / "tests" / "data"), str(ROOT / "corpus")], errors):
        try:
            out += read_file(item, ReadOptions(), errors)
        except Exception:  # the bad-input files of tests/data
            continue
    return out


def test_foreign_lowercase_in_runs_equals_the_whole_text_search(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _documents()
    assert len(docs) > 200
    runs_used = 0
    for doc in docs:
        new_document()
        monkeypatch.setattr(uw, "_RUNS_FROM", 10**9)
        whole = uw._foreign_lowercase(DocContext(doc))
        monkeypatch.setattr(uw, "_RUNS_FROM", -1)
        in_runs = uw._foreign_lowercase(DocContext(doc))
        assert in_runs == whole, doc.doc
        runs_used += bool(whole)
    assert runs_used > 20  # documents with English-looking words: the comparison is not of empty sets


SEGMENTS = [
    "Ông Daniel Whitford, giám đốc hãng Norvale, đến Đà Nẵng.",
    "Mr. Whitford cho biết hãng sẽ mở văn phòng.",
    "Dr. Osei trả lời báo chí.",  # Osei is never named in full
    "Bà Amara Osei-Bonsu và Mr Bean có mặt.",
    "Mr Bean Whitley cười.",  # 'Whitley' after an honorific's full name: no surname of its own
    "Giáo sư Helena\nKovač phát biểu.",  # a newline inside a segment parts the two words
]


@pytest.mark.parametrize("word", ["Whitford", "Osei", "Bean", "Whitley", "Kovač", "Norvale", "Amara", "Nẵng"])
def test_document_surnames_answer_as_the_surnames_of_the_joined_text(word: str) -> None:
    assert (word in DocumentSurnames(SEGMENTS)) == (word in surnames("\n".join(SEGMENTS)))


def test_english_honorifics_before_a_surname_alone_with_the_document_surnames() -> None:
    known = DocumentSurnames(SEGMENTS)
    assert [SEGMENTS[1][s:e] for s, e, _ in english_honorifics(SEGMENTS[1], known)] == ["Mr."]
    assert list(english_honorifics(SEGMENTS[2], known)) == []  # 'Osei' is named in full nowhere
    assert list(english_honorifics(SEGMENTS[1], frozenset())) == []
