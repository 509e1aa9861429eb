"""HTML pages → the article's plain text and the page's own metadata.

Parsing is done by Lexbor (``selectolax``), a WHATWG-conformant HTML5 parser,
so broken markup is repaired the way a browser repairs it. Page chrome
(scripts, styles, forms, navigation, asides, footers, site banners, menus by
role or class) is removed; the article is the ``articleBody`` element, else
the largest ``<article>``, else ``<main>``, else the element holding the most
paragraph text (pages built of bare ``<div>``s), else ``<body>``. Its headline
is the page's ``<h1>`` when the article holds none. Blocks (``<p>``, ``<h1>``,
``<li>``, ``<figcaption>``, …) become paragraphs separated by a blank line,
``<br>`` a line break, and runs of HTML white space one space, which is how
the plain-text articles are laid out. The publication date, canonical address
and site name come from the page's ``<meta>``/``<link>`` tags.
"""

from __future__ import annotations

import codecs
import re
from datetime import date
from typing import Optional

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..document import Metadata
from .timestamps import parse_iso

# Elements whose content is never article text.
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "form", "button", "select", "textarea", "input", "nav", "aside",
    "footer", "menu", "dialog", "head", "title", "meta", "link",
})
_DROP_ROLES = frozenset({
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
    "dialog", "toolbar",
})
# Words of a class or id that mark page chrome (``main-menu``, ``breadcrumb``, ``share_box``).
_CHROME_WORDS = frozenset({
    "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "sidebar", "share",
    "social", "cookie", "cookies", "advert", "advertisement", "ads", "banner", "comments",
    "subscribe", "newsletter", "topbar", "toolbar", "pagination",
    # an article's own furniture: its section label, tags and timestamp line
    "cate", "category", "categories", "tags", "tag", "meta", "date", "time", "datetime",
    "timestamp", "published", "updated", "print",
    # boxes of links to other stories ("Tin liên quan"), not teasers written in the text
    "related", "relate", "relates", "lienquan", "tinlienquan",
})
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
    "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # not NBSP: &nbsp; is text, kept as written
_WORD_SPLIT = re.compile(r"[\s_\-]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_SNIFF = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                    re.IGNORECASE | re.DOTALL)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def looks_like_html(name: str, text_start: str) -> bool:
    """True for an ``.html``/``.htm`` file, or text that opens with an HTML document's tags."""
    return name.lower().endswith(HTML_SUFFIXES) or _SNIFF.match(text_start[:2048]) is not None


def declared_charset(data: bytes) -> str | None:
    """The codec a ``<meta charset>`` in the first 4 kB declares, if Python knows it."""
    found = _CHARSET.search(data[:4096])
    if not found:
        return None
    label = found.group(1).decode("ascii", "replace").lower()
    if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        label = "cp1252"  # what browsers do with these labels (WHATWG Encoding)
    if label.startswith(("utf-16", "utf16", "utf-32")):
        return None  # bytes that could be read to find the tag are not UTF-16 (WHATWG)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def html_to_text(markup: str) -> str:
    """The article text of an HTML page: paragraphs separated by blank lines."""
    return read_page(markup)[0]


def read_page(markup: str) -> tuple[str, Metadata]:
    """The article text of an HTML page and the metadata its head declares."""
    tree = LexborHTMLParser(markup)
    meta = _page_metadata(tree)  # before pruning: <head> is chrome
    _prune(tree.root)
    root = _article_root(tree)
    if root is None:
        return "", meta
    blocks = _blocks(root)
    if root.css_first("h1") is None:
        headline = tree.css_first("h1")
        if headline is not None:
            blocks = _blocks(headline) + blocks
    return "\n\n".join(blocks), meta


_PUBLISHED = ('meta[property="article:published_time"]', 'meta[itemprop="datePublished"]',
              'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]',
              'meta[property="og:published_time"]', 'meta[name="date"]',
              'meta[name="dc.date.issued"]', '[itemprop="datePublished"]')
_URL = ('link[rel="canonical"]', 'meta[property="og:url"]')
_SITE = ('meta[property="og:site_name"]', 'meta[name="application-name"]')


def _page_metadata(tree: LexborHTMLParser) -> Metadata:
    published = None
    for selector in _PUBLISHED:
        published = _parse_date(_attribute(tree, selector, ("content", "datetime")))
        if published:
            break
    return Metadata(url=_first(tree, _URL, ("href", "content")), published=published,
                    source=_first(tree, _SITE, ("content",)))


def _first(tree: LexborHTMLParser, selectors, attributes) -> Optional[str]:
    for selector in selectors:
        value = _attribute(tree, selector, attributes)
        if value:
            return value
    return None


def _attribute(tree: LexborHTMLParser, selector: str, attributes) -> Optional[str]:
    node = tree.css_first(selector)
    if node is None:
        return None
    for name in attributes:
        value = (node.attributes.get(name) or "").strip()
        if value:
            return value
    return None


_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")


def _parse_date(value: Optional[str]) -> Optional[date]:
    """ISO dates (``2024-05-14T08:30:00+07:00``, the day in Vietnam) or the day-first
    ``14/5/2024`` of Vietnamese sites.

    A value without day, month and year gives nothing: completing it would guess.
    """
    if not value:
        return None
    iso = parse_iso(value)
    if iso is not None:
        return iso
    found = _DAY_FIRST.search(value)
    if found:
        day, month, year = map(int, found.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


def _prune(top: LexborNode | None) -> None:
    """Remove page chrome top-down, never touching a removed node's children again."""
    stack = [top] if top is not None else []
    while stack:
        node = stack.pop()
        for child in list(node.iter(include_text=False)):
            if _is_chrome(child):
                child.decompose()
            else:
                stack.append(child)


def _is_chrome(node: LexborNode) -> bool:
    tag = node.tag
    if tag in _DROP_TAGS:
        return True
    if tag in ("html", "body", "main", "article"):
        return False  # the page's skeleton holds the article even when its class says otherwise
    attrs = node.attributes
    if (attrs.get("role") or "").strip().lower() in _DROP_ROLES:
        return True
    if tag == "header" and node.css_first("h1") is None:
        return True  # a site banner; an article's header holds its headline
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    words = set(_WORD_SPLIT.split(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()))
    return not words.isdisjoint(_CHROME_WORDS)


def _article_root(tree: LexborHTMLParser) -> LexborNode | None:
    for selector in ('[itemprop="articleBody"]', "article", "main", '[role="main"]'):
        candidates = tree.css(selector)
        if candidates:
            return max(candidates, key=lambda n: len(n.text(deep=True)))
    return _densest_container(tree) or tree.body or tree.root


_MIN_PARAGRAPH = 25  # characters: shorter <p>s are bylines, captions, link labels
_MIN_ARTICLE = 140


def _densest_container(tree: LexborHTMLParser) -> LexborNode | None:
    """The element whose own paragraphs hold the most text (links not counted)."""
    scores: dict[int, tuple[int, LexborNode]] = {}
    for paragraph in tree.css("p"):
        parent = paragraph.parent
        if parent is None:
            continue
        text = paragraph.text(deep=True).strip()
        linked = sum(len(a.text(deep=True)) for a in paragraph.css("a"))
        if len(text) < _MIN_PARAGRAPH or linked > len(text) / 2:
            continue
        key = parent.mem_id
        score = scores.get(key, (0, parent))[0] + len(text)
        scores[key] = (score, parent)
    if not scores:
        return None
    score, best = max(scores.values(), key=lambda item: item[0])
    return best if score >= _MIN_ARTICLE else None


def _blocks(root: LexborNode) -> list[str]:
    """Paragraph texts under ``root`` in document order (iterative: pages nest deeply)."""
    blocks: list[str] = []
    pieces: list[str] = []

    def flush() -> None:
        lines = (_HTML_SPACE.sub(" ", line).strip() for line in "".join(pieces).split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            blocks.append(text)
        pieces.clear()

    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            flush()
            continue
        if node.is_text_node:
            pieces.append((node.text_content or "").replace("\n", " "))
            continue
        if not node.is_element_node:
            continue  # comments, doctype
        tag = node.tag
        if tag == "br":
            pieces.append("\n")
            continue
        if tag in _BLOCK_TAGS:
            flush()
            stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    flush()
    return blocks
