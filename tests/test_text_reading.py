import codecs
import html
import json
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from pipeline.errors import InputError, BinaryInputError, DecodeError, EmptyInputError, MetadataError, TooLargeError
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


def to_html(text: str, charset: str = "utf-8") -> str:
    """A news page around ``text``: one <p> per paragraph, with menus, scripts and a footer."""
    body = "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="{charset}">'
            "<title>Báo điện tử - Chính trị</title><style>p { margin: 0 }</style>"
            '<script>var menu = "Trang chủ";</script></head><body>'
            '<header class="site-header"><a href="/">Trang chủ</a></header>'
            "<nav><ul><li>Thời sự</li><li>Chính trị</li></ul></nav>"
            f"<main><article>\n{body}\n</article><aside>Tin đọc nhiều</aside></main>"
            "<footer>Bản quyền © Báo điện tử</footer><script>track();</script></body></html>")


VARIANTS = {
    "utf8": (".txt", lambda t: t.encode("utf-8")),
    "utf8-bom": (".txt", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    "utf16-le-bom": (".txt", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
    "utf16-be-bom": (".txt", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    "windows-1258": (".txt", lambda t: to_cp1258(t)),
    "nfd": (".txt", lambda t: unicodedata.normalize("NFD", t).encode("utf-8")),
    "crlf": (".txt", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
    "html": (".html", lambda t: to_html(t).encode("utf-8")),
    "html-crlf-nfd": (".html", lambda t: unicodedata.normalize("NFD", to_html(t)).replace(
        "\n", "\r\n").encode("utf-8")),
    "html-windows-1258": (".html", lambda t: to_cp1258(to_html(t, "windows-1258"))),
    "html-utf16-bom": (".htm", lambda t: to_html(t, "utf-16").encode("utf-16")),
    "html-as-txt": (".txt", lambda t: to_html(t).encode("utf-8")),
}


@pytest.mark.parametrize("variant", VARIANTS, ids=str)
@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_each_variant_of_a_seed_reads_to_the_seed_text(tmp_path, seed, variant):
    twin = read_document(seed).text
    suffix, encode = VARIANTS[variant]
    f = tmp_path / f"variant{suffix}"
    f.write_bytes(encode(twin))
    assert read_document(f).text == twin


def test_windows_1258_is_decoded(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(to_cp1258(SAMPLE))
    assert read_document(f).text == unicodedata.normalize("NFC", SAMPLE)


@pytest.mark.parametrize(
    "data, error, reason",
    [(b"", EmptyInputError, "empty"), (b"  \n ", EmptyInputError, "only white space"),
     (b"\x89PNG\r\n\x1a\n\x00\x00", BinaryInputError, "PNG image"),
     (b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryInputError, "JPEG image"),
     (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", BinaryInputError, "PDF document"),
     (b"PK\x03\x04\x14\x00\x06\x00", BinaryInputError, "ZIP archive"),
     (b"Ng\xc3\xa0y 5/3\x00\x00\x01", BinaryInputError, "NUL bytes"),
     (b"\xff\xfe\xfd" * 3 + b"\x81\x8d", DecodeError, "invalid utf-16: truncated"),
     (b"\xc3\x28 \x81\x8d\x8e\x8f" * 3, DecodeError, "not UTF-8 .* nor Windows-1258"),
     (b"\xef\xbb\xbfNg\xc3\xa0y \xff\xfe", DecodeError, "invalid utf-8"),
     (b"<html><head><meta charset='windows-1258'></head><p>\x81</p>", DecodeError,
      "invalid cp1258")],
    ids=["empty", "blank", "png", "jpeg", "pdf", "zip", "nul", "bad-utf16", "garbage", "bad-after-bom",
         "html-wrong-charset"],
)
def test_bad_bytes_raise_a_specific_error(data, error, reason):
    with pytest.raises(error, match=reason):
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


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.html"]))
def test_random_bytes_read_to_nfc_text_or_a_specific_error(tmp_path_factory, data, name):
    f = tmp_path_factory.mktemp("fuzz") / name
    f.write_bytes(data)
    try:
        doc = read_document(f)
    except InputError:
        return
    assert doc.text.strip() and unicodedata.is_normalized("NFC", doc.text)
    assert "\r" not in doc.text and "\ufeff" not in doc.text[:1]
