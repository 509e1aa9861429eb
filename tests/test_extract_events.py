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
