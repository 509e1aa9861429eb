"""Reading an article file: bytes → decoded NFC text, sha256, sidecar metadata."""

from __future__ import annotations

import codecs
import hashlib
import json
import stat
from pathlib import Path

from ..document import Document, Metadata
from ..errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    MetadataError,
    NotAFileError,
    TooLargeError,
)
from .html import HTML_SUFFIXES, declared_charset, looks_like_html, read_page
from .normalize import match_key, nfc
from .timestamps import first_page_timestamp, parse_iso

MAX_BYTES = 20 * 1024 * 1024  # an article is a few kB; anything this large is not one
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
# Signatures of files that are often renamed to .txt by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"), (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
)


def sha256_of(data: bytes) -> str:
    """Hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Decode article bytes; return (text, encoding name). Raise an InputError if it is not text.

    A byte-order mark decides; else, for an HTML page, its ``<meta charset>``;
    else UTF-8, then Windows-1258 when that reads as Vietnamese.
    """
    if not data.strip():
        raise EmptyInputError("file is empty" if not data else "file holds only white space")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"file is {kind}, not text")
    if b"\x00" in data:
        raise BinaryInputError("file holds NUL bytes: binary data, not text")
    charset = declared_charset(data) if html or data.lstrip()[:1] == b"<" else None
    if charset and charset != "utf-8":
        return _strict(data, charset), charset
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        # Windows-1258 is the legacy Vietnamese code page; every byte decodes,
        # so accept it only when the result reads as Vietnamese text.
        try:
            text = data.decode("cp1258")
        except UnicodeDecodeError:
            text = ""
        if text and _looks_vietnamese(text):
            return text, "cp1258"
        raise DecodeError(
            f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) nor Windows-1258 text"
        ) from None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid {encoding}: {exc.reason} at byte {exc.start}") from None


def _looks_vietnamese(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t")
    return letters > 0.5 * len(text.replace(" ", "").replace("\n", "")) and controls == 0


def clean_text(raw: str) -> str:
    """Stored form of decoded text: NFC, one kind of line end, no BOM."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return nfc(text)


def read_metadata(path: Path) -> Metadata:
    """Read the sidecar ``NAME.meta.json`` of ``path`` if present; raise MetadataError if malformed."""
    meta_path = sidecar_path(path)
    if not meta_path.exists():
        return Metadata()
    try:
        raw = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MetadataError(f"{meta_path}: not valid JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise MetadataError(f"{meta_path}: expected a JSON object")
    published = raw.get("published")
    if published is not None:
        written = published
        published = parse_iso(str(published)) if len(str(published)) >= 10 else None
        if published is None:  # a month alone ("2024-05") would have to guess the day
            raise MetadataError(f"{meta_path}: 'published' is not a date: {written!r}")
    return Metadata(
        url=_opt_str(raw.get("url")), published=published, source=_opt_str(raw.get("source"))
    )


def _opt_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def sidecar_path(path: Path) -> Path:
    """``dir/NAME.meta.json`` for ``dir/NAME.txt``."""
    return path.with_name(path.stem + ".meta.json")


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``; TooLargeError past ``max_bytes`` (checked before reading).

    Only regular files are read: a pipe named ``*.txt`` would block the run.
    """
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        kind = "a directory" if stat.S_ISDIR(info.st_mode) else "a pipe, socket or device"
        raise NotAFileError(f"path is {kind}, not a file")
    if info.st_size > max_bytes:
        raise TooLargeError(f"file is {info.st_size:,} bytes; the limit is {max_bytes:,}")
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)  # the file may have grown since stat()
    if len(data) > max_bytes:
        raise TooLargeError(f"file is over {max_bytes:,} bytes")
    return data


def read_document(path: Path, *, data: bytes | None = None, max_bytes: int = MAX_BYTES,
                  meta: Metadata | None = None) -> Document:
    """Read one article file into a Document (stored text, sha256, metadata).

    ``data`` are the file's bytes when the caller already read them; ``meta``
    overrides the sidecar (the caller reads it first so that a malformed
    sidecar is a warning and the article is not lost).
    """
    if data is None:
        data = read_bytes(path, max_bytes=max_bytes)
    raw, encoding = decode(data, html=path.name.lower().endswith(HTML_SUFFIXES))
    if meta is None:
        meta = read_metadata(path)
    if looks_like_html(path.name, raw):
        raw, page = read_page(raw)
        if not raw.strip():
            raise EmptyInputError("HTML page holds no article text")
        meta = Metadata(url=meta.url or page.url, published=meta.published or page.published,
                        source=meta.source or page.source)  # the sidecar wins
    text = clean_text(raw)
    if not text.strip():
        raise EmptyInputError("file holds only white space")
    if meta.published is None:
        # The timestamp line a page prints by its headline (``15:43, 23/03/2022``).
        stamped = first_page_timestamp(match_key(text))
        if stamped is not None:
            meta = Metadata(url=meta.url, published=stamped, source=meta.source)
    return Document(
        name=path.name,
        text=text,
        sha256=sha256_of(data),
        path=str(path.resolve()),
        encoding=encoding,
        meta=meta,
    )


def iter_article_paths(paths: list[Path]) -> list[Path]:
    """Expand files and directories into the article files to ingest, sorted, without sidecars."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            # A dangling link is listed so that its failure is reported, not lost.
            found.extend(
                f for f in sorted(p.rglob("*"))
                if (f.is_file() or f.is_symlink()) and f.suffix.lower() in ARTICLE_SUFFIXES
            )
        else:
            found.append(p)
    seen: set[Path] = set()
    unique = []
    for f in found:
        if f not in seen:
            seen.add(f)
            unique.append(f)
    return unique
