"""An events calendar box between the page's chrome: its heading ('**Lịch tư vấn:**', 'Sự kiện sắp tới', 'Upcoming
events') over two or more rows of a date and an event ('- Thứ Năm, 4/12/2025 – Hỏi đáp trực tuyến …'), each alone on
its line (a newsletter's or a portal's schedule; misses34)."""

from __future__ import annotations

import re

from audit.corpus.boilerplate.headed_rows import headed_rows

# The box's heading: a short label for a schedule, maybe bold and with a colon; it ends no sentence
_HEAD = re.compile(
    r"[*_#\s]*(lịch (tư vấn|sự kiện|hoạt động|tiếp dân|trực tuyến|giao lưu|hội thảo|làm việc|tập huấn|đối thoại)"
    r"[^.!?:;]{0,40}|sự kiện sắp (tới|diễn ra)|sắp diễn ra|upcoming events?|events? calendar|calendar)"
    r"\s*[:：]?\s*[*_]*\s*[:：]?",
    re.I,
)
# A row: a list mark maybe, a weekday maybe, a date (a time maybe), a dash or a colon, then the event
_ROW = re.compile(
    r"([-*•+]\s+)?[*_]*((thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|t[2-7]|cn),?\s*)?(ngày\s*)?"
    r"\d{1,2}/\d{1,2}(/\d{2,4})?[*_]*(,?\s*\(?\d{1,2}[:h]\d{2}\)?)?\s*[–—:-]\s*\S[^\n]{2,140}",
    re.I,
)
_HEAD_WORDS = 8


def calendar_boxes(stripped: list[str], kinds: list[str | None]) -> None:
    """An events calendar's heading and its rows, read as article, are chrome (in place): only with two rows or
    more right under the heading (blank lines aside), and between the page's chrome or its edges on both sides (the
    line before the heading and the line after the rows are chrome, or there is none: a newsletter's schedule between
    its rule and its unsubscribe line), so a calendar the article's text leads into or goes on after (a brokerage
    letter's market events after its recommendation, clean34) stays."""
    for box in headed_rows(stripped, kinds, _HEAD, _ROW, _HEAD_WORDS, rows_unread=True):
        if box.between_chrome:  # between chrome or the page's edges
            for j in (box.head, *box.rows):
                kinds[j] = kinds[j] or "navigation"
