"""Typed records the stages produce.

Every record is a frozen dataclass with ``start``/``end`` character offsets
into the document's stored (NFC) text, so ``text[start:end]`` is its evidence.
Records order by position, so a stage dedupes with a set and then sorts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# Segment kinds. A teaser block of other articles ("Có thể bạn quan tâm")
# yields the related_* kinds; they never feed the main event.
HEADLINE = "headline"
BODY = "body"
CAPTION = "caption"
RELATED_MARKER = "related_marker"
RELATED_CAPTION = "related_caption"
RELATED_HEADLINE = "related_headline"
RELATED_BODY = "related_body"
MAIN_KINDS = frozenset({HEADLINE, BODY, CAPTION})
RELATED_KINDS = frozenset({RELATED_MARKER, RELATED_CAPTION, RELATED_HEADLINE, RELATED_BODY})


@dataclass(frozen=True, order=True)
class Segment:
    """A headline, paragraph, caption or teaser line of an article."""

    start: int
    end: int
    index: int
    kind: str
    teaser: Optional[int] = None  # which teaser of the related block, counted from 0
    repeated: bool = False  # a caption printed twice in a row: the second copy

    @property
    def is_related(self) -> bool:
        return self.kind in RELATED_KINDS


@dataclass(frozen=True, order=True)
class Sentence:
    """A sentence inside one segment."""

    start: int
    end: int
    segment: int


@dataclass(frozen=True, order=True)
class Source:
    """The outlet named by a leading code such as ``TCCS -``."""

    start: int
    end: int
    code: str
    name: str


@dataclass(frozen=True, order=True)
class Credit:
    """A photo credit or byline: a person's name or an agency, never a participant."""

    start: int
    end: int
    segment: int
    name: str
    kind: str = "photo"  # photo | byline
    is_agency: bool = False
    agency: Optional[str] = None


@dataclass(frozen=True, order=True)
class DateMention:
    """A date written in the text, as an EDTF string with its parts."""

    start: int
    end: int
    segment: int
    edtf: str
    # day | month | year | quarter | half | season | decade | century (intervals: the start's)
    precision: str
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    time_of_day: Optional[str] = None  # sáng | trưa | chiều | tối | đêm
    # written | published (a yearless date anchored to publication) | relative (counted from
    # the publication date: "hôm qua", "năm ngoái") | unknown
    year_source: str = "written"
    modifier: Optional[str] = None  # start | mid | end ("đầu/giữa/cuối tháng 3")


@dataclass(frozen=True)
class Place:
    """An administrative unit of the gazetteer, in one era."""

    era: str  # legacy (63 provinces, before 1 July 2025) | 2025 (34 provinces)
    level: str  # province | district | ward
    code: str
    name: str  # full name with its type: "Thành phố Buôn Ma Thuột"
    short_name: str  # "Buôn Ma Thuột"
    unit_type: str  # Tỉnh | Thành phố | Huyện | Quận | Thị xã | Xã | Phường | Thị trấn
    province_code: str
    province: str  # short province name
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    district_code: Optional[str] = None


@dataclass(frozen=True, order=True)
class PlaceMention:
    """A place named (or implied) in the text and the gazetteer unit it resolves to."""

    start: int
    end: int
    segment: int
    surface: str
    place: Place = field(compare=False)
    score: float = 100.0  # 100 = exact on the folded key; lower = fuzzy match
    via: str = "name"  # name | party_body | parenthetical | venue
    successor: Optional[Place] = field(default=None, compare=False)


@dataclass(frozen=True, order=True)
class Event:
    """An event of the article: the main one (body) or a related one (teaser)."""

    start: int
    end: int
    segment: int
    main: bool
    kind: str
    date: Optional[DateMention] = field(default=None, compare=False)
    place: Optional[PlaceMention] = field(default=None, compare=False)
    province: Optional[PlaceMention] = field(default=None, compare=False)
    province_inferred: bool = False


@dataclass(frozen=True, order=True)
class Reference:
    """A party or state document cited in the text: ``Nghị quyết số 21-NQ/TW``."""

    start: int
    end: int
    segment: int
    text: str  # as written, e.g. "Thông tri số 02-TT/TU" (without a trailing date)
    kind: str  # Chỉ thị | Nghị quyết | Kế hoạch | Thông tri | Quyết định | Kết luận | Quy định | ...
    number: Optional[str] = None  # "21-NQ/TW", "10"
    issuer_code: Optional[str] = None  # "TW", "TU" (the part after the slash)
    date: Optional[str] = None  # EDTF of "ngày 16/12/2025" right after the reference


@dataclass(frozen=True, order=True)
class Team:
    """An inspection/supervision/working team: ``Đoàn Kiểm tra số 4 thuộc Tiểu ban …``."""

    start: int
    end: int
    segment: int
    name: str  # "Đoàn Kiểm tra số 4" (as written, spaces cleaned)
    kind: str  # inspection | supervision | working
    number: Optional[int] = None
    body: Optional[str] = None  # parent body as written: "Tiểu ban Bảo vệ chính trị nội bộ Trung ương"
    year: Optional[int] = None  # programme year: "… năm 2024"
    topic: Optional[str] = None  # "công tác bảo vệ chính trị nội bộ"


@dataclass(frozen=True, order=True)
class Target:
    """A body the team inspects or works with, as written and completed from context."""

    start: int
    end: int
    segment: int
    surface: str  # as written: "Ban Tổ chức Tỉnh ủy"
    name: str  # completed: "Ban Tổ chức Tỉnh ủy Đắk Lắk"


@dataclass(frozen=True, order=True)
class Title:
    """One title of a person, split into position + organization + qualifier."""

    start: int
    end: int
    text: str  # as written, qualifiers kept: "Phó Bí thư Thường trực Tỉnh ủy"
    position: str  # "Phó Bí thư"
    organization: Optional[str] = None  # normalized and completed: "Tỉnh ủy Đắk Lắk"
    organization_as_written: Optional[str] = None  # "Tỉnh ủy"
    parent: Optional[str] = None  # a bare organization after the title
    qualifier: Optional[str] = None  # nguyên | cố | dự khuyết | Thường trực
    org_inferred: bool = False  # the organization's place came from context


@dataclass(frozen=True, order=True)
class PersonMention:
    """A person named in the text with the rank and titles written with that mention."""

    start: int  # the name's span
    end: int
    segment: int
    name: str
    rank: Optional[str] = None
    honorific: Optional[str] = None
    deceased: bool = False
    former: bool = False
    titles: tuple[Title, ...] = ()
    context_start: int = 0  # the whole phrase: honorific/rank/titles … name … titles
    context_end: int = 0


@dataclass(frozen=True, order=True)
class Participant:
    """A person's part in an event: which side (team / host / other) and which role."""

    start: int  # the first mention of the person in the event's part of the article
    end: int
    segment: int
    name: str
    main: bool  # in the main event (else a related event of a teaser)
    side: str  # team | host | other
    role: Optional[str] = None  # leader | deputy | member | host | attendee
    teaser: Optional[int] = None
