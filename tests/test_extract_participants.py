import pytest

from pipeline.document import Document
from pipeline.stages import run_stages

LEAD = "Ngày 3/9/2024, Đoàn Kiểm tra số 5 của Ban Tổ chức Trung ương "


def roles(text):
    doc = run_stages(Document(name="a.txt", text=text))
    return {p.name: (p.side, p.role) for p in doc.get("participants")}


CASES = {
    "leader-by-do-lam-truong-doan": (
        LEAD + "do đồng chí Mai Văn Chính, Phó Trưởng Ban Tổ chức Trung ương làm Trưởng đoàn "
        "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang.",
        {"Mai Văn Chính": ("team", "leader")}),
    "deputy-title": (
        LEAD + "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Dự có đồng chí Lê Văn Tám, Vụ trưởng "
        "Vụ Địa phương I, Phó Trưởng đoàn.",
        {"Lê Văn Tám": ("team", "deputy")}),
    "member-announcing": (
        LEAD + "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Đại diện đoàn kiểm tra do đồng chí "
        "Trần Thu Hà, Phó Vụ trưởng Vụ Địa phương I công bố quyết định.",
        {"Trần Thu Hà": ("team", "member")}),
    "member-accompanying": (
        LEAD + "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Cùng đi có Thiếu tướng Phạm Quang "
        "Huy, Phó Tư lệnh Quân khu 2.",
        {"Phạm Quang Huy": ("team", "member")}),
    "host-implicit-province": (
        LEAD + "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Về phía tỉnh Hà Giang có đồng chí "
        "Hầu A Lềnh, Bí thư Tỉnh ủy.",
        {"Hầu A Lềnh": ("host", "host")}),
    "delegation-to-national-assembly-is-not-the-team": (
        LEAD + "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Về phía tỉnh có đồng chí Lò Văn "
        "Tâm, Trưởng đoàn đại biểu Quốc hội tỉnh Hà Giang.",
        {"Lò Văn Tâm": ("host", "host")}),
    "host-working-with-the-team": (
        LEAD + "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Làm việc với Đoàn có ông Lý Văn "
        "Sinh, Giám đốc Sở Nội vụ; bà Vàng Thị Mai, Chủ tịch UBND xã Lũng Cú.",
        {"Lý Văn Sinh": ("host", "host"), "Vàng Thị Mai": ("host", "host")}),
    "host-list-after-an-abbreviated-city": (
        "Ngày 3/9/2024, Đoàn Kiểm tra số 5 của Ban Tổ chức Trung ương làm việc với Ban Thường vụ "
        "Thành ủy TP. Hồ Chí Minh. Về phía TP. Hồ Chí Minh có Phó Bí thư Thành ủy Trần Văn Lâm; "
        "Thiếu tướng Phan Đình Bảo, Phó Giám đốc Công an Thành phố; Thượng tá Hà Thị Yến, Trưởng "
        "Phòng Tham mưu, Công an Thành phố.",
        {"Hà Thị Yến": ("host", "host"), "Phan Đình Bảo": ("host", "host")}),
    "a-provincial-leader-attends-a-district-inspection": (
        "Ngày 3/9/2024, Đoàn Kiểm tra của Ban Thường vụ Tỉnh ủy Hà Giang làm việc với Ban Thường vụ "
        "Huyện ủy Yên Minh. Dự và chỉ đạo hội nghị có đồng chí Hoàng Văn Chử, Phó Bí thư Thường "
        "trực Tỉnh ủy Hà Giang.",
        {"Hoàng Văn Chử": ("other", "attendee")}),
    "team-list-with-academic-titles": (
        LEAD + "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Cùng đi có các đồng chí: Lê Thu Vân, "
        "Phó Vụ trưởng Vụ Địa phương I; TS. Đào Minh Quân, Vụ trưởng Vụ Tổ chức - Biên chế, Bộ "
        "Nội vụ.",
        {"Đào Minh Quân": ("team", "member"), "Lê Thu Vân": ("team", "member")}),
    "a-provincial-team-s-own-commission-member": (
        "Ngày 5/8/2025, Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy Phú Thọ làm việc với Ban "
        "Thường vụ Đảng ủy phường Vĩnh Yên. Cùng dự có đồng chí Hạ Văn Lâm, Ủy viên Ủy ban Kiểm tra "
        "Tỉnh ủy.",
        {"Hạ Văn Lâm": ("team", "member")}),
    "a-commune-that-moved-province-in-2025-is-local": (
        "Ngày 11/9/2025, Đoàn kiểm tra của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Phú Thọ. "
        "Đồng chí Xa Văn Lọi, Bí thư Đảng ủy xã Mai Châu báo cáo.",
        {"Xa Văn Lọi": ("host", "host")}),
    "listed-with-the-deputy-after-an-academic-title": (
        LEAD + "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Dự có đồng chí Lê Văn Tám, Vụ trưởng "
        "Vụ Địa phương I, Phó Trưởng đoàn; PGS.TS. Đinh Thị Lụa, Phó Tổng Biên tập Tạp chí Cộng "
        "sản.",
        {"Đinh Thị Lụa": ("team", "member"), "Lê Văn Tám": ("team", "deputy")}),
    "a-team-list-broken-over-lines": (
        LEAD + "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Tham gia Đoàn có bà Lò Thị Mai, Vụ "
        "trưởng Vụ Địa phương I, Phó Trưởng đoàn;\nông Cầm Văn Đơn, Phó Vụ trưởng Vụ Địa phương I.",
        {"Cầm Văn Đơn": ("team", "member"), "Lò Thị Mai": ("team", "deputy")}),
}


@pytest.mark.parametrize("name", sorted(CASES), ids=str)
def test_side_and_role(name):
    text, expected = CASES[name]
    got = roles(text)
    for person, side_role in expected.items():
        assert got[person] == side_role


def test_teaser_people_are_other_without_role():
    text = (LEAD + "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang.\n\nCó thể bạn quan tâm\n\n"
            "Tin khác\n\nSáng 2/9, Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh thăm các gia đình.")
    doc = run_stages(Document(name="a.txt", text=text))
    [p] = [p for p in doc.get("participants") if p.name == "Trần Hồng Minh"]
    assert (p.main, p.side, p.role) == (False, "other", None)
