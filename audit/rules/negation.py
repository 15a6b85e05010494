"""A111: a negation of the English or Chinese source that the Vietnamese translation lost.

Neural MT drops a 'not' now and then and the output still reads well: 'You must not drive' comes out as
'Bạn phải lái xe', 'are not refundable' as 'được hoàn tiền'. Vietnamese says a negation with a handful of
words (không, chưa, chẳng, đừng, chớ, cấm …) or a word that carries one (miễn, tránh, thiếu, vắng, bất-,
vô-, phi-), so a translation of a negated English sentence that has none of them has almost always lost it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from operator import attrgetter

from audit.lang.langid import vietnamese_share
from audit.lang.lost_not import unnegated_tu_y
from audit.lang.resources import read_lines, read_tsv
from audit.model import Segment, Severity
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register

# an English clause negation: not, n't, never, cannot, no longer, nothing, nobody, no one, none, neither, nor,
# and 'no' before a noun ('No injuries were reported', 'there is no cure'), but for the phrases in which 'no'
# says a bound or a certainty, which Vietnamese says without a negation ('no more than 5' → 'tối đa 5', 'no
# later than' → 'chậm nhất', 'no doubt' → 'chắc chắn', 'no matter' → 'dù'), and 'no' as a word ('say no to')
_NEGATION = re.compile(
    r"(?=[cn])"  # written from the first letters, so that the regex engine skips to one (not to every lookbehind)
    r"(?:(?<![\w'’-])(?:not|never|cannot|no\s+longer|nothing|nobody|no\s+one|none|neither|nor)(?![\w'’-])"
    r"|(?<![\w'’.-])no(?=\s+(?!(?:more|less|fewer|later|earlier|sooner|longer|matter|doubt|wonder|to|or|and"
    r"|small|mean|little)\b)[a-z]{3})"
    r"|(?<=[a-z])n[’']t(?![\w'’]))"
)  # on lowercased text
# a cheap test before it (no word boundaries: those make a regex slow): every match holds one of these
_GATE = re.compile(r"no|n['’]t|nev|neither")
# negations that are no clause negation, or that Vietnamese says without a negative word: 'not only/just/
# least' (→ 'không chỉ', 'đặc biệt là'), 'not until' (→ 'mãi … mới'), a double negative ('not uncommon' →
# 'bình thường'), 'never more so', 'whether or not', 'if not', 'not to mention'; after 'do' or a modal the
# un- word is a verb ('do not unplug', 'must not unlock'), and that 'not' is a clause negation
_NOT_CLAUSE = re.compile(
    r"\bnot\s+(?:only|just|merely|simply|least|to\s+mention)\b"
    r"|(?<!\bdo\s)(?<!\bdoes\s)(?<!\bdid\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bshall\s)(?<!\bwill\s)"
    r"(?<!\bwould\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)\bnot\s+un\w+"
    r"|\bnever\s+more\b|\bor\s+not\b|\bif\s+not\b"
)  # on lowercased text
_UNTIL = re.compile(r"\b(?:until|till)\b")
# 'not … except', 'nothing but': the negation and its exception say 'only', which Vietnamese says with 'chỉ' (or
# 'duy nhất') and no negative word ('will not stop except for two breaks' → 'chỉ dừng hai lần')
_EXCEPT = re.compile(r"\b(?:except|excepting|excluding|but\s+for|other\s+than|apart\s+from|aside\s+from|save\s+for)\b")
_NOTHING_BUT = re.compile(r"\b(?:nothing|none|nobody|no\s+one|never)\s+but\b")
_VI_ONLY = re.compile(r"(?<!\w)(?:chỉ|duy nhất)(?!\w)", re.IGNORECASE)
# negated verbs that say something positive, which Vietnamese says without a negative word: 'don't forget' →
# 'nhớ' ('remember'), 'do not hesitate to call' → 'hãy gọi'; the negation is lost only when the translation keeps
# the verb itself ('quên', 'ngần ngại') or, for 'forget', does not say 'nhớ'; so too 'don't miss' (→ 'nhất định
# phải ghé'), 'never fails to' (→ 'lần nào cũng'), 'can't wait to' (→ 'rất mong')
_LITOTES = (
    (
        re.compile(r"\b(?:do\s+not|don['’]t|never)\s+forget\b"),
        re.compile(r"(?<!\w)nhớ(?!\w)", re.IGNORECASE),
        re.compile(r"(?<!\w)quên(?!\w)", re.IGNORECASE),
    ),
    (
        re.compile(r"\b(?:do\s+not|don['’]t|never)\s+hesitate\b"),
        None,
        re.compile(r"(?<!\w)(?:ngần ngại|ngại|do dự|chần chừ|lưỡng lự)(?!\w)", re.IGNORECASE),
    ),
    (  # 'Don't miss the festival' → 'Nhất định phải ghé lễ hội'; lost when 'bỏ lỡ' stays (review27)
        re.compile(r"\b(?:do\s+not|don['’]t|never)\s+miss\b"),
        None,
        re.compile(r"(?<!\w)(?:bỏ lỡ|lỡ|bỏ qua)(?!\w)", re.IGNORECASE),
    ),
    (  # 'He never fails to call' → 'lần nào cũng gọi', 'luôn gọi'; lost when the failing stays (review27)
        re.compile(r"\bnever\s+fail(?:s|ed)?\s+to\b"),
        None,
        re.compile(r"(?<!\w)(?:thất bại|quên|lỡ)(?!\w)", re.IGNORECASE),
    ),
    (  # 'We can't wait to see you' → 'rất mong được gặp', 'nóng lòng chờ'; lost as 'có thể chờ' (review27)
        re.compile(r"\b(?:can['’]t|cannot|can\s+not|couldn['’]t|could\s+not)\s+wait\s+(?:to|for|until)\b"),
        None,
        re.compile(r"(?<!\w)(?:có thể|được) (?:chờ|đợi)(?!\w)", re.IGNORECASE),
    ),
    # 'will never look at X the same way again', 'will never be the same': it changed ('đã thay đổi', 'khác hẳn'),
    # unless the translation says it stays as before ('như trước', 'như cũ')
    (
        re.compile(r"\bnever\s+(?:[\w'’]+\s+){0,6}?the\s+same\b(?:\s+[\w'’]+){0,2}?(?:\s+again\b|(?=\s*[.!?]?$))"),
        re.compile(r"(?<!\w)(?:thay đổi|đổi|khác)(?!\w)", re.IGNORECASE),
        re.compile(r"(?<!\w)(?:như cũ|như trước|như xưa)(?!\w)", re.IGNORECASE),
    ),
)
# a Vietnamese word that says or carries a negation; 'bất' but in 'bất kỳ/kì/cứ' ('any') and 'bất kể'
# ('regardless'), which MT writes for the 'anyone', 'anything' of the very sentence whose 'not' it lost ('Do not
# share your PIN with anyone' → 'Chia sẻ mã PIN với bất kỳ ai')
_VI_NEGATION = re.compile(
    r"(?<!\w)(?:không|chưa|chẳng|chả|đừng|chớ|cấm|miễn|khỏi|tránh|ngừng|thôi|hết|thiếu|vắng|kém|hiếm|đâu"
    r"|vô|phi|bất(?!\s+(?:kỳ|kì|cứ|kể)(?!\w)))(?!\w)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_VI_SHARE = 0.25  # below this share of Vietnamese words the target is no translation (L102)
_MIN_WORDS = 3  # a UI label ('Not now' → 'Để sau') says it with other words
_MAX_WORDS = 25  # a longer sentence is often rendered freely ('will never look at it the same way' → 'đã đổi ý')


def negated_sentences(source: str) -> list[str]:
    """The sentences of an English source that carry a clause negation (3 to 25 words long), lowercased."""
    low = source.lower()
    if not _GATE.search(low) or not _NEGATION.search(low):  # most sources have none
        return []
    out = []
    for m in _SENTENCE.finditer(low):
        sentence = m.group()
        if not _MIN_WORDS <= len(sentence.split()) <= _MAX_WORDS:
            continue
        cleaned = _NOT_CLAUSE.sub(" ", sentence)
        neg = _NEGATION.search(cleaned)
        if neg and not _UNTIL.search(cleaned, neg.end()):
            out.append(sentence.strip())
    return out


# ---------------------------------------------------------------- Chinese sources

# a negation character: the cheap test a Chinese source passes before it is read (most have none)
_ZH_GATE = re.compile("[不没沒未无無非别別莫毋勿甭]")
# a clause negation besides the words of references/zh_negations.txt: 不 after 并/绝/决/从/毫/永 ('并不',
# '绝不' 'never'); 非 after 并/绝/决/远/亦 … ('并非' 'is not'; alone it is a prefix: 非法, 非洲); 别 as 'don't',
# at the start of a clause or after a pronoun (not 特别, 分别); 莫 as 'don't' (切莫, 莫要; elsewhere a name: 莫斯科)
_ZH_IN_CONTEXT = (
    r"(?:并|绝|决|从|毫|永)不"
    r"|(?:并|绝|决|远|亦|均|实|既|也|都|皆|本)非"
    r"|(?:^|(?<=[，,。！!？?；;：:“”\"「」\s你您们请就可])|(?<=千万))别(?![人的处墅名称])"
    r"|(?:切|千万)莫|莫要"
)
# a question 'A-not-A' (是不是 'is it', 有没有 'is there'): no negation
_ZH_A_NOT_A = re.compile(r"(.)[不没]\1")
# 'less than' or 'not over' before a number (不到一半 'under half', 不满18岁 'under 18'): Vietnamese says dưới,
# tối đa, ít nhất
_ZH_QUANTITY = re.compile(
    r"不(?:[会能]?超过|到|足|少于|低于|高于|多于|下|满|及)(?=\s*[\d零〇一二三四五六七八九十百千万亿两几半数])"
)
# the Vietnamese of such a bound ('không quá 200 triệu' for 不超过2亿): in a target whose source has one, it says that
# bound, not the source's clause negation ('年收入不超过2亿…无需缴纳' → '… không quá 200 triệu đồng phải nộp' lost 无需;
# misses29)
_VI_QUANTITY = re.compile(
    r"(?<!\w)không (?:vượt quá|quá|hơn|dưới|thấp hơn|ít hơn|nhiều hơn|cao hơn|tới|đến|đủ|đầy)"
    r"(?= (?:\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nửa)(?!\w)))",
    re.IGNORECASE,
)
# 'rather than' (而不是, 而非), 'the least' and 'the less' (最不, 越不): Vietnamese says thay vì, hơn là, ít
_ZH_NOT_CLAUSE = re.compile(r"而不是|而非|最(?:不|无)|越(?:来越)?不")
# 'far from' (不但不/不仅没有 … 反而 'far from X, on the contrary Y'): thay vì, chẳng những không … mà còn (read
# before the word list blanks 不仅 and 不但 out)
_ZH_FAR_FROM = re.compile(r"不(?:仅|但)(?:没有|没|不|未)(?=[^。！？!?]*反而)")
# a negated adjective before 的 (or literary 之) and a noun ('不好的影响' 'a bad effect', '未开发的美景' 'untapped
# beauty', '未解之谜' 'a mystery', '不治之症' 'an incurable disease'): a word, like English 'unfair', not a clause
# negation (并不, 从未, 绝不 before it make one)
_ZH_ATTRIBUTE = re.compile(r"(?<![并从绝也都])[不无未][\u4e00-\u9fff]{1,2}[的之](?=[\u4e00-\u9fff])")
# the Vietnamese a Chinese negation often becomes where English has no 'not' either: 未能/没能 'fail' (thất bại),
# 不太/越不 'less' (ít), 不太可能 'unlikely' (khó), 不是 … 而是 'instead of' (thay vì, hơn là), 不愿 'refuse' (từ chối),
# 不愿透露姓名 'anonymous' (giấu tên, ẩn danh), 不变 'unchanged' (giữ nguyên), 不予理会/未理会 'ignore, reject' (bác bỏ,
# phớt lờ, làm ngơ)
_VI_ZH_NEGATION = re.compile(
    r"(?<!\w)(?:thất bại|ít|khó|thay vì|hơn là|từ chối|bác bỏ|phớt lờ|làm ngơ|giấu tên|ẩn danh|giữ nguyên)(?!\w)",
    re.IGNORECASE,
)
_ZH_SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ZH_MIN_CHARS = 4  # a label ('不适用' → 'N/A')
_ZH_MAX_CHARS = 30  # a longer sentence is often rendered freely (as the 25 English words above)
_KANA = re.compile("[\u3040-\u30ff]")  # a Japanese source: 不/無/未 begin Japanese words too (無料 'free')


@functools.cache
def _simplified() -> dict[int, str]:
    """The traditional forms of the characters of the two word lists (Unihan's variants in hanviet.tsv) → the
    simplified ones: 沒有 reads as 没有, 未來 as 未来 (a character of the lists is never rewritten)."""
    words = read_lines("zh_negations.txt") + read_lines("zh_negation_exceptions.txt")
    chars = set("".join(words)) | set(_ZH_IN_CONTEXT)
    table: dict[int, str] = {}
    for row in read_tsv("hanviet.tsv"):
        if row["char"] in chars:
            for variant in row["variants"].split("|"):
                if len(variant) == 1 and variant not in chars:
                    table.setdefault(ord(variant), row["char"])
    return table


@functools.cache
def _zh_negation() -> re.Pattern[str]:
    """A clause negation: a word of references/zh_negations.txt or one of :data:`_ZH_IN_CONTEXT`."""
    words = sorted(read_lines("zh_negations.txt"), key=len, reverse=True)
    return re.compile("|".join([_ZH_IN_CONTEXT, *map(re.escape, words)]))


@functools.cache
def _zh_not_negations() -> re.Pattern[str]:
    """Words that hold a negation character and are no clause negation (references/zh_negation_exceptions.txt)."""
    words = sorted(read_lines("zh_negation_exceptions.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def zh_negations(source: str) -> list[tuple[str, str]]:
    """The sentences of a Chinese source (4 to 30 Chinese characters long) that carry a clause negation, each
    with its negating word."""
    if not _ZH_GATE.search(source) or _KANA.search(source):
        return []
    out = []
    for m in _ZH_SENTENCE.finditer(source):
        sentence = m.group()
        if _ZH_MIN_CHARS <= len(_HAN.findall(sentence)) <= _ZH_MAX_CHARS and (word := _zh_negating_word(sentence)):
            out.append((sentence.strip(), word))
    return out


def _zh_negating_word(sentence: str) -> str | None:
    """The word that negates a clause of the Chinese ``sentence``, or None."""
    simple = sentence.translate(_simplified())
    simple = _ZH_FAR_FROM.sub("|", simple)
    cleaned = _zh_not_negations().sub("|", _instead_of(simple))
    cleaned = _ZH_QUANTITY.sub("|", _ZH_A_NOT_A.sub("|", _ZH_NOT_CLAUSE.sub("|", cleaned)))
    cleaned = _ZH_ATTRIBUTE.sub("|", cleaned)
    if cue := _zh_negation().search(cleaned):
        return cue.group() if len(cue.group()) > 1 else cleaned[cue.start() : cue.end() + 1].strip("|")
    return None


def _instead_of(simple: str) -> str:
    """'不是 A 而是 B' ('B instead of A', said with 'thay vì' or as B alone): only B is read; '没有 A，而是 B' ('did
    not do A but B') keeps the verb's negation, which the translation must keep too."""
    before, cue, after = simple.partition("而是")
    return after if cue and "不是" in before else simple


# A long sentence (over 30 characters) is read only when its translation follows it clause by clause: as many
# clauses (split at ，；： and , ; :), each of a length in proportion (Vietnamese words per Chinese character). A
# translation that keeps the source's clauses has not rephrased the negated one with an antonym ('不是件容易的事'
# → 'là một thách thức'), which is why long sentences, rendered freely, were left alone.
_ZH_CLAUSE = re.compile(r"[，,；;：:]")
_VI_CLAUSE = re.compile(r"[,;:](?=\s)|[;:]")
_CLAUSE_RATIO = (0.6, 2.0)


def _zh_long_negation(source: str, target: str) -> tuple[str, str] | None:
    """A Chinese source of one sentence over 30 characters with a clause negation, and its word, when the target
    follows its clauses one by one (:data:`_CLAUSE_RATIO`); else None."""
    if not _ZH_GATE.search(source) or _KANA.search(source):
        return None
    sentences = [m.group() for m in _ZH_SENTENCE.finditer(source) if _HAN.search(m.group())]
    if len(sentences) != 1 or len(_HAN.findall(sentences[0])) <= _ZH_MAX_CHARS:
        return None
    sentence = sentences[0]
    src = [c for c in _ZH_CLAUSE.split(sentence) if _HAN.search(c)]
    tgt = [c for c in _VI_CLAUSE.split(target) if c.strip()]
    if len(src) < 2 or len(src) != len(tgt):
        return None
    lo, hi = _CLAUSE_RATIO
    if not all(lo <= len(t.split()) / len(_HAN.findall(s)) <= hi for s, t in zip(src, tgt, strict=True)):
        return None
    word = _zh_negating_word(sentence)
    return (sentence.strip(), word) if word else None


def _says_only(sentence: str) -> bool:
    """The (lowercased) negated sentence says 'only': 'not … except/other than …' or 'nothing but …'."""
    if _NOTHING_BUT.search(sentence):
        return True
    cleaned = _NOT_CLAUSE.sub(" ", sentence)
    neg = _NEGATION.search(cleaned)
    return neg is not None and _EXCEPT.search(cleaned, neg.end()) is not None


def _said_positively(sentence: str, target: str) -> bool:
    """The (lowercased) negated sentence's only negations are 'don't forget', 'do not hesitate' …, and the
    translation says them as Vietnamese does, with no negative word ('Nhớ mang áo ấm', 'Hãy gọi cho chúng tôi')."""
    cleaned, seen = _NOT_CLAUSE.sub(" ", sentence), False
    for phrase, cue, literal in _LITOTES:
        if phrase.search(cleaned):
            if (cue is not None and not cue.search(target)) or literal.search(target):
                return False
            cleaned, seen = phrase.sub(" ", cleaned), True
    return seen and not _NEGATION.search(cleaned)


# 'miễn' renders the source's own word of exemption ('under the exemption' → 'theo diện miễn thị thực'; misses50):
# then it says nothing of a 'not'; one 'miễn' of the target for each such word of the source
_EN_EXEMPTION = re.compile(r"\b(?:exempt\w*|waive[sd]?|waiver|waiving|visa-free|duty-free|tax-free)\b")


def _negation_in(source_low: str, target: str) -> bool:
    """The target has a word that says or carries a negation, not counting a 'miễn' that renders the source's word
    of exemption (:data:`_EN_EXEMPTION`)."""
    found = [m.group().lower() for m in _VI_NEGATION.finditer(target)]
    if not found:
        return False
    if any(w != "miễn" for w in found) or (
        "exe" not in source_low and "waiv" not in source_low and "-free" not in source_low
    ):
        return True
    return len(found) > len(_EN_EXEMPTION.findall(source_low))


def lost_negation(source: str, target: str) -> tuple[str, str] | None:
    """The first negated sentence of an English or a Chinese source and its negating word, when the target has
    no word that says or carries a negation; else None."""
    if negated := negated_sentences(source):
        if _negation_in(source.lower(), target):
            return None
        if _VI_ONLY.search(target):  # 'not … except' said as 'chỉ …'
            negated = [s for s in negated if not _says_only(s)]
            if not negated:
                return None
        negated = [s for s in negated if not _said_positively(s, target)]  # 'don't forget' said as 'nhớ …'
        if not negated:
            return None
        cue = _NEGATION.search(_NOT_CLAUSE.sub(" ", negated[0]))
        return negated[0], cue.group() if cue else "not"
    if source.isascii():  # (isascii reads a flag: no scan)
        return None
    zh = zh_negations(source)
    if zh and _ZH_QUANTITY.search(source):  # the target's 'không quá 5' says the source's bound (不超过5), no more
        target = _VI_QUANTITY.sub(" ", target)
    if zh and (_VI_NEGATION.search(target) or _VI_ZH_NEGATION.search(target)):
        return None
    if zh:
        return zh[0]
    long = _zh_long_negation(source, target)
    if long is None or _VI_NEGATION.search(target) or _VI_ZH_NEGATION.search(target):
        return None
    return long


_QUOTED = 60  # characters of the negated source sentence quoted in a message


def quoted(source: str, sentence: str) -> str:
    """``sentence`` (found lowercased) as ``source`` writes it, cut at a word within 60 characters + '…'."""
    at = source.lower().find(sentence)
    if at >= 0 and len(source.lower()) == len(source):  # (lower() may change the length of a few letters)
        sentence = source[at : at + len(sentence)]
    if len(sentence) <= _QUOTED:
        return sentence
    cut = sentence[: _QUOTED + 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut[:_QUOTED]).rstrip() + "…"  # at a word's end


_SOURCE = attrgetter("source")


@register
class NegationLost(SourceRule):
    code = "A111"
    name = "negation-lost"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "The source says 'not' (never, cannot; 不, 没有, 未) and the translation has no negation at all"
    why = (
        "A dropped negation turns an instruction or a fact into its opposite ('You must not drive for 24 hours' "
        "→ 'Bạn phải lái xe trong 24 giờ') and the sentence still reads well, so no reader of the translation "
        "alone can notice. Vietnamese says a negation with không, chưa, chẳng, đừng, chớ, cấm … or a word that "
        "carries one (miễn, tránh, thiếu, bất-, vô-, phi-); a translation of a negated English sentence with "
        "none of them has lost it. 'No' before a noun negates too ('No injuries were reported'). Phrases whose "
        "'not' or 'no' is no clause negation are not counted ('not only', 'not least', 'not uncommon', but not "
        "'do not unplug': after 'do' or a modal the un- word is a verb; 'whether or not', 'not … until', said "
        "with 'mãi … mới'; 'no more than', 'no later than', 'no doubt'; 'not … except' and 'nothing but' when "
        "the translation says 'chỉ' or 'duy nhất'; 'don't forget' said as 'nhớ' and 'do not hesitate to' said "
        "without 'ngần ngại', 'don't miss', 'never fails to', 'can't wait to' said without 'bỏ lỡ', the failing "
        "or 'có thể chờ', as Vietnamese says them with no negative word, and 'never … the same again' said as "
        "a change, 'thay đổi' or 'khác', and not 'như trước'), nor sentences over 25 "
        "words, which translators render freely (1 of 3,009 human translations of NTREX-128 and FLORES-200 is "
        "flagged, a real lost negation), nor labels under three words ('Not now' → 'Để sau'). "
        "In a Chinese source the negation is 没/没有, 未, 无法, 不 in 不能, 不会, 不是, "
        "不要 … or after 并/绝/从 (并不, 绝不), 并非, and 别/勿 as 'don't' "
        "(references/zh_negations.txt); words that hold such a character and are no "
        "negation are left out (不断, 不过, 不少, 不仅, 不同, 无论, 未来, 非常, 没收, "
        "idioms such as 万无一失; references/zh_negation_exceptions.txt), and so are "
        "'A-not-A' questions (是不是), 'under'/'over' before a number (不到一半, "
        "不超过 5), 'rather than' (而不是; '不是 A 而是 B' is read for B, but '没有 A，而是 B' keeps its negation), "
        "'the least' (最不), 'far from … on the contrary' (不但没有 … 反而) and "
        "a negated attribute before 的 or 之 (不好的影响, 未竟之业). A Chinese sentence over 30 characters, which "
        "translators render freely, is read only when it is the whole source and the translation follows it clause "
        "by clause (as many clauses, each of a length in proportion): read always, such sentences flagged 16 more "
        "human translations; read so, none (5 of 3,009 Chinese–Vietnamese pairs of NTREX-128 and FLORES-200 are "
        "flagged, two of them no translation of each other and one a real lost negation), and 14 more of 370 "
        "negations dropped from those translations are found. A Vietnamese 'thất bại' (未能, 'fail to'), 'ít' "
        "(不太, 'less'), 'khó' ('unlikely'), 'thay vì', 'từ chối', 'bác bỏ', 'phớt lờ', 'làm ngơ', 'giấu tên' or "
        "'giữ nguyên' "
        "says a Chinese negation too. Traditional characters are read as their simplified forms; a source "
        "with Japanese kana is not read. A target left untranslated is L102's. "
        "With no source (a target alone), one pattern still shows a lost 'không': advice to act 'tự ý' (on one's "
        "own, without leave), 'nên tự ý' or 'hãy tự ý' with no negation before it in its clause ('khuyến cáo phụ "
        "huynh nên tự ý cho trẻ dùng kháng sinh'); not 'tự ý thức' (self-awareness), nor a question ('Có nên tự ý "
        "…?'), nor leave ('được tự ý', which a complaint says as meant)."
    )
    fires = (
        "You must not drive for 24 hours after the operation. => [[Bạn phải lái xe trong 24 giờ sau ca mổ.]]",
        "The tickets are not refundable. => [[Vé được hoàn tiền.]]",
        "Ms Okafor never signed the contract. => [[Bà Okafor đã ký hợp đồng.]]",
        "No tickets are left for the final. => [[Vé trận chung kết vẫn còn.]]",
        "No visitors are allowed in except staff. => [[Du khách và nhân viên được phép vào.]]",
        "Never lend your badge to anyone. => [[Hãy cho bất kỳ ai mượn thẻ của bạn.]]",
        "Do not unlock the cabinet during the night shift. => [[Hãy mở khóa tủ trong ca đêm.]]",
        "Please do not hesitate to call the front desk. => [[Vui lòng ngần ngại gọi cho quầy lễ tân.]]",
        "Don't forget your passport at the front desk. => [[Quên hộ chiếu ở quầy lễ tân.]]",
        "Don't miss the last ferry to Cát Bà. => [[Bỏ lỡ chuyến phà cuối cùng ra Cát Bà.]]",
        "After the flood, Lan will never see the river the same way again. => [[Sau trận lũ, Lan sẽ nhìn dòng sông "
        "như trước.]]",
        "服用此药后二十四小时内不能开车。 => [[Trong 24 giờ sau khi uống thuốc này, bạn có thể lái xe.]]",
        "这批疫苗尚未获得卫生部批准。 => [[Lô vắc-xin này đã được Bộ Y tế phê duyệt.]]",
        "据港口管理局通报，受强台风影响，当天进出港的所有货轮都没有按原计划靠泊。 => [[Theo thông báo của Cảng vụ, do "
        "ảnh hưởng của bão mạnh, tất cả các tàu hàng ra vào cảng ngày hôm đó đều cập bến theo kế hoạch ban đầu.]]",
        "政府未提高税率，而是削减了开支。 => [[Chính phủ đã tăng thuế suất và cắt giảm chi tiêu.]]",
        "这家博物馆周一不收门票。 => [[Bảo tàng này thu vé vào cửa vào thứ Hai.]]",
        " => Bác sĩ khuyến cáo người bệnh tăng huyết áp [[nên tự ý]] ngừng thuốc khi thấy huyết áp ổn định.",
    )
    quiet = (
        "You must not drive for 24 hours after the operation. => Không được lái xe trong 24 giờ sau ca mổ.",
        "Do not touch the screen with wet hands. => Tránh chạm vào màn hình khi tay ướt.",
        "这家博物馆周一不收门票。 => Bảo tàng này miễn vé vào cửa vào thứ Hai.",
        "Never lend your badge to anyone. => Không cho bất kỳ ai mượn thẻ của bạn.",
        "After the flood, Lan will never see the river the same way again. => Sau trận lũ, cách Lan nhìn dòng sông "
        "đã thay đổi.",
        "The village will never be the same. => Ngôi làng đã khác hẳn.",
        "The firm did not act lawfully. => Công ty đã hành động bất hợp pháp.",
        "It is not uncommon to wait an hour. => Việc phải chờ một tiếng là chuyện bình thường.",
        "No tickets are left for the final. => Vé trận chung kết đã bán hết.",
        "Send the form no later than Friday, no matter the cost. => Gửi mẫu đơn chậm nhất vào thứ Sáu, dù tốn kém.",
        "The bridge will not open until May. => Phải đến tháng 5 cây cầu mới thông xe.",
        "She won not only the sprint but also the relay. => Cô giành chiến thắng ở cả nội dung chạy nước rút "
        "lẫn tiếp sức.",
        "The museum will not open except on weekends. => Bảo tàng chỉ mở cửa vào cuối tuần.",
        "Don't forget your passport at the front desk. => Nhớ lấy lại hộ chiếu ở quầy lễ tân.",
        "Please do not hesitate to call the front desk. => Vui lòng gọi cho quầy lễ tân khi cần.",
        "Don't miss the night market on Saturdays. => Nhất định phải ghé chợ đêm vào thứ Bảy.",
        "Smoking is not allowed on board. => Smoking is not allowed on board.",
        "Not now => Để sau",
        "服用此药后二十四小时内不能开车。 => Không được lái xe trong 24 giờ sau khi uống thuốc này.",
        "该公司的业绩不断改善，未来前景非常乐观。 => Kết quả kinh doanh của công ty liên tục cải thiện, triển vọng "
        "tương lai rất khả quan.",
        "这个计划几乎万无一失。 => Kế hoạch này gần như hoàn hảo.",
        "这不是技术问题，而是管理问题。 => Đây là vấn đề quản lý.",
        "不到一半的居民参加了投票。 => Dưới một nửa cư dân đã đi bỏ phiếu.",
        " => Người bệnh không nên tự ý ngừng thuốc; có nên tự ý đổi thuốc? Mỗi người nên tự ý thức trách nhiệm.",
        "据港口管理局通报，受强台风影响，当天进出港的所有货轮都没有按原计划靠泊。 => Vì bão, nhiều tàu hàng phải đổi "
        "lịch cập cảng.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        segments = ctx.doc.segments
        if not any(map(_SOURCE, segments)) and "tự ý" not in content_lines(ctx).text:
            return  # a target alone (most documents) without the one pattern read on it: one scan, no loop
        for seg in segments:
            if not seg.text.strip() or seg.boilerplate:
                continue
            if seg.source:
                yield from self.check(seg, ctx)
            elif "tự ý" in seg.text:
                yield from self._target_only(seg)

    def _target_only(self, seg: Segment) -> Iterator[Hit]:
        """With no source: 'nên/hãy tự ý' and no negation before it in the clause (audit/lang/lost_not.py)."""
        for start, end, fix in unnegated_tu_y(seg.text):
            said = seg.text[start:end]
            yield self.hit(
                seg,
                start,
                end,
                f"'{said}' advises what 'tự ý' (on one's own, without leave) says is not to be done: a "
                f"negation lost ('{fix}')",
                suggestion=fix,
                confidence=0.6,
            )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        found = lost_negation(seg.source or "", seg.text)
        if found is None:
            return
        if vietnamese_share(seg.text) >= _VI_SHARE:  # an untranslated segment is L102's
            sentence, word = found
            yield self.hit(
                seg,
                0,
                len(seg.text),
                f"the source says '{word}' ('{quoted(seg.source or '', sentence)}'); the translation has no negation "
                "(không, chưa, chẳng, đừng, cấm …): it may say the opposite",
                confidence=0.7,
            )
