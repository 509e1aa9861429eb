"""The bodies whose teams visit provinces (what their teams are called, who leads them,
their topics, hosts and the bodies they inspect) and the party documents their articles
cite."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .basics import ordinal

# A team's name by the kind word of its body's ``heads``.
TEAM_HEADS = {"kiểm tra": "Đoàn Kiểm tra", "giám sát": "Đoàn giám sát",
              "công tác": "Đoàn công tác"}


@dataclass(frozen=True)
class TeamBody:
    """A body whose teams visit provinces, and how its articles are drawn."""

    name: str  # as written after "của"/"thuộc"
    variants: tuple[str, ...]  # other spellings of the name
    heads: tuple[tuple[str, float], ...]  # team kind ("kiểm tra" | "giám sát" | "công tác")
    leaders: tuple[tuple[str, str], ...]  # (central unit, post)
    deputies: tuple[tuple[str, str], ...]
    members: tuple[tuple[str, str], ...]
    topics: tuple[tuple[str, int], ...]  # (topic, first day it may be written)
    hosts: tuple[str, ...]  # local posts that host this body (besides the Bí thư)
    extra_targets: tuple[str, ...]  # bodies of the province also inspected
    refs: tuple[str, ...]  # keys of DOCS cited in its articles
    weight: float
    ministry: bool = False  # a ministry's working visit (targets its provincial arm)


TEAM_BODIES: dict[str, TeamBody] = {
    "TBBVCT": TeamBody(
        "Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
        ("Tiểu ban Bảo vệ Chính trị nội bộ Trung ương",),
        (("kiểm tra", 0.7), ("giám sát", 0.3)),
        (("BCA", "TT1"), ("BQP", "CNTCCT"), ("BTCTW", "PTB1"), ("TCCS", "TBT")),
        (("BTCTW", "CTBV"), ("TCCS", "TBT"), ("BQP", "PCNTCCT1"), ("TCCS", "PTBT1")),
        (("BTCTW", "PCTBV1"), ("BTCTW", "PCTBV2")),
        (("công tác bảo vệ chính trị nội bộ", 0),),
        ("PBTTT", "TBTC", "GDCA", "CTUB"),
        ("Ban Tổ chức {C}", "Đảng ủy Công an {a}", "@district"),
        ("58-QĐ/TW", "126-QĐ/TW", "KH10", "@local"),
        3.0),
    "BTCTW": TeamBody(
        "Ban Tổ chức Trung ương", (),
        (("kiểm tra", 0.7), ("công tác", 0.3)),
        (("BTCTW", "TB"), ("BTCTW", "PTB1"), ("BTCTW", "PTB2"), ("BTCTW", "PTB3")),
        (("BTCTW", "VT1"), ("BTCTW", "VT2"), ("BTCTW", "VT3"), ("BTCTW", "VT4")),
        (("BTCTW", "PVT1"), ("BTCTW", "PVT2")),
        (("công tác tổ chức xây dựng Đảng và công tác cán bộ", 0),
         ("công tác cán bộ và quản lý đảng viên", 0),
         ("công tác chuẩn bị nhân sự đại hội đảng bộ các cấp", ordinal(2024, 6, 20))),
        ("PBTTT", "TBTC", "CTUB"),
        ("Ban Tổ chức {C}", "@district", "@district"),
        ("21-NQ/TW", "80-QĐ/TW", "114-QĐ/TW", "144-QĐ/TW", "35-CT/TW", "205-QĐ/TW"),
        3.0),
    "UBKTTW": TeamBody(
        "Ủy ban Kiểm tra Trung ương", (),
        (("kiểm tra", 0.5), ("giám sát", 0.5)),
        (("UBKTTW", "CN"), ("UBKTTW", "PCN1"), ("UBKTTW", "PCN2"), ("UBKTTW", "PCN3"),
         ("UBKTTW", "UV1")),
        (("UBKTTW", "VT1"), ("UBKTTW", "VT2"), ("UBKTTW", "VT3")),
        (("UBKTTW", "PVT1"), ("UBKTTW", "PVT2"), ("UBKTTW", "UV2")),
        (("việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật đảng", 0),
         ("công tác kiểm tra, giám sát và thi hành kỷ luật đảng", 0),
         ("việc kê khai, kiểm soát tài sản, thu nhập của cán bộ", 0)),
        ("CNUBKT", "PBTTT", "CTHD"),
        ("Ủy ban Kiểm tra {C} {P}", "@district"),
        ("22-QĐ/TW", "37-QĐ/TW", "@local"),
        3.0),
    "BCT": TeamBody(
        "Bộ Chính trị", (),
        (("kiểm tra", 0.8), ("công tác", 0.2)),
        (("BTCTW", "TB"), ("UBKTTW", "CN"), ("BTGTW", "TB")),
        (("BTCTW", "PTB2"), ("UBKTTW", "PCN1"), ("BTGTW", "PTB1")),
        (("BTCTW", "VT2"), ("UBKTTW", "VT1"), ("BTGTW", "VT1")),
        (("việc lãnh đạo, chỉ đạo thực hiện Kết luận số 21-KL/TW", ordinal(2021, 11, 1)),
         ("việc lãnh đạo, chỉ đạo thực hiện Nghị quyết số 21-NQ/TW", ordinal(2022, 7, 1)),
         ("công tác phòng, chống tham nhũng, tiêu cực", 0)),
        ("PBTTT", "CTUB", "CTHD", "CNUBKT"),
        ("Ban cán sự đảng UBND {a}", "@district", "@district"),
        ("37-QĐ/TW", "114-QĐ/TW", "205-QĐ/TW"),
        1.5),
    "BTGTW": TeamBody(
        "Ban Tuyên giáo Trung ương", (),
        (("kiểm tra", 0.5), ("công tác", 0.5)),
        (("BTGTW", "TB"), ("BTGTW", "PTB1"), ("BTGTW", "PTB2")),
        (("BTGTW", "VT1"), ("BTGTW", "VT2")),
        (("BTGTW", "PVT1"),),
        (("công tác tuyên giáo", 0),
         ("công tác bảo vệ nền tảng tư tưởng của Đảng", 0)),
        ("TBTG", "PBTTT"),
        ("Ban Tuyên giáo {C}", "@district"),
        ("35-NQ/TW", "@local"),
        1.0),
    "QUTW": TeamBody(
        "Quân ủy Trung ương", (),
        (("công tác", 1.0),),
        (("BQP", "BT"),),
        (),
        (("BQP", "TT1"), ("BQP", "TT2"), ("BQP", "PCNTCCT2"), ("BQP", "TLQK1"), ("BQP", "TLQK2"),
         ("BQP", "TLQK4"), ("BQP", "TLQK5"), ("BQP", "TLQK7")),
        (("công tác sẵn sàng chiến đấu, xây dựng khu vực phòng thủ", 0),
         ("công tác quốc phòng, quân sự địa phương", 0)),
        ("PCTUB1", "CHTQS"),
        ("Bộ Chỉ huy Quân sự {a} {P}",),
        ("44-NQ/TW",),
        1.0, ministry=True),
    "BCAT": TeamBody(
        "Bộ Công an", (),
        (("công tác", 1.0),),
        (("BCA", "TT1"), ("BCA", "TT2"), ("BCA", "TT3")),
        (),
        (("BCA", "CT1"), ("BCA", "CT2"), ("BCA", "CT3"), ("BCA", "PCT1")),
        (("công tác xây dựng lực lượng Công an nhân dân", 0),
         ("kết quả thực hiện Nghị quyết số 12-NQ/TW", ordinal(2022, 5, 1))),
        ("GDCA", "PGDCA"),
        ("Công an {a} {P}",),
        ("12-NQ/TW", "35-CT/TW"),
        1.0, ministry=True),
}

# Party documents (general knowledge): kind, number, issued, issuer, subject.
DOCS: dict[str, tuple[str, str, int, str, str]] = {
    "21-NQ/TW": ("Nghị quyết", "21-NQ/TW", ordinal(2022, 6, 16),
                 "của Ban Chấp hành Trung ương Đảng khóa XIII",
                 "về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội "
                 "ngũ đảng viên trong giai đoạn mới"),
    "21-KL/TW": ("Kết luận", "21-KL/TW", ordinal(2021, 10, 25),
                 "của Ban Chấp hành Trung ương Đảng khóa XIII",
                 "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"),
    "22-QĐ/TW": ("Quy định", "22-QĐ/TW", ordinal(2021, 7, 28), "của Ban Chấp hành Trung ương",
                 "về công tác kiểm tra, giám sát và kỷ luật của Đảng"),
    "37-QĐ/TW": ("Quy định", "37-QĐ/TW", ordinal(2021, 10, 25), "của Ban Chấp hành Trung ương",
                 "về những điều đảng viên không được làm"),
    "58-QĐ/TW": ("Quy định", "58-QĐ/TW", ordinal(2022, 2, 8), "của Bộ Chính trị",
                 "về một số vấn đề bảo vệ chính trị nội bộ Đảng"),
    "126-QĐ/TW": ("Quy định", "126-QĐ/TW", ordinal(2018, 2, 28), "của Bộ Chính trị",
                  "về một số vấn đề bảo vệ chính trị nội bộ Đảng"),
    "12-NQ/TW": ("Nghị quyết", "12-NQ/TW", ordinal(2022, 3, 16), "của Bộ Chính trị",
                 "về đẩy mạnh xây dựng lực lượng Công an nhân dân thật sự trong sạch, vững mạnh, "
                 "chính quy, tinh nhuệ, hiện đại"),
    "35-CT/TW": ("Chỉ thị", "35-CT/TW", ordinal(2024, 6, 14), "của Bộ Chính trị",
                 "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của "
                 "Đảng"),
    "144-QĐ/TW": ("Quy định", "144-QĐ/TW", ordinal(2024, 5, 9), "của Bộ Chính trị",
                  "về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới"),
    "35-NQ/TW": ("Nghị quyết", "35-NQ/TW", ordinal(2018, 10, 22), "của Bộ Chính trị",
                 "về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan "
                 "điểm sai trái, thù địch trong tình hình mới"),
    "114-QĐ/TW": ("Quy định", "114-QĐ/TW", ordinal(2023, 7, 11), "của Bộ Chính trị",
                  "về kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác "
                  "cán bộ"),
    "80-QĐ/TW": ("Quy định", "80-QĐ/TW", ordinal(2022, 8, 18), "của Bộ Chính trị",
                 "về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử"),
    "205-QĐ/TW": ("Quy định", "205-QĐ/TW", ordinal(2019, 9, 23), "của Bộ Chính trị",
                  "về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy "
                  "quyền"),
    "44-NQ/TW": ("Nghị quyết", "44-NQ/TW", ordinal(2023, 11, 24),
                 "của Ban Chấp hành Trung ương Đảng khóa XIII",
                 "về Chiến lược bảo vệ Tổ quốc trong tình hình mới"),
    "KH10": ("Kế hoạch", "10", ordinal(2018, 1, 1),
             "của Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
             "về kiểm tra, giám sát công tác bảo vệ chính trị nội bộ"),
}
# A document as a topic names it (its first mention is in the lead).
REF_IN_TEXT = re.compile(r"(?:Nghị quyết|Kết luận|Chỉ thị|Quy định|Kế hoạch|Thông tri) số "
                         r"[0-9]+(?:-[A-ZĐ]+/[A-Z]+)?")
# A provincial committee's own documents: kind and number suffix.
LOCAL_DOCS = (("Chỉ thị", "CT/TU"), ("Kế hoạch", "KH/TU"), ("Nghị quyết", "NQ/TU"),
              ("Kết luận", "KL/TU"), ("Thông tri", "TT/TU"))
