"""Titles and posts: how a title is written (with the province's committee and
administrative words), the posts of a province's leadership and of the central bodies the
teams come from, and how each post's holders are drawn."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .basics import cached_key
from .places import Province


@dataclass(frozen=True)
class WrittenTitle:
    """A title as written in one article: text, identity (for deduplication) and the
    organization it stands for when left implicit."""

    text: str
    ident: tuple
    resolved: str | None = None


@dataclass(frozen=True)
class Title:
    """A position. Central titles are the whole text; local ones have a ``body``
    (written after the position) and an ``org`` completed with the province."""

    position: str
    body: str = ""
    org: str = ""

    def render(self, prov: Province | None, *, explicit: bool = False,
               qualifier: str | None = None) -> WrittenTitle:
        return _render(self, prov if self.org else None, explicit, qualifier)

    def _render(self, prov: Province | None, explicit: bool, qualifier: str | None) -> WrittenTitle:
        if not self.org or prov is None:
            text, ident, resolved = self.position, ("", cached_key(self.position)), None
        else:
            c, a = prov.committee, prov.admin
            base = f"{self.position} {self.body.replace('{C}', c).replace('{a}', a)}"
            org = f"{self.org.replace('{C}', c).replace('{a}', a)} {prov.name}"
            text = f"{base} {prov.name}" if explicit else base
            ident, resolved = (self.position, org), (None if explicit else org)
        if qualifier:
            text, ident = f"{qualifier} {text}", (qualifier, *ident)
        return WrittenTitle(text, ident, resolved)


@cache
def _render(title: Title, prov: Province | None, explicit: bool,
            qualifier: str | None) -> WrittenTitle:
    return title._render(prov, explicit, qualifier)


T_UVBCT = Title("Ủy viên Bộ Chính trị")
T_BTTW = Title("Bí thư Trung ương Đảng")
T_UVTW = Title("Ủy viên Trung ương Đảng")
T_UVDK = Title("Ủy viên dự khuyết Trung ương Đảng")
T_SUB = Title("Ủy viên Tiểu ban Bảo vệ chính trị nội bộ Trung ương")

L_UVBTV = Title("Ủy viên", "Ban Thường vụ {C}", "Ban Thường vụ {C}")
L_BT = Title("Bí thư", "{C}", "{C}")
L_PBTTT = Title("Phó Bí thư Thường trực", "{C}", "{C}")
L_PBT = Title("Phó Bí thư", "{C}", "{C}")
L_CTUB = Title("Chủ tịch", "UBND {a}", "Ủy ban nhân dân {a}")
L_PCTUB = Title("Phó Chủ tịch", "UBND {a}", "Ủy ban nhân dân {a}")
L_CTHD = Title("Chủ tịch", "HĐND {a}", "Hội đồng nhân dân {a}")
L_TBTC = Title("Trưởng Ban Tổ chức", "{C}", "Ban Tổ chức {C}")
L_CNUBKT = Title("Chủ nhiệm Ủy ban Kiểm tra", "{C}", "Ủy ban Kiểm tra {C}")
L_TBTG = Title("Trưởng Ban Tuyên giáo", "{C}", "Ban Tuyên giáo {C}")
L_TBDV = Title("Trưởng Ban Dân vận", "{C}", "Ban Dân vận {C}")
L_TBNC = Title("Trưởng Ban Nội chính", "{C}", "Ban Nội chính {C}")
L_GDCA = Title("Giám đốc Công an", "{a}", "Công an {a}")
L_PGDCA = Title("Phó Giám đốc Công an", "{a}", "Công an {a}")
L_CHTQS = Title("Chỉ huy trưởng Bộ Chỉ huy Quân sự", "{a}", "Bộ Chỉ huy Quân sự {a}")
L_TDBQH = Title("Trưởng đoàn đại biểu Quốc hội", "{a}", "Đoàn đại biểu Quốc hội {a}")


@dataclass(frozen=True)
class Slot:
    """A post and how its holders are drawn."""

    titles: tuple[Title, ...]
    feeders: tuple[str, ...] = ()  # posts of the same unit whose holder may be promoted here
    cc: float = 0.0  # chance a holder is Ủy viên Trung ương Đảng
    alt: float = 0.0  # chance a holder is Ủy viên dự khuyết
    pb: bool = False  # Ủy viên Bộ Chính trị
    bttw: bool = False  # Bí thư Trung ương Đảng
    ranks: tuple[str, ...] = ()  # ranks a holder starts at
    top_rank: str | None = None  # highest rank reached in the post
    sub: bool = False  # member of the Tiểu ban Bảo vệ chính trị nội bộ Trung ương
    recruit: bool = False  # may be filled by a provincial leader (a move to the centre)
    tenure: tuple[int, int] = (550, 1900)  # days


LOCAL_SLOTS: dict[str, Slot] = {
    "BT": Slot((L_BT,), ("PBTTT", "CTUB"), cc=0.8, alt=0.15),
    "PBTTT": Slot((L_PBTTT,), ("TBTC", "CNUBKT", "TBDV"), cc=0.05, alt=0.1),
    "CTUB": Slot((L_PBT, L_CTUB), ("PCTUB1",), cc=0.15, alt=0.1),
    "CTHD": Slot((L_PBT, L_CTHD), ("TBDV", "TBTG")),
    "TBTC": Slot((L_UVBTV, L_TBTC)),
    "CNUBKT": Slot((L_UVBTV, L_CNUBKT)),
    "TBTG": Slot((L_UVBTV, L_TBTG)),
    "TBDV": Slot((L_UVBTV, L_TBDV)),
    "TBNC": Slot((L_UVBTV, L_TBNC)),
    "PCTUB1": Slot((L_UVBTV, L_PCTUB), ("PCTUB2",)),
    "PCTUB2": Slot((L_PCTUB,)),
    "GDCA": Slot((L_UVBTV, L_GDCA), ("PGDCA",), ranks=("Đại tá",), top_rank="Thiếu tướng"),
    "PGDCA": Slot((L_PGDCA,), ranks=("Thượng tá", "Đại tá"), top_rank="Đại tá"),
    "CHTQS": Slot((L_UVBTV, L_CHTQS), ranks=("Đại tá",), top_rank="Đại tá"),
    # Held before 2019 only (by the elders): the Bí thư who also chaired the council.
    "BTHD": Slot((L_BT, L_CTHD)),
}
ELDER_ONLY = ("BTHD",)
CITY_SKIP = ("CHTQS",)  # Hà Nội and the other cities have a Bộ Tư lệnh instead


def _c(text: str) -> Title:
    return Title(text)


_PCT_BVCT = "Phó Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương"
CENTRAL: dict[str, tuple[str, dict[str, Slot]]] = {
    "BTCTW": ("Ban Tổ chức Trung ương", {
        "TB": Slot((_c("Trưởng Ban Tổ chức Trung ương"),), ("PTB1", "PTB2"), pb=True,
                   bttw=True),
        "PTB1": Slot((_c("Phó Trưởng Ban Tổ chức Trung ương"),), ("VT1", "CTBV"), cc=0.6,
                     alt=0.2, sub=True, recruit=True),
        "PTB2": Slot((_c("Phó Trưởng Ban Tổ chức Trung ương"),), ("VT2", "VT4"), cc=0.5,
                     alt=0.3, recruit=True),
        "PTB3": Slot((_c("Phó Trưởng Ban Tổ chức Trung ương"),), ("VT3",), cc=0.3, alt=0.3,
                     recruit=True),
        "VT1": Slot((_c("Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương"),), ("PVT1",)),
        "VT2": Slot((_c("Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương"),), ("PVT1",)),
        "VT3": Slot((_c("Vụ trưởng Vụ Địa phương III, Ban Tổ chức Trung ương"),)),
        "VT4": Slot((_c("Vụ trưởng Vụ Tổ chức - Điều lệ, Ban Tổ chức Trung ương"),), ("PVT2",)),
        "CTBV": Slot((_c("Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương"),),
                     ("PCTBV1", "PCTBV2")),
        "PCTBV1": Slot((_c(_PCT_BVCT),)),
        "PCTBV2": Slot((_c(_PCT_BVCT),)),
        "PVT1": Slot((_c("Phó Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương"),)),
        "PVT2": Slot((_c("Phó Vụ trưởng Vụ Tổ chức - Điều lệ, Ban Tổ chức Trung ương"),)),
    }),
    "UBKTTW": ("Ủy ban Kiểm tra Trung ương", {
        "CN": Slot((_c("Chủ nhiệm Ủy ban Kiểm tra Trung ương"),), ("PCN1", "PCN2"), pb=True,
                   bttw=True),
        "PCN1": Slot((_c("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"),), ("UV1",), cc=0.7,
                     alt=0.1, recruit=True),
        "PCN2": Slot((_c("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"),), ("UV2",), cc=0.5,
                     alt=0.2, recruit=True),
        "PCN3": Slot((_c("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"),), ("VT1",), cc=0.3,
                     alt=0.3),
        "UV1": Slot((_c("Ủy viên Ủy ban Kiểm tra Trung ương"),), ("VT2",)),
        "UV2": Slot((_c("Ủy viên Ủy ban Kiểm tra Trung ương"),), ("VT3",)),
        "VT1": Slot((_c("Vụ trưởng Vụ Địa phương I, Ủy ban Kiểm tra Trung ương"),), ("PVT1",)),
        "VT2": Slot((_c("Vụ trưởng Vụ Địa phương II, Ủy ban Kiểm tra Trung ương"),), ("PVT2",)),
        "VT3": Slot((_c("Vụ trưởng Vụ Địa phương III, Ủy ban Kiểm tra Trung ương"),)),
        "PVT1": Slot((_c("Phó Vụ trưởng Vụ Địa phương I, Ủy ban Kiểm tra Trung ương"),)),
        "PVT2": Slot((_c("Phó Vụ trưởng Vụ Địa phương II, Ủy ban Kiểm tra Trung ương"),)),
    }),
    "BTGTW": ("Ban Tuyên giáo Trung ương", {
        "TB": Slot((_c("Trưởng Ban Tuyên giáo Trung ương"),), ("PTB1",), pb=True, bttw=True),
        "PTB1": Slot((_c("Phó Trưởng Ban Tuyên giáo Trung ương"),), ("VT1",), cc=0.4, alt=0.3,
                     recruit=True),
        "PTB2": Slot((_c("Phó Trưởng Ban Tuyên giáo Trung ương"),), ("VT2",), cc=0.2, alt=0.3),
        "VT1": Slot((_c("Vụ trưởng Vụ Tuyên truyền, Ban Tuyên giáo Trung ương"),), ("PVT1",)),
        "VT2": Slot((_c("Vụ trưởng Vụ Lý luận chính trị, Ban Tuyên giáo Trung ương"),)),
        "PVT1": Slot((_c("Phó Vụ trưởng Vụ Tuyên truyền, Ban Tuyên giáo Trung ương"),)),
    }),
    "TCCS": ("Tạp chí Cộng sản", {
        "TBT": Slot((_c("Tổng Biên tập Tạp chí Cộng sản"),), ("PTBT1",), cc=0.3, alt=0.6,
                    sub=True),
        "PTBT1": Slot((_c("Phó Tổng Biên tập Tạp chí Cộng sản"),)),
        "PTBT2": Slot((_c("Phó Tổng Biên tập Tạp chí Cộng sản"),)),
    }),
    "BQP": ("Bộ Quốc phòng", {
        "BT": Slot((_c("Phó Bí thư Quân ủy Trung ương"), _c("Bộ trưởng Bộ Quốc phòng")),
                   ("TT1", "CNTCCT"), pb=True, ranks=("Đại tướng",), tenure=(1200, 2600)),
        "CNTCCT": Slot((_c("Ủy viên Thường vụ Quân ủy Trung ương"),
                        _c("Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam")),
                       ("PCNTCCT1",), cc=0.9, ranks=("Thượng tướng",), top_rank="Đại tướng",
                       sub=True, tenure=(1200, 2600)),
        "TT1": Slot((_c("Ủy viên Thường vụ Quân ủy Trung ương"), _c("Thứ trưởng Bộ Quốc phòng")),
                    ("TLQK1",), cc=0.9, ranks=("Trung tướng", "Thượng tướng"),
                    top_rank="Thượng tướng"),
        "TT2": Slot((_c("Thứ trưởng Bộ Quốc phòng"),), ("TLQK2",), cc=0.7,
                    ranks=("Trung tướng",), top_rank="Thượng tướng"),
        "PCNTCCT1": Slot((_c("Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam"),),
                         cc=0.5, ranks=("Trung tướng",), top_rank="Thượng tướng"),
        "PCNTCCT2": Slot((_c("Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam"),),
                         cc=0.2, ranks=("Thiếu tướng", "Trung tướng"), top_rank="Trung tướng"),
        "TLQK1": Slot((_c("Tư lệnh Quân khu 1"),), cc=0.3, ranks=("Thiếu tướng", "Trung tướng"),
                      top_rank="Trung tướng"),
        "TLQK2": Slot((_c("Tư lệnh Quân khu 2"),), cc=0.3, ranks=("Thiếu tướng", "Trung tướng"),
                      top_rank="Trung tướng"),
        "TLQK4": Slot((_c("Tư lệnh Quân khu 4"),), cc=0.3, ranks=("Thiếu tướng", "Trung tướng"),
                      top_rank="Trung tướng"),
        "TLQK5": Slot((_c("Tư lệnh Quân khu 5"),), cc=0.3, ranks=("Thiếu tướng", "Trung tướng"),
                      top_rank="Trung tướng"),
        "TLQK7": Slot((_c("Tư lệnh Quân khu 7"),), cc=0.3, ranks=("Thiếu tướng", "Trung tướng"),
                      top_rank="Trung tướng"),
    }),
    "BCA": ("Bộ Công an", {
        "BT": Slot((_c("Bộ trưởng Bộ Công an"),), ("TT1", "TT2"), pb=True, ranks=("Đại tướng",),
                   tenure=(1200, 2600)),
        "TT1": Slot((_c("Thứ trưởng Bộ Công an"),), ("CT1",), cc=0.8,
                    ranks=("Trung tướng", "Thượng tướng"), top_rank="Thượng tướng", sub=True),
        "TT2": Slot((_c("Thứ trưởng Bộ Công an"),), ("CT2",), cc=0.6,
                    ranks=("Trung tướng",), top_rank="Thượng tướng"),
        "TT3": Slot((_c("Thứ trưởng Bộ Công an"),), ("CT3",), cc=0.4,
                    ranks=("Thiếu tướng", "Trung tướng"), top_rank="Thượng tướng"),
        "CT1": Slot((_c("Cục trưởng Cục Tổ chức cán bộ, Bộ Công an"),), ("PCT1",),
                    ranks=("Thiếu tướng",), top_rank="Trung tướng"),
        "CT2": Slot((_c("Cục trưởng Cục An ninh nội địa, Bộ Công an"),),
                    ranks=("Thiếu tướng",), top_rank="Trung tướng"),
        "CT3": Slot((_c("Cục trưởng Cục Cảnh sát hình sự, Bộ Công an"),),
                    ranks=("Thiếu tướng",), top_rank="Trung tướng"),
        "PCT1": Slot((_c("Phó Cục trưởng Cục Tổ chức cán bộ, Bộ Công an"),),
                     ranks=("Đại tá",), top_rank="Thiếu tướng"),
    }),
}
