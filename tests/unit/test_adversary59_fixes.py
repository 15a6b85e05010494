"""The fixes adversary59 made, tested both ways on companies, figures and sentences that are NOT in the set
(tests/data/adversary59): companies read in the Hán-Việt of their Chinese names at three syllables or more with no
company word before them (C107, and N102 stepping aside), 比 read 'bỉ' ('Bỉ Á Địch' BYD), 'vạn' before the engineers,
experts and equipment tech news counts or before Chinese characters the MT left (T307), a Vietnamese company described
as China's (C101), 'người đứng đầu … biểu thị,' and 'trí năng nhân tạo' (T308)."""

from __future__ import annotations

from audit.api import audit_text
from audit.lang.resources import read_tsv


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_c107_long_hanviet_company_names_need_no_company_word() -> None:
    """Three syllables or more, not opening with a Vietnamese surname: no word, place or name of Vietnamese."""
    assert _found("Anh Đặc Nhĩ vừa công bố dòng bộ xử lý mới cho máy tính xách tay.", "C107") == [
        ("Anh Đặc Nhĩ", "Intel")
    ]
    assert _found("Theo kế hoạch, Ốc Nhĩ Mã sẽ mở thêm 40 cửa hàng trong năm tới.", "C107") == [
        ("Ốc Nhĩ Mã", "Walmart")
    ]
    assert _found("Sản lượng pin của Ninh Đức Thời Đại tăng mạnh.", "C107") == []  # Ninh: a surname, gated
    assert _found("Ông Mã Tự Đạt, 54 tuổi, là chủ một xưởng gỗ ở Bình Dương.", "C107") == []  # Mã: a surname


def test_generated_gates_follow_the_rule() -> None:
    """companies.calques.tsv: a Hán-Việt form is ungated exactly at three syllables or more with no surname first."""
    rows = {r["calque"]: r["gate"] for r in read_tsv("companies.calques.tsv") if r["kind"] == "hanviet"}
    assert rows["Tây Môn Tử"] == "no" and rows["Phú Sĩ Thông"] == "no"
    assert rows["Tam Tinh"] == "yes" and rows["Cao Thông"] == "yes" and rows["Mã Tự Đạt"] == "yes"


def test_byd_read_with_bi_and_n102_leaves_companies_to_c107() -> None:
    text = "Bỉ Á Địch đã vượt Volkswagen về doanh số tại Brazil, còn Ốc Nhĩ Ốc giữ vị trí thứ ba."
    assert _found(text, "C107") == [("Bỉ Á Địch", "BYD"), ("Ốc Nhĩ Ốc", "Volvo")]
    assert _found(text, "N102") == []


def test_t307_van_before_tech_counts_and_chinese_characters() -> None:
    assert _found("Tập đoàn cần thêm 3 vạn kỹ sư phần mềm trong ba năm tới.", "T307") == [("3 vạn", "30.000")]
    assert _found("Thành phố đã lắp 4 vạn 充电桩 cho ô tô điện.", "T307") == [("4 vạn", "40.000")]
    quiet = (
        "Hàng vạn kỹ sư trẻ theo học các khóa thiết kế vi mạch.",
        "Năm 1789, vua Quang Trung đánh tan 29 vạn quân Thanh.",
    )
    for text in quiet:
        assert _found(text, "T307") == [], text


def test_c101_a_vietnamese_company_described_as_china_s() -> None:
    text = "Vietcombank, ngân hàng có lợi nhuận cao nhất của Trung Quốc, vừa công bố kết quả quý III."
    assert _found(text, "C101") == [("Trung Quốc", "Việt Nam")]
    text = "Hòa Phát là một trong những nhà sản xuất thép lớn nhất của Trung Quốc."
    assert _found(text, "C101") == [("Trung Quốc", "Việt Nam")]
    quiet = (
        "Masan, doanh nghiệp cạnh tranh trực tiếp với các hãng của Trung Quốc, tăng thị phần.",
        "Vinamilk, công ty vừa ký hợp đồng với nhà phân phối của Trung Quốc, mở rộng xuất khẩu.",
        "Thaco, nhà phân phối độc quyền của Trung Quốc tại Bắc Kinh, bị kiện.",  # a Chinese city: China itself
        "Alibaba, tập đoàn thương mại điện tử lớn nhất của Trung Quốc, đầu tư vào Việt Nam.",  # no Vietnamese firm
    )
    for text in quiet:
        assert _found(text, "C101") == [], text


def test_t308_head_of_a_unit_speaking_and_artificial_intelligence() -> None:
    assert _found("Người đứng đầu ngân hàng biểu thị, lãi suất sẽ ổn định đến cuối năm.", "T308") == [
        ("biểu thị", "cho biết")
    ]
    assert _found("Trường mở ngành trí năng nhân tạo từ năm học tới.", "T308") == [
        ("trí năng nhân tạo", "trí tuệ nhân tạo")
    ]
    assert _found("Người đứng đầu ngành nói biểu đồ biểu thị mức tăng trí tuệ nhân tạo.", "T308") == []


def test_reader_breadcrumb_comment_prompt_and_capital_magazine_masthead_are_chrome() -> None:
    from audit.corpus.boilerplate import classify_line

    chrome = (
        "Bạn đang xem: Thể thao > Bóng đá",
        "Bạn đang ở: Trang chủ / Kinh tế",
        "Bạn nghĩ gì về câu chuyện này? Gửi ý kiến cho chúng tôi",
        "SỐNG XANH – TẠP CHÍ MÔI TRƯỜNG VÀ CỘNG ĐỒNG",
    )
    article = (
        "Bạn đang đọc những dòng này trên điện thoại?",
        "Ông Phạm Nhật Vượng – tạp chí Forbes xếp hạng tỷ phú giàu nhất Việt Nam",
        "Tạp chí Forbes vừa công bố danh sách tỷ phú năm 2025",
    )
    assert [line for line in chrome if classify_line(line)[0] is None] == []
    assert [line for line in article if classify_line(line)[0] is not None] == []
