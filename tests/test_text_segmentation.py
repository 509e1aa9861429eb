import pytest

from pipeline.document import Document
from pipeline.text.segmentation import (
    find_credits,
    find_segments,
    find_sentences,
    find_source,
)

ARTICLE = """Hà Tĩnh kiểm tra công tác cán bộ

TTXVN - Sáng 17/4, tại thành phố Hà Tĩnh, Đoàn công tác của Ban Tổ chức Trung ương làm việc với Ban Thường vụ Tỉnh ủy Hà Tĩnh. Dự buổi làm việc có đồng chí Trần Văn Nam.

Quang cảnh buổi làm việc. (Ảnh: Minh Quyết/TTXVN)

Bà Hoàng Thị Lan phát biểu tại buổi làm việc.
Bà Hoàng Thị Lan phát biểu tại buổi làm việc.

Đồng chí Trần Văn Nam đề nghị tỉnh tiếp tục rà soát quy hoạch cán bộ.

Bài và ảnh: Thu Hà

Tin liên quan

Lãnh đạo tỉnh dự lễ khai giảng. (Ảnh: TTXVN)

Hà Tĩnh khai giảng năm học mới

Sáng 5/9, các trường học trên địa bàn tỉnh Hà Tĩnh tổ chức lễ khai giảng năm học mới.
"""


def segments_of(text):
    doc = Document(name="a.txt", text=text)
    doc.results["segments"] = find_segments(doc)
    return doc


def kinds(doc):
    return [(s.kind, doc.text[s.start:s.end][:20]) for s in doc.get("segments")]


def test_article_layout():
    doc = segments_of(ARTICLE)
    got = [s.kind for s in doc.get("segments")]
    assert got == ["headline", "body", "caption", "caption", "caption", "body", "body",
                   "related_marker", "related_caption", "related_headline", "related_body"]
    repeated = [s.repeated for s in doc.get("segments")]
    assert repeated[4] is True and repeated[3] is False


def test_segment_spans_are_trimmed_lines():
    doc = segments_of(ARTICLE)
    for s in doc.get("segments"):
        piece = doc.text[s.start:s.end]
        assert piece == piece.strip() and "\n" not in piece


def test_first_line_with_outlet_code_is_body_not_headline():
    doc = segments_of("TCCS - Ngày 24-4-2024, đoàn làm việc.\n\nĐoạn hai.")
    assert [s.kind for s in doc.get("segments")] == ["body", "body"]
    assert find_source(doc)[0].name == "Tạp chí Cộng sản"


def test_glued_photo_credit_makes_a_caption():
    doc = segments_of("Mở đầu bài.\n\nQuang cảnh hội nghị_Ảnh: Tất Trường\n\nĐoạn cuối.")
    assert [s.kind for s in doc.get("segments")] == ["body", "caption", "body"]
    [credit] = find_credits(doc)
    assert (credit.name, credit.is_agency) == ("Tất Trường", False)
    assert doc.text[credit.start:credit.end] == "Tất Trường"


def test_credits_split_person_and_agency():
    doc = segments_of(ARTICLE)
    credits = find_credits(doc)
    people = [(c.name, c.kind, c.agency) for c in credits if not c.is_agency]
    agencies = [c.name for c in credits if c.is_agency]
    assert people == [("Minh Quyết", "photo", "TTXVN"), ("Thu Hà", "byline", None)]
    assert agencies == ["TTXVN", "TTXVN"]
    for c in credits:
        assert doc.text[c.start:c.end] == c.name


def test_related_block_teasers_are_numbered():
    text = ("Thân bài.\n\nCó thể bạn quan tâm\n\nẢnh một. (Ảnh: A B)\n\nTin một\n\nSáng 1/2, tin một.\n\n"
            "Tin hai\n\nChiều 3/4, tin hai.")
    doc = segments_of(text)
    related = [(s.kind, s.teaser) for s in doc.get("segments") if s.is_related and s.teaser is not None]
    assert related == [("related_caption", 0), ("related_headline", 0), ("related_body", 0),
                       ("related_headline", 1), ("related_body", 1)]


def test_sentences_index_the_text():
    doc = segments_of(ARTICLE)
    sentences = find_sentences(doc)
    assert len(sentences) >= 10
    body = [s for s in sentences if s.segment == 1]
    assert doc.text[body[0].start:body[0].end].startswith("TTXVN - Sáng 17/4")
    assert doc.text[body[-1].start:body[-1].end] == "Dự buổi làm việc có đồng chí Trần Văn Nam."


@pytest.mark.parametrize(
    "name, headline",
    [("000_eed1118f02c639f8.txt", None),
     ("003_e0da8a278d7cd690.txt",
      "Tăng cường phối hợp các cơ quan chức năng trong công tác bảo vệ chính trị nội bộ")],
    ids=["seed-000", "seed-003"],
)
def test_seed_headlines(name, headline):
    from conftest import SEEDS

    doc = segments_of((SEEDS / name).read_text(encoding="utf-8"))
    heads = [doc.text[s.start:s.end] for s in doc.get("segments") if s.kind == "headline"]
    assert heads == ([headline] if headline else [])


def test_seed_teasers_stay_in_the_related_block():
    from conftest import SEEDS

    doc = segments_of((SEEDS / "003_e0da8a278d7cd690.txt").read_text(encoding="utf-8"))
    segs = doc.get("segments")
    marker = next(s for s in segs if s.kind == "related_marker")
    assert doc.text[marker.start:marker.end] == "Có thể bạn quan tâm"
    assert all(s.is_related for s in segs if s.start > marker.start)
    assert not any(s.is_related for s in segs if s.start < marker.start)
    captions = [s for s in segs if s.kind == "caption"]
    assert len(captions) == 6 and sum(s.repeated for s in captions) == 3


@pytest.mark.parametrize(
    "credit, person, agency",
    [("(Ảnh: Thanh Hà/VOV-ĐBSCL)", "Thanh Hà", "VOV-ĐBSCL"),
     ("(Ảnh: Trọng Đức/TTXVN)", "Trọng Đức", "TTXVN"),
     ("(Ảnh: Ngọc Minh/QĐND)", "Ngọc Minh", "QĐND")],
    ids=["regional-desk", "news-agency", "army-paper"],
)
def test_the_agency_after_a_photographer_is_not_a_person(credit, person, agency):
    doc = segments_of(f"Mở đầu bài.\n\nQuang cảnh hội nghị. {credit}\n\nĐoạn cuối.")
    credits = find_credits(doc)
    assert [c.name for c in credits if not c.is_agency] == [person]
    assert [c.name for c in credits if c.is_agency] == [agency]


@pytest.mark.parametrize(("text", "credited"), [
    ("Tiêu đề bài\n\nLÊ VĨNH\n\n(NLĐO) - Chiều 8-12, đoàn đến thăm đơn vị.\n\nQuang cảnh. "
     "Ảnh: V.ANH\n\nĐoạn cuối bài.\n\nHoàng Minh", ["LÊ VĨNH", "V.ANH", "Hoàng Minh"]),
    ("Tiêu đề bài\n\nĐoạn mở đầu của bài viết.\n\nTin, ảnh: HỒNG GIANG", ["HỒNG GIANG"]),
    ("Tiêu đề bài\n\nĐoạn mở đầu.\n\nVõ Lâm/Ảnh: Viết Thành/HNM", ["Võ Lâm", "Viết Thành"]),
    ("Tiêu đề bài\n\nĐoạn mở đầu.\n\nNgọc Hà, Đình Hưng-Thứ ba, ngày 07/02/2023 19:02 GMT+7",
     ["Ngọc Hà", "Đình Hưng"]),
    ("Tiêu đề bài\n\nĐoạn mở đầu.\n\nẢnh: Quang cảnh hội nghị\n\nÔng Trần Văn Tư\n\n"
     "Đoạn cuối bài.", []),
    ("Trang chủ\n\nThời sự\n\nVideo\n\nLiên hệ\n\nChính trị\n\nTiêu đề bài\n\nĐào Minh "
     "Khang\n\n12/05/2025 08:30 GMT+7\n\nĐoạn mở đầu của bài viết.\n\nĐoạn hai.\n\n"
     "Đoạn ba.\n\nĐoạn bốn.\n\nĐoạn cuối.", ["Đào Minh Khang"]),
], ids=["capitals-and-a-closing-byline", "tin-anh", "byline-slash-photo", "filed-day",
        "no-credit", "over-the-timestamp-line"])
def test_credits_as_pages_write_them(text, credited):
    doc = segments_of(text)
    assert [c.name for c in find_credits(doc) if not c.is_agency] == credited
