"""Tests for pipeline.extract.teams: find_teams and find_targets (SPEC §2, Inspection teams)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import Document
from pipeline.extract.teams import find_targets, find_teams
from pipeline.records import Target, Team
from pipeline.stages import run_stages
from pipeline.text.normalize import clean_surface

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold"


def analyse(text: str) -> Document:
    """All existing stages, then teams, as the pipeline will run them."""
    doc = run_stages(Document(name="t.txt", text=text))
    doc.results["teams"] = find_teams(doc)
    return doc


@cache
def seed_doc(name: str) -> Document:
    return analyse((SEEDS / name).read_text(encoding="utf-8"))


def teams_of(text: str) -> list[tuple]:
    return [(t.name, t.kind, t.number, t.body, t.year, t.topic) for t in analyse(text).get("teams")]


def targets_of(text: str) -> list[tuple[str, str]]:
    return [(t.surface, t.name) for t in find_targets(analyse(text))]


def fold(s: str) -> str:
    return " ".join(s.casefold().replace("’", "'").split())


def same_target(found: str, gold: str) -> bool:
    """The scorer's rule: equal, or one extends the other at a word boundary."""
    a, b = fold(found), fold(gold)
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


# --- seeds --------------------------------------------------------------------

SEED_000 = "000_eed1118f02c639f8.txt"
SEED_003 = "003_e0da8a278d7cd690.txt"


def test_seed_000_team():
    teams = seed_doc(SEED_000).get("teams")
    assert [(t.name, t.kind, t.number, t.body, t.year, t.topic) for t in teams] == [
        (
            "Đoàn Kiểm tra số 4",
            "inspection",
            4,
            "Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
            2024,
            "công tác bảo vệ chính trị nội bộ",
        ),
    ]
    doc = seed_doc(SEED_000)
    assert doc.text[teams[0].start : teams[0].end] == "Đoàn Kiểm tra số 4"


def test_seed_000_targets():
    targets = find_targets(seed_doc(SEED_000))
    assert [(t.surface, t.name) for t in targets] == [
        ("Ban Thường vụ Tỉnh ủy Đắk Lắk", "Ban Thường vụ Tỉnh ủy Đắk Lắk"),
        ("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy Đắk Lắk"),
        ("Đảng ủy Công an tỉnh", "Đảng ủy Công an tỉnh Đắk Lắk"),
        ("Huyện ủy Cư M’Gar", "Huyện ủy Cư M’Gar"),
        ("Thành ủy Buôn Ma Thuột", "Thành ủy Buôn Ma Thuột"),
    ]


def test_seed_003_team():
    teams = seed_doc(SEED_003).get("teams")
    # The teaser "Đoàn công tác của Đảng ủy, Bộ Tư lệnh …" is another article's team.
    assert [(t.name, t.kind, t.number, t.body, t.year, t.topic) for t in teams] == [
        (
            "Đoàn Kiểm tra số 3",
            "inspection",
            3,
            "Tiểu ban Bảo vệ Chính trị nội bộ Trung ương",
            None,
            "công tác bảo vệ chính trị nội bộ",
        ),
    ]


def test_seed_003_targets():
    targets = find_targets(seed_doc(SEED_003))
    assert [(t.surface, t.name) for t in targets] == [
        ("Ban Thường vụ Tỉnh ủy Quảng Ninh", "Ban Thường vụ Tỉnh ủy Quảng Ninh"),
    ]


@pytest.mark.parametrize("name", [SEED_000, SEED_003], ids=["seed000", "seed003"])
def test_seeds_match_gold(name):
    gold_file = GOLD / name.replace(".txt", ".gold.json")
    if not gold_file.exists():
        pytest.skip("shared gold not available")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["main_event"]
    doc = seed_doc(name)
    found = [t.name for t in find_targets(doc)]
    assert len(found) == len(gold["targets"])
    assert all(same_target(f, g) for f, g in zip(found, gold["targets"], strict=False))
    team = doc.get("teams")[0]
    assert (team.number, team.body) == (gold["team"]["number"], gold["team"]["body"])
    assert team.year == gold["programme_year"]
    assert team.topic == gold["topic"]


@pytest.mark.parametrize("name", [SEED_000, SEED_003], ids=["seed000", "seed003"])
def test_seed_spans_index_text(name):
    doc = seed_doc(name)
    for t in find_targets(doc):
        assert doc.text[t.start : t.end] == t.surface
    for team in doc.get("teams"):
        assert clean_surface(doc.text[team.start : team.end]) == team.name


# --- teams --------------------------------------------------------------------

TEAM_CASES = [
    (
        (
            "Ngày 10/6/2024, Đoàn Kiểm tra số 7 của Bộ Chính trị do đồng chí Nguyễn Văn An, "
            "Ủy viên Bộ Chính trị làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Nghệ An "
            "về việc thực hiện Nghị quyết số 21-NQ/TW."
        ),
        [("Đoàn Kiểm tra số 7", "inspection", 7, "Bộ Chính trị", None, None)],
    ),
    (
        (
            "Sáng 5/3/2025, Đoàn giám sát số 2 của Ủy ban Kiểm tra Trung ương làm việc với "
            "Ban Thường vụ Thành ủy Hải Phòng về công tác kiểm tra, giám sát năm 2024."
        ),
        [
            (
                "Đoàn giám sát số 2",
                "supervision",
                2,
                "Ủy ban Kiểm tra Trung ương",
                2024,
                "công tác kiểm tra, giám sát",
            )
        ],
    ),
    (
        (
            "Chiều 12/9/2023, Đoàn công tác của Ban Tổ chức Trung ương đã làm việc với "
            "Ban Thường vụ Tỉnh ủy Gia Lai."
        ),
        [("Đoàn công tác", "working", None, "Ban Tổ chức Trung ương", None, None)],
    ),
    (
        (
            "Sáng 28/1/2026, Đoàn công tác của Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng do Trung tướng "
            "Vũ Trung Kiên làm trưởng đoàn đã đến thăm, kiểm tra công tác sẵn sàng chiến đấu tại "
            "Ban Chỉ huy Bộ đội Biên phòng thành phố Hải Phòng."
        ),
        [
            (
                "Đoàn công tác",
                "working",
                None,
                "Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng",
                None,
                "công tác sẵn sàng chiến đấu",
            )
        ],
    ),
    (
        (
            "Ngày 20/5/2024, tại tỉnh Lâm Đồng, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy do đồng chí "
            "Trần Văn Bình, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã kiểm tra Đảng ủy Sở Y tế và "
            "Huyện ủy Di Linh về công tác phòng, chống tham nhũng, tiêu cực."
        ),
        [
            (
                "Đoàn kiểm tra",
                "inspection",
                None,
                "Ban Thường vụ Tỉnh ủy",
                None,
                "công tác phòng, chống tham nhũng",
            )
        ],
    ),
    (
        (
            "Ngày 15/7/2024, Đoàn Kiểm tra số 1 thuộc Tiểu ban Bảo vệ chính trị nội bộ Trung ương "
            "đã công bố quyết định kiểm tra công tác bảo vệ chính trị nội bộ năm 2024 đối với "
            "Ban Thường vụ Tỉnh ủy Nam Định."
        ),
        [
            (
                "Đoàn Kiểm tra số 1",
                "inspection",
                1,
                "Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
                2024,
                "công tác bảo vệ chính trị nội bộ",
            )
        ],
    ),
    (
        (
            "Ngày 8/8/2024, Đoàn giám sát của Ban Chấp hành Đảng bộ tỉnh Quảng Trị giám sát "
            "Ban Thường vụ Huyện ủy Hải Lăng theo Chương trình kiểm tra, giám sát năm 2024."
        ),
        [
            (
                "Đoàn giám sát",
                "supervision",
                None,
                "Ban Chấp hành Đảng bộ tỉnh Quảng Trị",
                2024,
                None,
            )
        ],
    ),
    (
        (
            "Ngày 11/11/2024, Đoàn công tác của Bộ Kế hoạch và Đầu tư làm việc với "
            "Ủy ban nhân dân tỉnh Sơn La."
        ),
        [("Đoàn công tác", "working", None, "Bộ Kế hoạch và Đầu tư", None, None)],
    ),
    (
        "Ngày 3/4/2024, Đoàn công tác của Bộ Y tế khảo sát tình hình tại Sở Y tế tỉnh Cà Mau.",
        [("Đoàn công tác", "working", None, "Bộ Y tế", None, None)],
    ),
    (
        "Đoàn công tác Bộ Quốc phòng đã làm việc với Thường trực Tỉnh ủy Điện Biên.",
        [("Đoàn công tác", "working", None, "Bộ Quốc phòng", None, None)],
    ),
    (
        (
            "Ngày 4/6/2024, Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy Bà Rịa - Vũng Tàu "
            "làm việc với Ban Thường vụ Thị ủy Phú Mỹ."
        ),
        [
            (
                "Đoàn kiểm tra",
                "inspection",
                None,
                "Ủy ban Kiểm tra Tỉnh ủy Bà Rịa - Vũng Tàu",
                None,
                None,
            )
        ],
    ),
    (
        # Later short mentions refer back to the first full one.
        (
            "Ngày 2/4/2024, Đoàn Kiểm tra số 5 thuộc Tiểu ban Bảo vệ chính trị nội bộ Trung ương "
            "làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Phó Trưởng Đoàn Kiểm tra số 5 phát biểu. "
            "Đoàn kiểm tra đánh giá cao công tác chuẩn bị."
        ),
        [
            (
                "Đoàn Kiểm tra số 5",
                "inspection",
                5,
                "Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
                None,
                None,
            )
        ],
    ),
    (
        # Two distinct teams of one programme.
        (
            "Ngày 2/4/2024, Đoàn Kiểm tra số 5 của Bộ Chính trị làm việc với Tỉnh ủy Yên Bái; "
            "cùng ngày, Đoàn Kiểm tra số 6 của Bộ Chính trị làm việc với Tỉnh ủy Lào Cai."
        ),
        [
            ("Đoàn Kiểm tra số 5", "inspection", 5, "Bộ Chính trị", None, None),
            ("Đoàn Kiểm tra số 6", "inspection", 6, "Bộ Chính trị", None, None),
        ],
    ),
    (
        # Only a short numbered mention: still a team, with no parent body.
        "Ngày 12/4/2024, Đoàn kiểm tra số 12 làm việc với Ban Thường vụ Tỉnh ủy Gia Lai.",
        [("Đoàn kiểm tra số 12", "inspection", 12, None, None, None)],
    ),
    (
        "Ban Thường vụ Tỉnh ủy Nghệ An họp phiên thường kỳ tháng 6.",
        [],
    ),
    (
        # A steering committee's remit belongs to its name.
        (
            "Chiều 15/5, Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương về phòng, chống tham "
            "nhũng, lãng phí, tiêu cực do đồng chí Phan Văn Tâm làm Trưởng đoàn làm việc với "
            "Ban Thường vụ Tỉnh ủy Bình Dương."
        ),
        [
            (
                "Đoàn kiểm tra số 1",
                "inspection",
                1,
                "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",
                None,
                None,
            )
        ],
    ),
    (
        # An unnumbered headline mention and the numbered body mention: one team.
        (
            "Đoàn Kiểm tra của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Thanh Hóa\n\n"
            "Thực hiện Chương trình kiểm tra, giám sát năm 2023 của Bộ Chính trị, ngày 12/7/2023, "
            "Đoàn Kiểm tra số 7 của Bộ Chính trị đã công bố quyết định kiểm tra đối với "
            "Ban Thường vụ Tỉnh ủy Thanh Hóa."
        ),
        [("Đoàn Kiểm tra số 7", "inspection", 7, "Bộ Chính trị", 2023, None)],
    ),
    (
        # The only full mention has no number; a later short mention gives it.
        (
            "Ngày 3/7/2023, Đoàn Kiểm tra của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy "
            "Hà Tĩnh. Đồng chí Trần Văn Phúc, Trưởng Đoàn Kiểm tra số 9 phát biểu."
        ),
        [("Đoàn Kiểm tra", "inspection", 9, "Bộ Chính trị", None, None)],
    ),
    (
        # Topic a few words after "về", two "công tác" joined by "và", then the year.
        (
            "Ngày 10/6/2024, Đoàn Kiểm tra số 2 của Ban Tổ chức Trung ương đã làm việc với "
            "Ban Thường vụ Tỉnh ủy Hưng Yên về kết quả thực hiện công tác tổ chức xây dựng Đảng "
            "và công tác cán bộ năm 2024."
        ),
        [
            (
                "Đoàn Kiểm tra số 2",
                "inspection",
                2,
                "Ban Tổ chức Trung ương",
                2024,
                "công tác tổ chức xây dựng Đảng và công tác cán bộ",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    TEAM_CASES,
    ids=[
        "bo-chinh-tri-no7",
        "giam-sat-no2-ubkt",
        "cong-tac-btc-tw",
        "cong-tac-comma-body",
        "kiem-tra-btv-tinh-uy",
        "year-in-topic",
        "programme-year",
        "ministry-va",
        "ministry-lower",
        "no-link-body",
        "dash-province",
        "short-mentions",
        "two-teams",
        "short-only",
        "no-team",
        "steering-committee-remit",
        "headline-and-numbered",
        "number-from-short-mention",
        "topic-after-ve",
    ],
)
def test_teams(text, expected):
    assert teams_of(text) == expected


def test_team_in_teaser_is_not_main():
    text = (
        "Ngày 13/5, Ban Thường vụ Tỉnh ủy Quảng Ninh họp phiên thường kỳ.\n\n"
        "Có thể bạn quan tâm\n\n"
        "Bộ Tư lệnh Bộ đội Biên phòng thăm, kiểm tra công tác tại Hải Phòng\n\n"
        "Sáng 28/1, Đoàn công tác của Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng đã đến thăm, "
        "kiểm tra tại Ban Chỉ huy Bộ đội Biên phòng thành phố Hải Phòng.\n"
    )
    doc = analyse(text)
    assert doc.get("teams") == ()
    assert find_targets(doc) == ()


# --- targets ------------------------------------------------------------------

TARGET_CASES = [
    (
        (
            "Ngày 10/6/2024, Đoàn Kiểm tra số 7 của Bộ Chính trị do đồng chí Nguyễn Văn An, "
            "Ủy viên Bộ Chính trị làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Nghệ An "
            "về việc thực hiện Nghị quyết."
        ),
        [("Ban Thường vụ Tỉnh ủy Nghệ An", "Ban Thường vụ Tỉnh ủy Nghệ An")],
    ),
    (
        (
            "Sáng 5/3/2025, Đoàn giám sát số 2 của Ủy ban Kiểm tra Trung ương làm việc với "
            "Ban Thường vụ Thành ủy Hải Phòng."
        ),
        [("Ban Thường vụ Thành ủy Hải Phòng", "Ban Thường vụ Thành ủy Hải Phòng")],
    ),
    (
        # A list with "và"; implicit province completed from the first place.
        (
            "Chiều 12/9/2023, Đoàn công tác của Ban Tổ chức Trung ương đã làm việc với Ban Thường vụ "
            "Tỉnh ủy Gia Lai. Theo kế hoạch, Đoàn sẽ làm việc, kiểm tra tại Ban Tổ chức Tỉnh ủy, "
            "Ủy ban Kiểm tra Tỉnh ủy, Đảng ủy Quân sự tỉnh và Huyện ủy Chư Păh."
        ),
        [
            ("Ban Thường vụ Tỉnh ủy Gia Lai", "Ban Thường vụ Tỉnh ủy Gia Lai"),
            ("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy Gia Lai"),
            ("Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy Gia Lai"),
            ("Đảng ủy Quân sự tỉnh", "Đảng ủy Quân sự tỉnh Gia Lai"),
            ("Huyện ủy Chư Păh", "Huyện ủy Chư Păh"),
        ],
    ),
    (
        # Province from a typed place; the team's own body is never a target.
        (
            "Ngày 9/9/2024, tại thành phố Pleiku, tỉnh Gia Lai, Đoàn Kiểm tra số 12 của Bộ Chính trị "
            "làm việc với Ban Thường vụ Tỉnh ủy về kết quả thực hiện Nghị quyết."
        ),
        [("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy Gia Lai")],
    ),
    (
        (
            "Ngày 20/5/2024, tại tỉnh Lâm Đồng, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy đã kiểm tra "
            "Đảng ủy Sở Y tế và Huyện ủy Di Linh về công tác phòng, chống tham nhũng."
        ),
        [("Đảng ủy Sở Y tế", "Đảng ủy Sở Y tế"), ("Huyện ủy Di Linh", "Huyện ủy Di Linh")],
    ),
    (
        (
            "Ngày 11/11/2024, Đoàn công tác của Bộ Kế hoạch và Đầu tư làm việc với Ủy ban nhân dân "
            "tỉnh Sơn La và Sở Kế hoạch và Đầu tư."
        ),
        [
            ("Ủy ban nhân dân tỉnh Sơn La", "Ủy ban nhân dân tỉnh Sơn La"),
            ("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư tỉnh Sơn La"),
        ],
    ),
    (
        (
            "Ngày 4/6/2024, Đoàn công tác của Thành ủy Hà Nội làm việc với Ban Thường vụ Quận ủy "
            "Ba Đình, Ban Tuyên giáo Thành ủy và UBND thành phố."
        ),
        [
            ("Ban Thường vụ Quận ủy Ba Đình", "Ban Thường vụ Quận ủy Ba Đình"),
            ("Ban Tuyên giáo Thành ủy", "Ban Tuyên giáo Thành ủy Hà Nội"),
            ("UBND thành phố", "UBND thành phố Hà Nội"),
        ],
    ),
    (
        "Đoàn công tác Bộ Quốc phòng đã làm việc với Thường trực Tỉnh ủy Điện Biên.",
        [("Thường trực Tỉnh ủy Điện Biên", "Thường trực Tỉnh ủy Điện Biên")],
    ),
    (
        # "đối với" in the inspection sentence; a repeat of the same body is dropped.
        (
            "Ngày 15/7/2024, Đoàn Kiểm tra số 1 đã công bố quyết định kiểm tra công tác bảo vệ "
            "chính trị nội bộ năm 2024 đối với Ban Thường vụ Tỉnh ủy Nam Định. Đoàn sẽ làm việc "
            "với Ban Thường vụ Tỉnh ủy Nam Định."
        ),
        [("Ban Thường vụ Tỉnh ủy Nam Định", "Ban Thường vụ Tỉnh ủy Nam Định")],
    ),
    (
        # A word dropped ("Ban Thường Tỉnh ủy") is the same body as "Ban Thường vụ Tỉnh ủy".
        (
            "Ngày 13/5, Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy Thái Bình. "
            "Sau đó Đoàn kiểm tra tiếp tục làm việc với Ban Thường Tỉnh ủy."
        ),
        [("Ban Thường vụ Tỉnh ủy Thái Bình", "Ban Thường vụ Tỉnh ủy Thái Bình")],
    ),
    (
        "Ngày 13/5, Đoàn kiểm tra làm việc với Ban Thường Tỉnh ủy tỉnh Thái Bình.",
        [("Ban Thường Tỉnh ủy tỉnh Thái Bình", "Ban Thường vụ Tỉnh ủy Thái Bình")],
    ),
    (
        # "và" after a place name separates two bodies.
        (
            "Sáng 5/3/2025, tại tỉnh Lào Cai, Đoàn công tác của Quân ủy Trung ương đã đến thăm, "
            "làm việc với Bộ Chỉ huy Quân sự tỉnh Lào Cai và Đồn Biên phòng Y Tý."
        ),
        [
            ("Bộ Chỉ huy Quân sự tỉnh Lào Cai", "Bộ Chỉ huy Quân sự tỉnh Lào Cai"),
            ("Đồn Biên phòng Y Tý", "Đồn Biên phòng Y Tý"),
        ],
    ),
    (
        # A provincial department with its place left implicit.
        "Ngày 2/8/2024, tại tỉnh Cà Mau, Đoàn giám sát làm việc với Sở Tài chính.",
        [("Sở Tài chính", "Sở Tài chính tỉnh Cà Mau")],
    ),
    (
        # A list after "tại" further on in the inspection sentence is the plan's targets.
        (
            "Ngày 26/11/2024, tại tỉnh Lai Châu, Đoàn giám sát số 2 của Tiểu ban Bảo vệ chính trị "
            "nội bộ Trung ương làm việc với Ban Thường vụ Tỉnh ủy Lai Châu. Theo kế hoạch, đoàn "
            "giám sát việc thực hiện Quy định số 58-QĐ/TW về bảo vệ chính trị nội bộ Đảng tại "
            "Đảng ủy Công an tỉnh, Thành ủy Lai Châu và Huyện ủy Tam Đường."
        ),
        [
            ("Ban Thường vụ Tỉnh ủy Lai Châu", "Ban Thường vụ Tỉnh ủy Lai Châu"),
            ("Đảng ủy Công an tỉnh", "Đảng ủy Công an tỉnh Lai Châu"),
            ("Thành ủy Lai Châu", "Thành ủy Lai Châu"),
            ("Huyện ủy Tam Đường", "Huyện ủy Tam Đường"),
        ],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    TARGET_CASES,
    ids=[
        "lam-viec-voi",
        "thanh-uy-city",
        "list-va-implicit",
        "implicit-province-typed-place",
        "kiem-tra-X",
        "ministry-and-so",
        "hanoi-city",
        "thuong-truc",
        "doi-voi-dedupe",
        "dropped-word-dedupe",
        "dropped-word-and-double-province",
        "va-after-place",
        "implicit-province-department",
        "tai-list-in-plan",
    ],
)
def test_targets(text, expected):
    assert targets_of(text) == expected


# --- targets: introduced lists, facilities, shared suffixes -----------------------

INTRO_LIST_CASES = [
    (
        # "Đối tượng kiểm tra gồm:" with ";"; the abbreviation UBND is kept.
        (
            "Ngày 5/6/2024, Đoàn Kiểm tra số 3 của Ban Bí thư công bố quyết định kiểm tra tại "
            "tỉnh Bình Định. Đối tượng kiểm tra gồm: Ban Thường vụ Tỉnh ủy Bình Định; Ban cán sự "
            "đảng UBND tỉnh; Thành ủy Quy Nhơn; Huyện ủy Tuy Phước. Thời gian kiểm tra dự kiến "
            "30 ngày."
        ),
        [
            ("Ban Thường vụ Tỉnh ủy Bình Định", "Ban Thường vụ Tỉnh ủy Bình Định"),
            ("Ban cán sự đảng UBND tỉnh", "Ban cán sự đảng UBND tỉnh Bình Định"),
            ("Thành ủy Quy Nhơn", "Thành ủy Quy Nhơn"),
            ("Huyện ủy Tuy Phước", "Huyện ủy Tuy Phước"),
        ],
    ),
    (
        (
            "Ngày 3/4/2024, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy Bắc Giang công bố quyết định "
            "giám sát. Đối tượng giám sát gồm Ban Thường vụ Huyện ủy Yên Thế, Đảng ủy xã Đồng Tâm "
            "và Đảng ủy xã Tam Hiệp."
        ),
        [
            ("Ban Thường vụ Huyện ủy Yên Thế", "Ban Thường vụ Huyện ủy Yên Thế"),
            ("Đảng ủy xã Đồng Tâm", "Đảng ủy xã Đồng Tâm"),
            ("Đảng ủy xã Tam Hiệp", "Đảng ủy xã Tam Hiệp"),
        ],
    ),
    (
        (
            "Ngày 2/8/2024, tại tỉnh Đắk Lắk, Đoàn kiểm tra của Ủy ban nhân dân tỉnh công bố kế "
            "hoạch. Theo kế hoạch, các đơn vị được kiểm tra gồm Sở Tài chính, Sở Xây dựng và "
            "UBND huyện Krông Pắc."
        ),
        [
            ("Sở Tài chính", "Sở Tài chính tỉnh Đắk Lắk"),
            ("Sở Xây dựng", "Sở Xây dựng tỉnh Đắk Lắk"),
            ("UBND huyện Krông Pắc", "UBND huyện Krông Pắc"),
        ],
    ),
    (
        (
            "Ngày 9/10/2024, tại tỉnh Bình Thuận, Đoàn Kiểm tra số 2 của Ban Thường vụ Tỉnh ủy sẽ "
            "kiểm tra đối với các tổ chức đảng sau: Đảng ủy Công an tỉnh, Ban Thường vụ Thành ủy "
            "Phan Thiết và Huyện ủy Hàm Thuận Bắc."
        ),
        [
            ("Đảng ủy Công an tỉnh", "Đảng ủy Công an tỉnh Bình Thuận"),
            ("Ban Thường vụ Thành ủy Phan Thiết", "Ban Thường vụ Thành ủy Phan Thiết"),
            ("Huyện ủy Hàm Thuận Bắc", "Huyện ủy Hàm Thuận Bắc"),
        ],
    ),
    (
        (
            "Đoàn Kiểm tra số 6 công bố quyết định. Đối tượng kiểm tra gồm: (1) Ban Thường vụ "
            "Tỉnh ủy Sóc Trăng; (2) Huyện ủy Mỹ Xuyên."
        ),
        [
            ("Ban Thường vụ Tỉnh ủy Sóc Trăng", "Ban Thường vụ Tỉnh ủy Sóc Trăng"),
            ("Huyện ủy Mỹ Xuyên", "Huyện ủy Mỹ Xuyên"),
        ],
    ),
    (
        # The introduction closes its paragraph; one item per following paragraph.
        (
            "Ngày 1/7/2024, Đoàn Kiểm tra số 8 của Bộ Chính trị công bố quyết định.\n\n"
            "Đối tượng kiểm tra gồm:\n\n- Ban Thường vụ Tỉnh ủy Tây Ninh;\n\n- Huyện ủy Gò Dầu."
            "\n\nThời gian kiểm tra là 45 ngày."
        ),
        [
            ("Ban Thường vụ Tỉnh ủy Tây Ninh", "Ban Thường vụ Tỉnh ủy Tây Ninh"),
            ("Huyện ủy Gò Dầu", "Huyện ủy Gò Dầu"),
        ],
    ),
    (
        # A bare colon right after the noun of what is inspected.
        (
            "Ngày 7/5/2024, Đoàn công tác của Sở Y tế tỉnh Phú Thọ đã kiểm tra 2 đơn vị: "
            "Trung tâm Y tế huyện Thanh Sơn và Trạm Y tế xã Địch Quả."
        ),
        [
            ("Trung tâm Y tế huyện Thanh Sơn", "Trung tâm Y tế huyện Thanh Sơn"),
            ("Trạm Y tế xã Địch Quả", "Trạm Y tế xã Địch Quả"),
        ],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    INTRO_LIST_CASES,
    ids=[
        "doi-tuong-kiem-tra-semicolons",
        "doi-tuong-giam-sat-no-colon",
        "don-vi-duoc-kiem-tra-gom",
        "to-chuc-dang-sau",
        "numbered-items",
        "items-in-paragraphs",
        "bare-colon-after-noun",
    ],
)
def test_introduced_lists(text, expected):
    assert targets_of(text) == expected


FACILITY_CASES = [
    (
        (
            "Chiều cùng ngày, tại tỉnh Thanh Hóa, đoàn công tác của Bộ Y tế đã kiểm tra thực tế "
            "tại Bệnh viện Đa khoa huyện Thọ Xuân và Trạm Y tế xã Xuân Lai."
        ),
        [
            ("Bệnh viện Đa khoa huyện Thọ Xuân", "Bệnh viện Đa khoa huyện Thọ Xuân"),
            ("Trạm Y tế xã Xuân Lai", "Trạm Y tế xã Xuân Lai"),
        ],
    ),
    (
        # "xã" closing the head "Hợp tác xã" is no place slot.
        (
            "Ngày 6/3/2024, Đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn đã khảo sát "
            "thực tế tại Hợp tác xã Nông nghiệp Tân Hòa."
        ),
        [("Hợp tác xã Nông nghiệp Tân Hòa", "Hợp tác xã Nông nghiệp Tân Hòa")],
    ),
    (
        (
            "Ngày 14/10/2024, đoàn giám sát đã làm việc tại Trung tâm Y tế thị xã Ba Đồn, "
            "Trường Tiểu học Quảng Thọ và Trạm Y tế phường Quảng Phúc."
        ),
        [
            ("Trung tâm Y tế thị xã Ba Đồn", "Trung tâm Y tế thị xã Ba Đồn"),
            ("Trường Tiểu học Quảng Thọ", "Trường Tiểu học Quảng Thọ"),
            ("Trạm Y tế phường Quảng Phúc", "Trạm Y tế phường Quảng Phúc"),
        ],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    FACILITY_CASES,
    ids=["kiem-tra-thuc-te-tai", "hop-tac-xa-single", "lam-viec-tai-three"],
)
def test_facility_targets(text, expected):
    assert targets_of(text) == expected


SHARED_SUFFIX_CASES = [
    (
        (
            "Ngày 8/9/2024, Đoàn giám sát của Ban Dân vận Tỉnh ủy Bắc Kạn làm việc với Ban Thường "
            "vụ Huyện ủy Chợ Đồn. Trước đó, đoàn đã làm việc với Đảng ủy, HĐND, UBND xã Phương "
            "Viên."
        ),
        [
            ("Ban Thường vụ Huyện ủy Chợ Đồn", "Ban Thường vụ Huyện ủy Chợ Đồn"),
            ("Đảng ủy", "Đảng ủy xã Phương Viên"),
            ("HĐND", "HĐND xã Phương Viên"),
            ("UBND xã Phương Viên", "UBND xã Phương Viên"),
        ],
    ),
    (
        "Ngày 4/4/2024, Đoàn công tác của Chính phủ làm việc với Thường trực, Ban Thường vụ "
        "Tỉnh ủy Long An.",
        [
            ("Thường trực", "Thường trực Tỉnh ủy Long An"),
            ("Ban Thường vụ Tỉnh ủy Long An", "Ban Thường vụ Tỉnh ủy Long An"),
        ],
    ),
    (
        # The shared "tỉnh" is then completed with the article's province.
        "Ngày 4/4/2024, tại tỉnh Kon Tum, Đoàn công tác của Bộ Tài chính làm việc với HĐND, "
        "UBND tỉnh.",
        [("HĐND", "HĐND tỉnh Kon Tum"), ("UBND tỉnh", "UBND tỉnh Kon Tum")],
    ),
    (
        # No place to share: the bare "Đảng ủy" is dropped, never emitted alone.
        "Ngày 12/1/2025, Đoàn công tác của Quân ủy Trung ương làm việc với Đảng ủy, Bộ Tư lệnh "
        "Quân khu 4.",
        [("Bộ Tư lệnh Quân khu 4", "Bộ Tư lệnh Quân khu 4")],
    ),
    (
        "Sáng 2/5/2024, đoàn kiểm tra làm việc với UBND xã Tân Lập và Đảng ủy.",
        [("UBND xã Tân Lập", "UBND xã Tân Lập")],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    SHARED_SUFFIX_CASES,
    ids=[
        "dang-uy-hdnd-ubnd-xa",
        "thuong-truc-btv",
        "hdnd-ubnd-tinh",
        "bare-no-suffix",
        "bare-last",
    ],
)
def test_shared_suffix_targets(text, expected):
    assert targets_of(text) == expected


NEGATIVE_TARGETS = [
    # Organisations in a person's title chain.
    (
        "Đồng chí Lê Văn Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Thanh Hóa, "
        "Chủ nhiệm Ủy ban kiểm tra Tỉnh ủy làm việc với đồng chí Nguyễn Văn Em, Bí thư Huyện ủy Nga Sơn."
    ),
    "Ngày 5/5/2024, Đoàn kiểm tra làm việc với Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung.",
    # "Thay mặt X" and "đại diện X".
    (
        "Thay mặt Ban Thường vụ Tỉnh ủy Bắc Giang, đồng chí Nguyễn Văn Cường, Bí thư Tỉnh ủy phát "
        "biểu cảm ơn Đoàn công tác."
    ),
    # A body after "tại" that is not right after the verb.
    (
        "Việc đoàn kiểm tra tiến hành kiểm tra công tác bảo vệ chính trị nội bộ tại Tỉnh ủy Phú Yên "
        "là nhiệm vụ thường xuyên."
    ),
    # "đối với" outside any inspection sentence.
    "Củng cố niềm tin của nhân dân đối với Đảng, Nhà nước và đối với Ban Chấp hành Đảng bộ tỉnh.",
    # The team itself is not a target.
    "Đồng chí Hà Văn Khiêm làm việc với Đoàn kiểm tra số 3 của Bộ Chính trị.",
    # "kiểm tra" inside a body's name.
    "Ngày 1/3/2024, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hòa Bình phát biểu.",
    # The team's make-up is not a list of targets.
    "Thành phần Đoàn kiểm tra gồm: đại diện Ban Tổ chức Trung ương, Ủy ban Kiểm tra Trung ương.",
    "Đoàn kiểm tra gồm: Ban Tổ chức Trung ương, Văn phòng Trung ương Đảng.",
    # A list introduced outside any inspection.
    "Hội nghị có sự tham dự của các đơn vị sau: Sở Nội vụ, Sở Tài chính.",
    "Tham dự buổi kiểm tra có đại diện các cơ quan: Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy.",
]


@pytest.mark.parametrize(
    "text",
    NEGATIVE_TARGETS,
    ids=[
        "title-chain",
        "title-after-trigger",
        "thay-mat",
        "tai-not-adjacent",
        "doi-voi-no-activity",
        "team-not-target",
        "kiem-tra-in-name",
        "team-make-up",
        "team-gom",
        "intro-no-activity",
        "intro-representatives",
    ],
)
def test_no_targets(text):
    assert targets_of(text) == []


def test_targets_skip_teasers():
    text = (
        "Ngày 13/5, Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy Quảng Ninh.\n\n"
        "Có thể bạn quan tâm\n\n"
        "Tăng cường công tác kiểm tra tại Hải Phòng\n\n"
        "Sáng 28/1, Đoàn công tác đã làm việc với Ban Thường vụ Thành ủy Hải Phòng.\n"
    )
    assert [t.name for t in find_targets(analyse(text))] == ["Ban Thường vụ Tỉnh ủy Quảng Ninh"]


def test_targets_without_places_or_teams():
    """Works on a document with segments only: no completion without a province."""
    doc = analyse("Đoàn kiểm tra làm việc với Ban Tổ chức Tỉnh ủy.")
    del doc.results["teams"]
    doc.results["places"] = ()
    assert [(t.surface, t.name) for t in find_targets(doc)] == [
        ("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy")
    ]


def test_records_are_typed_and_sorted():
    doc = seed_doc(SEED_000)
    targets = find_targets(doc)
    assert all(isinstance(t, Target) for t in targets)
    assert all(isinstance(t, Team) for t in doc.get("teams"))
    assert list(targets) == sorted(targets)


# --- property: spans index the text --------------------------------------------

_PROVINCES = ["Nghệ An", "Quảng Ninh", "Đắk Lắk", "Gia Lai", "Hải Phòng", "Cà Mau", "Sơn La"]
_BODIES = [
    "Ban Thường vụ Tỉnh ủy",
    "Ban Tổ chức Tỉnh ủy",
    "Đảng ủy Công an tỉnh",
    "Huyện ủy Cư M’Gar",
    "Ủy ban Kiểm tra Tỉnh ủy",
    "Sở Y tế",
    "UBND tỉnh",
    "Ban Thường Tỉnh ủy",
    "Bộ Chính trị",
    "Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
    "Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng",
]
_WORDS = [
    "Đoàn Kiểm tra số 4",
    "Đoàn giám sát",
    "Đoàn công tác",
    "đoàn kiểm tra",
    "thuộc",
    "của",
    "làm việc với",
    "làm việc, kiểm tra tại",
    "kiểm tra",
    "đối với",
    "về công tác",
    "bảo vệ chính trị nội bộ",
    "năm 2024",
    "và",
    ",",
    ".",
    "do",
    "đã",
    "Bí thư",
    "Thay mặt",
    "đại diện",
    "tại",
    "tỉnh",
    "Ngày 24-4-2024,",
    "\u00a0",
    "\n\n",
    "“",
    "”",
    "Ảnh: Tất Trường",
    "Đối tượng kiểm tra gồm:",
    "các đơn vị sau:",
    ";",
    "(1)",
    "-",
    "HĐND",
    "Đảng ủy,",
    "Trạm Y tế xã",
    "kiểm tra thực tế tại",
]
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_BODIES),
    st.sampled_from(_PROVINCES),
    st.builds(lambda b, p: f"{b} {p}", st.sampled_from(_BODIES), st.sampled_from(_PROVINCES)),
    st.text(alphabet="aăâđeêoôơuưyĐẮỦỳ’ ,.-", max_size=6),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=25))
def test_spans_index_the_text(pieces):
    text = " ".join(pieces)
    doc = analyse(text)
    for team in doc.get("teams"):
        assert clean_surface(doc.text[team.start : team.end]) == team.name
        assert team.kind in ("inspection", "supervision", "working")
    targets = find_targets(doc)
    for t in targets:
        assert doc.text[t.start : t.end] == t.surface
        assert t.surface.strip() == t.surface and t.surface
    assert list(targets) == sorted(targets)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ngày 4/12/2025, Đoàn giám sát số 3 làm việc với Ban Thường vụ Tỉnh ủy Phú Thọ. Theo kế "
         "hoạch, Đoàn giám sát đối với Ban Thường vụ Tỉnh ủy Phú Thọ, Đảng ủy phường Việt Trì và "
         "Đảng ủy xã Tam Nông.",
         ["Ban Thường vụ Tỉnh ủy Phú Thọ", "Đảng ủy phường Việt Trì", "Đảng ủy xã Tam Nông"]),
        ("Ngày 21/5/2024, Đoàn công tác làm việc với Ban Thường vụ Thành ủy TP. Hồ Chí Minh.",
         ["Ban Thường vụ Thành ủy TP. Hồ Chí Minh"]),
    ],
    ids=["team-name-then-doi-voi", "abbreviated-city"],
)
def test_more_target_wordings(text, expected):
    assert [surface for surface, _ in targets_of(text)] == expected


@pytest.mark.parametrize(
    "text, body",
    [("Sáng 12/6/2024, Đoàn giám sát của Hội đồng Dân tộc của Quốc hội làm việc với UBND tỉnh "
      "Sóc Trăng.", "Hội đồng Dân tộc của Quốc hội"),
     ("Ngày 5/6/2024, Đoàn giám sát của Ủy ban Pháp luật của Quốc hội làm việc với UBND tỉnh Bến "
      "Tre.", "Ủy ban Pháp luật của Quốc hội"),
     ("Ngày 5/6/2024, Đoàn công tác của Ban Tổ chức Trung ương làm việc với Tỉnh ủy Bến Tre.",
      "Ban Tổ chức Trung ương"),
     ("Ngày 5/6/2025, Đoàn công tác của Ban Chính sách, chiến lược Trung ương làm việc với Tỉnh "
      "ủy Đồng Tháp.", "Ban Chính sách, chiến lược Trung ương"),
     ("Ngày 5/6/2025, Đoàn kiểm tra số 2 của Ban Chỉ đạo Trung ương về phát triển khoa học, công "
      "nghệ, đổi mới sáng tạo và chuyển đổi số làm việc với Tỉnh ủy Đồng Tháp.",
      "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
      "số")],
    ids=["ethnic-council", "na-committee", "party-board", "policy-board-with-a-comma",
         "steering-committee-remit"],
)
def test_national_assembly_bodies_keep_their_name(text, body):
    [team] = [t for t in analyse(text).get("teams")]
    assert team.body == body


def test_cells_are_targets():
    text = ("Ngày 15/8/2025, Đoàn kiểm tra số 1 công bố quyết định. Đối tượng kiểm tra gồm: Ban "
            "Thường vụ Đảng ủy phường Đông Hà, Chi bộ Tổ dân phố số 5 và Chi bộ thôn Khe Sanh.")
    assert [surface for surface, _ in targets_of(text)] == [
        "Ban Thường vụ Đảng ủy phường Đông Hà", "Chi bộ Tổ dân phố số 5", "Chi bộ thôn Khe Sanh"]


@pytest.mark.parametrize(
    "text, body",
    [("Thực hiện Chương trình kiểm tra, giám sát năm 2025 của Ban Dân vận Trung ương, Đoàn giám "
      "sát số 2 do đồng chí Lê Văn Cao làm Trưởng đoàn đã làm việc với Tỉnh ủy Bắc Kạn.",
      "Ban Dân vận Trung ương"),
     ("Thực hiện Kế hoạch công tác năm 2025, Đoàn công tác số 1 làm việc với Tỉnh ủy Bắc Kạn.",
      None)],
    ids=["programme-owner", "no-owner"],
)
def test_a_team_without_a_body_is_sent_by_the_programme_s_owner(text, body):
    [team] = analyse(text).get("teams")
    assert team.body == body


def test_representatives_of_a_body_stand_for_it() -> None:
    # Real pages: "làm việc với đại diện 6 Ban Thường vụ Tỉnh ủy các tỉnh: …" — the team
    # works with the standing committees, through their representatives.
    text = ("Ngày 8/9/2025, Tổ công tác số 2 của Bộ Chính trị làm việc với đại diện Ban Thường vụ "
            "Tỉnh ủy Điện Biên.")
    assert [name for _, name in targets_of(text)] == ["Ban Thường vụ Tỉnh ủy Điện Biên"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chiều 8/12/2025, đoàn lãnh đạo tỉnh do ông Lò Văn Hải làm Trưởng đoàn đến thăm, chúc mừng "
     "Bộ Tư lệnh Quân khu 2 nhân ngày truyền thống.", ["Bộ Tư lệnh Quân khu 2"]),
    ("Sáng 9/2/2026, Chủ tịch nước có buổi làm việc, chúc Tết Đảng bộ, chính quyền TPHCM.",
     ["Đảng bộ, chính quyền TPHCM"]),
    ("Chiều 21/8/2025, Tổng Bí thư chủ trì buổi làm việc của Bộ Chính trị với Ban Thường vụ "
     "Tỉnh ủy Điện Biên.", ["Ban Thường vụ Tỉnh ủy Điện Biên"]),
    ("Sáng 9/3/2026, Đoàn kiểm tra số 7 của Bộ Chính trị tổ chức công bố quyết định kiểm tra năm "
     "2026 với Ban Thường vụ Đảng ủy Chính phủ.", ["Ban Thường vụ Đảng ủy Chính phủ"]),
    ("Sáng 17/10/2020, Phó Thủ tướng tới dự khai mạc Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần "
     "thứ XVII, nhiệm kỳ 2020-2025.", ["Đảng bộ tỉnh Hòa Bình"]),
    ("Chiều 25/1/2024, Đoàn công tác của Bộ Y tế đến thăm và làm việc tại tỉnh Bắc Kạn.",
     ["tỉnh Bắc Kạn"]),
    ("Chiều 20/8/2025, Tổ công tác số 5 của Bộ Chính trị làm việc với đại diện Ban Thường vụ "
     "Tỉnh ủy các tỉnh: Cao Bằng, Lai Châu.", ["Ban Thường vụ Tỉnh ủy các tỉnh"]),
], ids=["congratulate", "party-and-government", "work-of-a-body-with", "announce-decision",
        "attend-a-congress", "a-locality-visited", "several-provinces-complete-nothing"])
def test_targets_of_visits_and_decisions(text, expected) -> None:
    assert [name for _, name in targets_of(text)] == expected


@pytest.mark.parametrize(("text", "number", "body"), [
    ("Chiều 20/8/2025, Tổ công tác số 5 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy "
     "Lai Châu.", 5, "Bộ Chính trị"),
    ("Ngày 8/9/2025, Tổ Công tác số 1, số 3, số 4 của Bộ Chính trị làm việc với đại diện Ban "
     "Thường vụ Tỉnh ủy các tỉnh Cao Bằng, Hà Giang.", None, "Bộ Chính trị"),
    ("Chiều 20/8/2025, Tổ công tác số 2 và số 3 của Bộ Chính trị làm việc với đại diện Ban "
     "Thường vụ Tỉnh ủy các tỉnh Sơn La, Yên Bái.", None, "Bộ Chính trị"),
], ids=["a-politburo-working-group", "several-groups-listed", "two-groups"])
def test_working_groups(text, number, body) -> None:
    teams = find_teams(analyse(text))
    assert [(t.number, t.body) for t in teams][:1] == [(number, body)]


def test_a_body_with_the_front_and_mass_organisations_and_direct_inspection() -> None:
    text = ("Ngày 16/10/2025, Đoàn kiểm tra số 3 của Ban Chỉ đạo Trung ương làm việc với Ban Thường "
            "vụ Tỉnh ủy Ninh Bình. Đoàn kiểm tra trực tiếp Đảng ủy Mặt trận Tổ quốc, các đoàn thể "
            "tỉnh và Đảng ủy Công an tỉnh.")
    names = [name for _, name in targets_of(text)]
    assert "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Ninh Bình" in names or (
        "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" in names)
    assert any(n.startswith("Đảng ủy Công an tỉnh") for n in names)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 14/5/2021, Đoàn giám sát do Phó Chủ tịch Quốc hội làm Trưởng đoàn đến giám sát, kiểm "
     "tra công tác bầu cử đại biểu Quốc hội tại tỉnh Hậu Giang.", ["tỉnh Hậu Giang"]),
    ("Sáng 20/1/2024, Bộ trưởng đến thăm và chúc Tết cán bộ, chiến sỹ Công an tỉnh Quảng Bình.",
     ["Công an tỉnh Quảng Bình"]),
    ("Sáng 18/8/2020, Đoàn đại biểu tỉnh đã tới chúc mừng lực lượng Công an Thái Bình nhân ngày "
     "truyền thống.", ["Công an Thái Bình"]),
], ids=["activity-at-a-locality-in-the-lead", "forces-of-a-body", "the-force-congratulated"])
def test_targets_of_activities_and_forces(text, expected) -> None:
    assert [name for _, name in targets_of(text)] == expected


def test_a_caption_tells_the_body_when_the_paragraphs_do_not() -> None:
    text = ("Tại buổi làm việc, các đại biểu thảo luận nhiều nội dung.\n\n"
            "Bộ trưởng Bộ Nội vụ phát biểu tại buổi làm việc với Ban Thường vụ Tỉnh ủy Phú Yên. "
            "Ảnh: Hải Minh\n\nĐoàn sẽ tổng hợp kiến nghị.")
    assert [name for _, name in targets_of(text)] == ["Ban Thường vụ Tỉnh ủy Phú Yên"]


@pytest.mark.parametrize(("text", "number"), [
    ("Chiều 31/8/2022, Đoàn kiểm tra 888 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy "
     "Quảng Trị.", 888),
    ("Đoàn giám sát của Quân ủy Trung ương làm việc tại Yên Bái\n\nNgày 23/3/2022, Đoàn giám "
     "sát số 948 của Ban Thường vụ Quân ủy Trung ương làm việc tại Đảng ủy Quân sự tỉnh.", 948),
    ("Ngày 5/5/2024, Đoàn kiểm tra 5 đơn vị của huyện.", None),
], ids=["a-number-without-so", "the-body-s-numbered-team-over-the-headline-s", "a-count"])
def test_team_numbers(text, number) -> None:
    teams = find_teams(analyse(text))
    assert (teams[0].number if teams else None) == number


def test_one_body_written_with_and_without_spaces_round_its_dash_is_one_target() -> None:
    text = ("Ngày 8/3/2024, Đoàn kiểm tra 891 đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Bà "
            "Rịa-Vũng Tàu. Đối tượng kiểm tra là Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu.")
    assert len(targets_of(text)) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Chiều 12/11/2024, Đại tướng Lê Văn Hoà đã đến thăm và làm việc tại Sư đoàn 9 (Quân khu 4).",
     ["Sư đoàn 9 (Quân khu 4)"]),
    ("Sáng 13/1/2020, tại Đà Nẵng, Thủ tướng đã kiểm tra tình hình trực tết, sẵn sàng chiến đấu "
     "của Bộ Tư lệnh Quân khu 5.", ["Bộ Tư lệnh Quân khu 5"]),
], ids=["the-unit-above-in-brackets", "the-situation-of-a-body"])
def test_targets_of_army_visits(text, expected) -> None:
    assert [name for _, name in targets_of(text)] == expected


def test_army_units_and_their_abbreviations_open_targets() -> None:
    text = ("Ngày 3/11/2022, Đoàn kiểm tra làm việc với Bộ CHQS tỉnh Long An, Ban CHQS huyện Đức "
            "Hòa và Hải đoàn 18 BĐBP.")
    names = [name for _, name in targets_of(text)]
    assert names[:1] == ["Bộ CHQS tỉnh Long An"] and len(names) == 3


def test_a_locality_s_key_leaders_are_worked_with() -> None:
    text = ("Chiều 20/3/2024, tại Đồng Xoài, Thủ tướng chủ trì làm việc với lãnh đạo chủ chốt tỉnh "
            "Bình Phước về tình hình kinh tế.")
    assert [name for _, name in targets_of(text)] == ["lãnh đạo chủ chốt tỉnh Bình Phước"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 6/11/2024, Đoàn công tác Quân khu 5 đã tiến hành kiểm tra toàn diện tại Bộ Chỉ huy "
     "Quân sự tỉnh Quảng Ngãi.", ["Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi"]),
    ("Ngày 6/11/2024, Đoàn đã kiểm tra thực tế tại các cơ quan, đơn vị, Ban CHQS huyện Sơn Tịnh "
     "và Ban CHQS huyện Mộ Đức.", ["Ban CHQS huyện Sơn Tịnh", "Ban CHQS huyện Mộ Đức"]),
    ("Ngày 2/4/2023, Thường vụ Đảng ủy Công an Trung ương đã làm việc với Thường vụ Đảng ủy "
     "Cảnh sát biển.", ["Thường vụ Đảng ủy Cảnh sát biển"]),
], ids=["thorough-inspection", "generic-units-open-the-list", "standing-board-without-ban"])
def test_inspected_at_wordings(text, expected):
    assert [surface for surface, _ in targets_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sáng 14/10/2024, Thường trực Tỉnh ủy Sóc Trăng đã có buổi làm việc với Đoàn công tác Ban "
     "Nội chính Trung ương.", ["Thường trực Tỉnh ủy Sóc Trăng"]),
    ("Ngày 3-5-2024, lãnh đạo Ban Tổ chức Tỉnh ủy Kon Tum đã tiếp và làm việc với đoàn công tác "
     "của Ban Tổ chức Tỉnh ủy Gia Lai.", ["Ban Tổ chức Tỉnh ủy Kon Tum"]),
    ("Ban Thường vụ Tỉnh ủy Cao Bằng làm việc với Đoàn kiểm tra số 3 của Bộ Chính trị.",
     ["Ban Thường vụ Tỉnh ủy Cao Bằng"]),
    # The subject is the team itself: no target.
    ("Ngày 3-5-2024, Đoàn kiểm tra số 2 làm việc với đoàn công tác của tỉnh.", []),
], ids=["subject-receives-the-team", "leaders-of-the-subject", "standing-board-subject",
     "team-as-subject"])
def test_the_body_receiving_the_team_is_a_target(text, expected):
    assert [surface for surface, _ in targets_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 9/9/2023, Đoàn kiểm tra đã làm việc với Công an tỉnh Yên Bái. Đoàn cũng làm việc với "
     "Công an Yên Bái về công tác phòng cháy.", ["Công an tỉnh Yên Bái"]),
    ("Ngày 9/9/2023, Đoàn kiểm tra đã kiểm tra tại Hải đoàn 18 BĐBP và Bộ Chỉ huy BĐBP Quảng "
     "Ninh. Sau đó đoàn kiểm tra tại Hải đoàn 18 về huấn luyện.",
     ["Hải đoàn 18 BĐBP", "Bộ Chỉ huy BĐBP Quảng Ninh"]),
], ids=["unit-word-dropped", "abbreviation-dropped"])
def test_a_shorter_writing_of_a_listed_target_is_not_another(text, expected):
    assert [surface for surface, _ in targets_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 3/3/2026, Ủy ban Bầu cử tỉnh đã đi giám sát công tác bầu cử tại các xã: Yên Lạc, "
     "Tân Phong và Minh Hòa.", ["Yên Lạc", "Tân Phong", "Minh Hòa"]),
    ("Ngày 9/5/2019, Đoàn kiểm tra nhiệm vụ quốc phòng tại Ban CHQS huyện Đức Trọng và 2 xã, "
     "thị trấn: Hiệp An, Liên Nghĩa.", ["Ban CHQS huyện Đức Trọng", "Hiệp An", "Liên Nghĩa"]),
    # No inspection verb in the sentence: a list of places, no targets.
    ("Ngày 3/3/2026, mưa lớn xảy ra tại các xã: Yên Lạc, Tân Phong.", []),
], ids=["communes", "units-after-a-body", "no-verb"])
def test_localities_listed_after_their_unit_word(text, expected):
    assert [surface for surface, _ in targets_of(text)] == expected


def test_the_host_side_s_locality_is_the_target_when_no_body_is_named():
    text = ("Ngày 7/6/2023, đoàn công tác Trung ương do đồng chí Lê Văn Hòa làm trưởng đoàn. Về "
            "phía tỉnh Yên Bái, đón tiếp và làm việc với đoàn công tác có đồng chí Đỗ Văn Sơn.")
    assert [surface for surface, _ in targets_of(text)] == ["tỉnh Yên Bái"]


def test_the_party_organisation_preparing_its_congress_is_inspected():
    text = ("Ngày 20/7/2020, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy đã kiểm tra công tác "
            "chuẩn bị và tổ chức Đại hội đại biểu Đảng bộ huyện Văn Lãng lần thứ XXIII.")
    assert [surface for surface, _ in targets_of(text)] == ["Đảng bộ huyện Văn Lãng"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tại kỳ họp, sau khi xem xét kết quả giám sát tại Đảng bộ tỉnh Bình Phước, Ủy ban Kiểm tra "
     "Trung ương yêu cầu Ban Thường vụ Tỉnh ủy kiểm điểm.", ["Đảng bộ tỉnh Bình Phước"]),
    ("Tại kỳ họp, sau khi xem xét kết quả giám sát tại Đảng bộ tỉnh Bình Phước, Ủy ban Kiểm tra "
     "T.Ư yêu cầu Ban Thường vụ Tỉnh ủy kiểm điểm.", ["Đảng bộ tỉnh Bình Phước"]),
    ("Ngày 3/6/2024, Đoàn đã kiểm tra tại Đảng ủy xã An Khánh, Đảng ủy xã An Thượng về công tác "
     "cán bộ.", ["Đảng ủy xã An Khánh", "Đảng ủy xã An Thượng"]),
], ids=["subject-of-the-next-clause", "central-abbreviated", "a-list-goes-on"])
def test_a_list_stops_before_the_next_clause_s_subject(text, expected):
    assert [surface for surface, _ in targets_of(text)] == expected


def test_a_list_naming_one_province_completes_its_items_with_it():
    # The team comes from one province, the list names the other.
    text = ("Ngày 24/4/2024, đoàn công tác của Thành ủy Hải Phòng đến thăm tỉnh Sơn La và có buổi "
            "làm việc với Thường trực Tỉnh ủy, HĐND, UBND tỉnh Sơn La.")
    names = [name for _, name in targets_of(text)]
    assert "Thường trực Tỉnh ủy Sơn La" in names
    assert not any("Hải Phòng" in n for n in names)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 5/3/2019, đoàn đã giám sát kết quả thực hiện tại Ủy ban nhân dân các huyện Tân Uyên, "
     "Than Uyên và Sìn Hồ.", ["Ủy ban nhân dân các huyện Tân Uyên, Than Uyên và Sìn Hồ"]),
    ("Ngày 5/3/2019, đoàn kiểm tra nhiệm vụ quốc phòng tại Ban CHQS các huyện Mường Tè, Phong "
     "Thổ và 2 xã: Pa Ủ, Mù Cả.", ["Ban CHQS các huyện Mường Tè, Phong Thổ", "Pa Ủ", "Mù Cả"]),
    # One unit only: a passing "tại X" further on is no list.
    ("Ngày 5/3/2019, đoàn đã giám sát kết quả thực hiện tại Ủy ban nhân dân huyện Tân Uyên.", []),
], ids=["units-of-one-body", "units-then-communes", "one-unit"])
def test_a_body_of_several_units_is_one_target_as_written(text, expected):
    assert [surface for surface, _ in targets_of(text)] == expected


def test_working_directly_with_a_body():
    text = ("Ngày 23/3/2022, Đoàn giám sát số 12 nắm tình hình tại Đảng bộ Quân sự huyện Phú "
            "Lương và làm việc trực tiếp với Ban Thường vụ Đảng ủy Quân sự tỉnh Bắc Kạn.")
    assert "Ban Thường vụ Đảng ủy Quân sự tỉnh Bắc Kạn" in [s for s, _ in targets_of(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sáng 29-8-2024, đồng chí Lê Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm "
     "tra Tỉnh ủy Sóc Trăng, đã tiếp và làm việc với Đoàn công tác Ủy ban Kiểm tra Trung ương.",
     ["Ủy ban Kiểm tra Tỉnh ủy Sóc Trăng"]),
    # A former post names no body that receives the team.
    ("Sáng 29-8-2024, ông Lê Văn Hải, nguyên Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Sóc Trăng, đã tiếp "
     "và làm việc với Đoàn công tác Ủy ban Kiểm tra Trung ương.", []),
], ids=["receiver-s-body", "former-post"])
def test_the_body_of_the_person_receiving_the_team(text, expected):
    assert [surface for surface, _ in targets_of(text)] == expected


def test_members_of_a_listed_body_are_no_body_and_the_list_goes_on():
    text = ("Ngày 4/8/2023, Đoàn công bố quyết định giám sát chuyên đề đối với Ban Thường vụ Huyện "
            "ủy Văn Quan, một số đồng chí trong Ban Thường vụ Huyện ủy, Ban Chấp hành Đảng bộ huyện "
            "Văn Quan.")
    assert [s for s, _ in targets_of(text)] == ["Ban Thường vụ Huyện ủy Văn Quan",
                                               "Ban Chấp hành Đảng bộ huyện Văn Quan"]


def test_a_cell_s_committee_is_a_body():
    text = ("Ngày 12/2/2026, Đoàn kiểm tra công bố quyết định kiểm tra đối với Cấp ủy Chi bộ Công "
            "an xã Hòa Thắng.")
    assert [s for s, _ in targets_of(text)] == ["Cấp ủy Chi bộ Công an xã Hòa Thắng"]


@pytest.mark.parametrize("text, expected", [
    ("Sáng 4.9, Tỉnh ủy Gia Lai tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác "
     "cán bộ.", ["Tỉnh ủy Gia Lai"]),
    ("Ngày 8/1/2021, Đảng ủy Công an Trung ương, Bộ Công an tổ chức Hội nghị Công an toàn quốc. "
     "Thủ tướng Chính phủ Lê Văn Tám dự và chỉ đạo Hội nghị.",
     ["Đảng ủy Công an Trung ương", "Bộ Công an"]),
    ("Ngày 8/1/2021, Đảng ủy Quân khu 9 tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.", []),
], ids=["decision-announced-by-the-centre", "a-leader-attends-and-directs", "own-meeting"])
def test_the_body_whose_meeting_a_national_leader_attends_is_worked_with(text, expected):
    assert [name for _, name in targets_of(text)] == expected
