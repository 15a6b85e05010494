"""L101 on a single uninflected English word: an untranslated common word fires, an established loan (by wordfreq's
Vietnamese list or references/vi_loans.txt), a name, a unit, a gloss or code stays quiet. Sentences written for
this test, outside every evaluation set."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.english import en_zipf, is_loan, listed_loans, vi_zipf
from audit.lang.syllable import is_valid_syllable
from audit.model import Severity

FIRES = [
    ("Lạm phát tháng Ba của Chile vượt mức forecast của ngân hàng trung ương.", "forecast"),
    ("Khoản debt của tỉnh Mendoza tăng gấp đôi sau ba năm.", "debt"),
    ("Tình trạng shortage phân bón kéo dài ở miền tây Kenya.", "shortage"),
    ("Quốc hội Peru thông qua budget cho ngành y tế năm tới.", "budget"),
    ("Mức growth của ngành du lịch Bồ Đào Nha chậm lại.", "growth"),
    ("Lô shipment đầu tiên đã cập cảng Cát Lái hôm thứ Hai.", "shipment"),
    ("Giá cà phê tăng vì demand từ châu Âu phục hồi.", "demand"),
    ("Tập đoàn công bố revenue quý hai đạt 3 tỷ USD.", "revenue"),
    ("Ngân hàng trung ương Ghana lo ngại inflation sẽ quay lại.", "inflation"),
    ("Chính phủ Na Uy cam kết tăng funding cho nghiên cứu biển.", "funding"),
    ("Người dân xếp hàng dài để rút deposit khỏi ngân hàng.", "deposit"),
    ("Cảnh sát đã bắt giữ suspect sau hai ngày truy đuổi.", "suspect"),
    ("Bộ trưởng Tài chính Ai Cập trình bày strategy mới về nợ công.", "strategy"),
    ("Hai bên đã ký agreement về khai thác khoáng sản.", "agreement"),
    ("Đội tuyển Uruguay có một coach mới sau thất bại ở vòng loại.", "coach"),
    ("Nhiều gia đình ở Lào Cai vẫn chịu drought vào mùa khô.", "drought"),
    ("Vụ harvest lúa mì của Kazakhstan giảm nhẹ trong năm.", "harvest"),
]

QUIET = [
    "Nhiều startup ở Đà Nẵng gọi vốn thành công trong năm nay.",
    "Anh thường chạy deadline đến khuya trước mỗi buổi thuyết trình.",
    "Cửa hàng tặng voucher giảm giá cho khách mua serum dưỡng da.",
    "Tay đua người Monaco giành pole ở chặng đua tại Bahrain.",
    "Cô ấy đăng selfie lên mạng xã hội và nhận hàng nghìn lượt thích.",
    "Quân đội dùng drone để theo dõi khu vực biên giới.",
    "Uống nhiều caffeine có thể gây mất ngủ ở người lớn tuổi.",
    "Các trader tăng vị thế bán trên thị trường phái sinh.",
    "Mô hình được huấn luyện trên hàng tỷ token văn bản.",
    "Khán giả xem video trên laptop và smartphone mỗi tối.",
    "Công ty ra mắt chip mới cho thiết bị online và robot.",
    "Nhà máy ở Bình Dương sản xuất 40 kg hàng mỗi giờ, tính theo kg.",
    "Ông Walter Brennan, chủ tịch hãng Forecast Partners, đến Hà Nội.",
    "Từ 'lạm phát' (inflation) được dùng nhiều trong báo cáo.",
    'Cuốn sách "Water for Elephants" được dịch sang tiếng Việt.',
    "Lệnh `git fetch origin` tải mã mới về máy.",
    "Bạn có thể liên hệ qua địa chỉ hotro@congty.org hoặc website của hãng.",
    "Nhóm nhạc phát hành album mới và tổ chức concert ở Seoul.",
    "Chị ấy tập fitness và cardio ba buổi mỗi tuần.",
    "Phim hoạt hình Peppa the pig rất được trẻ em yêu thích.",
    "Đang gửi tệp cho {person}; tin nhắn sẽ đến sau {hour} phút.",  # placeholders of a software string
    "Chị là founder một công ty nhỏ ở Cần Thơ, quán có decor rất chill.",
]


@pytest.mark.parametrize(("sentence", "word"), FIRES)
def test_untranslated_single_word_fires(sentence: str, word: str) -> None:
    found = [(f.text, f.severity) for f in audit_text(sentence, select=["L101"])]
    assert found == [(word, Severity.MINOR)], sentence


@pytest.mark.parametrize("sentence", QUIET)
def test_loans_and_names_stay_quiet(sentence: str) -> None:
    assert [f.text for f in audit_text(sentence, select=["L101"])] == [], sentence


def test_listed_loans_are_needed_and_well_formed() -> None:
    """Every listed loan is lowercase ASCII, no Vietnamese syllable, a word English writes, and one wordfreq's
    Vietnamese list does not know already (the list holds only what wordfreq misses)."""
    for word in listed_loans():
        # one word, or a hyphenated compound of words ('fine-tuning')
        assert word.isascii() and all(p.isalpha() for p in word.split("-")) and word.islower(), word
        assert not is_valid_syllable(word), word
        assert en_zipf(word) >= 3.0, word
        assert vi_zipf(word) < 2.0, word
        assert is_loan(word), word
