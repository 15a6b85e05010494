"""N109: a Korean person's name rendered through Chinese, in pinyin ('Li Xianghe' 李相赫) or Hán-Việt ('Lý Tương
Hách'), where Vietnamese writes its Korean romanisation (Lee Sang-hyeok).

With a Chinese source, the name's characters give the Korean reading and so the fix (audit.lang.korean). Without
one, a pinyin name whose surname only Koreans bear ('Piao' 朴), or one in a document about Korea that N101 would
otherwise read as a Vietnamese name, is flagged without a fix: the characters behind pinyin are not known.
The per-document analysis is memoised and shared with N101, which leaves these names alone.

Modules: ``cues`` (what marks a name or a document Korean), ``from_source`` (names read from a Chinese source),
``target_only`` and ``known_people`` (names found without one), ``mentions`` (the memoised analysis N101 shares),
``rule`` (N109).
"""

from audit.rules.korean_names.cues import KoreanMention
from audit.rules.korean_names.mentions import doc_korean
from audit.rules.korean_names.rule import KoreanNameViaChinese

__all__ = ["KoreanMention", "KoreanNameViaChinese", "doc_korean"]
