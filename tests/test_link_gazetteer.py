"""Tests for pipeline.link.gazetteer (SPEC §2, Places)."""

from __future__ import annotations

import subprocess
import sys
import time
from typing import Optional

import pytest

from pipeline.records import Place
from pipeline.link.gazetteer import (
    Gazetteer,
    close_syllables,
    compact_key,
    get_gazetteer,
    province_by_code,
    successor,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


# --- exact and fuzzy lookups ---------------------------------------------------

# (name, level, era, province_code, unit_type) → (level, code, short_name, province_code, exact)
FOUND = [
    ("Đắk Lắk", None, "legacy", None, None, ("province", "66", "Đắk Lắk", "66", True)),
    ("tỉnh Đắk Lắk", None, "legacy", None, None, ("province", "66", "Đắk Lắk", "66", True)),
    ("Tỉnh Đắk Lắk", None, "2025", None, None, ("province", "66", "Đắk Lắk", "66", True)),
    ("Đăk Lăk", None, "legacy", None, None, ("province", "66", "Đắk Lắk", "66", True)),
    ("DAK LAK", "province", "legacy", None, None, ("province", "66", "Đắk Lắk", "66", True)),
    ("TP. Hồ Chí Minh", None, "legacy", None, None, ("province", "79", "Hồ Chí Minh", "79", True)),
    ("TP Hồ Chí Minh", None, "2025", None, None, ("province", "79", "Hồ Chí Minh", "79", True)),
    ("Thành phố Hồ Chí Minh", None, "2025", None, None, ("province", "79", "Hồ Chí Minh", "79", True)),
    ("Hồ Chí Minh", None, "legacy", None, None, ("province", "79", "Hồ Chí Minh", "79", True)),
    ("TP.HCM", None, "legacy", None, None, ("province", "79", "Hồ Chí Minh", "79", True)),
    ("Cư M’Gar", None, "legacy", None, None, ("district", "648", "Cư M'gar", "66", True)),
    ("cư m'gar", "district", "legacy", None, None, ("district", "648", "Cư M'gar", "66", True)),
    ("huyện Cư M’Gar", None, "legacy", None, None, ("district", "648", "Cư M'gar", "66", True)),
    ("Buôn Ma Thuật", None, "legacy", None, None, ("district", "643", "Buôn Ma Thuột", "66", False)),
    ("Buôn Ma Thuật", None, "legacy", "66", "Thành phố", ("district", "643", "Buôn Ma Thuột", "66", False)),
    ("Buôn Mê Thuột", "district", "legacy", None, None, ("district", "643", "Buôn Ma Thuột", "66", False)),
    ("thành phố Buôn Ma Thuột", None, "legacy", None, None, ("district", "643", "Buôn Ma Thuột", "66", True)),
    ("Thanh Hoá", None, "legacy", None, None, ("province", "38", "Thanh Hóa", "38", True)),
    ("Thanh Hóa", None, "2025", None, None, ("province", "38", "Thanh Hóa", "38", True)),
    ("Quảng Ngải", None, "legacy", None, None, ("province", "51", "Quảng Ngãi", "51", True)),
    ("Pleiku", None, "legacy", None, "Thành phố", ("district", "622", "Pleiku", "64", True)),
    ("Gia Lai", None, "legacy", None, None, ("province", "64", "Gia Lai", "64", True)),
    ("Gia Lai", None, "2025", None, None, ("province", "52", "Gia Lai", "52", True)),
    ("Mường Tè", "district", "legacy", "12", None, ("district", "107", "Mường Tè", "12", True)),
    ("Thừa Thiên Huế", None, "legacy", None, None, ("province", "46", "Huế", "46", True)),
    ("Bà Rịa-Vũng Tàu", None, "legacy", None, None, ("province", "77", "Bà Rịa - Vũng Tàu", "77", True)),
    ("Bình Thành", None, "2025", "19", None, ("ward", "05605", "Bình Thành", "19", True)),
    ("xã Bình Thành", None, "legacy", "19", None, ("ward", "05605", "Bình Thành", "19", True)),
    ("Trường Hà", "ward", "2025", "04", None, ("ward", "01392", "Trường Hà", "04", True)),
    ("Quận 1", None, "legacy", None, None, ("district", "760", "Quận 1", "79", True)),
    ("1", None, "legacy", "79", "Quận", ("district", "760", "Quận 1", "79", True)),
    ("Quảng Ninh", None, "legacy", None, None, ("province", "22", "Quảng Ninh", "22", True)),
    ("Thái Nguyên", None, "legacy", None, "Thành phố", ("district", "164", "Thái Nguyên", "19", True)),
]


@pytest.mark.parametrize(
    "name,level,era,province_code,unit_type,expected",
    FOUND,
    ids=[f"{f[0]}|{f[1]}|{f[2]}|{f[3]}|{f[4]}" for f in FOUND],
)
def test_lookup_finds(gaz, name, level, era, province_code, unit_type, expected):
    hit = gaz.lookup(name, level, era=era, province_code=province_code, unit_type=unit_type)
    assert hit is not None
    place, score = hit
    e_level, e_code, e_short, e_prov, exact = expected
    assert (place.level, place.code, place.short_name, place.province_code) == (
        e_level,
        e_code,
        e_short,
        e_prov,
    )
    assert place.era == era
    if exact:
        assert score == 100.0
    else:
        assert 88.0 <= score < 100.0


NOT_FOUND = [
    ("Đoàn", None, "legacy", None),  # "Tỉnh Đoàn" is the youth union, not a place
    ("Đoàn", None, "2025", None),
    ("Kiểm Tra", None, "legacy", None),
    ("Thanh Niên", "province", "legacy", None),
    ("Trung ương", None, "legacy", None),
    ("Nguyễn Sinh", None, "legacy", None),  # close to "Nguyên Bình", but a different name
    ("Nguyễn Đình", None, "legacy", None),
    ("Thường Tỉnh", None, "legacy", None),  # "Ban Thường Tỉnh ủy", not huyện Thường Tín
    ("Trần Thanh", None, "legacy", None),  # not huyện Tân Thạnh
    ("Bình Thành", None, "legacy", None),  # a commune in many provinces
    ("Bình Thành", None, "2025", None),
    ("Quảng Bình", "province", "2025", None),  # merged into Quảng Trị; not fuzzy Quảng Ninh
    ("Phú Yên", "province", "2025", None),
    ("Buôn Ma Thuột", "district", "2025", None),  # districts were abolished
    ("", None, "legacy", None),
    ("tỉnh", None, "legacy", None),
    ("Đắk Lắk", None, "1990", None),  # unknown era
]


@pytest.mark.parametrize(
    "name,level,era,province_code",
    NOT_FOUND,
    ids=[f"{n[0] or 'empty'}|{n[1]}|{n[2]}" for n in NOT_FOUND],
)
def test_lookup_rejects(gaz, name, level, era, province_code):
    assert gaz.lookup(name, level, era=era, province_code=province_code) is None


AMBIGUOUS = [
    ("Bình Thành", "legacy", "19", "Thái Nguyên"),
    ("Bình Thành", "2025", "80", "Tây Ninh"),
    ("Bình Thành", "2025", "82", "Đồng Tháp"),
]


@pytest.mark.parametrize(
    "name,era,province_code,province", AMBIGUOUS, ids=[f"{a[0]}|{a[1]}|{a[3]}" for a in AMBIGUOUS]
)
def test_province_code_disambiguates(gaz, name, era, province_code, province):
    assert gaz.lookup(name, era=era) is None
    place, score = gaz.lookup(name, era=era, province_code=province_code)
    assert (place.level, place.province, score) == ("ward", province, 100.0)


def test_fuzzy_only_inside_the_province(gaz):
    assert gaz.lookup("Buôn Ma Thuật", era="legacy", province_code="64") is None
    hit = gaz.lookup("Buôn Ma Thuật", era="2025", province_code="66")
    assert hit is not None and hit[0].level == "ward" and hit[0].short_name == "Buôn Ma Thuột"


def test_place_fields(gaz):
    place, _ = gaz.lookup("Buôn Ma Thuột", era="legacy")
    assert place.name == "Thành phố Buôn Ma Thuột"
    assert place.unit_type == "Thành phố"
    assert (place.province, place.province_code) == ("Đắk Lắk", "66")
    assert place.latitude is not None and 12 < place.latitude < 13.5
    assert place.longitude is not None and 107.5 < place.longitude < 108.5
    ward, _ = gaz.lookup("Trường Hà", era="legacy", province_code="04")
    assert ward.unit_type == "Xã" and ward.name == "Xã Trường Hà" and ward.district_code


# --- successors and provinces ---------------------------------------------------

SUCCESSORS = [
    ("Phú Yên", None, None, ("province", "66", "Đắk Lắk")),
    ("Đắk Lắk", None, None, ("province", "66", "Đắk Lắk")),
    ("Hà Giang", None, None, ("province", "08", "Tuyên Quang")),
    ("Bình Định", None, None, ("province", "52", "Gia Lai")),
    ("Quảng Bình", None, None, ("province", "44", "Quảng Trị")),
    ("Bà Rịa - Vũng Tàu", None, None, ("province", "79", "Hồ Chí Minh")),
    ("Buôn Ma Thuột", "district", None, ("province", "66", "Đắk Lắk")),
    ("Pleiku", "district", None, ("province", "52", "Gia Lai")),
    ("Trường Hà", "ward", "04", ("ward", "01392", "Trường Hà")),
    ("Bình Thành", "ward", "19", ("ward", "05605", "Bình Thành")),
]


@pytest.mark.parametrize(
    "name,level,province_code,expected", SUCCESSORS, ids=[s[0] for s in SUCCESSORS]
)
def test_successor(gaz, name, level, province_code, expected):
    place, _ = gaz.lookup(name, level, era="legacy", province_code=province_code)
    succ = successor(place)
    assert succ is not None and succ.era == "2025"
    assert (succ.level, succ.code, succ.short_name) == expected


def test_successor_of_2025_place_is_none(gaz):
    place, _ = gaz.lookup("Đắk Lắk", era="2025")
    assert successor(place) is None


def test_predecessors(gaz):
    dak_lak = gaz.province_by_code("66", "2025")
    assert {p.short_name for p in gaz.predecessors(dak_lak)} == {"Đắk Lắk", "Phú Yên"}


PROVINCES = [
    ("66", "legacy", "Đắk Lắk"),
    ("66", "2025", "Đắk Lắk"),
    ("54", "legacy", "Phú Yên"),
    ("54", "2025", None),
    ("1", "legacy", "Hà Nội"),
    ("79", "2025", "Hồ Chí Minh"),
    ("99", "legacy", None),
]


@pytest.mark.parametrize("code,era,short", PROVINCES, ids=[f"{p[0]}|{p[1]}" for p in PROVINCES])
def test_province_by_code(code, era, short):
    place: Optional[Place] = province_by_code(code, era)
    if short is None:
        assert place is None
    else:
        assert place is not None and place.short_name == short and place.level == "province"
        assert place.era == era and place.province == short


def test_era_sizes(gaz):
    assert len(gaz.provinces("legacy")) == 63
    assert len(gaz.provinces("2025")) == 34


def test_singleton_is_cached():
    assert get_gazetteer() is get_gazetteer()


def test_not_loaded_at_import():
    code = (
        "import pipeline.link.gazetteer as g; "
        "print(g.get_gazetteer.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_lookups_are_fast(gaz):
    names = ["Buôn Ma Thuật", "Đắk Lắk", "Cư M’Gar", "Đoàn", "Bình Thành", "Nguyễn Văn"]
    t0 = time.perf_counter()
    for _ in range(200):
        for name in names:
            gaz.lookup(name, era="legacy")
    assert time.perf_counter() - t0 < 2.0


# --- keys ------------------------------------------------------------------------

KEYS = [
    ("Đắk Lắk", "daklak"),
    ("Cư M’Gar", "cumgar"),
    ("Bà Rịa - Vũng Tàu", "bariavungtau"),
    ("Thanh Hoá", "thanhhoa"),
]


@pytest.mark.parametrize("name,key", KEYS, ids=[k[0] for k in KEYS])
def test_compact_key(name, key):
    assert compact_key(name) == key


CLOSE = [
    ("buon ma thuat", "buon ma thuot", True),
    ("buon me thuot", "buon ma thuot", True),
    ("son la", "xon la", True),
    ("nguyen sinh", "nguyen binh", False),
    ("thuong tinh", "thuong tin", False),
    ("tran thanh", "tan thanh", False),
    ("ha noi", "ha noi ha", False),
]


@pytest.mark.parametrize("a,b,close", CLOSE, ids=[f"{c[0]}~{c[1]}" for c in CLOSE])
def test_close_syllables(a, b, close):
    assert close_syllables(a, b) is close
