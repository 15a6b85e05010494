"""A111: a negation of the English source that the Vietnamese translation lost.

Neural MT drops a 'not' now and then and the output still reads well: 'You must not drive' comes out as
'Bạn phải lái xe', 'are not refundable' as 'được hoàn tiền'. Vietnamese says a negation with a handful of
words (không, chưa, chẳng, đừng, chớ, cấm …) or a word that carries one (miễn, tránh, thiếu, vắng, bất-,
vô-, phi-), so a translation of a negated English sentence that has none of them has almost always lost it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.lang.langid import vietnamese_share
from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register

# an English clause negation: not, n't, never, cannot, no longer, nothing, nobody, no one, none, neither, nor
_NEGATION = re.compile(
    r"(?<![\w'’-])(?:not|never|cannot|no\s+longer|nothing|nobody|no\s+one|none|neither|nor)(?![\w'’-])"
    r"|(?<=[a-z])n[’']t(?![\w'’])"
)  # on lowercased text
# a cheap test before it (no word boundaries: those make a regex slow): every match holds one of these
_GATE = re.compile(r"no|n['’]t|nev|neither")
# negations that are no clause negation, or that Vietnamese says without a negative word: 'not only/just/
# least' (→ 'không chỉ', 'đặc biệt là'), 'not until' (→ 'mãi … mới'), a double negative ('not uncommon' →
# 'bình thường'), 'never more so', 'whether or not', 'if not', 'not to mention'
_NOT_CLAUSE = re.compile(
    r"\bnot\s+(?:only|just|merely|simply|least|to\s+mention|un\w+)\b|\bnever\s+more\b|\bor\s+not\b|\bif\s+not\b"
)  # on lowercased text
_UNTIL = re.compile(r"\b(?:until|till)\b")
# a Vietnamese word that says or carries a negation
_VI_NEGATION = re.compile(
    r"(?<!\w)(?:không|chưa|chẳng|chả|đừng|chớ|cấm|miễn|khỏi|tránh|ngừng|thôi|hết|thiếu|vắng|kém|hiếm|đâu"
    r"|vô|phi|bất)(?!\w)",
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


@register
class NegationLost(SourceRule):
    code = "A111"
    name = "negation-lost"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "The source says 'not' (never, cannot, no longer) and the translation has no negation at all"
    why = (
        "A dropped negation turns an instruction or a fact into its opposite ('You must not drive for 24 hours' "
        "→ 'Bạn phải lái xe trong 24 giờ') and the sentence still reads well, so no reader of the translation "
        "alone can notice. Vietnamese says a negation with không, chưa, chẳng, đừng, chớ, cấm … or a word that "
        "carries one (miễn, tránh, thiếu, bất-, vô-, phi-); a translation of a negated English sentence with "
        "none of them has lost it. Phrases whose 'not' is no clause negation are not counted ('not only', 'not "
        "least', 'not uncommon', 'whether or not', 'not … until', said with 'mãi … mới'), nor sentences over 25 "
        "words, which translators render freely (2 of 3,009 human translations of NTREX-128 and FLORES-200 are "
        "flagged, one of them a real lost negation), nor labels under three words ('Not now' → 'Để sau'). "
        "English sources only; a target left in English is L102's."
    )
    fires = (
        "You must not drive for 24 hours after the operation. => [[Bạn phải lái xe trong 24 giờ sau ca mổ.]]",
        "The tickets are not refundable. => [[Vé được hoàn tiền.]]",
        "Ms Okafor never signed the contract. => [[Bà Okafor đã ký hợp đồng.]]",
    )
    quiet = (
        "You must not drive for 24 hours after the operation. => Không được lái xe trong 24 giờ sau ca mổ.",
        "Do not touch the screen with wet hands. => Tránh chạm vào màn hình khi tay ướt.",
        "It is not uncommon to wait an hour. => Việc phải chờ một tiếng là chuyện bình thường.",
        "The bridge will not open until May. => Phải đến tháng 5 cây cầu mới thông xe.",
        "She won not only the sprint but also the relay. => Cô giành chiến thắng ở cả nội dung chạy nước rút "
        "lẫn tiếp sức.",
        "Smoking is not allowed on board. => Smoking is not allowed on board.",
        "Not now => Để sau",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        negated = negated_sentences(seg.source or "")
        if not negated or _VI_NEGATION.search(seg.text):
            return
        if vietnamese_share(seg.text) >= _VI_SHARE:  # an untranslated segment is L102's
            cue = _NEGATION.search(_NOT_CLAUSE.sub(" ", negated[0]))
            word = cue.group() if cue else "not"
            yield self.hit(
                seg,
                0,
                len(seg.text),
                f"the source says '{word}' ('{negated[0][:60]}'); the translation has no negation "
                "(không, chưa, chẳng, đừng, cấm …): it may say the opposite",
                confidence=0.7,
            )
