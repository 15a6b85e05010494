"""A given-name syllable that no Vietnamese given name reads exactly ('jiu') is read by the characters commonly
written for it (Unihan kFrequency / kGradeLevel in hanviet.tsv), not by a loosely matching Vietnamese name ('Tú').
The names are made up here from their characters and are in no test or blind set."""

from __future__ import annotations

from audit.api import audit_text
from audit.lang.hanviet import load
from audit.lang.names import forward_chain, recover


def _top(tokens: list[str]) -> str:
    return recover(tokens, use_gazetteer=False)[0].name


def test_written_readings_put_the_common_characters_first() -> None:
    readings = dict(load().written_readings("jiu"))
    assert next(iter(readings)) == "cửu"  # 九 and 久, both common, before 就 (a grammatical word) and 救
    assert readings["cửu"] > readings["tựu"]
    # a simplified and a traditional form count once: 旧 / 舊 give 'cựu' the larger weight, not the sum
    assert readings["cựu"] == 7.0
    assert load().written_readings("Jiu") == load().written_readings("jiu")
    assert load().written_readings("qx") == ()


def test_a_syllable_no_vietnamese_given_name_reads_gets_a_character_reading() -> None:
    assert _top(["Wu", "Jiuhong"]).split()[1:] == ["Cửu", "Hồng"]  # 武九红
    assert _top(["Deng", "Xiaojiu"]).split()[-1] == "Cửu"  # 邓小九
    assert _top(["Ruan", "Wenxi"]) == "Nguyễn Văn Hi"  # 阮文希 (before: the loose 'Tiến')


def test_syllables_vietnamese_given_names_read_keep_their_names() -> None:
    assert _top(["Fan", "Mingjun"]) == "Phạm Minh Tuấn"
    assert _top(["Deng", "Guanghai"]) == "Đặng Quang Hải"


def test_the_forward_chain_reads_given_names_by_written_characters() -> None:
    assert forward_chain(("ma", "ying", "jiu"))[0].name.split()[1:] == ["Anh", "Cửu"]


def test_n101_suggests_the_character_reading_in_a_vietnamese_context() -> None:
    text = "Phó Chủ tịch UBND tỉnh Ma Yingjiu cho biết tỉnh sẽ hỗ trợ nông dân."
    [hit] = [f for f in audit_text(text, select=["N101"]) if f.text == "Ma Yingjiu"]
    assert hit.suggestion == "Mã Anh Cửu"
    quiet = "Phó Chủ tịch UBND tỉnh Mã Anh Cửu cho biết tỉnh sẽ hỗ trợ nông dân."
    assert audit_text(quiet, select=["N101"]) == []
