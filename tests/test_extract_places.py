"""Tests for pipeline.extract.places.find_places (SPEC §2, Places)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import Document
from pipeline.extract.places import find_places
from pipeline.records import DateMention, PlaceMention, Segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def date(year: Optional[int], month: Optional[int] = 1, segment: int = 0) -> DateMention:
    edtf = f"{year}-{month:02d}" if year and month else str(year)
    return DateMention(0, 1, segment, edtf, "month" if month else "year", year=year, month=month)


def make_doc(text: str, *dates: DateMention) -> Document:
    doc = Document(name="t.txt", text=text)
    doc.results["segments"] = (Segment(0, len(text), 0, "body"),)
    doc.results["dates"] = tuple(dates)
    return doc


def places(text: str, *dates: DateMention) -> list[PlaceMention]:
    return list(find_places(make_doc(text, *dates)))


def summary(m: PlaceMention) -> tuple:
    p = m.place
    return (m.surface, m.via, p.era, p.level, p.code, p.short_name, p.province_code)


SEED_SENTENCE = (
    "Ngày 24-4-2024, tại thành phố Buôn Ma Thuật, tỉnh Đắk Lắk, Đoàn Kiểm tra số 4 thuộc "
    "Tiểu ban Bảo vệ chính trị nội bộ Trung ương có buổi làm việc"
)

# (text, dates) → the expected (surface, via, era, level, code, short_name, province_code)
CASES = [
    (
        "seed-buon-ma-thuat",
        SEED_SENTENCE,
        (date(2024, 4),),
        [
            ("Buôn Ma Thuật", "name", "legacy", "district", "643", "Buôn Ma Thuột", "66"),
            ("Đắk Lắk", "name", "legacy", "province", "66", "Đắk Lắk", "66"),
        ],
    ),
    (
        "huyen-uy-cu-mgar",
        "kiểm tra tại Ban Tổ chức Tỉnh ủy, Huyện ủy Cư M’Gar và Thành ủy Buôn Ma Thuột.",
        (date(2024, 4),),
        [
            ("Cư M’Gar", "party_body", "legacy", "district", "648", "Cư M'gar", "66"),
            ("Buôn Ma Thuột", "party_body", "legacy", "district", "643", "Buôn Ma Thuột", "66"),
        ],
    ),
    (
        "tinh-uy-quang-ninh",
        "đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Quảng Ninh về công tác",
        (),
        [("Quảng Ninh", "party_body", "legacy", "province", "22", "Quảng Ninh", "22")],
    ),
    (
        "bi-thu-tinh-uy-then-name",
        "Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký báo cáo với Đoàn kiểm tra.",
        (),
        [("Quảng Ninh", "party_body", "legacy", "province", "22", "Quảng Ninh", "22")],
    ),
    (
        "ubnd-tinh",
        "UBND tỉnh Gia Lai và Ủy ban nhân dân tỉnh Lai Châu",
        (date(2024, 3),),
        [
            ("Gia Lai", "party_body", "legacy", "province", "64", "Gia Lai", "64"),
            ("Lai Châu", "party_body", "legacy", "province", "12", "Lai Châu", "12"),
        ],
    ),
    (
        "thanh-uy-tp-hcm",
        "Ban Tuyên giáo và Dân vận Thành ủy Thành phố Hồ Chí Minh tổ chức",
        (date(2026, 1),),
        [("Hồ Chí Minh", "party_body", "2025", "province", "79", "Hồ Chí Minh", "79")],
    ),
    (
        "binh-thanh-thai-nguyen-2026",
        "Ngày 27/1, tại xã Bình Thành, tỉnh Thái Nguyên, Nhà xuất bản tổ chức lễ",
        (date(2026, 1),),
        [
            ("Bình Thành", "name", "2025", "ward", "05605", "Bình Thành", "19"),
            ("Thái Nguyên", "name", "2025", "province", "19", "Thái Nguyên", "19"),
        ],
    ),
    (
        "binh-thanh-thai-nguyen-2024",
        "tại xã Bình Thành, tỉnh Thái Nguyên",
        (date(2024, 12),),
        [
            ("Bình Thành", "name", "legacy", "ward", "05605", "Bình Thành", "19"),
            ("Thái Nguyên", "name", "legacy", "province", "19", "Thái Nguyên", "19"),
        ],
    ),
    (
        "pac-bo-parenthetical",
        "Pác Bó, xã Trường Hà (Cao Bằng) - mảnh đất địa đầu biên giới Tổ quốc",
        (),
        [
            ("Trường Hà", "name", "legacy", "ward", "01399", "Trường Hà", "04"),
            ("Cao Bằng", "parenthetical", "legacy", "province", "04", "Cao Bằng", "04"),
        ],
    ),
    (
        "pac-bo-parenthetical-2026",
        "Pác Bó, xã Trường Hà (Cao Bằng) - mảnh đất địa đầu biên giới Tổ quốc",
        (date(2026, 2),),
        [
            ("Trường Hà", "name", "2025", "ward", "01392", "Trường Hà", "04"),
            ("Cao Bằng", "parenthetical", "2025", "province", "04", "Cao Bằng", "04"),
        ],
    ),
    (
        "quang-ngai-misspelt-accent",
        "Đoàn công tác làm việc tại tỉnh Quảng Ngải.",
        (date(2024, 5),),
        [("Quảng Ngải", "name", "legacy", "province", "51", "Quảng Ngãi", "51")],
    ),
    (
        "pleiku-gia-lai",
        "tại thành phố Pleiku, tỉnh Gia Lai",
        (date(2023, 9),),
        [
            ("Pleiku", "name", "legacy", "district", "622", "Pleiku", "64"),
            ("Gia Lai", "name", "legacy", "province", "64", "Gia Lai", "64"),
        ],
    ),
    (
        "muong-te-lai-chau",
        "huyện Mường Tè, tỉnh Lai Châu",
        (date(2024, 6),),
        [
            ("Mường Tè", "name", "legacy", "district", "107", "Mường Tè", "12"),
            ("Lai Châu", "name", "legacy", "province", "12", "Lai Châu", "12"),
        ],
    ),
    (
        "thanh-hoa-old-tone",
        "Tỉnh Thanh Hoá tổ chức hội nghị",
        (),
        [("Thanh Hoá", "name", "legacy", "province", "38", "Thanh Hóa", "38")],
    ),
    (
        "buon-me-thuot-variant",
        "ở thành phố Buôn Mê Thuột",
        (date(2024, 1),),
        [("Buôn Mê Thuột", "name", "legacy", "district", "643", "Buôn Ma Thuột", "66")],
    ),
    (
        "bare-province",
        "Đại tướng Lương Cường lưu ý, Quảng Ninh là địa bàn có vị trí chiến lược",
        (),
        [("Quảng Ninh", "name", "legacy", "province", "22", "Quảng Ninh", "22")],
    ),
    (
        "bare-province-after-preposition",
        "Tại Hà Nội, hội nghị đã diễn ra.",
        (date(2024, 2),),
        [("Hà Nội", "name", "legacy", "province", "01", "Hà Nội", "01")],
    ),
    (
        "address-chain-numbered-district",
        "phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
        (date(2024, 2),),
        [
            ("Bến Nghé", "name", "legacy", "ward", "26740", "Bến Nghé", "79"),
            ("1", "name", "legacy", "district", "760", "Quận 1", "79"),
            ("Hồ Chí Minh", "name", "legacy", "province", "79", "Hồ Chí Minh", "79"),
        ],
    ),
    (
        "tp-abbreviation",
        "Chiều 27/1 tại TP.HCM",
        (date(2026, 1),),
        [("HCM", "name", "2025", "province", "79", "Hồ Chí Minh", "79")],
    ),
    (
        "hyphenated-province",
        "tỉnh Bà Rịa - Vũng Tàu",
        (date(2024, 2),),
        [("Bà Rịa - Vũng Tàu", "name", "legacy", "province", "77", "Bà Rịa - Vũng Tàu", "77")],
    ),
    (
        "old-province-in-2026-article",
        "tỉnh Quảng Bình (cũ)",
        (date(2026, 1),),
        [("Quảng Bình", "name", "legacy", "province", "44", "Quảng Bình", "44")],
    ),
    (
        "old-tone-party-body",
        "Ban Thường vụ Tỉnh uỷ Thanh Hoá họp",
        (date(2024, 8),),
        [("Thanh Hoá", "party_body", "legacy", "province", "38", "Thanh Hóa", "38")],
    ),
    (
        "nbsp-in-name",
        "Ban Thường vụ Tỉnh ủy Đắk\u00a0Lắk",
        (),
        [("Đắk\u00a0Lắk", "party_body", "legacy", "province", "66", "Đắk Lắk", "66")],
    ),
]


@pytest.mark.parametrize("text,dates,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_find_places(text, dates, expected):
    found = places(text, *dates)
    assert [summary(m) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.surface
        assert m.segment == 0


def test_seed_sentence_scores_and_successor():
    buon, dak = places(SEED_SENTENCE, date(2024, 4))
    assert 88.0 <= buon.score < 100.0
    assert buon.place.name == "Thành phố Buôn Ma Thuột"
    assert buon.place.province == "Đắk Lắk"
    assert dak.score == 100.0
    assert buon.successor is not None and buon.successor.era == "2025"
    assert (buon.successor.level, buon.successor.code) == ("province", "66")


NEGATIVES = [
    ("tinh-doan", "Ban Thường vụ Tỉnh Đoàn tổ chức"),
    ("tinh-doan-lower", "đại diện tỉnh Đoàn và Thành Đoàn"),
    ("tinh-capitalised-noise", "lãnh đạo tỉnh Kiểm Tra và huyện Thanh Niên"),
    ("ban-thuong-tinh-uy", "đề nghị Ban Thường Tỉnh ủy và các cấp ủy"),
    ("president-name", "Đền thờ Chủ tịch Hồ Chí Minh trong Khu di tích quốc gia đặc biệt Pác Bó."),
    ("person-named-like-province", "ông Nguyễn Hà Nam phát biểu"),
    ("city-as-noun", "Bộ đội Biên phòng thành phố nhân dịp Tết"),
    ("region-not-province", "các tỉnh Tây Nguyên"),
    ("ambiguous-commune", "tại xã Bình Thành, Nhà xuất bản"),
    ("dang-uy-cong-an", "Đảng ủy Công an tỉnh"),
    ("capitalised-org-after-type", "Đảng ủy Quân sự tỉnh, huyện Đoàn Kết Trung Ương"),
]


@pytest.mark.parametrize("text", [n[1] for n in NEGATIVES], ids=[n[0] for n in NEGATIVES])
def test_no_place(text):
    assert places(text, date(2024, 4)) == []


# --- eras -----------------------------------------------------------------------

ERAS = [
    ("before-reform", (date(2024, 4),), "legacy"),
    ("june-2025", (date(2025, 6),), "legacy"),
    ("july-2025", (date(2025, 7),), "2025"),
    ("2026", (date(2026, 1),), "2025"),
    ("undated", (), "legacy"),
    ("year-only-2025", (date(2025, None),), "legacy"),
    ("yearless", (DateMention(0, 1, 0, "XXXX-05-13", "day", month=5, day=13),), "legacy"),
    ("first-dated-wins", (date(2024, 4), date(2026, 1)), "legacy"),
]


@pytest.mark.parametrize("dates", [e[1] for e in ERAS], ids=[e[0] for e in ERAS])
def test_era_follows_first_dated_mention(dates):
    (m,) = places("tại tỉnh Đắk Lắk", *dates)
    assert m.place.era == [e[2] for e in ERAS if e[1] == dates][0]


def test_successor_of_legacy_phu_yen_is_dak_lak():
    (m,) = places("Đoàn công tác làm việc tại tỉnh Phú Yên", date(2024, 3))
    assert (m.place.era, m.place.code, m.place.short_name) == ("legacy", "54", "Phú Yên")
    assert m.successor is not None
    assert (m.successor.era, m.successor.code, m.successor.short_name) == ("2025", "66", "Đắk Lắk")


def test_2025_place_has_no_successor():
    (m,) = places("tại tỉnh Đắk Lắk", date(2026, 1))
    assert m.place.era == "2025" and m.successor is None


def test_teaser_dates_do_not_set_the_main_era():
    body = "Ban Thường vụ Tỉnh ủy Quảng Ninh làm việc."
    teaser = "Sáng 28/1/2026, tại tỉnh Gia Lai."
    text = body + "\n" + teaser
    doc = Document(name="t.txt", text=text)
    doc.results["segments"] = (
        Segment(0, len(body), 0, "body"),
        Segment(len(body) + 1, len(text), 1, "related_body", teaser=0),
    )
    doc.results["dates"] = (
        DateMention(len(body) + 1, len(body) + 15, 1, "2026-01-28", "day", 2026, 1, 28),
    )
    main, related = find_places(doc)
    assert (main.segment, main.place.era) == (0, "legacy")
    assert (related.segment, related.place.era, related.place.code) == (1, "2025", "52")


def test_lower_unit_uses_the_province_of_its_part_of_the_article():
    text = "Tỉnh ủy Thái Nguyên tổ chức hội nghị. Sau đó, đoàn đến xã Bình Thành."
    found = places(text, date(2024, 5))
    assert [summary(m) for m in found] == [
        ("Thái Nguyên", "party_body", "legacy", "province", "19", "Thái Nguyên", "19"),
        ("Bình Thành", "name", "legacy", "ward", "05605", "Bình Thành", "19"),
    ]


def test_missing_dates_result_is_tolerated():
    doc = Document(name="t.txt", text="tại tỉnh Đắk Lắk")
    doc.results["segments"] = (Segment(0, len(doc.text), 0, "body"),)
    (m,) = find_places(doc)
    assert m.place.code == "66"


def test_results_sorted_and_unique():
    text = "Tỉnh ủy Đắk Lắk, tỉnh Đắk Lắk và Tỉnh ủy Đắk Lắk"
    found = places(text)
    assert found == sorted(set(found))
    assert len(found) == 3


def test_only_inside_segments():
    text = "tỉnh Đắk Lắk\ntỉnh Gia Lai"
    doc = Document(name="t.txt", text=text)
    doc.results["segments"] = (Segment(13, len(text), 4, "body"),)
    doc.results["dates"] = ()
    (m,) = find_places(doc)
    assert (m.surface, m.segment) == ("Gia Lai", 4)


# --- the seeds --------------------------------------------------------------------


def line_segments(text: str) -> tuple[Segment, ...]:
    out, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        if line.strip():
            out.append(Segment(pos, pos + len(line), i, "body"))
        pos += len(line) + 1
    return tuple(out)


SEED_EXPECTED = [
    ("000_eed1118f02c639f8.txt", ("Buôn Ma Thuật", "district", "643", "66")),
    ("000_eed1118f02c639f8.txt", ("Đắk Lắk", "province", "66", "66")),
    ("000_eed1118f02c639f8.txt", ("Cư M’Gar", "district", "648", "66")),
    ("003_e0da8a278d7cd690.txt", ("Quảng Ninh", "province", "22", "22")),
    ("003_e0da8a278d7cd690.txt", ("Trường Hà", "ward", "01399", "04")),
    ("003_e0da8a278d7cd690.txt", ("Cao Bằng", "province", "04", "04")),
    ("003_e0da8a278d7cd690.txt", ("Bình Thành", "ward", "05605", "19")),
    ("003_e0da8a278d7cd690.txt", ("Hồ Chí Minh", "province", "79", "79")),
]


@pytest.mark.parametrize(
    "name,expected", SEED_EXPECTED, ids=[f"{s[0][:3]}-{s[1][0]}" for s in SEED_EXPECTED]
)
def test_seed_places(name, expected):
    text = (SEEDS / name).read_text(encoding="utf-8")
    doc = Document(name=name, text=text)
    doc.results["segments"] = line_segments(text)
    doc.results["dates"] = ()
    found = find_places(doc)
    got = {(m.surface, m.place.level, m.place.code, m.place.province_code) for m in found}
    assert expected in got
    for m in found:
        assert text[m.start : m.end] == m.surface
    # The president's name is never the city; Pác Bó is no unit of the gazetteer.
    assert not any(m.surface == "Hồ Chí Minh" and "Chủ tịch Hồ" in text[m.start - 9 : m.end]
                   for m in found)


# --- property: spans index the text ------------------------------------------------

FRAGMENTS = [
    "tại thành phố Buôn Ma Thuật, tỉnh Đắk Lắk",
    "Huyện ủy Cư M’Gar",
    "Ban Thường vụ Tỉnh ủy Quảng Ninh",
    "xã Trường Hà (Cao Bằng)",
    "tại xã Bình Thành, tỉnh Thái Nguyên",
    "Quảng Ninh là địa bàn",
    "TP.HCM",
    "Tp. Hà Nội",
    "Quận 1",
    "phường 3",
    "tỉnh Đoàn",
    "Tỉnh uỷ Thanh Hoá",
    "tỉnh Bà Rịa-Vũng Tàu",
    "UBND tỉnh Gia Lai",
    "Chủ tịch Hồ Chí Minh",
    "Nguyễn Văn Định",
    "(",
    ")",
    ", ",
    " - ",
    ". ",
    "\u00a0",
    "\n",
    " ",
    "’",
    "tỉnh",
    "thành phố",
    "Tỉnh ủy",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(min_size=0, max_size=6)),
        min_size=0,
        max_size=14,
    ),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=3),
    year=st.one_of(st.none(), st.integers(min_value=2019, max_value=2027)),
)
def test_spans_index_the_text(parts, cuts, year):
    text = " ".join(parts)
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    segments = tuple(
        Segment(a, b, i, "body") for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))
    )
    doc = Document(name="t.txt", text=text)
    doc.results["segments"] = segments
    doc.results["dates"] = (date(year, 6),) if year else ()
    found = find_places(doc)
    assert list(found) == sorted(set(found))
    for m in found:
        seg = segments[m.segment]
        assert text[m.start : m.end] == m.surface
        assert seg.start <= m.start < m.end <= seg.end
        assert m.place.era in ("legacy", "2025")
        # Every legacy unit has a 2025 successor; a 2025 unit has none.
        assert (m.successor is not None) == (m.place.era == "legacy")
