"""C107 for companies: the generated table reads the Chinese names it lists, and the rule fires on calqued
company names in new sentences and stays quiet on the same syllables used as Vietnamese words and places."""

from __future__ import annotations

import sys
from pathlib import Path

from pypinyin import lazy_pinyin

from audit.api import audit_text, document_from_pairs
from audit.lang.hanviet import load, syllable_key
from audit.lang.people import surname_keys
from audit.lang.resources import read_tsv
from audit.pipeline import Settings, run_rules
from audit.rules.companies import company_calques
from audit.rules.organisations import org_calques
from audit.rules.registry import select_rules

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import build_companies
from build_companies import honorific_and_given_name


def test_the_generated_table_is_up_to_date() -> None:
    """companies.calques.tsv is what scripts/build_companies.py builds from companies.tsv."""
    assert build_companies.OUT.read_text(encoding="utf-8") == build_companies.render(build_companies.rows())


def test_every_calque_reads_its_chinese() -> None:
    """A Hán-Việt calque is a reading of each character of its Chinese name (hanviet.tsv); a pinyin calque is
    pypinyin's reading joined into one word; every listed company has both kinds unless its own name is its
    pinyin (Huawei)."""
    hv = load()
    for c in company_calques().values():
        if c.kind == "hanviet":
            syllables = c.calque.split()
            assert len(syllables) == len(c.zh), c
            for syl, ch in zip(syllables, c.zh, strict=True):
                assert syllable_key(syl.lower()) in {syllable_key(r) for r in hv.readings[ch]}, (c, ch)
            # gated but at three syllables or more with no Vietnamese surname (adversary59: 'Đặc Tư Lạp') nor
            # honorific before a given name (review24: 'Anh Vĩ Đạt', anh + Vĩ Đạt) first
            first = syllables[0].lower()
            person = honorific_and_given_name(c.calque)
            long_free = len(syllables) >= 3 and syllable_key(first) not in surname_keys() and not person
            assert c.gate != long_free, c
        else:
            assert c.calque == "".join(lazy_pinyin(c.zh)).capitalize(), c
    kinds = {(c.zh, c.kind) for c in company_calques().values()}
    for r in read_tsv("companies.tsv"):
        assert (r["zh"], "hanviet") in kinds, r
        own = "".join(lazy_pinyin(r["zh"])).casefold() == r["standard"].casefold()
        left_out = own or bool(r["homophone"])  # a homophone's pinyin would name either company
        assert ((r["zh"], "pinyin") in kinds) != left_out, r


def test_no_calque_is_also_an_organisation() -> None:
    assert not set(company_calques()) & set(org_calques())


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["C107"])]


def test_fires_after_a_word_of_companies() -> None:
    assert _found("Tập đoàn Vi Nhuyễn vừa công bố lợi nhuận quý III tăng 18%.") == [("Vi Nhuyễn", "Microsoft")]
    assert _found("Cổ phiếu của hãng xe điện Đặc Tư Lạp giảm 6% trong phiên hôm qua.") == [("Đặc Tư Lạp", "Tesla")]
    assert _found("Nhà sản xuất chip Hàn Quốc Tam Tinh dự kiến mở nhà máy mới.") == [("Tam Tinh", "Samsung")]
    assert _found("Thương hiệu Tinh Ba Khắc đóng cửa 200 cửa hàng tại Mỹ.") == [("Tinh Ba Khắc", "Starbucks")]
    assert _found("Ông chủ của Cốc Ca bị điều trần trước Quốc hội Mỹ.") == [("Cốc Ca", "Google")]


def test_fires_beside_another_company() -> None:
    text = "Các hãng lớn như Không Khách, Ba Âm và Embraer đều tăng sản lượng; Toyota và Bản Điền giảm giá xe."
    assert _found(text) == [("Không Khách", "Airbus"), ("Ba Âm", "Boeing"), ("Bản Điền", "Honda")]


def test_pinyin_counts_alone_unless_a_word_or_a_name() -> None:
    assert _found("Ximenzi ký hợp đồng cung cấp tua-bin gió cho Ai Cập.") == [("Ximenzi", "Siemens")]
    assert _found("Doanh thu của Boyin giảm mạnh sau sự cố.") == [("Boyin", "Boeing")]
    # a word (gated) and a person's given name after a surname stay quiet
    assert _found("Vận động viên Li Qiangsheng giành huy chương; Baier là một họ phổ biến.") == []


def test_quiet_on_words_and_places() -> None:
    text = (
        "Huyện Phong Điền có 15 xã; nhiều doanh nghiệp ở huyện Phong Điền xuất khẩu gạo.\n"
        "Công ty đại chúng phải công bố báo cáo tài chính; văn hóa đại chúng thay đổi nhanh.\n"
        "Công ty Cổ phần Phong Điền tăng vốn điều lệ.\n"
        "Hiện Đại sứ quán Việt Nam tại Nhật Bản đã liên hệ với gia đình.\n"
        "Ông Cao Thông, Giám đốc Sở Công Thương, cho biết ngành thép phục hồi; chị Tam Tinh bán hàng ở chợ.\n"
        "Ông chủ Cao Thông mở thêm hai cửa hàng; người sáng lập Cao Thông nghỉ hưu."
    )
    assert _found(text) == []


def test_a_company_named_with_evidence_once_counts_again_in_the_document() -> None:
    text = (
        "Tập đoàn Nặc Cơ Á công bố cắt giảm 14.000 việc làm.\n"
        "Nặc Cơ Á cho biết sẽ tập trung vào thiết bị mạng.\n"
        "Phong Điền là một huyện của thành phố Huế."
    )
    assert _found(text) == [("Nặc Cơ Á", "Nokia"), ("Nặc Cơ Á", "Nokia")]
    # a place word before the reading still makes it a place, and evidence counts for that company only
    text = "Hãng xe Phong Điền tăng giá bán.\nNông dân huyện Phong Điền thu hoạch lúa; Tam Tinh là tên một bản."
    assert _found(text) == [("Phong Điền", "Toyota")]
    # a reading inside a longer name stays quiet even when the document names that company
    text = "Tập đoàn Tư Khoa mở văn phòng mới.\nBộ trưởng gặp người đồng cấp tại Mạc Tư Khoa."
    assert _found(text) == [("Tư Khoa", "Cisco")]


def test_the_source_name_settles_a_gated_reading() -> None:
    doc = document_from_pairs([("波音公司今年交付了500架飞机。", "Ba Âm năm nay đã bàn giao 500 máy bay.")])
    found = run_rules(doc, [c() for c in select_rules(["C107"])], Settings())
    assert [(f.text, f.suggestion) for f in found] == [("Ba Âm", "Boeing")]


def test_tata_in_han_viet_after_a_word_of_companies() -> None:
    """塔塔 Tata read 'Tháp Tháp' (adversary41 had 'các hãng Tháp Tháp và Mahindra'; other sentences here); the
    Vietnamese word 'tháp' (a tower, Tháp Chàm, Tháp Mười) stays quiet."""
    assert _found("Tập đoàn Tháp Tháp của Ấn Độ công bố kế hoạch mua lại một hãng thép.") == [("Tháp Tháp", "Tata")]
    assert _found("Du khách tham quan Tháp Chàm, rồi về Tháp Mười xem tháp nước cổ.") == []
    assert _found("Tập đoàn Tata của Ấn Độ công bố kế hoạch mua lại một hãng thép.") == []
