"""misses32 (round 25): adversary84's misses and its false alarm fixed so they generalise — each fix on names, places,
words and sentences that are not in the set, both ways (a case that fires, a near case that must stay quiet)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate.line import classify_line
from audit.lang.countries import find_mentions


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def _pair(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)]) if f.rule == rule]


# F107: 'một số' as 'one issue/number' in the distributive 'mỗi N một số' or a rate ('hai tuần một số')
@pytest.mark.parametrize(
    "text",
    [
        "Tạp chí Kiến trúc xuất bản mỗi tuần một số.",
        "Tờ nguyệt san ấy ra 3 tháng một số.",
        "Bản tin do hội phát hành, mỗi năm một số.",
        "Mỗi người một số, không ai trùng ai.",
    ],
)
def test_f107_one_issue_each_is_quiet(text: str) -> None:
    assert _found(text, "F107") == []


@pytest.mark.parametrize(
    "text", ["Mỗi tháng, công ty tuyển thêm một số.", "Bộ đã cử cán bộ xuống mỗi xã hỗ trợ một số."]
)
def test_f107_quantifier_cut_still_fires(text: str) -> None:
    assert ("một số", None) in _found(text, "F107")


# T308: 清真 'thanh chân' (halal) and 劳务 'lao vụ' (labour)
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Hai công ty ký hợp đồng cung ứng thịt bò thanh chân cho thị trường Indonesia.", "thanh chân", "halal"),
        ("Thái Lan đẩy mạnh xuất khẩu lao vụ sang Israel.", "lao vụ", "lao động"),
    ],
)
def test_t308_halal_and_labour_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Loa mới cho âm thanh chân thực, sống động.",
        "Thanh chân giường bị gãy sau trận bão ở Indonesia.",
        "Doanh nghiệp hạch toán giá thành sản phẩm, lao vụ, dịch vụ theo quy định.",
        "Chiếc xe lao vụt qua ngã tư.",
    ],
)
def test_t308_ordinary_words_stay_quiet(text: str) -> None:
    assert _found(text, "T308") == []


# Countries: the press's 'Ả Rập Xê-út'; 'Czech' as an English adjective
def test_saudi_arabia_spelt_with_a_hyphen_is_a_mention() -> None:
    assert [(m.text, m.iso) for m in find_mentions("Việt Nam và Ả Rập Xê-út ký ba văn kiện.")][-1] == (
        "Ả Rập Xê-út",
        "SA",
    )


def test_a107_czech_adjective() -> None:
    src = "Czech carmaker Skoda opened a plant in Quang Ninh."
    assert ("Ba Lan", "Séc") in _pair(src, "Hãng xe Skoda của Ba Lan mở nhà máy tại Quảng Ninh.", "A107")
    assert _pair(src, "Hãng xe Skoda của Séc mở nhà máy tại Quảng Ninh.", "A107") == []


# C104: a country's two-syllable reading after a minister's title and portfolio
def test_c104_after_a_minister_and_portfolio() -> None:
    text = "Bộ trưởng Nông nghiệp Trí Lợi thăm Việt Nam; Ngoại trưởng A Mạn gửi điện mừng."
    assert _found(text, "C104") == [("Trí Lợi", "Chile"), ("A Mạn", "Oman")]
    assert _found("Bộ trưởng Nguyễn Văn Thắng gặp ông Ba Tây ở xóm trên.", "C104") == []
    # the fix as the document spells the country
    spelt = "Bộ trưởng Thương mại Sa Đặc thăm Việt Nam.\nQuan hệ Việt Nam – Ả Rập Xê-út phát triển tốt."
    assert _found(spelt, "C104") == [("Sa Đặc", "Ả Rập Xê-út")]


# C103: a reading with 'phương' after the noun it modifies
def test_c103_side_after_a_noun() -> None:
    text = "Việt Nam và Chile ký hiệp định.\nĐại diện Trí phương tham dự lễ ký."
    assert _found(text, "C103") == [("Trí phương", "phía Chile")]
    quiet = "Việt Nam và Ả Rập Xê-út ký ba văn kiện.\nCông ty địa phương hỗ trợ; doanh nghiệp Tây phương sang đầu tư."
    assert _found(quiet, "C103") == []
    assert _found("Doanh nghiệp Sa phương sang đầu tư tại Hà Nội.", "C103") == []  # no Saudi Arabia in the story


# N106: a hyphenated foreign name the document titles elsewhere
def test_n106_hyphenated_foreign_name() -> None:
    text = "Bộ trưởng Năng lượng Al-Mazrouei dự hội nghị. Al-Mazrouei tiên sinh cho biết giá dầu sẽ ổn định."
    assert _found(text, "N106") == [("tiên sinh", "")]
    assert _found("Ông đồ Lê-Hữu tiên sinh dạy chữ ở làng; Giáo sư Lê-Hữu là cháu năm đời của ông.", "N106") == []


# A101: '2 billion' is not the 'Hai' of 'Hai bên'
def test_a101_scaled_number_not_spelled_by_a_small_word() -> None:
    src = "The two sides agreed to raise trade to 2 billion US dollars."
    assert _pair(src, "Hai bên nhất trí nâng thương mại lên 3 tỷ USD.", "A101") == [("3", "2")]
    assert _pair(src, "Hai bên nhất trí nâng thương mại lên hai tỷ USD.", "A101") == []
    assert _pair("Three ministers pledged 3 million euros.", "Ba bộ trưởng cam kết ba triệu euro.", "A101") == []


# A112: an amount of money where the source has other figures and names no money
def test_a112_amount_added_beside_other_figures() -> None:
    src = "Rice exports to the Philippines rose 25% in the first half."
    tgt = "Xuất khẩu gạo sang Philippines tăng 25% trong 6 tháng đầu năm, đạt 1,2 tỷ USD."
    assert _pair(src, tgt, "A112") == [("1,2 tỷ", None)]
    assert _pair("Rice exports rose 25% to $1.2 billion.", "Xuất khẩu gạo tăng 25%, đạt 1,2 tỷ USD.", "A112") == []
    assert _pair("The city has 2 million residents.", "Thành phố có 2 triệu dân.", "A112") == []


# A113: 'on the same page'
def test_a113_on_the_same_page() -> None:
    src = "The central bank and the government are now on the same page on inflation."
    tgt = "Ngân hàng trung ương và chính phủ nay đã ở trên cùng một trang về lạm phát."
    assert [s for s, _ in _pair(src, tgt, "A113")] == ["ở trên cùng một trang"]
    literal = (
        "The two stories were printed on the same page of the newspaper.",
        "Hai bài được in trên cùng một trang.",
    )
    assert _pair(*literal, "A113") == []


# C101: remittances sent home in a Vietnamese story
def test_c101_remittances_sent_home() -> None:
    story = "Hội người Việt tại Đức tổ chức gặp mặt tại Berlin. Chủ tịch UBND TP Đà Nẵng gửi thư chúc mừng.\n"
    sentence = (
        "Theo Ngân hàng Nhà nước, kiều hối chuyển về Trung Quốc năm 2024 đạt 16 tỷ USD, trong đó TP.HCM chiếm 60%."
    )
    fires = story + sentence
    assert _found(fires, "C101") == [("Trung Quốc", "Việt Nam")]
    quiet = story + "Năm 2024, kiều hối gửi về Trung Quốc đạt 50 tỷ USD, theo Ngân hàng Thế giới."
    assert _found(quiet, "C101") == []


# C106: 胡志明市 in pinyin is the city
def test_c106_city_with_its_shi() -> None:
    assert _pair("越南总理在胡志明市会见投资者。", "Thủ tướng gặp các nhà đầu tư tại Huzhiming.", "C106") == [
        ("Huzhiming", "Thành phố Hồ Chí Minh")
    ]
    assert _pair("越南总理在胡志明陵献花。", "Thủ tướng đặt hoa tại lăng Huzhiming.", "C106") == [
        ("Huzhiming", "Hồ Chí Minh")
    ]


# T307: 'N vạn người' in a sentence of today
def test_t307_people_in_myriads_today() -> None:
    assert _found("Cộng đồng người Việt tại Đức hiện có khoảng 18 vạn người.", "T307") == [("18 vạn", "180.000")]
    assert _found("Sử sách ghi lại 10 vạn người bị bắt đi phu.", "T307") == []
    assert _found("Năm 2025 là dịp nhớ lại mùa đông năm 1947, khi 2 vạn người của vùng này đi sơ tán.", "T307") == []


# Chrome: an office signing the article on its own line
def test_office_signature_line() -> None:
    assert classify_line("Ban Truyền thông Hội Doanh nhân trẻ Việt Nam")[0] == "byline"
    assert classify_line("Ban Thông tin Hội người Việt tại Đức tổ chức gặp mặt")[0] is None
    assert classify_line("Ban Tuyên giáo Tỉnh ủy Nghệ An")[0] is None


def test_related_heading_with_sibling_items(tmp_path: Path) -> None:
    """An h3 related heading and its li items as siblings (no box around them) are one block; li items of an article
    list before it stay article."""
    from chrome_lines import page_segments

    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><h1>Hội người Việt tại Đức mừng 30 năm thành lập</h1>"
        "<p>Sáng 20/11, Hội người Việt tại Đức tổ chức lễ kỷ niệm 30 năm thành lập tại Berlin với 500 khách mời.</p>"
        "<li>Lớp tiếng Việt cho thiếu nhi</li><li>Giải bóng đá cộng đồng</li>"
        "<p>Đại sứ đánh giá cao đóng góp của hội cho quan hệ hai nước trong ba thập niên qua.</p>"
        "<h3>Tin cùng chuyên mục</h3><li>Lãnh sự lưu động tại Leipzig: hơn 500 hồ sơ được tiếp nhận trong hai ngày</li>"
        "<li>Kiều hối về TP.HCM 10 tháng đạt 8 tỷ USD</li></body></html>",
        encoding="utf-8",
    )
    kept = [s.text for s in page_segments(page) if not s.boilerplate]
    assert "Lớp tiếng Việt cho thiếu nhi" in kept and "Giải bóng đá cộng đồng" in kept
    assert not any(t.startswith(("Lãnh sự lưu động", "Kiều hối về")) for t in kept)


def test_box_between_chrome_after_the_article(tmp_path: Path) -> None:
    """A heading and its list items between the article's end chrome (a tags line) and the footer are a box; the same
    heading and items right after the article's text stay article."""
    from chrome_lines import page_segments

    body = (
        "<h1>Lãnh sự lưu động tại Munich đón hơn 400 lượt bà con</h1>"
        "<p>Ngày 15/11, Tổng Lãnh sự quán Việt Nam tại Frankfurt tổ chức đợt lãnh sự lưu động tại Munich.</p>"
        "<p>Đoàn đã tiếp nhận 312 hồ sơ hộ chiếu và 58 hồ sơ khai sinh trong hai ngày làm việc.</p>"
    )
    box = (
        "<h3>Thủ tục cần biết</h3><li>▸ Gia hạn hộ chiếu</li><li>▸ Trích lục khai sinh</li><li>▸ Xác nhận độc thân</li>"
    )
    after_tags = tmp_path / "a.html"
    after_tags.write_text(
        f"<html><body>{body}<div class='tags'>Từ khóa: lãnh sự, Munich</div>{box}"
        "<footer>© 2025 Trang tin cộng đồng. Ghi rõ nguồn khi trích dẫn.</footer></body></html>",
        encoding="utf-8",
    )
    kept = [s.text for s in page_segments(after_tags) if not s.boilerplate]
    assert not any(t.startswith(("Thủ tục cần biết", "▸")) for t in kept)
    in_article = tmp_path / "b.html"
    in_article.write_text(
        f"<html><body>{body}{box}<footer>© 2025 Trang tin cộng đồng. Ghi rõ nguồn.</footer></body></html>",
        encoding="utf-8",
    )
    kept = [s.text for s in page_segments(in_article) if not s.boilerplate]
    assert "Thủ tục cần biết" in kept and "▸ Gia hạn hộ chiếu" in kept
