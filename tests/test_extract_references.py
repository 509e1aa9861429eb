"""Tests for pipeline.extract.references.find_references (SPEC §2, §7 references)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document
from pipeline.extract.references import find_references
from pipeline.records import Reference, Segment
from pipeline.text.segmentation import find_segments

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def make_doc(s: str) -> Document:
    doc = Document(name="t.txt", text=s)
    doc.results["segments"] = (Segment(0, len(s), 0, "body"),)
    return doc


def found(s: str) -> list[tuple]:
    """(text, kind, number, issuer_code, date) of every reference."""
    return [(r.text, r.kind, r.number, r.issuer_code, r.date) for r in find_references(make_doc(s))]


# --- forms -----------------------------------------------------------------

FORMS = [
    (
        "ban hành Chỉ thị số 28-CT/TU về “Tăng cường công tác bảo vệ”",
        [("Chỉ thị số 28-CT/TU", "Chỉ thị", "28-CT/TU", "TU", None)],
    ),
    (
        "tiếp tục quán triệt sâu sắc Kế hoạch số 10 của Tiểu ban",
        [("Kế hoạch số 10", "Kế hoạch", "10", None, None)],
    ),
    (
        "quản lý cán bộ, đảng viên theo Nghị quyết số 21-NQ/TW của Ban Chấp hành",
        [("Nghị quyết số 21-NQ/TW", "Nghị quyết", "21-NQ/TW", "TW", None)],
    ),
    (
        "triển khai thực hiện Thông tri số 02-TT/TU ngày 16/12/2025 của Ban Thường vụ",
        [("Thông tri số 02-TT/TU", "Thông tri", "02-TT/TU", "TU", "2025-12-16")],
    ),
    (
        "và Kế hoạch số 24 của Ban Tuyên giáo và Dân vận Thành ủy",
        [("Kế hoạch số 24", "Kế hoạch", "24", None, None)],
    ),
    (
        "thực hiện Quy định số 144-QĐ/TW về chuẩn mực đạo đức",
        [("Quy định số 144-QĐ/TW", "Quy định", "144-QĐ/TW", "TW", None)],
    ),
    (
        "theo Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành",
        [("Kết luận số 21-KL/TW", "Kết luận", "21-KL/TW", "TW", "2021-10-25")],
    ),
    (
        "xử phạt theo Nghị định số 100/2019/NĐ-CP của Chính phủ.",
        [("Nghị định số 100/2019/NĐ-CP", "Nghị định", "100/2019/NĐ-CP", "NĐ-CP", None)],
    ),
    (
        "Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị,",
        [("Chỉ thị 05-CT/TW", "Chỉ thị", "05-CT/TW", "TW", None)],
    ),
    (
        "UBND tỉnh ban hành Quyết định số 1234/QĐ-UBND ngày 5-3-2024 về",
        [("Quyết định số 1234/QĐ-UBND", "Quyết định", "1234/QĐ-UBND", "QĐ-UBND", "2024-03-05")],
    ),
    (
        "căn cứ Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương",
        [("Hướng dẫn số 12-HD/BTCTW", "Hướng dẫn", "12-HD/BTCTW", "BTCTW", None)],
    ),
    (
        "Luật số 59/2020/QH14 và Thông tư 05/2024/TT-BNV",
        [
            ("Luật số 59/2020/QH14", "Luật", "59/2020/QH14", "QH14", None),
            ("Thông tư 05/2024/TT-BNV", "Thông tư", "05/2024/TT-BNV", "TT-BNV", None),
        ],
    ),
    (
        "theo Thông báo kết luận số 12-TB/TW của Bộ Chính trị",
        [("Thông báo kết luận số 12-TB/TW", "Thông báo kết luận", "12-TB/TW", "TW", None)],
    ),
    (
        "Công văn số 345/UBND-NC, Báo cáo số 77-BC/TU và Đề án số 06",
        [
            ("Công văn số 345/UBND-NC", "Công văn", "345/UBND-NC", "UBND-NC", None),
            ("Báo cáo số 77-BC/TU", "Báo cáo", "77-BC/TU", "TU", None),
            ("Đề án số 06", "Đề án", "06", None, None),
        ],
    ),
    (
        # lower-case kind, but "số" follows: still a citation
        "căn cứ quyết định số 12/QĐ-UBND của tỉnh",
        [("quyết định số 12/QĐ-UBND", "Quyết định", "12/QĐ-UBND", "QĐ-UBND", None)],
    ),
    (
        # all caps (a headline), NBSP inside, date written in words
        "NGHỊ QUYẾT\u00a0SỐ 57-NQ/TW, ngày 22 tháng 12 năm 2024",
        [("NGHỊ QUYẾT\u00a0SỐ 57-NQ/TW", "Nghị quyết", "57-NQ/TW", "TW", "2024-12-22")],
    ),
    (
        # en dash in the code, as some outlets type it
        "Chỉ thị số 35–CT/TW về đại hội",
        [("Chỉ thị số 35–CT/TW", "Chỉ thị", "35–CT/TW", "TW", None)],
    ),
    (
        # an impossible date is no date
        "Kế hoạch số 7-KH/TU ngày 31/2/2025",
        [("Kế hoạch số 7-KH/TU", "Kế hoạch", "7-KH/TU", "TU", None)],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    FORMS,
    ids=[
        "chi-thi-so-seed000",
        "ke-hoach-so-10",
        "nghi-quyet-so-21",
        "thong-tri-with-date",
        "ke-hoach-so-24",
        "quy-dinh-144",
        "ket-luan-with-date",
        "nghi-dinh-year-code",
        "chi-thi-without-so",
        "quyet-dinh-ubnd-dash-date",
        "huong-dan-btctw",
        "luat-and-thong-tu",
        "thong-bao-ket-luan-compound",
        "cong-van-bao-cao-de-an",
        "lower-case-with-so",
        "all-caps-nbsp-word-date",
        "en-dash-code",
        "invalid-date",
    ],
)
def test_forms(text, expected):
    assert found(text) == expected


# --- negatives -------------------------------------------------------------

NEGATIVES = [
    "quán triệt các nghị quyết của Đảng và chỉ thị của Bộ Chính trị",
    "nhân dịp Đại hội XIV của Đảng vừa thành công tốt đẹp",
    "hoạt động của Ban chỉ đạo 35 trong đấu tranh phản bác",
    "công bố Quyết định kiểm tra và Kế hoạch kiểm tra của Đoàn",
    "Đoàn Kiểm tra số 4 thuộc Tiểu ban Bảo vệ chính trị nội bộ",
    "ngoài những nội dung trong Kế hoạch 10 cần làm rõ",  # bare, never cited with "số"
    "Kết luận 28/1/2026 của Bộ",  # a date, not a number
    "theo kế hoạch 10 ngày",  # lower case, no "số"
    "pháp luật số 2 của",  # law in general
    "Luật 2024 sửa đổi",  # a year
    "Chương trình số hóa và chuyển đổi số",
    "Nghị quyết số",
    "tại Báo cáo của Ban Thường vụ",
]


@pytest.mark.parametrize(
    "text",
    NEGATIVES,
    ids=[
        "lowercase-generic",
        "dai-hoi",
        "ban-chi-dao-35",
        "no-number",
        "doan-kiem-tra-so",
        "bare-without-prior",
        "date-after-kind",
        "lowercase-no-so",
        "phap-luat",
        "luat-year",
        "so-hoa",
        "so-without-number",
        "bao-cao-no-number",
    ],
)
def test_negatives(text):
    assert found(text) == []


# --- repeats and dedupe ----------------------------------------------------

REPEATS = [
    (
        "quán triệt Kế hoạch số 10 của Tiểu ban. Ngoài những nội dung trong Kế hoạch 10 cần",
        ["Kế hoạch số 10"],
    ),
    (
        "Nghị quyết số 21-NQ/TW ... Nghị quyết 21 ... Nghị quyết số 21-NQ/TW",
        ["Nghị quyết số 21-NQ/TW"],
    ),
    # the same number under another kind is another document
    ("Kế hoạch số 10 và Chỉ thị 10 và Chỉ thị số 10", ["Kế hoạch số 10", "Chỉ thị số 10"]),
    # a bare repeat needs the same number
    ("Kế hoạch số 10 rồi Kế hoạch 11", ["Kế hoạch số 10"]),
]


@pytest.mark.parametrize(
    "text, expected",
    REPEATS,
    ids=["repeat-without-so", "repeat-coded", "other-kind", "other-number"],
)
def test_repeats(text, expected):
    assert [r[0] for r in found(text)] == expected


def test_repeat_keeps_first_span():
    s = "Kế hoạch số 10 của Tiểu ban; Kế hoạch 10 cần làm rõ."
    (ref,) = find_references(make_doc(s))
    assert (ref.start, ref.end) == (0, len("Kế hoạch số 10"))


def test_every_segment_with_its_index():
    body = "Theo Chỉ thị số 28-CT/TU của Tỉnh ủy."
    teaser = "Triển khai Thông tri số 02-TT/TU ngày 16/12/2025 và Chỉ thị số 28-CT/TU."
    s = body + "\n\n" + teaser
    doc = Document(name="t.txt", text=s)
    t0 = len(body) + 2
    doc.results["segments"] = (
        Segment(0, len(body), 0, "body"),
        Segment(t0, len(s), 1, "related_body", teaser=0),
    )
    refs = find_references(doc)
    assert [(r.text, r.segment) for r in refs] == [
        ("Chỉ thị số 28-CT/TU", 0),
        ("Thông tri số 02-TT/TU", 1),
    ]


def test_no_match_across_segments():
    s = "kết thúc bằng Nghị quyết\n\nsố 21-NQ/TW mở đầu"
    doc = Document(name="t.txt", text=s)
    i = s.index("\n\n")
    doc.results["segments"] = (Segment(0, i, 0, "body"), Segment(i + 2, len(s), 1, "body"))
    assert find_references(doc) == ()


# --- seeds end to end ------------------------------------------------------

SEED_EXPECTED = [
    ("000_eed1118f02c639f8.txt", ["Chỉ thị số 28-CT/TU"]),
    (
        "003_e0da8a278d7cd690.txt",
        ["Kế hoạch số 10", "Nghị quyết số 21-NQ/TW", "Thông tri số 02-TT/TU", "Kế hoạch số 24"],
    ),
]


@pytest.mark.parametrize("name, expected", SEED_EXPECTED, ids=["seed-000", "seed-003"])
def test_seeds(name, expected):
    doc = Document(name=name, text=(SEEDS / name).read_text(encoding="utf-8"))
    doc.results["segments"] = find_segments(doc)
    refs = find_references(doc)
    assert [r.text for r in refs] == expected
    for r in refs:
        assert doc.text[r.start : r.end] == r.text
    if name.startswith("003"):
        by_text = {r.text: r for r in refs}
        assert by_text["Thông tri số 02-TT/TU"].date == "2025-12-16"
        assert by_text["Thông tri số 02-TT/TU"].issuer_code == "TU"
        # the Thông tri is cited in a teaser of the related block
        segs = {s.index: s for s in doc.get("segments")}
        assert segs[by_text["Thông tri số 02-TT/TU"].segment].is_related
        assert not segs[by_text["Kế hoạch số 10"].segment].is_related


# --- property: spans are the evidence --------------------------------------

SNIPPETS = [
    "Nghị quyết số 21-NQ/TW",
    "Chỉ thị 05-CT/TW",
    "Kế hoạch số 10",
    "Kế hoạch 10",
    "Thông tri số 02-TT/TU ngày 16/12/2025",
    "Nghị định số 100/2019/NĐ-CP",
    "quyết định số 1234/QĐ-UBND",
    "Ban chỉ đạo 35",
    "NGHỊ QUYẾT SỐ 57-NQ/TW",
    "Kết luận 28/1/2026",
    "số ",
    "–",
    "\u00a0",
    "/",
    "-",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(SNIPPETS),
            st.text(alphabet="aàăâđêôơưhKkNnQqsố0123456789 /-.,\n\u00a0ĐỦỷ–", max_size=8),
        ),
        max_size=12,
    )
)
def test_spans_are_the_text(parts):
    s = "".join(parts)
    refs = find_references(make_doc(s))
    assert list(refs) == sorted(refs)
    assert len({(r.kind, r.number) for r in refs}) == len(refs)
    for r in refs:
        assert isinstance(r, Reference)
        assert s[r.start : r.end] == r.text
        assert r.text.endswith(r.number)


@pytest.mark.parametrize(
    "text, kind, number",
    [("ban hành Chương trình hành động số 45-CTr/TU thực hiện", "Chương trình hành động",
      "45-CTr/TU"),
     ("theo Kế hoạch hành động số 12/KH-UBND của tỉnh", "Kế hoạch hành động", "12/KH-UBND")],
    ids=["chuong-trinh-hanh-dong", "ke-hoach-hanh-dong"],
)
def test_compound_kinds(text, kind, number):
    [(_, found_kind, found_number, *_)] = found(text)
    assert (found_kind, found_number) == (kind, number)


@pytest.mark.parametrize(("text", "cited"), [
    ("thực hiện Nghị quyết 57 của Bộ Chính trị về khoa học", [("Nghị quyết 57", "57")]),
    ("theo Nghị quyết 26 ngày 19/5/2018 về cán bộ", [("Nghị quyết 26", "26")]),
    ("trọng tâm của Đề án 06 về dữ liệu dân cư", [("Đề án 06", "06")]),
    ("theo hướng dẫn 04-HD/TW của Ban Bí thư", [("hướng dẫn 04-HD/TW", "04-HD/TW")]),
    ("Nghị quyết số 18 -NQ/TW và Kết luận số 64 – KL/TW", [
        ("Nghị quyết số 18 -NQ/TW", "18 -NQ/TW"), ("Kết luận số 64 – KL/TW", "64 – KL/TW")]),
], ids=["bare-number-of", "bare-number-dated", "project", "lower-case-with-code", "spaced-code"])
def test_citations_as_real_pages_write_them(text, cited) -> None:
    doc = Document(name="r.txt", text=text)
    doc.results["segments"] = (Segment(0, len(text), 0, "body"),)
    assert [(r.text, r.number) for r in find_references(doc)] == cited


@pytest.mark.parametrize("text", [
    "Kết luận 28/1/2026 của Bộ", "Luật 2024 có hiệu lực", "Quyết định 12 tháng 5", "có 3 Nghị quyết 5 năm",
], ids=["a-date", "a-year", "a-month-count", "no-citation-follows"])
def test_bare_numbers_that_are_not_citations(text) -> None:
    doc = Document(name="r.txt", text=text)
    doc.results["segments"] = (Segment(0, len(text), 0, "body"),)
    assert find_references(doc) == ()
