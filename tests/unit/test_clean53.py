"""The clean53 set (tests/data/clean53): six human-written Vietnamese pages on adversary93's and adversary94's beats
(the Ninh Thuận nuclear plants and Rosatom, a Kazakh president's visit, Turkish airlines and trade, online scam
compounds, a New Zealand prime minister's visit, cross-border QR payments), four copied as text (an encyclopedia
article, a news site's topic page, an airport's news page, a fact-checking section) and two saved as HTML (a Framer
site, an Intercom help centre). The expectations are the blind figures (README), so they cannot get worse."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import score_lines

CLEAN53 = Path(__file__).resolve().parents[1] / "data" / "clean53"
DOCS = sorted(p for p in CLEAN53.iterdir() if p.suffix in {".txt", ".html"})

# blind figures (README): 3 major L101 on an encyclopedia's reference back-links '^ a b' (01) and 1 minor F110 on a
# search line's run of spaces (03)
SERIOUS_LEFT = {
    "01_wikipedia_dien_hat_nhan_ninh_thuan.txt": 3,
}
FINDINGS_LEFT = {
    "01_wikipedia_dien_hat_nhan_ninh_thuan.txt": 3,
    "03_cang_hang_khong_turkish_airlines.txt": 1,
}
# chrome read as article at the blind run
CHROME_LEFT = {
    "01_wikipedia_dien_hat_nhan_ninh_thuan.txt": {
        "Bách khoa toàn thư mở Wikipedia",
        "Tham khảo[sửa | sửa mã nguồn]",
        '^ "Sắp xếp đơn vị hành chính cấp tỉnh năm 2025". Cổng thông tin điện tử Chính phủ. Truy cập ngày 3 tháng 7'
        " năm 2025.",
        '^ a b "Quốc hội thông qua chủ trương đầu tư điện hạt nhân Ninh Thuận". Báo Nhân Dân. 25 tháng 11 năm 2009.',
        '^ a b "Tái khởi động dự án điện hạt nhân Ninh Thuận". VnExpress. 30 tháng 11 năm 2024. Truy cập ngày 2'
        " tháng 12 năm 2024.",
        '^ a b "Luật Năng lượng nguyên tử (sửa đổi) được thông qua". Báo Chính phủ. 27 tháng 6 năm 2025.',
        '^ a b "VVER-1200". Rosatom. Truy cập ngày 10 tháng 1 năm 2025.',
        '^ "Hợp tác Việt – Nhật về điện hạt nhân". Tuổi Trẻ. 31 tháng 10 năm 2011.',
        "Thể loại: Nhà máy điện hạt nhân | Năng lượng Việt Nam | Quan hệ Nga – Việt Nam | Khánh Hòa",
        "Trang này được sửa đổi lần cuối vào ngày 21 tháng 11 năm 2025, lúc 08:14.",
        "Văn bản được phát hành theo Giấy phép Creative Commons Ghi công–Chia sẻ tương tự; có thể áp dụng điều khoản"
        " bổ sung. Với việc sử dụng trang web này, bạn chấp nhận Điều khoản Sử dụng và Quy định quyền riêng tư.",
    },
    "02_dong_su_kien_tong_thong_kazakhstan.txt": {
        "Xem thêm bài cũ ↓",
        "Dòng sự kiện khác",
        "› Việt Nam – Mông Cổ: 25 năm hợp tác giáo dục",
        "› Diễn đàn Kinh tế Á – Âu 2025",
    },
    "03_cang_hang_khong_turkish_airlines.txt": {
        "Tra cứu chuyến bay: Số hiệu chuyến bay hoặc điểm đến   [Tìm kiếm]",
    },
    "04_kiem_chung_tuyen_dung_lua_dao_campuchia.txt": {
        "Bạn thấy một tin cần kiểm chứng? Gửi cho chúng tôi qua Zalo 0912 456 789 hoặc email"
        " kiemchung@phapluatbinhminh.vn",
        "Cảnh báo khác",
        "› Giả danh nhân viên điện lực gọi điện đòi tiền điện",
        "› Ứng dụng đầu tư chứng khoán giả mạo trên kho ứng dụng",
        '› Tin nhắn "tài khoản sắp bị khóa" mạo danh ngân hàng',
    },
    "06_intercom_thanh_toan_qr_xuyen_bien_gioi.html": {
        "Chúng tôi có thể giúp gì cho bạn?",
    },
}
# article read as chrome at the blind run
ARTICLE_LEFT = {
    "01_wikipedia_dien_hat_nhan_ninh_thuan.txt": {"Nhà máy điện hạt nhân Ninh Thuận"},
    "06_intercom_thanh_toan_qr_xuyen_bien_gioi.html": {
        "Thanh toán bằng mã QR khi đi Thái Lan, Campuchia và Lào",
        "Quét mã QR của cửa hàng nước ngoài và trả bằng tiền đồng từ tài khoản của bạn.",
    },
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 6 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 2


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_major_or_critical_no_more_than_blind(path: Path) -> None:
    assert len(serious_findings(path)) <= SERIOUS_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_findings_no_more_than_blind(path: Path) -> None:
    assert len(findings_of(path)) <= FINDINGS_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_no_worse_than_blind(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
