"""HTML pages → the article's plain text (scripts, styles, menus and page chrome dropped).

Parsing is done by Lexbor (``selectolax``), a WHATWG-conformant HTML5 parser,
so broken markup is repaired the way a browser repairs it. The article is the
largest ``<article>`` (else ``<main>``, else ``<body>``); its headline is
taken from the page's ``<h1>`` when the article holds none. Blocks (``<p>``,
``<h1>``, ``<li>``, ``<figcaption>``, …) become paragraphs separated by a
blank line, ``<br>`` a line break, and runs of HTML white space one space,
which is how the plain-text articles are laid out.
"""

from __future__ import annotations

import codecs
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

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
    tree = LexborHTMLParser(markup)
    _prune(tree.root)
    root = _article_root(tree)
    if root is None:
        return ""
    blocks = _blocks(root)
    if root.css_first("h1") is None:
        headline = tree.css_first("h1")
        if headline is not None:
            blocks = _blocks(headline) + blocks
    return "\n\n".join(blocks)


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
    for selector in ("article", "main", "[role=main]"):
        candidates = tree.css(selector)
        if candidates:
            return max(candidates, key=lambda n: len(n.text(deep=True)))
    return tree.body or tree.root


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
