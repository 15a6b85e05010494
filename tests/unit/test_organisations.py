"""C107 organisation-name-calque: the table is consistent with the Chinese it names, and the rule fires
on calqued organisation names in new sentences and stays quiet on the same syllables used as names."""

from __future__ import annotations

import itertools

from pypinyin import Style, pinyin

from audit.api import audit_text
from audit.lang.hanviet import load, syllable_key
from audit.rules.organisations import org_calques


def test_every_calque_reads_its_chinese() -> None:
    """A Hán-Việt calque is a reading of each character of its Chinese short form (hanviet.tsv); a pinyin
    calque is its pinyin joined into one word (a reading of each character: 行 is 'hang' in 世行, the World
    Bank, where pypinyin's first reading is 'xing'), or into its words, each capitalised ('Henei Guojia Daxue'
    河内国家大学, misses20)."""
    hv = load()
    for c in org_calques().values():
        if c.kind == "hanviet":
            syllables = c.calque.split()
            assert len(syllables) == len(c.zh), c
            for syl, ch in zip(syllables, c.zh, strict=True):
                assert syllable_key(syl.lower()) in {syllable_key(r) for r in hv.readings[ch]}, (c, ch)
        elif c.kind == "pinyin":
            readings = pinyin(c.zh, style=Style.NORMAL, heteronym=True)
            joined = c.calque.replace(" ", "").capitalize()
            assert joined in {"".join(r).capitalize() for r in itertools.product(*readings)}, c


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.text, f.suggestion or "") for f in audit_text(text, select=["C107"])}


def test_fires_on_calqued_organisations() -> None:
    text = (
        "Thủ tướng dự Hội nghị Cấp cao Đông Minh+3 tại Vientiane.\n"
        "Kim ngạch thương mại giữa Việt Nam và Âu Minh đạt 68 tỷ USD.\n"
        "Tổng Thư ký Bắc Ước cảnh báo về an ninh châu Âu.\n"
        "Các nước Kim Chuyên bàn về đồng tiền chung; Jinzhuan mở rộng thêm thành viên."
    )
    assert _found(text) == {
        ("Đông Minh", "ASEAN"),
        ("Âu Minh", "EU"),
        ("Bắc Ước", "NATO"),
        ("Kim Chuyên", "BRICS"),
        ("Jinzhuan", "BRICS"),
    }


def test_quiet_on_names_and_real_words() -> None:
    text = (
        "Chị Lê Thị Kim Chuyên, giáo viên trường tiểu học xã Đông Minh, được khen thưởng.\n"
        "Ông Âu Minh Tuấn cho biết Bắc Ước Lâm là tên một bản làng cũ.\n"
        "Mỹ và các đồng minh; phe Đồng Minh thắng trận; ASEAN, EU và NATO họp bàn."
    )
    assert _found(text) == set()


def test_name_like_readings_need_an_organisation_or_a_country_beside_them() -> None:
    """'của'/'và' before a person's name is no organisation context; a country joined by 'và' is."""
    assert _found("Bà là vợ của Phi Minh, sống ở Nam Định.\nAnh Tuấn và Đông Minh cùng đi học.") == set()
    assert _found("Kim ngạch thương mại giữa Việt Nam và Âu Minh đạt 68 tỷ USD.") == {("Âu Minh", "EU")}
    assert _found("Âu Minh - Ấn Độ ký thỏa thuận đối tác.") == {("Âu Minh", "EU")}


def test_the_source_short_form_settles_a_name_like_reading() -> None:
    from audit.api import document_from_pairs
    from audit.pipeline import Settings, run_rules
    from audit.rules.registry import select_rules

    doc = document_from_pairs([("欧盟将于明年实施新规。", "Âu Minh sẽ áp dụng quy định mới vào năm tới.")])
    found = run_rules(doc, [c() for c in select_rules(["C107"])], Settings())
    assert [(f.text, f.suggestion) for f in found] == [("Âu Minh", "EU")]
