"""Tests for pipeline.extract.dates.find_dates (SPEC §2, Dates)."""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document, Metadata
from pipeline.extract.dates import find_dates
from pipeline.records import DateMention, Segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def make_doc(text: str, published: date | None = None) -> Document:
    doc = Document(name="t.txt", text=text, meta=Metadata(published=published))
    doc.results["segments"] = (Segment(0, len(text), 0, "body"),)
    return doc


def found(text: str, published: date | None = None) -> list[tuple]:
    """(surface, edtf, precision, time_of_day, year_source) of every mention."""
    return [
        (text[m.start : m.end], m.edtf, m.precision, m.time_of_day, m.year_source)
        for m in find_dates(make_doc(text, published))
    ]


# --- every written form ----------------------------------------------------

FORMS = [
    ("Ngày 24-4-2024, tại tỉnh Đắk Lắk", ("Ngày 24-4-2024", "2024-04-24", "day", None, "written")),
    ("Ngày 13/5, Đoàn Kiểm tra", ("Ngày 13/5", "XXXX-05-13", "day", None, "unknown")),
    ("ký ngày 28/1/2026.", ("ngày 28/1/2026", "2026-01-28", "day", None, "written")),
    ("Kết luận 28/1/2026 của Bộ", ("28/1/2026", "2026-01-28", "day", None, "written")),
    ("Hạn chót 24-4-2024.", ("24-4-2024", "2024-04-24", "day", None, "written")),
    ("Thông tri ngày 16/12/2025 của", ("ngày 16/12/2025", "2025-12-16", "day", None, "written")),
    ("Sáng 28/1, Đoàn công tác", ("Sáng 28/1", "XXXX-01-28", "day", "sáng", "unknown")),
    ("Chiều 27/1, Ban Tuyên giáo", ("Chiều 27/1", "XXXX-01-27", "day", "chiều", "unknown")),
    ("Tối 2/9, lễ hội", ("Tối 2/9", "XXXX-09-02", "day", "tối", "unknown")),
    ("Trưa 15/3, đoàn đến", ("Trưa 15/3", "XXXX-03-15", "day", "trưa", "unknown")),
    ("Đêm 30/4, pháo hoa", ("Đêm 30/4", "XXXX-04-30", "day", "đêm", "unknown")),
    ("sáng ngày 13/5 đoàn", ("sáng ngày 13/5", "XXXX-05-13", "day", "sáng", "unknown")),
    ("Chiều nay (27/1), hội nghị", ("Chiều nay (27/1)", "XXXX-01-27", "day", "chiều", "unknown")),
    ("Sáng nay 13/5, đoàn", ("Sáng nay 13/5", "XXXX-05-13", "day", "sáng", "unknown")),
    ("Sáng 28/1/2026, Chủ tịch", ("Sáng 28/1/2026", "2026-01-28", "day", "sáng", "written")),
    ("hôm 13/5, ông", ("hôm 13/5", "XXXX-05-13", "day", None, "unknown")),
    ("Ngày 24-4, tại", ("Ngày 24-4", "XXXX-04-24", "day", None, "unknown")),
    ("dịp mùng 2/9 năm nay", ("mùng 2/9", "XXXX-09-02", "day", None, "unknown")),
    (
        "ngày 5 tháng 3 năm 2024, Tỉnh ủy",
        ("ngày 5 tháng 3 năm 2024", "2024-03-05", "day", None, "written"),
    ),
    ("ngày 5 tháng 3, Tỉnh ủy", ("ngày 5 tháng 3", "XXXX-03-05", "day", None, "unknown")),
    ("ngày 5 tháng 3/2024 tại", ("ngày 5 tháng 3/2024", "2024-03-05", "day", None, "written")),
    ("trong tháng 3/2024, tỉnh", ("tháng 3/2024", "2024-03", "month", None, "written")),
    ("trong tháng 3-2024, tỉnh", ("tháng 3-2024", "2024-03", "month", None, "written")),
    ("trong tháng 3 năm 2024, tỉnh", ("tháng 3 năm 2024", "2024-03", "month", None, "written")),
    ("Tháng 12 năm 2025 đánh dấu", ("Tháng 12 năm 2025", "2025-12", "month", None, "written")),
    ("kiểm tra năm 2024 đối với", ("năm 2024", "2024", "year", None, "written")),
    ("kế hoạch năm 2025-2026", ("năm 2025-2026", "2025/2026", "year", None, "written")),
    ("ngày 13/5/24", ("ngày 13/5/24", "2024-05-13", "day", None, "written")),
    ("Chiều 3.3, tại Quảng Ninh", ("Chiều 3.3", "XXXX-03-03", "day", "chiều", "unknown")),
    ("Ngày 24.11, Đảng ủy", ("Ngày 24.11", "XXXX-11-24", "day", None, "unknown")),
    ("Ngày 24.4.2024, tại", ("Ngày 24.4.2024", "2024-04-24", "day", None, "written")),
    ("Văn bản 24.4.2024 của", ("24.4.2024", "2024-04-24", "day", None, "written")),
    ("Cập nhật 2024-04-24 lúc", ("2024-04-24", "2024-04-24", "day", None, "written")),
    ("NGÀY 13/5 ĐOÀN", ("NGÀY 13/5", "XXXX-05-13", "day", None, "unknown")),
    ("Ngày\u00a013/5, đoàn", ("Ngày\u00a013/5", "XXXX-05-13", "day", None, "unknown")),
    ("Sáng\u00a028/1, đoàn", ("Sáng\u00a028/1", "XXXX-01-28", "day", "sáng", "unknown")),
    ("ngày 3/2/1930 thành lập Đảng", ("ngày 3/2/1930", "1930-02-03", "day", None, "written")),
    ("Ngày 29/2/2024 là", ("Ngày 29/2/2024", "2024-02-29", "day", None, "written")),
]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[f[1][0] for f in FORMS])
def test_forms(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_fields_of_a_day_mention() -> None:
    (m,) = find_dates(make_doc("Sáng 28/1/2026, Chủ tịch"))
    assert m == DateMention(0, 14, 0, "2026-01-28", "day", 2026, 1, 28, "sáng", "written")


def test_fields_of_month_and_year_mentions() -> None:
    month, year = find_dates(make_doc("tháng 3/2024 và năm 2025"))
    assert (month.year, month.month, month.day, month.precision) == (2024, 3, None, "month")
    assert (year.year, year.month, year.day, year.precision) == (2025, None, None, "year")


def test_word_month_form_does_not_also_yield_month_and_year() -> None:
    assert [m.edtf for m in find_dates(make_doc("ngày 5 tháng 3 năm 2024"))] == ["2024-03-05"]


# --- negatives -----------------------------------------------------------

NEGATIVES = [
    ("Chỉ thị số 28-CT/TU về tăng cường", "document number CT/TU"),
    ("Nghị quyết số 21-NQ/TW của Bộ Chính trị", "document number NQ/TW"),
    ("quán triệt Kế hoạch số 10 của Tiểu ban", "Kế hoạch số 10"),
    ("ngoài những nội dung trong Kế hoạch 10 cần", "Kế hoạch 10"),
    ("nhân dịp Đại hội XIV của Đảng", "Đại hội XIV"),
    ("cuộc cách mạng công nghiệp 4.0. Chính vì vậy", "công nghiệp 4.0"),
    ("ngày 4.0 và cấp 13.5", "dotted: no month 0, and no cue before the second"),
    ("tỷ lệ 5/2 so với năm trước", "bare D/M without cue"),
    ("đạt 13/15 chỉ tiêu", "score without cue"),
    ("Nghị định 10/2024/NĐ-CP của Chính phủ", "decree number with year"),
    ("Quyết định số 15/5/QĐ-UBND", "decision number shaped like D/M"),
    ("Quyết định số 24-4-2024 của", "number after số"),
    ("ngày 31/4/2024", "31 April"),
    ("ngày 30/2", "30 February yearless"),
    ("ngày 29/2/2023", "29 February in a common year"),
    ("ngày 13/13/2024", "month 13"),
    ("ngày 0/5", "day 0"),
    ("ngày 32/1", "day 32"),
    ("tổng 1.500.000 đồng", "thousand separators"),
    ("sau 30 năm bôn ba", "duration in years"),
    ("trong 5 tháng 3 năm qua", "duration in months"),
    ("kỷ niệm 96 năm thành lập Đảng", "anniversary"),
    ("lúc 8.30 sáng", "clock time"),
    ("mã 2024-04-24X", "ISO glued to a letter"),
]


@pytest.mark.parametrize(("text", "why"), NEGATIVES, ids=[n[1] for n in NEGATIVES])
def test_negatives(text: str, why: str) -> None:
    assert found(text) == [], why


def test_document_number_then_date() -> None:
    text = "Thông tri số 02-TT/TU ngày 16/12/2025 của Ban Thường vụ Thành ủy và Kế hoạch số 24"
    assert found(text) == [("ngày 16/12/2025", "2025-12-16", "day", None, "written")]


@pytest.mark.parametrize(
    ("text", "edtf", "published"),
    [
        ("từ ngày 24-26/4/2024", "2024-04-24/2024-04-26", None),
        ("Trong hai ngày 14 và 15/10/2024, Đoàn làm việc", "2024-10-14/2024-10-15", None),
        ("Trong 2 ngày (14-15/10), Đoàn", "XXXX-10-14/XXXX-10-15", None),
        ("từ ngày 28/9 đến ngày 2/10/2024", "2024-09-28/2024-10-02", None),
        ("từ ngày 28/12/2024 đến ngày 2/1/2025", "2024-12-28/2025-01-02", None),
        ("Ngày 30/12 và 2/1, Đoàn", "2024-12-30/2025-01-02", date(2025, 1, 5)),
        ("Chiều ngày 3 và 4/5, Đoàn", "2025-05-03/2025-05-04", date(2025, 6, 1)),
    ],
    ids=["dash", "two-days", "parenthesised", "across-months", "across-years", "anchored-wrap",
         "anchored"],
)
def test_a_span_of_days_is_an_edtf_interval(text, edtf, published) -> None:
    [mention] = find_dates(make_doc(text, published=published))
    assert mention.edtf == edtf
    assert (mention.month, mention.day) == tuple(map(int, edtf.split("/")[0].split("-")[1:]))


@pytest.mark.parametrize("text", ["ngày 15 và 14/10", "ngày 30 và 31/2", "số 14-15/10/2024"],
                         ids=["backwards", "impossible", "document-number"])
def test_no_interval_from_what_is_no_span(text) -> None:
    assert all("/" not in m.edtf for m in find_dates(make_doc(text)))


# --- seeds -----------------------------------------------------------------

SEED_PARAGRAPHS = [
    (
        "000_eed1118f02c639f8.txt",
        0,
        [("Ngày 24-4-2024", "2024-04-24", "day", None, "written")],
    ),
    ("003_e0da8a278d7cd690.txt", 1, [("Ngày 13/5", "XXXX-05-13", "day", None, "unknown")]),
]


def _paragraph(name: str, index: int) -> str:
    lines = [ln for ln in (SEEDS / name).read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines[index]


@pytest.mark.parametrize(
    ("name", "index", "expected"), SEED_PARAGRAPHS, ids=["seed000-first", "seed003-first"]
)
def test_seed_first_paragraphs(name: str, index: int, expected: list) -> None:
    assert found(_paragraph(name, index)) == expected


def test_seed_003_whole_file() -> None:
    text = (SEEDS / "003_e0da8a278d7cd690.txt").read_text(encoding="utf-8")
    got = [(s, e, t) for s, e, _, t, _ in found(text)]
    assert got == [
        ("Ngày 13/5", "XXXX-05-13", None),
        ("Sáng 28/1", "XXXX-01-28", "sáng"),
        ("năm 2026", "2026", None),
        ("Sáng 28/1", "XXXX-01-28", "sáng"),
        ("sáng 28/1/2026", "2026-01-28", "sáng"),
        ("Ngày 27/1", "XXXX-01-27", None),
        ("Chiều 27/1", "XXXX-01-27", "chiều"),
        ("ngày 16/12/2025", "2025-12-16", None),
    ]


def test_seed_003_never_borrows_a_year_from_teasers() -> None:
    text = (SEEDS / "003_e0da8a278d7cd690.txt").read_text(encoding="utf-8")
    first = find_dates(make_doc(text))[0]
    assert (first.edtf, first.year, first.year_source) == ("XXXX-05-13", None, "unknown")


def test_seed_000_whole_file() -> None:
    text = (SEEDS / "000_eed1118f02c639f8.txt").read_text(encoding="utf-8")
    assert [(s, e) for s, e, *_ in found(text)] == [
        ("Ngày 24-4-2024", "2024-04-24"),
        ("năm 2024", "2024"),
    ]


# --- genre sentences (other provinces, other dates) -----------------------

GENRE = [
    (
        (
            "Ngày 12-3-2025, tại thành phố Hạ Long, Đoàn Kiểm tra số 2 của Tiểu ban "
            "Bảo vệ chính trị nội bộ Trung ương làm việc với Ban Thường vụ Tỉnh ủy Quảng Ninh."
        ),
        ["2025-03-12"],
    ),
    (
        (
            "Chiều 20/11, tại Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị tổng kết "
            "công tác bảo vệ chính trị nội bộ năm 2023."
        ),
        ["XXXX-11-20", "2023"],
    ),
    (
        (
            "Sáng 8/8/2023, Đoàn công tác số 5 do đồng chí Trưởng Ban Tổ chức Trung ương "
            "làm trưởng đoàn làm việc với Tỉnh ủy Nghệ An về thực hiện Nghị quyết số 26-NQ/TW."
        ),
        ["2023-08-08"],
    ),
    (
        (
            "Thực hiện Kế hoạch số 15-KH/TU ngày 02/01/2024 của Tỉnh ủy Gia Lai, trong "
            "tháng 6/2024 các đoàn kiểm tra làm việc tại 17 huyện ủy, thị ủy, thành ủy."
        ),
        ["2024-01-02", "2024-06"],
    ),
    (
        (
            "Tối 30/4, tại Thành phố Hồ Chí Minh diễn ra chương trình nghệ thuật kỷ niệm "
            "50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)."
        ),
        ["XXXX-04-30", "XXXX-04-30", "1975-04-30", "2025-04-30"],
    ),
    (
        (
            "Hội nghị lần thứ 10 Ban Chấp hành Trung ương khóa XIII diễn ra từ ngày 18 "
            "đến 20 tháng 9 năm 2024 tại Hà Nội."
        ),
        ["2024-09-18/2024-09-20"],
    ),
    (
        "TTXVN - Trưa 5/6, Thường trực Tỉnh ủy Cà Mau tiếp đoàn; đêm 5/6, đoàn về Bạc Liêu.",
        ["XXXX-06-05", "XXXX-06-05"],
    ),
]


@pytest.mark.parametrize(
    ("text", "edtfs"),
    GENRE,
    ids=["quang-ninh", "ha-noi", "nghe-an", "gia-lai", "hcmc-30-4", "cc-plenum-range", "ca-mau"],
)
def test_genre_sentences(text: str, edtfs: list[str]) -> None:
    assert [m.edtf for m in find_dates(make_doc(text))] == edtfs


# --- anchoring to the publication date ---------------------------------------

ANCHORS = [
    ("Ngày 13/5, đoàn", date(2024, 5, 14), "2024-05-13"),
    ("Ngày 13/5, đoàn", date(2024, 5, 13), "2024-05-13"),
    ("Ngày 13/5, đoàn", date(2024, 1, 10), "2023-05-13"),
    ("Sáng 28/1, đoàn", date(2026, 1, 29), "2026-01-28"),
    ("Chiều 31/12, đoàn", date(2026, 1, 2), "2025-12-31"),
    ("ngày 5 tháng 3, đoàn", date(2024, 6, 1), "2024-03-05"),
    ("Ngày 29/2, đoàn", date(2024, 3, 1), "2024-02-29"),
    ("Ngày 29/2, đoàn", date(2025, 6, 1), "2024-02-29"),
    ("Ngày 29/2, đoàn", date(2024, 2, 28), "2020-02-29"),
    ("Ngày 29/2, đoàn", date(2101, 1, 1), "2096-02-29"),
]


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    ANCHORS,
    ids=[f"{a[0].split(',')[0]}@{a[1].isoformat()}" for a in ANCHORS],
)
def test_anchoring(text: str, published: date, edtf: str) -> None:
    (m,) = find_dates(make_doc(text, published))
    assert m.edtf == edtf
    assert m.year == int(edtf[:4])
    assert m.year_source == "published"


def test_written_year_is_not_reanchored() -> None:
    (m,) = find_dates(make_doc("Ngày 24-4-2024", date(2026, 1, 1)))
    assert (m.edtf, m.year_source) == ("2024-04-24", "written")


def test_no_year_borrowed_from_another_date_in_the_text() -> None:
    ms = find_dates(make_doc("Ngày 13/5, đoàn làm việc. Kế hoạch ký ngày 2/1/2023."))
    assert [m.edtf for m in ms] == ["XXXX-05-13", "2023-01-02"]


# --- segments ------------------------------------------------------------------


def test_segment_index_and_related_segments() -> None:
    text = "Ngày 13/5, đoàn làm việc.\nCó thể bạn quan tâm\nSáng 28/1/2026, Chủ tịch thăm."
    a = text.index("\n")
    b = text.index("\n", a + 1)
    doc = Document(name="t.txt", text=text)
    doc.results["segments"] = (
        Segment(0, a, 0, "body"),
        Segment(a + 1, b, 1, "related_marker", teaser=None),
        Segment(b + 1, len(text), 2, "related_body", teaser=0),
    )
    ms = find_dates(doc)
    assert [(m.segment, m.edtf) for m in ms] == [(0, "XXXX-05-13"), (2, "2026-01-28")]


def test_no_match_across_segments() -> None:
    text = "ngày\n13/5"
    doc = Document(name="t.txt", text=text)
    doc.results["segments"] = (Segment(0, 4, 0, "body"), Segment(5, 9, 1, "body"))
    assert find_dates(doc) == ()


def test_result_sorted_and_deduped() -> None:
    ms = find_dates(make_doc("năm 2024; Ngày 13/5; tháng 3/2024; Sáng 1/1/2025"))
    assert list(ms) == sorted(ms, key=lambda m: m.start)
    assert len({(m.start, m.end) for m in ms}) == len(ms) == 4


# --- properties --------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "ngày ",
        "Ngày ",
        "sáng ",
        "Chiều ",
        "tối ",
        "trưa ",
        "đêm ",
        "nay ",
        "hôm ",
        "mùng ",
        "tháng ",
        "năm ",
        "số ",
        "(",
        ")",
        "/",
        "-",
        ".",
        ",",
        " ",
        "\u00a0",
        "\n",
        "CT/TU",
        "Đắk Lắk ",
        "XIV ",
        "0",
        "1",
        "2",
        "3",
        "9",
        "12",
        "13",
        "29",
        "31",
        "2024",
        "2025",
        "1999",
        "4.0",
    ]
)
_TEXT = st.lists(_PIECES | st.text(max_size=3), max_size=30).map("".join)
_EDTF = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$")


def _check_consistent(m: DateMention, text: str) -> None:
    assert 0 <= m.start < m.end <= len(text)
    groups = _EDTF.match(m.edtf)
    assert groups is not None, m.edtf
    y, mo, d = groups.groups()
    assert (
        m.precision
        == {(False, False): "year", (True, False): "month", (True, True): "day"}[
            (mo is not None, d is not None)
        ]
    )
    assert m.year == (None if y == "XXXX" else int(y))
    assert m.month == (None if mo is None else int(mo))
    assert m.day == (None if d is None else int(d))
    assert (m.year is None) == (m.year_source == "unknown")
    if m.year is not None and m.day is not None:
        date(m.year, m.month, m.day)  # a real calendar day
    if m.time_of_day is not None:
        assert m.precision == "day"
        assert m.time_of_day in {"sáng", "trưa", "chiều", "tối", "đêm"}
        assert text[m.start : m.end].lower().startswith(m.time_of_day)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, published=st.none() | st.dates(min_value=date(1900, 3, 1)))
def test_property_spans_and_fields_consistent(text: str, published: date | None) -> None:
    doc = make_doc(text, published)
    ms = find_dates(doc)
    assert list(ms) == sorted(ms, key=lambda m: (m.start, m.end))
    for m in ms:
        _check_consistent(m, text)
        assert m.segment == 0
        if m.year_source == "published":
            assert published is not None and date(m.year, m.month, m.day) <= published
    # Mentions never overlap one another.
    for a, b in itertools.pairwise(ms):
        assert a.end <= b.start


@settings(max_examples=200, deadline=None)
@given(
    day=st.integers(1, 31),
    month=st.integers(1, 12),
    year=st.integers(1900, 2100),
    sep=st.sampled_from(["/", "-", "."]),
)
def test_property_numeric_dates_roundtrip(day: int, month: int, year: int, sep: str) -> None:
    text = f"Ngày {day}{sep}{month}{sep}{year}, đoàn làm việc"
    ms = find_dates(make_doc(text))
    try:
        expected = date(year, month, day)
    except ValueError:
        assert ms == ()
        return
    (m,) = ms
    assert m.edtf == expected.isoformat()
    assert text[m.start : m.end] == f"Ngày {day}{sep}{month}{sep}{year}"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [("Sáng nay, Đoàn làm việc", date(2025, 11, 12), [("2025-11-12", "sáng")]),
     ("Chiều nay, Đoàn làm việc", None, []),
     ("Hôm nay, Đoàn làm việc", date(2025, 3, 1), [("2025-03-01", None)]),
     ("Sáng nay (12/6), Đoàn", date(2025, 6, 13), [("2025-06-12", "sáng")]),
     ("hiện nay, năm nay và từ nay", date(2025, 3, 1), [("2025", None)])],
    ids=["this-morning", "no-publication-date", "today", "parenthesised-date-wins", "not-today"],
)
def test_today_is_the_publication_day(text, published, expected) -> None:
    found = [(m.edtf, m.time_of_day) for m in find_dates(make_doc(text, published=published))]
    assert found == expected
