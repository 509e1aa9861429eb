import pytest

from pipeline.link.organizations import (
    complete_with_province,
    expand_abbreviations,
    head_of,
    needs_province,
    normalize_org,
    place_of,
)


@pytest.mark.parametrize(
    "written, expected",
    [("Ban Thường Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
     ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
     ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
     ("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng"),
     ("  Bộ Quốc phòng, ", "Bộ Quốc phòng")],
    ids=["dropped-word", "intact", "abbreviation", "central-committee", "trim"],
)
def test_normalize_org(written, expected):
    assert normalize_org(written) == expected


def test_central_committee_after_a_position():
    assert normalize_org("Trung ương Đảng", after_position="Ủy viên") == "Ban Chấp hành Trung ương Đảng"


@pytest.mark.parametrize(
    "name, province, expected",
    [("Ban Tổ chức Tỉnh ủy", "Đắk Lắk", "Ban Tổ chức Tỉnh ủy Đắk Lắk"),
     ("Đảng ủy Công an tỉnh", "Nghệ An", "Đảng ủy Công an tỉnh Nghệ An"),
     ("Tỉnh ủy Hà Tĩnh", "Hà Tĩnh", "Tỉnh ủy Hà Tĩnh"),
     ("Bộ Công an", "Nghệ An", "Bộ Công an"),
     ("Tỉnh ủy", None, "Tỉnh ủy")],
    ids=["provincial-committee", "police-party", "already-named", "central", "no-context"],
)
def test_complete_with_province(name, province, expected):
    assert complete_with_province(name, province) == expected


def test_needs_province_is_accent_sensitive():
    assert needs_province("Ủy ban nhân dân tỉnh")
    assert not needs_province("Tỉnh ủy Hà Tĩnh")


def test_heads_and_abbreviations():
    assert head_of("Ban Tổ chức Trung ương").head == "Ban Tổ chức"
    assert head_of("Tỉnh uỷ Thanh Hoá").head == "Tỉnh ủy"
    assert head_of("Quang cảnh") is None
    assert expand_abbreviations("UBND tỉnh") == "Ủy ban nhân dân tỉnh"


def test_place_of_a_body():
    assert place_of("Tỉnh ủy Đắk Lắk").short_name == "Đắk Lắk"
    assert place_of("Huyện ủy Cư M’Gar").province == "Đắk Lắk"
    assert place_of("Ban Tổ chức Trung ương") is None


@pytest.mark.parametrize(
    "written, normalized",
    [("Thành ủy TP. Hồ Chí Minh", "Thành ủy Hồ Chí Minh"),
     ("Thành ủy Thành phố Hải Phòng", "Thành ủy Hải Phòng"),
     ("Ban Tuyên giáo Tỉnh ủy tỉnh Cao Bằng", "Ban Tuyên giáo Tỉnh ủy Cao Bằng"),
     ("Huyện ủy huyện Bảo Lạc", "Huyện ủy Bảo Lạc"),
     ("Thành ủy", "Thành ủy"),
     ("Huyện ủy Thành phố", "Huyện ủy Thành phố")],
    ids=["tp-dot", "thanh-pho", "nested", "huyen", "bare", "no-place-after"],
)
def test_a_unit_word_after_a_committee_is_dropped(written, normalized):
    assert normalize_org(written) == normalized


def test_a_comma_after_a_head_s_last_word_drops_nothing() -> None:
    from pipeline.link.organizations import normalize_org

    assert normalize_org("Bộ Chính trị, Ban Bí thư") == "Bộ Chính trị, Ban Bí thư"
    assert normalize_org("Ban Thường Tỉnh ủy Hà Giang") == "Ban Thường vụ Tỉnh ủy Hà Giang"


@pytest.mark.parametrize(("position", "written", "body"), [
    ("Bộ trưởng", "Công an", "Bộ Công an"), ("Thứ trưởng", "Quốc phòng", "Bộ Quốc phòng"),
    ("Bộ trưởng", "Bộ Ngoại giao", "Bộ Ngoại giao"),
    ("Bộ trưởng", "Văn phòng Chính phủ", "Văn phòng Chính phủ"),
], ids=["dropped-bo", "deputy", "written-in-full", "another-body"])
def test_a_ministry_named_without_bo(position, written, body) -> None:
    from pipeline.link.organizations import normalize_org

    assert normalize_org(written, after_position=position) == body
