"""The stage loop, and properties every stage's records keep."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from pipeline.document import Document
from pipeline.errors import StageError
from pipeline.stages import Stage, default_stages, run_stages
from pipeline.text.normalize import clean_surface

SEED_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
FRAGMENTS = [SEED_TEXT[i:i + 120] for i in range(0, len(SEED_TEXT), 97)]


def test_stages_declare_what_they_need_before_it_is_added():
    added = set()
    for stage in default_stages():
        assert set(stage.needs) <= added, stage.name
        added.add(stage.adds)


def test_a_failing_stage_is_reported_with_its_name():
    def boom(doc):
        raise ValueError("bad")

    with pytest.raises(StageError, match="'explode' failed on a.txt: ValueError: bad"):
        run_stages(Document(name="a.txt", text="x"), [Stage("explode", (), "x", boom)])


def test_a_missing_need_is_reported():
    with pytest.raises(StageError, match="needs"):
        run_stages(Document(name="a.txt", text="x"), [Stage("late", ("segments",), "y", len)])


def _surface_fields(record):
    for name in ("surface", "name", "text"):
        value = getattr(record, name, None)
        if isinstance(value, str):
            yield name, value


def assert_spans_index_text(doc: Document) -> None:
    for records in doc.results.values():
        for r in records:
            assert 0 <= r.start <= r.end <= len(doc.text)
            piece = clean_surface(doc.text[r.start:r.end])
            for field, value in _surface_fields(r):
                if field == "name" and type(r).__name__ in ("Team", "Target", "Source"):
                    continue  # names completed or canonicalized from context
                assert clean_surface(value) == piece, (type(r).__name__, field, value, piece)
            for title in getattr(r, "titles", ()):
                assert clean_surface(doc.text[title.start:title.end]) == title.text


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_records_index_the_text(path):
    assert_spans_index_text(run_stages(Document(name=path.name, text=path.read_text("utf-8"))))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40),
                          st.sampled_from(["\n", "\n\n", ", ", "; ", " - ", "_Ảnh: ", "(Ảnh: ",
                                           "Có thể bạn quan tâm", "Sáng 5/6, ", "đồng chí "])),
                max_size=12))
def test_no_exception_escapes_and_spans_hold_on_random_text(parts):
    text = "".join(parts)
    if not text.strip():
        return
    from pipeline.text.reading import clean_text

    doc = run_stages(Document(name="r.txt", text=clean_text(text)))
    assert_spans_index_text(doc)


PUNCTUATION = ".,;:!?…–—-()[]{}\"'“”‘’/\\_*#@&%+=<>|~`^ \n\t\u00a0\u200b"
GENRE_WORDS = ["Ngày", "ngày", "Sáng", "tháng", "năm 2024", "Đoàn", "Kiểm tra", "số 4", "Tỉnh ủy",
               "Ban Thường vụ", "Bí thư", "Phó", "Chủ tịch", "UBND", "HĐND", "tỉnh", "huyện", "xã",
               "thành phố", "Đắk Lắk", "Nghệ An", "đồng chí", "Thiếu tướng", "Đại tá", "nguyên",
               "Ủy viên", "Trung ương", "Nghị quyết số", "-NQ/TW", "Ảnh:", "TTXVN", "TCCS - "]


def _assert_stages_hold(text: str) -> None:
    from pipeline.text.reading import clean_text

    text = clean_text(text)
    if text.strip():
        assert_spans_index_text(run_stages(Document(name="r.txt", text=text)))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_random_unicode_passes_every_stage(text):
    _assert_stages_hold(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(alphabet=PUNCTUATION, min_size=1, max_size=6),
                          st.sampled_from(GENRE_WORDS), st.from_regex(r"[0-9]{1,4}", fullmatch=True)),
                max_size=40).map(" ".join))
def test_random_punctuation_among_genre_words_passes_every_stage(text):
    _assert_stages_hold(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(SEED_TEXT)), st.integers(0, 400)), min_size=1,
                max_size=6))
def test_seed_fragments_cut_anywhere_pass_every_stage(cuts):
    _assert_stages_hold("".join(SEED_TEXT[start:start + size] for start, size in cuts))


def test_a_stage_error_survives_the_trip_from_a_worker_process():
    import pickle

    error = StageError("people", "a.txt", ValueError("bad"))
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.stage, copy.doc) == (str(error), "people", "a.txt")
