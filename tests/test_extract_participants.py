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
    # Working visits and delegations (wording seen in real pages; names are invented).
    "a-visiting-leader-opens-the-sentence": (
        "Chiều 14/5/2024, Phó Thủ tướng Lâm Văn Khởi đã đến thăm và làm việc tại tỉnh Yên Bái. "
        "Về phía lãnh đạo tỉnh Yên Bái có đồng chí Đỗ Thị Hằng, Bí thư Tỉnh ủy.",
        {"Lâm Văn Khởi": ("team", "leader"), "Đỗ Thị Hằng": ("host", "host")}),
    "a-visitor-with-titles-after-a-dash-and-his-delegation": (
        "Sáng 2/3/2023, Đại tướng Tạ Quang Vũ - Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, "
        "cùng đoàn công tác đã làm việc với Bộ Chỉ huy Quân sự tỉnh Bắc Kạn. Tham gia đoàn công "
        "tác, có Thượng tướng Hà Minh Sơn - Thứ trưởng Bộ Quốc phòng.",
        {"Tạ Quang Vũ": ("team", "leader"), "Hà Minh Sơn": ("team", "member")}),
    "two-leaders-announced-by-do-chu-tri": (
        "Chiều 20/8/2025, Tổ công tác số 5 và số 6 của Bộ Chính trị do Phó Thủ tướng Đinh Văn Lực "
        "và Phó Chủ tịch Quốc hội Mạc Thị Huệ chủ trì làm việc với đại diện Ban Thường vụ Tỉnh ủy "
        "các tỉnh Hòa Bình, Yên Bái.",
        {"Đinh Văn Lực": ("team", "leader"), "Mạc Thị Huệ": ("team", "leader")}),
    "a-leader-who-receives-is-a-host": (
        "Sáng 6/6/2024, Bí thư Tỉnh ủy Bắc Kạn Lục Văn Tiến tiếp Đoàn công tác của Ban Dân vận "
        "Trung ương.",
        {"Lục Văn Tiến": ("host", "host")}),
    "central-officials-attending-a-leader-s-visit": (
        "Sáng 9/2/2026, Chủ tịch nước Phùng Văn Mạnh có buổi làm việc với Ban Thường vụ Tỉnh ủy "
        "Cà Mau. Buổi làm việc có sự tham dự của Trưởng Ban Đối ngoại Trung ương Kha Văn Tài; Phó "
        "Chủ tịch Quốc hội Hứa Thị Lan.",
        {"Phùng Văn Mạnh": ("team", "leader"), "Kha Văn Tài": ("team", "member"),
         "Hứa Thị Lan": ("team", "member")}),
    "the-head-of-the-inspected-ministry-hosts": (
        "Chiều 9/8/2023, Đoàn Kiểm tra số 3 của Ủy ban Kiểm tra Trung ương làm việc với Ban Cán sự "
        "đảng Bộ Tài nguyên và Môi trường. Dự buổi làm việc có đồng chí Lưu Quốc Hào, Bí thư Ban "
        "Cán sự đảng, Bộ trưởng Bộ Tài nguyên và Môi trường.",
        {"Lưu Quốc Hào": ("host", "host")}),
    "a-body-s-own-conference-has-hosts": (
        "Chiều 3/8/2022, Đảng ủy Quân khu 4 tổ chức hội nghị sơ kết. Thiếu tướng Võ Đình Tiệp, "
        "Bí thư Đảng ủy, Chính ủy Quân khu chủ trì hội nghị. Dự hội nghị có Đại tá Lê Quang Hòa, "
        "Phó Tư lệnh Quân khu.",
        {"Võ Đình Tiệp": ("host", "host"), "Lê Quang Hòa": ("host", "host")}),
    "national-officials-at-a-locality-s-own-conference": (
        "Sáng 25/8/2025, Tỉnh ủy Quảng Ngãi tổ chức hội nghị công bố quyết định của Bộ Chính trị "
        "về công tác cán bộ. Tham dự hội nghị có ông Hà Văn Lực, Ủy viên Bộ Chính trị, Thường "
        "trực Ban Bí thư; ông Lê Quý Tín, Phó Trưởng ban Tổ chức Trung ương; ông Đinh Văn Hòa, Phó "
        "Bí thư Tỉnh ủy Quảng Ngãi.",
        {"Hà Văn Lực": ("team", "leader"), "Lê Quý Tín": ("team", "member"),
         "Đinh Văn Hòa": ("host", "host")}),
    "a-national-body-s-own-conference-has-no-visitors": (
        "Sáng 19/12/2023, tại Hà Nội, Quân ủy Trung ương họp phiên thứ 5. Dự có Đại tướng Vi Văn "
        "Tân, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng.",
        {"Vi Văn Tân": ("host", "host")}),
    "chaired-by-a-national-leader": (
        "Chiều 29/3/2024, tại Nhà Quốc hội, dưới sự chủ trì của Chủ tịch Quốc hội Đỗ Văn Hiền, "
        "Đảng đoàn Quốc hội đã có cuộc làm việc với Ban Thường vụ Tỉnh ủy Hà Tĩnh.",
        {"Đỗ Văn Hiền": ("team", "leader")}),
    "a-visitor-who-offers-incense": (
        "Tối 16/2/2026, Tổng Bí thư Đào Minh Khang dâng hương tại Đền Hùng và chúc Tết Đảng bộ, "
        "chính quyền tỉnh Phú Thọ.",
        {"Đào Minh Khang": ("team", "leader")}),
    "a-provincial-leader-s-visit-brings-officials-along": (
        "Chiều 14/5/2024, đồng chí Lê Văn Tâm - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Yên Bái có "
        "buổi làm việc với Công an tỉnh. Tham dự buổi làm việc có đồng chí Hà Thị Mơ - Phó Chủ "
        "tịch UBND tỉnh. Về phía Công an tỉnh có Đại tá Lò Văn Pảo, Giám đốc Công an tỉnh.",
        {"Lê Văn Tâm": ("team", "leader"), "Hà Thị Mơ": ("team", "member"),
         "Lò Văn Pảo": ("host", "host")}),
    "a-national-leader-who-arrives-in-a-later-sentence": (
        "Sáng 14/10/2025, Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII khai mạc. Tổng Bí "
        "thư Đào Minh Khang đã đến dự. Các nguyên lãnh đạo Đảng, Nhà nước cũng đến dự như nguyên "
        "Chủ tịch Quốc hội Lê Thị Vân.",
        {"Đào Minh Khang": ("team", "leader"), "Lê Thị Vân": ("other", "attendee")}),
    "a-national-official-who-directs-a-local-meeting": (
        "Sáng 4/3/2026, Ban Thường vụ Tỉnh ủy Hòa Bình tổ chức hội nghị triển khai quyết định. "
        "Phát biểu chỉ đạo hội nghị, Thường trực Ban Bí thư Vũ Đức Hòa nhấn mạnh yêu cầu.",
        {"Vũ Đức Hòa": ("team", "leader")}),
    "national-officials-at-a-city-committee-s-conference": (
        "Sáng 11/10/2020, Thành ủy Cần Thơ tổ chức hội nghị công bố quyết định của Bộ Chính trị về "
        "công tác cán bộ, tới dự hội nghị có Chủ tịch Quốc hội Lâm Thị Hòa; ông Đào Văn Sỹ, Bí "
        "thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng.",
        {"Lâm Thị Hòa": ("team", "leader"), "Đào Văn Sỹ": ("team", "member")}),
    "the-politburo-works-with-a-city": (
        "Ngày 21/8/2025, tại Trụ sở Trung ương Đảng, Bộ Chính trị làm việc với Ban Thường vụ Thành "
        "ủy Hải Phòng. Tổng Bí thư Vương Đình Khải chủ trì buổi làm việc.",
        {"Vương Đình Khải": ("team", "leader")}),
    "a-delegation-of-two-heads-that-visits": (
        "Chiều 30/11/2021, Đoàn công tác do đồng chí Lê Văn Hùng, Tổng Thanh tra Chính phủ và Chuẩn "
        "Đô đốc Phạm Quốc Khánh, Tư lệnh Vùng 3 Hải quân về thăm tỉnh Quảng Ngãi.",
        {"Lê Văn Hùng": ("team", "leader"), "Phạm Quốc Khánh": ("team", "leader")}),
    "joining-the-team-and-a-national-union-leader": (
        "Sáng 7/7/2025, Tư lệnh Quân khu 4 kiểm tra Ban Chỉ huy Phòng thủ khu vực 2. Tham gia cùng "
        "đoàn có Đại tá Lê Văn Tứ, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An.",
        {"Lê Văn Tứ": ("team", "member")}),
    "national-officials-named-at-a-national-leader-s-visit": (
        "Chiều 11/3/2023, Thủ tướng Chính phủ Cao Minh Đạt làm việc với Ban Thường vụ Tỉnh ủy Cà "
        "Mau. Bộ trưởng Bộ Y tế Lê Thị Thu phát biểu tại buổi làm việc. Bí thư Tỉnh ủy Cà Mau Hồ "
        "Văn Lý báo cáo.",
        {"Cao Minh Đạt": ("team", "leader"), "Lê Thị Thu": ("team", "member"),
         "Hồ Văn Lý": ("host", "host")}),
    "a-working-group-s-head": (
        "Chiều 8/12/2022, tại trụ sở Chính phủ, Phó Thủ tướng Lê Văn An, Tổ trưởng Tổ công tác số "
        "1 chủ trì cuộc họp về giải ngân vốn đầu tư công.",
        {"Lê Văn An": ("team", "leader")}),
    "those-attending-a-reception-host-it": (
        "Chiều 27/7/2018, Bí thư Tỉnh ủy Lâm Đồng Võ Văn Hải tiếp Đoàn đại biểu Đảng Cộng sản Lào. "
        "Cùng tham dự buổi tiếp có ông Lò Văn Bốn, Trưởng ban Tuyên giáo Tỉnh ủy.",
        {"Võ Văn Hải": ("host", "host"), "Lò Văn Bốn": ("host", "host")}),
    "national-officials-named-at-a-national-team-s-inspection": (
        LEAD + "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Bà Lý Thị Hạnh - Phó Cục trưởng Cục "
        "Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương, phổ biến kế hoạch kiểm tra.",
        {"Lý Thị Hạnh": ("team", "member")}),
    "an-organiser-s-chair-is-no-team-leader": (
        "Sáng 4/3/2025, Ban Tổ chức Tỉnh ủy Yên Bái tổ chức hội nghị do đồng chí Lò Thị Vân, "
        "Trưởng Ban Tổ chức Tỉnh ủy chủ trì.",
        {"Lò Thị Vân": ("host", "host")}),
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


def test_the_first_paragraph_names_the_visitor_when_the_event_is_dated_later():
    text = ("Phó Tư lệnh Bộ đội Biên phòng kiểm tra công tác sẵn sàng chiến đấu tại Quảng Trị\n\n"
            "Thiếu tướng Trần Văn Khải - Phó Tư lệnh, Tham mưu trưởng BĐBP Việt Nam vừa kiểm tra "
            "công tác sẵn sàng chiến đấu tại BĐBP Quảng Trị.\n\n"
            "Trong 2 ngày (20-21/1/2024), đoàn đã trực tiếp kiểm tra tại các đồn biên phòng.")
    assert roles(text)["Trần Văn Khải"] == ("team", "leader")


def test_a_provincial_leader_s_officials_come_with_them_within_the_province():
    # A provincial paper names no province: "Tỉnh ủy", "UBND tỉnh" are the site's province.
    from pipeline.document import Metadata

    text = ("Chiều 14/5/2024, đồng chí Lò Văn Phúc - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có "
            "buổi làm việc với Công an tỉnh. Tham dự buổi làm việc có đồng chí Tống Thị Lan - "
            "Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh.")
    doc = run_stages(Document(name="a.txt", text=text,
                              meta=Metadata(url="https://baolaichau.vn/chinh-tri/a-1.html")))
    got = {p.name: (p.side, p.role) for p in doc.get("participants")}
    assert got["Lò Văn Phúc"] == ("team", "leader")
    assert got["Tống Thị Lan"] == ("team", "member")


def test_a_deputy_announced_after_the_leader():
    text = ("Ngày 9/9/2024, Đoàn kiểm tra số 2 của Ban Nội chính Trung ương do đồng chí Lê Minh Tâm "
            "làm Trưởng đoàn; Thiếu tướng Đỗ Văn Hùng, Cục trưởng Cục An ninh, làm Phó trưởng "
            "Đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Cà Mau.")
    got = roles(text)
    assert got["Lê Minh Tâm"] == ("team", "leader")
    assert got["Đỗ Văn Hùng"] == ("team", "deputy")


@pytest.mark.parametrize("text, expected", [
    ("Sáng 12/4/2023, Ban Thường vụ Tỉnh ủy Kon Tum tổ chức hội nghị. Tại buổi làm việc với "
     "lãnh đạo tỉnh Kon Tum, sau khi nghe báo cáo, đồng chí Trưởng Ban Nội chính Trung ương Lê "
     "Minh Tâm đánh giá cao kết quả của tỉnh.",
     {"Lê Minh Tâm": ("team", "leader")}),
    ("Sáng 12/4/2023, Ủy ban Kiểm tra Trung ương làm việc tại tỉnh Kon Tum. Phó Chủ nhiệm Ủy "
     "ban Kiểm tra Trung ương Lê Minh Tâm phát biểu tại buổi làm việc với Ban Thường vụ Tỉnh ủy "
     "Kon Tum. Bí thư Tỉnh ủy Kon Tum Hoàng Thị Thu phát biểu tại buổi làm việc.",
     {"Lê Minh Tâm": ("team", "leader"), "Hoàng Thị Thu": ("host", "host")}),
    ("Sáng 12/4/2023, Đoàn công tác Trung ương làm việc tại tỉnh Kon Tum. Bí thư Tỉnh ủy Kon Tum "
     "Hoàng Thị Thu phát biểu tại buổi làm việc với Đoàn công tác.",
     {"Hoàng Thị Thu": ("host", "host")}),
], ids=["at-the-session-with-the-province", "speaks-at-the-session", "speaks-to-the-team"])
def test_a_national_official_at_a_working_session_with_a_locality_visits(text, expected):
    got = roles(text)
    assert {name: got[name] for name in expected} == expected


def test_the_head_who_chairs_a_body_s_own_conference_hosts_the_leader_who_attends():
    text = ("Ngày 8/1/2021, Đảng ủy Công an Trung ương, Bộ Công an tổ chức Hội nghị Công an toàn "
            "quốc. Thủ tướng Chính phủ Lê Văn Tám dự và chỉ đạo Hội nghị; Đại tướng Phan Quốc "
            "Hưng, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an chủ trì Hội nghị.")
    got = roles(text)
    assert got["Lê Văn Tám"] == ("team", "leader")
    assert got["Phan Quốc Hưng"] == ("host", "host")


def test_an_official_of_a_body_whose_name_extends_the_target_s_is_a_host():
    text = ("Ngày 5/3/2024, Đoàn giám sát của Ủy ban Kiểm tra Quân ủy Trung ương do Trung tướng Lê "
            "Văn Hòa, Phó Chủ nhiệm Ủy ban Kiểm tra Quân ủy Trung ương làm Trưởng đoàn giám sát "
            "đối với Đảng ủy Tổng cục Chính trị. Cùng dự có Thiếu tướng Đỗ Văn Minh, Phó Bí thư "
            "Đảng ủy Tổng cục Chính trị Quân đội nhân dân Việt Nam.")
    got = roles(text)
    assert got["Lê Văn Hòa"] == ("team", "leader")
    assert got["Đỗ Văn Minh"] == ("host", "host")


def test_a_caption_names_the_visitor_a_cut_lead_leaves_out():
    text = ("Ngày 20/1/2023, lực lượng vũ trang tỉnh cần tiếp tục nâng cao chất lượng huấn luyện, "
            "sẵn sàng chiến đấu.\n\n"
            "Thượng tướng Trần Quốc Dũng đến thăm và chúc Tết cán bộ, chiến sĩ Bộ Chỉ huy Quân sự "
            "tỉnh Quảng Bình. Ảnh: Minh Tâm\n\n"
            "Tiếp đó, đoàn công tác đã đến thăm Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Bình.")
    assert roles(text)["Trần Quốc Dũng"] == ("team", "leader")


def test_a_team_listed_without_its_leader_is_led_by_the_national_official_named_on_no_side():
    text = ("Tham gia đoàn công tác Trung ương có đồng chí Lê Thu Hằng, Phó trưởng Ban Nội chính "
            "Trung ương.\n\n"
            "Về phía tỉnh Yên Bái, đón tiếp đoàn có đồng chí Hà Văn Lực, Phó Bí thư Tỉnh ủy.\n\n"
            "Ngày 3/3/2022, đồng chí Trưởng ban Nội chính Trung ương Đinh Quốc Bảo đánh giá cao "
            "kết quả của tỉnh Yên Bái.")
    got = roles(text)
    assert got["Đinh Quốc Bảo"] == ("team", "leader")
    assert got["Lê Thu Hằng"] == ("team", "member")
    assert got["Hà Văn Lực"] == ("host", "host")


@pytest.mark.parametrize("closing", [
    "",
    " Thay mặt lãnh đạo Bộ Công an, Thượng tướng Trần Quốc Khải chúc mừng Đại tá Lê Văn Tâm.",
], ids=["ministry-ceremony-in-a-province", "on-behalf-of-the-ministry-s-leaders"])
def test_the_minister_s_deputy_who_hands_over_a_provincial_post_visits(closing):
    text = ("Chiều 5/9/2023, Bộ Công an tổ chức lễ công bố quyết định điều động Đại tá Lê Văn "
            "Tâm giữ chức Giám đốc Công an tỉnh Hà Giang. Tại buổi lễ, Thượng tướng Trần Quốc "
            "Khải, Thứ trưởng Bộ Công an đã trao quyết định." + closing)
    got = roles(text)
    assert got["Trần Quốc Khải"] == ("team", "leader")
    assert got["Lê Văn Tâm"][0] != "team"


def test_on_behalf_of_the_province_s_leaders_is_a_host():
    text = ("Ngày 5/9/2023, Đoàn công tác của Ban Tổ chức Trung ương làm việc với Ban Thường vụ "
            "Tỉnh ủy Hà Giang. Thay mặt lãnh đạo tỉnh, đồng chí Lý Thị Mai, Phó Bí thư Tỉnh ủy "
            "cảm ơn Đoàn.")
    assert roles(text)["Lý Thị Mai"] == ("host", "host")
