import pytest

from pipeline.document import Document
from pipeline.stages import run_stages

ARTICLES = {
    "typed-place": (
        "Chiều 17/4/2024, tại thành phố Pleiku, tỉnh Gia Lai, Đoàn giám sát của Ủy ban Kiểm tra "
        "Trung ương làm việc với Ban Thường vụ Tỉnh ủy Gia Lai.\n\nĐoạn hai.",
        ("2024-04-17", "chiều", "Gia Lai", "Pleiku", False, "supervision")),
    "inferred-province": (
        "Ngày 5/3, Đoàn công tác của Ban Tổ chức Trung ương làm việc với Ban Thường vụ Tỉnh ủy "
        "Hà Tĩnh về công tác cán bộ.\n\nĐoạn hai.",
        ("XXXX-03-05", None, "Hà Tĩnh", None, True, "meeting")),
    "after-2025-reform": (
        "Sáng 12/9/2025, tại xã Bình Thành, tỉnh Thái Nguyên, Bí thư Tỉnh ủy dự lễ khánh thành.\n",
        ("2025-09-12", "sáng", "Thái Nguyên", "Bình Thành", False, "ceremony")),
}


def main_event(text):
    doc = run_stages(Document(name="a.txt", text=text))
    return next(e for e in doc.get("events") if e.main)


@pytest.mark.parametrize("name", sorted(ARTICLES), ids=str)
def test_main_event(name):
    text, (date, tod, province, place, inferred, kind) = ARTICLES[name]
    e = main_event(text)
    assert e.date.edtf == date and e.date.time_of_day == tod
    assert e.province.place.short_name == province
    assert (e.place.place.short_name if e.place else None) == place
    assert e.province_inferred is inferred
    assert e.kind == kind


def test_teasers_do_not_feed_the_main_event():
    text = ("Đoàn kiểm tra làm việc với Tỉnh ủy Nam Định.\n\nCó thể bạn quan tâm\n\nTin khác\n\n"
            "Sáng 28/1/2026, tại tỉnh Cà Mau, lãnh đạo tỉnh thăm các gia đình chính sách.")
    doc = run_stages(Document(name="a.txt", text=text))
    main = next(e for e in doc.get("events") if e.main)
    related = [e for e in doc.get("events") if not e.main]
    assert main.date is None and main.province.place.short_name == "Nam Định"
    assert [e.date.edtf for e in related] == ["2026-01-28"]
    assert related[0].province.place.short_name == "Cà Mau"


def test_a_lead_that_repeats_the_day_takes_the_place_from_where_it_is_named():
    from datetime import date as _date

    from pipeline.document import Metadata

    text = ("Sáng nay, Đoàn giám sát của Quốc hội làm việc với UBND tỉnh Khánh Hòa.\n\n"
            "Sáng nay, tại phường Nha Trang, tỉnh Khánh Hòa, Đoàn giám sát đã làm việc với UBND "
            "tỉnh.")
    doc = run_stages(Document(name="a.txt", text=text, meta=Metadata(published=_date(2025, 11, 12))))
    [main] = [e for e in doc.get("events") if e.main]
    assert (main.date.edtf, main.date.time_of_day) == ("2025-11-12", "sáng")
    assert main.place.place.short_name == "Nha Trang"


def _events_of(text: str):
    from pipeline.document import Document, Metadata
    from pipeline.stages import run_stages

    doc = run_stages(Document(name="y.txt", text=text, meta=Metadata()))
    return [e for e in doc.get("events") if e.main]


@pytest.mark.parametrize(("text", "edtf"), [
    ("Trong năm 2023, đoàn đã kiểm tra 12 tổ chức đảng tại huyện Quỳ Hợp.", "2023"),
    ("Thực hiện kế hoạch kiểm tra năm 2024, đoàn làm việc với Đảng ủy xã Tân Lập.", None),
    ("Theo chương trình giám sát năm 2025, đoàn làm việc với Huyện ủy Yên Thành.", None),
    ("Ngày 5/3/2024, thực hiện kế hoạch năm 2024, đoàn làm việc với Huyện ủy Nam Đàn.",
     "2024-03-05"),
], ids=["year-only", "programme-year", "programme-year-supervision", "day-wins"])
def test_event_dated_by_a_year(text: str, edtf) -> None:
    (main,) = _events_of(text)
    assert (main.date.edtf if main.date else None) == edtf
    if edtf == "2023":
        assert main.date.precision == "year"


def _main_of(text: str, url=None):
    from pipeline.document import Document, Metadata
    from pipeline.stages import run_stages

    doc = run_stages(Document(name="v.txt", text=text, meta=Metadata(url=url)))
    return next(e for e in doc.get("events") if e.main)


def test_a_national_venue_places_the_event_inferred() -> None:
    main = _main_of("Chiều 20/8/2025, tại Trụ sở Trung ương Đảng, Tổ công tác số 4 của Bộ Chính "
                    "trị làm việc với đại diện Ban Thường vụ Tỉnh ủy các tỉnh Cao Bằng, Lai Châu.")
    assert main.province.place.short_name == "Hà Nội" and main.province_inferred


def test_an_abbreviated_city_is_named() -> None:
    main = _main_of("Sáng 9/2/2026, Chủ tịch nước làm việc, chúc Tết Đảng bộ, chính quyền TPHCM.")
    assert main.province.place.short_name == "Hồ Chí Minh" and not main.province_inferred


def test_captions_tell_the_event_of_a_page_of_photos() -> None:
    main = _main_of("Phó Thủ tướng Lâm Văn Khởi làm việc với Ban Thường vụ Tỉnh ủy Yên Bái. "
                    "(Ảnh: Minh Đức/TTXVN)\nQuang cảnh buổi làm việc. (Ảnh: Minh Đức/TTXVN)")
    assert main.province.place.short_name == "Yên Bái"


@pytest.mark.parametrize(("url", "province"), [
    ("https://baoyenbai.com.vn/12/3456/a.htm", "Yên Bái"),
    ("https://www.baokontum.vn/chinh-tri/b-123.html", "Kon Tum"),
    ("https://dantri.com.vn/thoi-su/c.htm", None),
], ids=["provincial-paper", "www-host", "national-paper"])
def test_a_provincial_paper_s_own_province(url, province) -> None:
    main = _main_of("Sáng 3.3, Đoàn công tác đến thăm, chúc mừng Bộ Chỉ huy Quân sự tỉnh nhân "
                    "dịp kỷ niệm ngày truyền thống.", url)
    got = main.province.place.short_name if main.province else None
    assert got == province
    if province:
        assert main.province_inferred


def test_a_cited_document_s_date_is_not_the_event_s() -> None:
    main = _main_of("Thực hiện Kế hoạch số 31-KH/TU, ngày 2-3-2025 của Tỉnh ủy, Đoàn giám sát làm "
                    "việc với Huyện ủy Quế Phong.")
    assert main.date is None


def test_a_venue_only_where_the_event_is() -> None:
    main = _main_of("Sáng 5/5/2024, Đoàn công tác do Giám đốc Học viện Chính trị quốc gia Hồ Chí "
                    "Minh Lê Văn Lợi dẫn đầu làm việc với Ban Thường vụ Tỉnh ủy Hậu Giang.")
    assert main.province.place.short_name == "Hậu Giang"


def test_the_headline_names_the_province_when_the_body_does_not() -> None:
    main = _main_of("Tư lệnh Quân khu 4 kiểm tra các đơn vị tại Quảng Bình\n\nChiều 7/7/2025, Đoàn "
                    "công tác Quân khu 4 đã kiểm tra Ban Chỉ huy Phòng thủ khu vực 2.")
    assert main.province.place.short_name == "Quảng Bình"


def test_another_event_of_the_same_day_is_not_the_lead_repeated() -> None:
    main = _main_of("Chiều 22/2/2025, tại Sóc Trăng, Đoàn kiểm tra số 3 công bố quyết định. "
                    "Cũng trong chiều 22/2/2025, tại thành phố Rạch Giá (tỉnh Kiên Giang), Đoàn "
                    "kiểm tra số 5 công bố quyết định.")
    assert main.province.place.short_name == "Sóc Trăng"


def test_a_subdomain_of_a_provincial_paper() -> None:
    main = _main_of("Ngày 19/5, Phó Thủ tướng đã đến thăm và làm việc tại tỉnh ta.",
                    "https://m.baokontum.vn/thoi-su/a-1.html")
    assert main.province.place.short_name == "Kon Tum" and main.province_inferred


@pytest.mark.parametrize(("text", "edtf"), [
    ("Hội nghị diễn ra đến ngày 15-5-2024. Các đại biểu thảo luận.", None),
    ("Kỷ niệm 65 năm Ngày truyền thống Bộ đội Biên phòng (3/3/1959 - 3/3/2024), Đoàn thăm đồn.",
     None),
    ("Đoàn kiểm tra việc lãnh đạo thời gian từ tháng 1/2019 đến tháng 5/2021 tại Đảng bộ.", None),
    ("Trong 2 ngày làm việc (từ 20-21/12/2018), Đoàn giám sát làm việc với Ban Thường vụ Tỉnh ủy "
     "Gia Lai.", "2018-12-20/2018-12-21"),
], ids=["a-deadline", "an-anniversary-span", "a-period-reviewed", "a-span-in-brackets"])
def test_dates_that_do_or_do_not_date_the_event(text, edtf) -> None:
    main = _main_of(text)
    assert (main.date.edtf if main.date else None) == edtf


@pytest.mark.parametrize(("text", "province"), [
    ("Chiều 12/4/2024, đoàn công tác của Thành ủy TP. Cần Thơ do đồng chí Lê Văn Tâm, Phó Bí "
     "thư Thành ủy Cần Thơ làm trưởng đoàn đã đến thăm và làm việc tại tỉnh Lai Châu.", "Lai Châu"),
    ("Sáng 4-11-2023, đoàn công tác của Công an tỉnh Bắc Ninh do Đại tá Trần Văn Nam làm trưởng "
     "đoàn đã có chuyến thăm và làm việc với Công an tỉnh Quảng Bình.", "Quảng Bình"),
    # Only one province: it stays, whatever the verbs.
    ("Sáng 4-11-2023, đoàn công tác của Công an tỉnh Bắc Ninh làm việc với các đơn vị.",
     "Bắc Ninh"),
], ids=["visited-province", "visited-body", "one-province"])
def test_a_visiting_team_s_own_province_is_not_the_event_s(text, province):
    assert _main_of(text).province.place.short_name == province


def test_a_provincial_force_named_with_its_province_places_the_event() -> None:
    main = _main_of("Từ ngày 4 đến 6/9/2023, Đoàn kiểm tra số 3 đã kiểm tra Bộ Chỉ huy BĐBP Phú "
                    "Yên về công tác huấn luyện.")
    assert main.province.place.short_name == "Phú Yên" and main.province_inferred


@pytest.mark.parametrize("venue", ["hội trường Bộ Quốc phòng", "Trụ sở Bộ Công an"],
                         ids=["defence-hall", "police-headquarters"])
def test_a_ministry_s_hall_places_the_event_in_the_capital(venue) -> None:
    main = _main_of(f"Ngày 12/1/2022 tại {venue}, Đảng ủy Quân khu 9 tổ chức hội nghị tổng kết.")
    assert main.province.place.short_name == "Hà Nội" and main.province_inferred


def test_a_ministry_named_as_a_body_places_nothing() -> None:
    main = _main_of("Ngày 12/1/2022, Bộ Quốc phòng tổ chức hội nghị tổng kết công tác đảng.")
    assert main.province is None


@pytest.mark.parametrize("text, province", [
    ("Ngày 4/5/2021, Tổ công tác số 2 do Chủ tịch Quốc hội chủ trì đã làm việc với Đảng bộ tỉnh "
     "Kon Tum và Đảng bộ tỉnh Gia Lai.", None),
    ("Ngày 4/5/2021, Bộ Chính trị làm việc với Ban Thường vụ Đảng ủy Công an Trung ương. Tổ 1 "
     "làm việc với Đảng bộ tỉnh Kon Tum; Tổ 2 làm việc với Đảng bộ tỉnh Gia Lai.", None),
    ("Ngày 4/5/2021, Tổ công tác số 2 làm việc với Đảng bộ tỉnh Kon Tum.", "Kon Tum"),
], ids=["two-provinces-in-the-event-sentence", "two-provinces-further-on", "one-province"])
def test_bodies_of_several_provinces_give_the_event_none(text, province):
    main = _main_of(text)
    assert (main.province.place.short_name if main.province else None) == province
