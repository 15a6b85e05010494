"""The fixes after the adversary53 blind set (tests/data/adversary53), each tested on names, bodies, blocs and pages
that set does not have (Portugal's former President, Argentina's Mauricio Macri and Algeria's Aïmene
Benabderrahmane, UEFA, the EU and Iraq, an association's masthead), firing and quiet."""

from __future__ import annotations

from audit.api import audit_text
from audit.corpus.boilerplate import classify_lines


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_former_holder_whose_name_has_a_lowercase_particle() -> None:
    """N103: 'bin', 'de', 'da' end a run of capitalised words, so a former holder named with one was never whole
    ('… Marcelo Rebelo' is nobody); the run now goes on through the particle. Holders in office stay quiet."""
    portugal = "Lisboa, 12/8/2026 – Tổng thống Bồ Đào Nha Marcelo Rebelo de Sousa tiếp đoàn doanh nghiệp Việt Nam."
    assert [t for t, _ in _found(portugal, "N103")] == ["Tổng thống Bồ Đào Nha Marcelo Rebelo de Sousa"]
    cameron = "London, 3/12/2025 – Thủ tướng Anh David Cameron do Thủ tướng Nhật Bản mời đã phát biểu."
    assert [t for t, _ in _found(cameron, "N103")] == ["Thủ tướng Anh David Cameron"]  # 'do' is Vietnamese here
    for quiet in (
        "Doha, 3/12/2025 – Thủ tướng Qatar Mohammed bin Abdulrahman Al Thani tiếp đoàn Việt Nam.",
        "Brasília, 3/12/2025 – Tổng thống Brazil Luiz Inácio Lula da Silva tiếp đoàn Việt Nam.",
        "Riyadh, 3/12/2025 – Thái tử kiêm Thủ tướng Mohammed bin Salman tiếp đoàn Việt Nam.",
        "Lisboa, 12/8/2025 – Tổng thống Bồ Đào Nha Marcelo Rebelo de Sousa tiếp đoàn doanh nghiệp Việt Nam.",
    ):
        assert _found(quiet, "N103") == [], quiet


def test_former_presidents_and_prime_ministers_added() -> None:
    """N103 on people.tsv's new rows: Argentina's and Algeria's earlier holders named as in office in 2025; the
    holders then stay quiet, and Sifi Ghrieb in a page of July 2025, before he took office, is flagged."""
    macri = "Buenos Aires, 5/11/2025 – Tổng thống Argentina Mauricio Macri tiếp đoàn."
    assert [t for t, _ in _found(macri, "N103")] == ["Tổng thống Argentina Mauricio Macri"]
    algeria = "Algiers, 5/11/2025 – Thủ tướng Algeria Aïmene Benabderrahmane tiếp đoàn."
    assert [t for t, _ in _found(algeria, "N103")] == ["Thủ tướng Algeria Aïmene Benabderrahmane"]
    for quiet in (
        "Buenos Aires, 5/11/2025 – Tổng thống Argentina Javier Milei tiếp đoàn.",
        "Algiers, 5/11/2025 – Tổng thống Algeria Abdelmadjid Tebboune tiếp đoàn.",
        "Algiers, 5/11/2025 – Thủ tướng Algeria Sifi Ghrieb tiếp đoàn.",
    ):
        assert _found(quiet, "N103") == [], quiet
    assert [t for t, _ in _found("Algiers, 5/7/2025 – Thủ tướng Algeria Sifi Ghrieb tiếp đoàn.", "N103")] == [
        "Thủ tướng Algeria Sifi Ghrieb"
    ]


def test_pinyin_name_after_a_role_acronym() -> None:
    """N108: 'HLV' or 'VĐV' in capitals opens the capitalised run, which hid the role before the pinyin word;
    Vietnamese and Korean names after it stay quiet."""
    assert _found("Sau trận, HLV Aoerbante đánh giá cao các học trò.", "N108") == [("Aoerbante", None)]
    assert _found("VĐV Kelimubaiqi về nhất ở nội dung 1.500 m.", "N108") == [("Kelimubaiqi", None)]
    for quiet in (
        "HLV Kim Sang-sik và HLV Mai Đức Chung dự họp báo.",
        "HLV Chu Dinh Nghiem cảm ơn cổ động viên.",
        "VĐV Nguyễn Thị Oanh về nhất, HLV Park Hang-seo chúc mừng.",
    ):
        assert _found(quiet, "N108") == [], quiet


def test_football_bodies_and_mercosur_by_their_chinese_names() -> None:
    """C107: 欧足联 'Âu Túc liên' (UEFA), 国际足联 'Quốc tế Túc Liên' (FIFA), 南方共同市场 half read in Hán-Việt
    ('Thị trường chung Nam phương'); Vietnamese names of the same bodies stay quiet."""
    assert _found("Trận đấu do Âu Túc liên tổ chức tại Munich.", "C107") == [("Âu Túc liên", "UEFA")]
    assert _found("Quốc tế Túc Liên công bố bảng xếp hạng mới.", "C107") == [("Quốc tế Túc Liên", "FIFA")]
    assert _found("Uruguay là thành viên Thị trường chung Nam phương.", "C107") == [
        ("Thị trường chung Nam phương", "Mercosur")
    ]
    quiet = "Uruguay là thành viên Khối Thị trường chung Nam Mỹ (Mercosur); Liên đoàn Bóng đá châu Âu (UEFA) họp."
    assert _found(quiet, "C107") == []


def test_members_counted_after_the_blocs_acronym() -> None:
    """C108: 'ORG (ACRONYM) có N thành viên, trong đó có X, Y và Z' (the acronym in brackets stopped the frame)."""
    eu = "Liên minh châu Âu (EU) có 27 thành viên, trong đó có Pháp, Đức và Na Uy."
    assert _found(eu, "C108") == [("Na Uy", None)]
    gulf = "Hội đồng Hợp tác vùng Vịnh (GCC) có sáu thành viên, trong đó có Kuwait, Oman và Iraq."
    assert _found(gulf, "C108") == [("Iraq", None)]
    quiet = "Hiệp hội các quốc gia Đông Nam Á (ASEAN) hiện có 11 thành viên, trong đó có Việt Nam, Lào và Timor-Leste."
    assert _found(quiet, "C108") == []


def test_mexicos_second_city_in_pinyin() -> None:
    """C106: 瓜达拉哈拉 'Guadalahala' (cities.zh_curated.tsv) now has its fix."""
    fair = "Hội chợ diễn ra tại thành phố Guadalahala từ ngày 10/12."
    assert _found(fair, "C106") == [("Guadalahala", "Guadalajara")]


def test_agency_masthead_and_bare_portal_tagline() -> None:
    """An agency's name in capitals at a page's top, longer than a site's name ('HIỆP HỘI …', 'SỞ …'), over a
    bare tagline ('Trang thông tin điện tử') and a menu, is chrome; a headline in capitals of the same length over
    its date and first sentence stays article."""
    lines = [
        "HIỆP HỘI DOANH NGHIỆP NHỎ VÀ VỪA THÀNH PHỐ HẢI PHÒNG",
        "Trang thông tin điện tử",
        "Giới thiệu   Tin tức   Hội viên   Liên hệ",
        "Doanh nghiệp Hải Phòng tìm thị trường Trung Đông",
        "Ngày 3/12/2025, hiệp hội tổ chức hội nghị kết nối giao thương với 20 doanh nghiệp Ả Rập Xê Út.",
    ]
    kinds = classify_lines(lines)
    assert kinds[0] is not None and kinds[1] is not None and kinds[3] is None and kinds[4] is None
    headline = [
        "TRUNG TÂM THƯƠNG MẠI LỚN NHẤT MIỀN TÂY KHAI TRƯƠNG TẠI CẦN THƠ",
        "03/12/2025 08:15",
        "Sáng 3/12, trung tâm thương mại rộng 50.000 m2 đã chính thức mở cửa đón khách tại phường Ninh Kiều.",
    ]
    assert classify_lines(headline)[0] is None
