import codecs
import json
import unicodedata
from datetime import date

import pytest

from pipeline.errors import BinaryInputError, DecodeError, EmptyInputError, MetadataError, TooLargeError
from pipeline.text.reading import (
    decode,
    iter_article_paths,
    read_document,
    read_metadata,
)

SAMPLE = "Ngày 5/3, Đoàn công tác làm việc với Tỉnh uỷ Hà Tĩnh.\n"


@pytest.mark.parametrize(
    "data",
    [SAMPLE.encode("utf-8"), codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
     SAMPLE.encode("utf-16"), unicodedata.normalize("NFD", SAMPLE).encode("utf-8"),
     SAMPLE.replace("\n", "\r\n").encode("utf-8")],
    ids=["utf8", "utf8-bom", "utf16-bom", "nfd", "crlf"],
)
def test_every_encoding_reads_to_the_same_stored_text(tmp_path, data):
    f = tmp_path / "a.txt"
    f.write_bytes(data)
    doc = read_document(f)
    assert doc.text == unicodedata.normalize("NFC", SAMPLE)
    assert len(doc.sha256) == 64


def to_cp1258(text: str) -> bytes:
    """Windows-1258 has â, ơ, ư… precomposed but the five tones as combining marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def test_windows_1258_is_decoded(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(to_cp1258(SAMPLE))
    assert read_document(f).text == unicodedata.normalize("NFC", SAMPLE)


@pytest.mark.parametrize(
    "data, error",
    [(b"", EmptyInputError), (b"  \n ", EmptyInputError), (b"\x89PNG\r\n\x1a\n\x00\x00", BinaryInputError),
     (b"\xff\xfe\xfd" * 3 + b"\x81\x8d", DecodeError)],
    ids=["empty", "blank", "png", "garbage"],
)
def test_bad_bytes_raise_a_specific_error(data, error):
    with pytest.raises(error):
        decode(data)


def test_too_large_file_is_refused(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("a" * 2000)
    with pytest.raises(TooLargeError):
        read_document(f, max_bytes=1000)


def test_sidecar_metadata(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        json.dumps({"url": "https://x.vn/a", "published": "2024-05-14", "source": "Báo X"}))
    meta = read_document(f).meta
    assert (meta.url, meta.published, meta.source) == ("https://x.vn/a", date(2024, 5, 14), "Báo X")


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"published": "hôm qua"}'],
                         ids=["syntax", "not-object", "bad-date"])
def test_malformed_sidecar_raises_metadata_error(tmp_path, content):
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(content)
    with pytest.raises(MetadataError, match="a.meta.json"):
        read_metadata(f)


def test_directories_expand_to_articles_without_sidecars(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ["b.txt", "a.html", "sub/c.txt", "a.meta.json", "notes.md"]:
        (tmp_path / name).write_text("x")
    assert [p.name for p in iter_article_paths([tmp_path])] == ["a.html", "b.txt", "c.txt"]
