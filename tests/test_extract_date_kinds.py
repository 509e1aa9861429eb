"""Every kind of date expression the dates stage reads, one row each (SPEC §2, Dates):
forms with numbers, words, periods, ranges, holidays and dates relative to the
publication date, each with its EDTF value. Publication date 15 June 2024 (a Saturday)
unless a row says none."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.document import Document, Metadata
from pipeline.extract.dates import find_dates
from pipeline.records import Segment

PUB = date(2024, 6, 15)


def mentions(text: str, published: date | None = PUB) -> list[tuple]:
    doc = Document(name="t.txt", text=text, meta=Metadata(published=published))
    doc.results["segments"] = (Segment(0, len(text), 0, "body"),)
    return [(text[m.start:m.end], m.edtf, m.precision, m.year_source, m.modifier)
            for m in find_dates(doc)]


# (id, text, surface, edtf, precision, year source, modifier)
KINDS = [
    ("year-after-comma", "Ngày 24 tháng 4, 2022, đoàn đến", "Ngày 24 tháng 4, 2022", "2022-04-24",
     "day", "written", None),
    ("range-month-words", "Từ ngày 10 tháng 6 đến ngày 20 tháng 7 năm 2023, đoàn làm việc",
     "Từ ngày 10 tháng 6 đến ngày 20 tháng 7 năm 2023", "2023-06-10/2023-07-20", "day",
     "written", None),
    ("range-one-month", "từ ngày 3 đến ngày 7 tháng 11 năm 2022 tại", "từ ngày 3 đến ngày 7 tháng "
     "11 năm 2022", "2022-11-03/2022-11-07", "day", "written", None),
    ("two-digit-year", "ngày 24/4/24, Ban", "ngày 24/4/24", "2024-04-24", "day", "written", None),
    ("two-digit-year-last-century", "Ngày 3/2/98 ông", "Ngày 3/2/98", "1998-02-03", "day",
     "written", None),
    ("month-two-digit-year", "trong tháng 12/23 tỉnh", "tháng 12/23", "2023-12", "month",
     "written", None),
    ("short-year", "vào năm 98, ông", "vào năm 98", "1998", "year", "written", None),
    ("day-month-words", "ngày mười một tháng mười, Ban", "ngày mười một tháng mười", "2023-10-11",
     "day", "published", None),
    ("day-words-year", "ngày hai mươi lăm tháng ba năm 2021 tại", "ngày hai mươi lăm tháng ba năm "
     "2021", "2021-03-25", "day", "written", None),
    ("mong-mot-thang-gieng", "mồng một tháng Giêng năm 2024", "mồng một tháng Giêng năm 2024",
     "2024-01-01", "day", "written", None),
    ("month-gieng", "vào tháng Giêng năm 2024, Hội", "vào tháng Giêng năm 2024", "2024-01",
     "month", "written", None),
    ("month-words", "trong tháng mười hai năm 2023", "trong tháng mười hai năm 2023", "2023-12",
     "month", "written", None),
    ("yearless-month-begun", "trong tháng 3, tỉnh đã", "trong tháng 3", "2024-03", "month",
     "published", None),
    ("yearless-month-to-come", "trong tháng 8, đoàn sẽ", "trong tháng 8", "XXXX-08", "month",
     "unknown", None),
    ("early-month", "đầu tháng 3/2024, Ban", "đầu tháng 3/2024", "2024-03", "month", "written",
     "start"),
    ("late-year", "cuối năm 2023, Tỉnh ủy", "cuối năm 2023", "2023", "year", "written", "end"),
    ("mid-month", "giữa tháng 5, Đoàn", "giữa tháng 5", "2024-05", "month", "published", "mid"),
    ("year-range", "giai đoạn 2021-2025, tỉnh", "2021-2025", "2021/2025", "year", "written", None),
    ("from-year-to-year", "từ năm 2015 đến năm 2020, Ban", "từ năm 2015 đến năm 2020",
     "2015/2020", "year", "written", None),
    ("from-year-to-now", "từ năm 2019 đến nay, Ban", "từ năm 2019 đến nay", "2019/..", "year",
     "written", None),
    ("decade", "những năm 1990, tỉnh", "những năm 1990", "199X", "decade", "written", None),
    ("decade-two-digits", "thập niên 80 của thế kỷ XX", "thập niên 80 của thế kỷ XX", "198X",
     "decade", "written", None),
    ("century", "đầu thế kỷ XXI, đất nước", "thế kỷ XXI", "20XX", "century", "written", None),
    ("quarter", "trong quý I năm 2024, tỉnh", "quý I năm 2024", "2024-33", "quarter", "written",
     None),
    ("quarter-slash", "quý IV/2023 toàn tỉnh", "quý IV/2023", "2023-36", "quarter", "written",
     None),
    ("quarter-begun", "trong quý II, tỉnh", "quý II", "2024-34", "quarter", "published", None),
    ("quarter-to-come", "trong quý III, tỉnh sẽ", "quý III", "XXXX-35", "quarter", "unknown",
     None),
    ("first-half", "6 tháng đầu năm 2024, tỉnh", "6 tháng đầu năm 2024", "2024-40", "half",
     "written", None),
    ("second-half-to-come", "sáu tháng cuối năm, tỉnh", "sáu tháng cuối năm", "XXXX-41", "half",
     "unknown", None),
    ("half-this-year", "nửa đầu năm nay, tỉnh", "nửa đầu năm nay", "2024-40", "half",
     "relative", None),
    ("season", "mùa hè năm 2023 Đoàn", "mùa hè năm 2023", "2023-22", "season", "written", None),
    ("season-bare-year", "mùa xuân 2024, tỉnh", "mùa xuân 2024", "2024-21", "season", "written",
     None),
    ("yesterday", "Hôm qua, Đoàn làm việc", "Hôm qua", "2024-06-14", "day", "relative", None),
    ("yesterday-afternoon", "Chiều qua, Đoàn làm việc", "Chiều qua", "2024-06-14", "day",
     "relative", None),
    ("day-before-yesterday", "hôm kia, Đoàn", "hôm kia", "2024-06-13", "day", "relative", None),
    ("tomorrow", "ngày mai, Đoàn sẽ", "ngày mai", "2024-06-16", "day", "relative", None),
    ("last-year", "năm ngoái, tỉnh", "năm ngoái", "2023", "year", "relative", None),
    ("this-year", "năm nay, tỉnh", "năm nay", "2024", "year", "relative", None),
    ("last-month", "tháng trước, tỉnh", "tháng trước", "2024-05", "month", "relative", None),
    ("last-week", "tuần trước, Đoàn", "tuần trước", "2024-06-03/2024-06-09", "day", "relative",
     None),
    ("monday-last-week", "thứ Hai tuần trước, Đoàn", "thứ Hai tuần trước", "2024-06-03", "day",
     "relative", None),
    ("days-ago", "3 ngày trước, Đoàn", "3 ngày trước", "2024-06-12", "day", "relative", None),
    ("months-ago", "hai tháng trước, tỉnh", "hai tháng trước", "2024-04", "month", "relative",
     None),
    ("month-this-year", "tháng 3 năm nay, tỉnh", "tháng 3 năm nay", "2024-03", "month",
     "relative", None),
    ("holiday-year", "dịp kỷ niệm ngày Quốc khánh năm 2023", "ngày Quốc khánh năm 2023",
     "2023-09-02", "day", "written", None),
    ("holiday-yearless", "nhân dịp Quốc tế Lao động, Đoàn", "dịp Quốc tế Lao động", "2024-05-01",
     "day", "published", None),
]


@pytest.mark.parametrize("row", KINDS, ids=[r[0] for r in KINDS])
def test_kind(row) -> None:
    _, text, surface, edtf, precision, source, modifier = row
    assert (surface, edtf, precision, source, modifier) in mentions(text)


def test_coordinated_months_share_the_written_year() -> None:
    found = mentions("trong tháng 1 và tháng 2 năm 2024, tỉnh")
    assert [(m[0], m[1], m[3]) for m in found] == [
        ("trong tháng 1", "2024-01", "written"), ("tháng 2 năm 2024", "2024-02", "written")]


def test_month_ranges() -> None:
    assert mentions("từ tháng 3 đến tháng 5 năm 2024, Ban")[0][:3] == (
        "từ tháng 3 đến tháng 5 năm 2024", "2024-03/2024-05", "month")
    assert mentions("từ tháng 10/2023 đến tháng 2/2024 Ban")[0][:2] == (
        "từ tháng 10/2023 đến tháng 2/2024", "2023-10/2024-02")


def test_relative_dates_need_a_publication_date() -> None:
    for text in ("Hôm qua, Đoàn", "năm ngoái, tỉnh", "tuần trước, Đoàn", "3 ngày trước, Đoàn"):
        assert mentions(text, published=None) == [], text


@pytest.mark.parametrize("text", [
    "3 ngày trước khi Đại hội khai mạc", "đoàn đi qua cầu", "ở bên kia sông",
    "mỗi tháng một lần", "trong 5 tháng, tỉnh", "từ năm 20 tuổi ông", "thứ Hai, Đoàn",
], ids=["before-something", "through", "other-side", "once-a-month", "duration", "age",
        "weekday-alone"])
def test_not_dates(text: str) -> None:
    assert mentions(text) == []


def test_a_year_is_never_taken_from_publication_when_written() -> None:
    # The peer's silent error: the written year after a comma must win.
    assert mentions("Ngày 24 tháng 4, 2022", published=PUB)[0][1] == "2022-04-24"
    assert mentions("Từ ngày 10 tháng 6 đến ngày 20 tháng 7 năm 2023")[0][1].startswith("2023")
