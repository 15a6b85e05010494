"""S101 on Vietnamese words written without their marks in a sentence that has them ('duoc', 'lot').

The sentences are in no sample document or adversary set."""

from __future__ import annotations

import pytest

from audit.api import audit_text, document_from_pairs
from audit.lang.unmarked import foreign_like, restorations
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules


def _unmarked(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["S101"]) if "no diacritics" in f.message]


def _unmarked_records(pairs: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    doc = document_from_pairs(pairs)
    found = run_rules(doc, [c() for c in select_rules(["S101"])], Settings())
    return [(f.text, f.suggestion) for f in found if "no diacritics" in f.message]


def test_restorations_and_foreign_words() -> None:
    assert restorations("duoc")[0] == "được"
    assert restorations("nguoi")[0] == "người"
    assert restorations("cua") == ()  # a valid syllable as written ('cua', a crab): nothing to say
    assert restorations("shop") == ()  # no Vietnamese syllable has these letters
    assert restorations("Duoc") == ()  # capitalised: a name or a sentence start
    assert foreign_like("lot") and foreign_like("chat") and not foreign_like("khach")


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Hội nghị thông qua nghị quyết phát triển nông nghiệp, duoc đông đảo đại biểu tán thành.", "duoc", "được"),
        ("Nhiều nguoi dân ở Quảng Trị mong chờ cây cầu mới bắc qua sông Thạch Hãn.", "nguoi", "người"),
        ("Ban quản lý cho biết lượng khach tham quan vịnh tăng mạnh trong dịp lễ.", "khach", "khách"),
        # a word other languages write too, beside a syllable it makes a dictionary word with ('kết quả')
        ("Đội tuyển bóng chuyền nữ đạt ket quả tốt tại giải đấu ở Jakarta.", "ket", "kết"),
    ],
)
def test_a_word_without_its_marks_fires(text: str, span: str, fix: str) -> None:
    assert _unmarked(text) == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        # a loan written as it is, with no sign of a Vietnamese word
        "Giới trẻ Đà Lạt chuộng những quán cà phê đang hot trên mạng xã hội.",
        "Các em học sinh thường chat với nhau qua ứng dụng nhắn tin.",
        # a foreign phrase
        "Huấn luyện viên người Ý nói 'a lot of work' khi trả lời phỏng vấn.",
        # links, handles and file names
        "Độc giả xem thêm tại nguoiduocvn.example/khach hoặc gửi thư cho @duoc_si.",
        # a name or a sentence start, capitalised
        "Duoc là tên một ứng dụng đặt lịch khám bệnh ở Cần Thơ.",
        # a passage written without marks: no slip of a sentence written with them
        "Tin nhắn viết: toi se den muon, duoc khong, nguoi oi.",
        # a valid syllable as written ('cua' is a crab), however likely 'của' is meant
        "Giá cua biển ở chợ Rạch Giá tăng mạnh.",
        # English text
        "The ministry said the lot would be auctioned next month.",
    ],
)
def test_quiet_without_evidence(text: str) -> None:
    assert _unmarked(text) == []


def test_a_record_whose_source_lacks_the_word() -> None:
    """A word English also writes ('lot') is a Vietnamese word without its marks when the source it translates does
    not have it; where the source has it, it is copied from there."""
    found = _unmarked_records(
        [
            (
                "The striker's shot slipped past the goalkeeper in the 88th minute.",
                "Cú sút của tiền đạo lot qua tay thủ môn ở phút 88.",
            ),
            (
                "Parcel lot 12 was sold at auction for 2 million dollars.",
                "Thửa đất lot 12 được bán đấu giá 2 triệu USD.",
            ),
        ]
    )
    assert [span for span, _ in found] == ["lot"]
    assert found[0][1] in {"lọt", "lót", "lột"}
