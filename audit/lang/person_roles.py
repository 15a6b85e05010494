"""Occupational nouns that stand before a person's name ('nhà khoa học', 'chuyên gia', 'giáo sư'): a nationality
between them and the name is the person's country ('nhà khoa học Brazil Ana Souza'), as after an office title."""

from __future__ import annotations

import re

# lowercase or opening the sentence; a plural before ('các chuyên gia') is no single person's slot
PERSON_ROLE_BEFORE = re.compile(
    r"(?<!các )(?<!những )(?<!\w)(?i:nhà khoa học|nhà nghiên cứu|nhà dịch tễ học|nhà vật lý|nhà hóa học|nhà sinh học|"
    r"nhà toán học|nhà kinh tế học|nhà sử học|nhà văn|nhà thơ|nhà báo|chuyên gia|giáo sư|tiến sĩ|bác sĩ|kỹ sư|"
    r"học giả|nghệ sĩ|doanh nhân|"
    # sport: 'tay vợt Indonesian Muhammad Rifqi Fitriadi' is an Indonesian player
    r"tay vợt|tay đua|cầu thủ|vận động viên|VĐV|tiền đạo|tiền vệ|hậu vệ|thủ môn|huấn luyện viên|HLV|võ sĩ|"
    r"xạ thủ|cung thủ|kỳ thủ|golfer)\s+$"
)


def role_before(text: str, start: int) -> bool:
    """An occupational noun for a person ends right before ``start`` (one space between)."""
    return PERSON_ROLE_BEFORE.search(text, max(0, start - 24), start) is not None
