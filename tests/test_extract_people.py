"""People and titles on seed sentences and on sentences written in the same genre."""

import pytest

from pipeline.document import Document
from pipeline.extract.people import find_people
from pipeline.text.segmentation import find_credits, find_segments


def people_of(text: str):
    doc = Document(name="t.txt", text=text)
    doc.results["segments"] = find_segments(doc)
    doc.results["credits"] = find_credits(doc)
    from pipeline.extract.places import find_places

    doc.results["dates"] = ()
    doc.results["places"] = find_places(doc)
    return doc, find_people(doc)


def summary(text):
    doc, people = people_of(text)
    for p in people:
        for t in p.titles:
            assert doc.text[t.start:t.end].replace("\u00a0", " ") == t.text
        assert doc.text[p.start:p.end] == p.name
    return [(p.name, p.rank, [t.text for t in p.titles]) for p in people]


CASES = {
    "name-then-titles": (
        "Dự buổi làm việc có đồng chí Trần Quốc Vượng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư.",
        [("Trần Quốc Vượng", None, ["Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"])]),
    "titles-then-name": (
        "Bí thư Tỉnh ủy Gia Lai Hồ Văn Niên phát biểu tại hội nghị.",
        [("Hồ Văn Niên", None, ["Bí thư Tỉnh ủy Gia Lai"])]),
    "rank-and-dash": (
        "Đại tướng Phan Văn Giang - Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng chủ trì hội nghị.",
        [("Phan Văn Giang", "Đại tướng", ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Quốc phòng"])]),
    "woman-with-dash": (
        "Bà Nguyễn Thị Hồng - Phó Cục trưởng Cục Tổ chức cán bộ, Bộ Nội vụ trình bày báo cáo.",
        [("Nguyễn Thị Hồng", None, ["Phó Cục trưởng Cục Tổ chức cán bộ, Bộ Nội vụ"])]),
    "list-under-locality": (
        "Về phía tỉnh Nghệ An có các đồng chí: Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư "
        "Tỉnh ủy; Hoàng Nghĩa Hiếu, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư "
        "Tỉnh ủy, Chủ tịch UBND tỉnh.",
        [("Thái Thanh Quý", None, ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]),
         ("Hoàng Nghĩa Hiếu", None, ["Phó Bí thư Thường trực Tỉnh ủy"]),
         ("Nguyễn Đức Trung", None, ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"])]),
    "ethnic-name": (
        "Đồng chí Ksor Phước Hà, Phó Chủ tịch UBND tỉnh Gia Lai báo cáo tình hình.",
        [("Ksor Phước Hà", None, ["Phó Chủ tịch UBND tỉnh Gia Lai"])]),
    "deceased-and-former": (
        "Đoàn đến thắp hương tưởng nhớ cố Thủ tướng Võ Văn Kiệt và thăm nguyên Phó Chủ tịch nước "
        "Trương Mỹ Hoa.",
        [("Võ Văn Kiệt", None, ["cố Thủ tướng"]),
         ("Trương Mỹ Hoa", None, ["nguyên Phó Chủ tịch nước"])]),
    "two-titles-before": (
        "Đoàn dâng hương tưởng nhớ cố Tổng Bí thư, Chủ tịch nước Lê Đức Anh Minh.",
        [("Lê Đức Anh Minh", None, ["cố Tổng Bí thư", "Chủ tịch nước"])]),
    "police-rank": (
        "Thiếu tướng Nguyễn Hữu Mạnh, Giám đốc Công an tỉnh Quảng Trị cho biết.",
        [("Nguyễn Hữu Mạnh", "Thiếu tướng", ["Giám đốc Công an tỉnh Quảng Trị"])]),
    "honorific-only": (
        "Tại buổi làm việc, ông Lò Văn Pành phát biểu ý kiến.",
        [("Lò Văn Pành", None, [])]),
    "committee-member-word": (
        "Về phía huyện có các đồng chí: Phan Đức Lâm, Tỉnh ủy viên, Bí thư Huyện ủy; Vi Thị Hoa, "
        "Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy.",
        [("Phan Đức Lâm", None, ["Tỉnh ủy viên", "Bí thư Huyện ủy"]),
         ("Vi Thị Hoa", None, ["Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"])]),
    "former-title-after-a-comma": (
        "Dự có đồng chí Đinh Văn Kha, Phó Chủ tịch UBND tỉnh, nguyên Giám đốc Sở Tài chính tỉnh "
        "Bắc Kạn.",
        [("Đinh Văn Kha", None, ["Phó Chủ tịch UBND tỉnh",
                                 "nguyên Giám đốc Sở Tài chính tỉnh Bắc Kạn"])]),
    "department-named-by-its-remit": (
        "Tham gia Đoàn có đồng chí Lã Văn Cường, Vụ trưởng Vụ Theo dõi công tác phòng, chống tham "
        "nhũng, Ban Nội chính Trung ương.",
        [("Lã Văn Cường", None, ["Vụ trưởng Vụ Theo dõi công tác phòng, chống tham nhũng, "
                                 "Ban Nội chính Trung ương"])]),
    "police-unit-of-crimes": (
        "Đại tá Mạc Văn Tú, Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an "
        "báo cáo.",
        [("Mạc Văn Tú", "Đại tá", ["Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy, "
                                   "Bộ Công an"])]),
    "abbreviated-city-before-a-name": (
        "Tiếp Đoàn có Phó Chủ tịch UBND TP. Hồ Chí Minh Lưu Quang Bảo và các sở, ngành.",
        [("Lưu Quang Bảo", None, ["Phó Chủ tịch UBND TP. Hồ Chí Minh"])]),
    "political-commissar-and-head-of-agency": (
        "Thượng tá Sầm Văn Ký, Chính trị viên Đồn Biên phòng Sà Phìn; Trung tá Nông Thị Lan, Thủ "
        "trưởng Cơ quan Cảnh sát điều tra Công an tỉnh dự.",
        [("Sầm Văn Ký", "Thượng tá", ["Chính trị viên Đồn Biên phòng Sà Phìn"]),
         ("Nông Thị Lan", "Trung tá", ["Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh"])]),
    "concurrently-kiem": (
        "Về phía xã có đồng chí Lục Văn Thái, Bí thư Đảng ủy xã kiêm Chủ tịch HĐND xã.",
        [("Lục Văn Thái", None, ["Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"])]),
    "titles-joined-by-a-dash-after-the-name": (
        "Đồng chí Bế Thanh Tịnh, Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh dự hội nghị.",
        [("Bế Thanh Tịnh", None, ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"])]),
    "national-assembly-committee-with-commas": (
        "Tham gia Đoàn có bà Lò Thị Việt Hà, Ủy viên chuyên trách Ủy ban Văn hóa, Giáo dục và "
        "Thanh niên của Quốc hội; ông Hoàng Văn Cường, Phó Chủ nhiệm Ủy ban Quốc phòng, An ninh "
        "và Đối ngoại của Quốc hội.",
        [("Lò Thị Việt Hà", None, ["Ủy viên chuyên trách Ủy ban Văn hóa, Giáo dục và Thanh niên "
                                   "của Quốc hội"]),
         ("Hoàng Văn Cường", None, ["Phó Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại của "
                                    "Quốc hội"])]),
    "ministry-with-commas-then-a-verb": (
        "Đồng chí Tạ Văn Bình, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch dự và phát biểu.",
        [("Tạ Văn Bình", None, ["Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch"])]),
    "numbered-coast-guard-region": (
        "Đại tá Kiều Văn Bảy, Chính ủy Vùng Cảnh sát biển 3 chủ trì.",
        [("Kiều Văn Bảy", "Đại tá", ["Chính ủy Vùng Cảnh sát biển 3"])]),
    "remit-written-with-a-comma": (
        "Đại tá Đỗ Văn Minh, Phó Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử dụng công "
        "nghệ cao, Bộ Công an, Phó Trưởng đoàn phát biểu.",
        [("Đỗ Văn Minh", "Đại tá", ["Phó Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử "
                                    "dụng công nghệ cao, Bộ Công an", "Phó Trưởng đoàn"])]),
    "fields-listed-before-the-parent": (
        "Tham gia Đoàn có bà Lò Thị Mai, Trưởng Ban Dân tộc, Tôn giáo, Ủy ban Trung ương Mặt trận "
        "Tổ quốc Việt Nam, Phó Trưởng đoàn.",
        [("Lò Thị Mai", None, ["Trưởng Ban Dân tộc, Tôn giáo, Ủy ban Trung ương Mặt trận Tổ quốc "
                               "Việt Nam", "Phó Trưởng đoàn"])]),
    "steering-committee-remit": (
        "Đồng chí Vũ Văn Điền, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo về phát triển khoa học, công "
        "nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh báo cáo.",
        [("Vũ Văn Điền", None, ["Phó Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo về phát triển khoa học, "
                                "công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh"])]),
    "small-and-medium-enterprises": (
        "Bà Lê Thị Thu, Giám đốc Quỹ Hỗ trợ phát triển doanh nghiệp nhỏ và vừa tỉnh dự.",
        [("Lê Thị Thu", None, ["Giám đốc Quỹ Hỗ trợ phát triển doanh nghiệp nhỏ và vừa tỉnh"])]),
    # Structures of real pages (names invented).
    "titles-shared-by-a-list-head": (
        "Dự có các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Trưởng ban Đối ngoại Trung ương "
        "Lò Văn Tám, Chủ nhiệm Ủy ban Kiểm tra Trung ương Hà Văn Sinh; đồng chí Vi Thị Hoa.",
        [("Lò Văn Tám", None, ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng",
                               "Trưởng ban Đối ngoại Trung ương"]),
         ("Hà Văn Sinh", None, ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng",
                                "Chủ nhiệm Ủy ban Kiểm tra Trung ương"]),
         ("Vi Thị Hoa", None, [])]),
    "a-list-head-over-items-separated-by-semicolons": (
        "Cùng dự có các đồng chí Ủy viên Bộ Chính trị: Lê Văn Tư, Trưởng Ban Đối ngoại Trung "
        "ương; Đại tướng Hà Văn Năm, Bộ trưởng Bộ Quốc phòng; các đồng chí Ủy viên Trung ương "
        "Đảng: Đỗ Thị Sáu, Bộ trưởng Bộ Y tế.",
        [("Lê Văn Tư", None, ["Ủy viên Bộ Chính trị", "Trưởng Ban Đối ngoại Trung ương"]),
         ("Hà Văn Năm", "Đại tướng", ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Quốc phòng"]),
         ("Đỗ Thị Sáu", None, ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Y tế"])]),
    "title-first-items-each-closed-by-a-semicolon": (
        "Cùng đi có các đồng chí Bí thư Trung ương Đảng: Trưởng ban Nội chính Trung ương Hà Văn "
        "Tín; Trưởng ban Dân vận Trung ương Lò Thị Mai; Chánh Văn phòng Trung ương Đảng Đỗ Văn An.",
        [("Hà Văn Tín", None, ["Bí thư Trung ương Đảng", "Trưởng ban Nội chính Trung ương"]),
         ("Lò Thị Mai", None, ["Bí thư Trung ương Đảng", "Trưởng ban Dân vận Trung ương"]),
         ("Đỗ Văn An", None, ["Bí thư Trung ương Đảng", "Chánh Văn phòng Trung ương Đảng"])]),
    "an-abbreviated-seat-before-a-dash-chain": (
        "Cùng tham dự có ông Lê Văn Bình – UVBTV, Trưởng ban Tuyên giáo Tỉnh ủy Hà Nam.",
        [("Lê Văn Bình", None, ["UVBTV", "Trưởng ban Tuyên giáo Tỉnh ủy Hà Nam"])]),
    "a-counted-list-head": (
        "Thủ tướng quyết định 3 Trung tướng, Ủy viên Ban Chấp hành Trung ương Đảng: Lê Văn Bình, "
        "Trần Quốc Hải và Phạm Đức Toàn nghỉ công tác.",
        [("Lê Văn Bình", "Trung tướng", ["Ủy viên Ban Chấp hành Trung ương Đảng"]),
         ("Trần Quốc Hải", "Trung tướng", ["Ủy viên Ban Chấp hành Trung ương Đảng"]),
         ("Phạm Đức Toàn", "Trung tướng", ["Ủy viên Ban Chấp hành Trung ương Đảng"])]),
    "a-list-head-counted-in-words": (
        "Dự có hai Phó Chủ tịch UBND tỉnh Hà Nam: Lê Văn Bình, Trần Quốc Hải.",
        [("Lê Văn Bình", None, ["Phó Chủ tịch UBND tỉnh Hà Nam"]),
         ("Trần Quốc Hải", None, ["Phó Chủ tịch UBND tỉnh Hà Nam"])]),
    "a-rank-shared-by-a-list-head": (
        "Cùng dự có các đồng chí Đại tướng - Ủy viên Bộ Chính trị: Bộ trưởng Bộ Quốc phòng Tạ Văn "
        "Mạnh, Bộ trưởng Bộ Công an Đinh Quang Thái.",
        [("Tạ Văn Mạnh", "Đại tướng", ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Quốc phòng"]),
         ("Đinh Quang Thái", "Đại tướng", ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"])]),
    "a-member-title-after-a-parent-body": (
        "Thiếu tướng Hà Văn Tú - Cục trưởng Cục Cảnh sát giao thông, Bộ Công an, thành viên Đoàn "
        "kiểm tra, đã công bố quyết định.",
        [("Hà Văn Tú", "Thiếu tướng", ["Cục trưởng Cục Cảnh sát giao thông, Bộ Công an",
                                       "thành viên Đoàn kiểm tra"])]),
    "front-and-mass-organisations-in-one-body": (
        "Ông Lê Văn Hòa, Phó Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương, Phó Trưởng Đoàn kiểm "
        "tra, giám sát số 7 phát biểu. Bà Đỗ Thị Lan, Bí thư Đảng ủy Mặt trận Tổ quốc và các đoàn "
        "thể tỉnh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự.",
        [("Lê Văn Hòa", None, ["Phó Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương",
                               "Phó Trưởng Đoàn kiểm tra, giám sát số 7"]),
         ("Đỗ Thị Lan", None, ["Bí thư Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh",
                               "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"])]),
    "a-city-written-tp-without-a-dot-and-tp-hcm": (
        "Dự có Chủ tịch UBND TP Hải Phòng Lê Văn Cường và tân Bí thư Thành ủy TP.HCM Võ Minh Tâm.",
        [("Lê Văn Cường", None, ["Chủ tịch UBND TP Hải Phòng"]),
         ("Võ Minh Tâm", None, ["tân Bí thư Thành ủy TP.HCM"])]),
    "lower-case-ranks-before-a-name": (
        "Đoàn do đại tướng Hà Minh Quân, Ủy viên Bộ Chính trị làm trưởng đoàn, thay thiếu tướng "
        "Lò Văn Sâm nghỉ hưu; trung tướng là cấp bậc cao.",
        [("Hà Minh Quân", "Đại tướng", ["Ủy viên Bộ Chính trị"]),
         ("Lò Văn Sâm", "Thiếu tướng", [])]),
    "a-given-name-that-is-a-body-word": (
        "Tham gia có Thượng tướng Lê Trường Sơn - Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc "
        "phòng; Hiệu trưởng Trường Đại học Vinh Trần Văn Hải.",
        [("Lê Trường Sơn", "Thượng tướng", ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Quốc phòng"]),
         ("Trần Văn Hải", None, ["Hiệu trưởng Trường Đại học Vinh"])]),
    "central-abbreviated-and-a-national-steering-committee": (
        "Đồng chí Lê Văn Hà, Bí thư T.Ư Đảng, Trưởng ban Tuyên giáo T.Ư dự. Ông Phạm Văn Túc, Phó "
        "Trưởng ban Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới "
        "sáng tạo và chuyển đổi số phát biểu.",
        [("Lê Văn Hà", None, ["Bí thư T.Ư Đảng", "Trưởng ban Tuyên giáo T.Ư"]),
         ("Phạm Văn Túc", None, ["Phó Trưởng ban Thường trực Ban Chỉ đạo Trung ương về phát "
                                 "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"])]),
    "a-place-after-a-unit-word-before-the-name": (
        "Dự có Chủ tịch UBND thành phố Hải Phòng Lê Văn Tuấn và Bí thư Đảng ủy Quân sự tỉnh Bắc "
        "Ninh Nguyễn Văn Dũng.",
        [("Lê Văn Tuấn", None, ["Chủ tịch UBND thành phố Hải Phòng"]),
         ("Nguyễn Văn Dũng", None, ["Bí thư Đảng ủy Quân sự tỉnh Bắc Ninh"])]),
    "an-abbreviation-in-brackets-and-election-bodies": (
        "Ông Lê Văn Sáu, Chủ tịch Hội đồng nhân dân (HĐND) tỉnh Thanh Hóa dự. Bà Hà Thị Bảy, "
        "Trưởng Tiểu ban An ninh trật tự và Y tế của Hội đồng bầu cử quốc gia dự; ông Vũ Văn Chín, "
        "tân Bí thư Thành ủy TP.HCM ẢNH: NHẬT THỊNH",
        [("Lê Văn Sáu", None, ["Chủ tịch Hội đồng nhân dân (HĐND) tỉnh Thanh Hóa"]),
         ("Hà Thị Bảy", None, ["Trưởng Tiểu ban An ninh trật tự và Y tế của Hội đồng bầu cử "
                               "quốc gia"]),
         ("Vũ Văn Chín", None, ["tân Bí thư Thành ủy TP.HCM"])]),
    "a-body-written-with-two-fields-and-a-place-ending-a-body": (
        "Dự có Trưởng Ban Chính sách, Chiến lược Trung ương Hà Văn Quý; Giám đốc Học viện Chính "
        "trị Quốc gia Hồ Chí Minh Lê Văn Thắm.",
        [("Hà Văn Quý", None, ["Trưởng Ban Chính sách, Chiến lược Trung ương"]),
         ("Lê Văn Thắm", None, ["Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh"])]),
    "a-team-title-naming-its-body-and-a-name-like-a-commune": (
        "Trưởng Đoàn Kiểm tra số 892 của Ban Bí thư Trung ương Đảng Lê Minh Khoa phát biểu. Chánh "
        "Văn phòng Trung ương Đảng Lê Minh Tuệ dự.",
        [("Lê Minh Khoa", None, ["Trưởng Đoàn Kiểm tra số 892 của Ban Bí thư Trung ương Đảng"]),
         ("Lê Minh Tuệ", None, ["Chánh Văn phòng Trung ương Đảng"])]),
    "lower-case-committee-member-and-a-dash-before-the-name": (
        "Đoàn do đ/c Hà Văn Mười, ủy viên Trung ương Đảng dẫn đầu. Phát biểu, Chủ tịch Hội đồng "
        "nhân dân huyện – Lò Văn Bảy nhấn mạnh. Thủ tướng thăm Anh hùng LLVTND Vi Văn Tám.",
        [("Hà Văn Mười", None, ["ủy viên Trung ương Đảng"]),
         ("Lò Văn Bảy", None, ["Chủ tịch Hội đồng nhân dân huyện"]),
         ("Vi Văn Tám", None, ["Anh hùng LLVTND"])]),
    "deputy-chief-of-the-general-staff": (
        "Thượng tướng Hoàng Văn Khải, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam dự.",
        [("Hoàng Văn Khải", "Thượng tướng", ["Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt "
                                             "Nam"])]),
}


@pytest.mark.parametrize("name", sorted(CASES), ids=str)
def test_people_and_titles(name):
    text, expected = CASES[name]
    assert summary(text) == expected


def test_a_place_name_is_not_a_person():
    assert summary("Đoàn đến thăm Đền thờ Chủ tịch Hồ Chí Minh ở Hà Tĩnh.") == []


def test_photographer_is_not_a_participant():
    got = summary("Đồng chí Lê Văn Thành phát biểu_Ảnh: Trần Hải")
    assert got == [("Lê Văn Thành", None, [])]


def test_bare_organization_is_the_parent():
    doc, [p] = people_of("Đồng chí Vũ Thanh Mai, Phó Vụ trưởng Vụ Địa phương I, Ban Tổ chức "
                         "Trung ương công bố quyết định.")
    [t] = p.titles
    assert (t.position, t.organization, t.parent) == (
        "Phó Vụ trưởng", "Vụ Địa phương I", "Ban Tổ chức Trung ương")


def test_qualifiers_and_positions_are_split():
    doc, [p] = people_of("Đồng chí Lê Minh Hưng, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư "
                         "Thường trực Tỉnh ủy Hà Tĩnh phát biểu.")
    a, b = p.titles
    assert (a.position, a.organization, a.qualifier) == (
        "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng", "dự khuyết")
    assert (b.position, b.organization, b.qualifier) == ("Phó Bí thư", "Tỉnh ủy Hà Tĩnh", "Thường trực")


def test_implicit_organization_resolved_from_the_locality():
    doc, [p] = people_of("Về phía tỉnh Lào Cai có đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy.")
    [t] = p.titles
    assert t.text == "Bí thư Tỉnh ủy"
    assert t.organization == "Tỉnh ủy Lào Cai" and t.org_inferred


def test_old_tone_placement_still_matches_the_lexicon():
    got = summary("Đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh uỷ Thanh Hoá chủ trì.")
    assert got == [("Đỗ Trọng Hưng", None, ["Bí thư Tỉnh uỷ Thanh Hoá"])]


def test_a_province_named_in_a_former_post_does_not_complete_later_bodies():
    text = ("Ngày 5/9/2025, Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy Lào Cai. Về phía tỉnh "
            "Lào Cai có đồng chí Tẩn Văn Páo, Phó Chủ tịch UBND tỉnh, nguyên Phó Chủ tịch UBND tỉnh "
            "Yên Bái; Giàng Seo Lử, Trưởng Ban Nội chính Tỉnh ủy.")
    from pipeline.stages import run_stages

    doc = run_stages(Document(name="t.txt", text=text))
    orgs = {t.text: t.organization for p in doc.get("people") for t in p.titles}
    assert orgs["Trưởng Ban Nội chính Tỉnh ủy"] == "Ban Nội chính Tỉnh ủy Lào Cai"
    assert orgs["nguyên Phó Chủ tịch UBND tỉnh Yên Bái"] == "Ủy ban nhân dân tỉnh Yên Bái"
