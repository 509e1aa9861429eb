"""Publication timestamps: ISO values with zones, page timestamp lines, and dates in
prose that are not timestamps."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.document import Document, Metadata
from pipeline.extract.dates import find_dates
from pipeline.records import Segment
from pipeline.text.normalize import match_key
from pipeline.text.reading import read_document
from pipeline.text.timestamps import first_page_timestamp, page_timestamps, parse_iso


@pytest.mark.parametrize(("value", "day"), [
    ("2024-05-14", date(2024, 5, 14)),
    ("2024-05-14T08:30:00+07:00", date(2024, 5, 14)),
    ("2024-05-14T23:30:00+00:00", date(2024, 5, 15)),  # already the 15th in Vietnam
    ("2024-05-14T23:30:00Z", date(2024, 5, 15)),
    ("2024-05-14T10:00:00", date(2024, 5, 14)),  # no zone: taken as written
    ("14 tháng 5", None),
    ("", None),
], ids=["date", "local-time", "utc-evening", "zulu", "naive", "words", "empty"])
def test_parse_iso(value, day) -> None:
    assert parse_iso(value) == day


@pytest.mark.parametrize(("line", "day"), [
    ("Thứ Tư, 17/04/2024 15:30 (GMT+7)", date(2024, 4, 17)),
    ("04:57 14/03/2023", date(2023, 3, 14)),
    ("03/03/2026 19:07 GMT+7", date(2026, 3, 3)),
    ("Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 12 21/05/2025 08:10", date(2025, 5, 21)),
    ("09:12 - Thứ Sáu, 11/10/2024 Lượt xem: 1520 In bài viết", date(2024, 10, 11)),
    ("Tin tức - Ngày đăng : 07:45, 02/11/2021", date(2021, 11, 2)),
    ("21:05, ngày 14-06-2019", date(2019, 6, 14)),
], ids=["weekday-clock-zone", "clock-first", "zone-after", "after-headline", "views",
        "labelled", "clock-then-ngay"])
def test_page_timestamp_lines(line, day) -> None:
    assert first_page_timestamp(match_key(line)) == day


@pytest.mark.parametrize("line", [
    "Vào lúc 9:00 ngày 12/5/2024, đoàn làm việc với Huyện ủy Kỳ Sơn.",
    "Ngày 12/5/2024, đoàn làm việc với Huyện ủy Kỳ Sơn.",
    "Thứ Bảy, 06/07/2024",  # a weekday and a date only: the site's clock as often
    "Hotline: 0912345678Thứ Hai, 09/09/2024 06:10 GMT+7",  # the header bar's clock
], ids=["time-in-prose", "date-in-prose", "no-time-of-day", "header-clock"])
def test_not_a_publication_timestamp(line) -> None:
    assert first_page_timestamp(match_key(line)) is None


def test_a_weekday_line_is_still_no_event_date() -> None:
    text = "Thứ Bảy, 06/07/2024"
    doc = Document(name="t.txt", text=text, meta=Metadata())
    doc.results["segments"] = (Segment(0, len(text), 0, "body"),)
    assert page_timestamps(match_key(text), 0, len(text))
    assert find_dates(doc) == ()


def test_timestamp_line_is_the_publication_date_and_not_the_event_date(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Đoàn công tác làm việc tại Sơn La\n10:20, 05/09/2023\n"
                    "Chiều 4/9, Đoàn công tác của Ban Dân vận Trung ương làm việc với "
                    "Ban Thường vụ Tỉnh ủy Sơn La.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.meta.published == date(2023, 9, 5)
    doc.results["segments"] = tuple(
        Segment(s, s + len(line), i, "body")
        for i, (s, line) in enumerate(_lines(doc.text)))
    assert [d.edtf for d in find_dates(doc)] == ["2023-09-04"]


def test_sidecar_wins_over_the_timestamp_line(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("10:20, 05/09/2023\nChiều 4/9, Đoàn công tác làm việc.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "2023-09-06"}', encoding="utf-8")
    assert read_document(path).meta.published == date(2023, 9, 6)


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        if line:
            yield pos, line
        pos += len(line) + 1
