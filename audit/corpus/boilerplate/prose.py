"""Lines that are article text for sure: a prose paragraph, a sentence of ten words; footnote calls aside."""

from __future__ import annotations

import re

_PROSE_WORDS = 30  # a related-news item is a headline, or a headline with a one-sentence lead


# a footnote call after a word or a sentence ('… Việt Nam.[1]', '[a]', '[cần dẫn nguồn]'), as an encyclopedia writes it
_NOTE_CALL = re.compile(r"\[(?:\d{1,3}|[a-z]|cần dẫn nguồn|citation needed)\]")


def without_notes(line: str) -> str:
    """The line without its footnote calls, stripped (a '[' is tested first: a quick test)."""
    return (_NOTE_CALL.sub("", line) if "[" in line else line).strip()


def is_prose(line: str) -> bool:
    """An article paragraph: long, and two sentences or more ending in sentence punctuation (footnote calls aside)."""
    text = without_notes(line)
    return len(text.split()) >= _PROSE_WORDS and text[-1:] in '.!?…”"' and len(re.findall(r"[.!?…]\s", text)) >= 1


_SENTENCE_WORDS = 10


def article_sentence(line: str) -> bool:
    """A line of article text for sure: ten words or more ending as a sentence ends (the words are counted by
    the spaces between them, a cheap test)."""
    text = without_notes(line)
    return text[-1:] in '.!?…”"' and text.count(" ") >= _SENTENCE_WORDS - 1
