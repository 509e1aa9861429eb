"""HTML pages → article text: page chrome dropped, blocks become paragraphs."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Metadata
from pipeline.text.html import declared_charset, html_to_text, looks_like_html, read_page

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Báo X - Thời sự</title>
<style>p { color: red }</style><script>var a = "<p>không phải bài</p>";</script></head>
<body>
<header class="site-header"><a href="/">Trang chủ</a><form><input name="q"></form></header>
<nav><ul><li>Thời sự</li><li>Chính trị</li></ul></nav>
<div class="main-menu">Kinh tế | Xã hội</div>
<main>
  <div class="breadcrumb">Trang chủ › Chính trị</div>
  <article>
    <header><h1>Đoàn công tác làm việc tại tỉnh Nghệ An</h1></header>
    <p>Ngày 5/3/2024, Đoàn công tác   của
       Ban Nội chính Trung ương làm việc với Tỉnh ủy Nghệ An.</p>
    <figure><img src="a.jpg"><figcaption>Quang cảnh buổi làm việc. Ảnh: Minh Anh</figcaption></figure>
    <p>Dự buổi làm việc có đồng chí Lê Văn Sơn&nbsp;và các đồng chí trong Ban Thường vụ Tỉnh ủy.<br>Tin: Hải Yến</p>
    <div class="share-tools">Chia sẻ Facebook Zalo</div>
  </article>
  <aside><h3>Tin đọc nhiều</h3><ul><li>Bài khác</li></ul></aside>
</main>
<footer>Bản quyền © Báo X</footer>
<script>track();</script>
</body></html>"""

EXPECTED = (
    "Đoàn công tác làm việc tại tỉnh Nghệ An\n\n"
    "Ngày 5/3/2024, Đoàn công tác của Ban Nội chính Trung ương làm việc với Tỉnh ủy Nghệ An.\n\n"
    "Quang cảnh buổi làm việc. Ảnh: Minh Anh\n\n"
    "Dự buổi làm việc có đồng chí Lê Văn Sơn\u00a0và các đồng chí trong Ban Thường vụ Tỉnh ủy.\n"
    "Tin: Hải Yến"
)


def test_a_news_page_keeps_the_article_and_drops_the_chrome():
    assert html_to_text(PAGE) == EXPECTED


@pytest.mark.parametrize(
    "markup, expected",
    [
        ("<h1>Tiêu đề</h1><main><p>Đoạn một</p><p>Đoạn hai</p></main>",
         "Tiêu đề\n\nĐoạn một\n\nĐoạn hai"),
        ("<body><p>Một<p>Hai<div>Ba</div></body>", "Một\n\nHai\n\nBa"),
        ("<article><p>ngắn</p></article><article><p>Bài chính dài hơn nhiều</p></article>",
         "Bài chính dài hơn nhiều"),
        ("<p>Tom &amp; Jerry &lt;3 &#272;&#7855;k L&#7855;k</p>", "Tom & Jerry <3 Đắk Lắk"),
        ("<p>a<!-- bình luận -->b</p>", "ab"),
        ("<p>Hiện <span hidden>ẩn</span>rõ</p>", "Hiện rõ"),
        ("<div role='navigation'>menu</div><p>nội dung</p>", "nội dung"),
        ("<ul><li>một</li><li>hai</li></ul>", "một\n\nhai"),
        ("<table><tr><td>Ô 1</td><td>Ô 2</td></tr></table>", "Ô 1\n\nÔ 2"),
        ("<p>" + "<b>" * 5000 + "sâu" + "</b>" * 5000 + "</p>", "sâu"),
        ("<div>" * 20000 + "rất sâu", "rất sâu"),
        ("<html><body><script>x()</script><nav>menu</nav></body></html>", ""),
        ("", ""),
    ],
    ids=["h1-outside-main", "unclosed-p", "largest-article", "entities", "comment", "hidden",
         "role-navigation", "list", "table", "deep-inline", "deep-blocks", "chrome-only", "empty"],
)
def test_html_to_text(markup, expected):
    assert html_to_text(markup) == expected


@pytest.mark.parametrize(
    "name, start, expected",
    [("a.html", "xin chào", True), ("a.HTM", "", True), ("a.txt", "<!DOCTYPE html><html>", True),
     ("a.txt", "  <!-- c --> <html lang='vi'>", True), ("a.txt", "Ngày 5/3 <b>", False),
     ("a.txt", "<Ảnh: TTXVN>", False)],
    ids=["suffix", "suffix-upper", "doctype", "comment-then-html", "plain", "angle-text"],
)
def test_looks_like_html(name, start, expected):
    assert looks_like_html(name, start) is expected


@pytest.mark.parametrize(
    "head, expected",
    [(b'<meta charset="windows-1258">', "cp1258"),
     (b"<meta http-equiv='Content-Type' content='text/html; charset=UTF-8'>", "utf-8"),
     (b'<meta charset="iso-8859-1">', "cp1252"), (b'<meta charset="no-such">', None),
     (b"<p>no declaration</p>", None)],
    ids=["cp1258", "http-equiv", "latin1-is-cp1252", "unknown", "none"],
)
def test_declared_charset(head, expected):
    assert declared_charset(b"<html><head>" + head + b"</head>") == expected


TAGS = ["p", "div", "span", "b", "article", "main", "nav", "script", "style", "li", "ul", "h1",
        "table", "td", "tr", "header", "footer", "aside", "br", "figcaption", "a", "form"]
_markup = st.recursive(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20),
    lambda inner: st.tuples(st.sampled_from(TAGS), st.lists(inner, max_size=4),
                            st.booleans()).map(
        lambda t: f"<{t[0]}>{''.join(t[1])}" + (f"</{t[0]}>" if t[2] else "")),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None)
@given(_markup, st.text(alphabet="<>/&;!-=\"' pdivscrt", max_size=30))
def test_random_markup_gives_text_without_tags_or_an_empty_page(markup, noise):
    text = html_to_text(markup + noise)
    assert isinstance(text, str)
    assert text == text.strip() and "\n\n\n" not in text
    assert "<script>" not in text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(whitelist_categories=("L", "N")), min_size=1,
                        max_size=15), min_size=1, max_size=6))
def test_every_paragraph_of_an_article_survives(paragraphs):
    page = "<html><body><nav>menu</nav><article>" + "".join(
        f"<p>{p}</p>" for p in paragraphs) + "</article><footer>chân trang</footer></body></html>"
    assert html_to_text(page) == "\n\n".join(paragraphs)


DIV_PAGE = """<html><head>
<meta property="article:published_time" content="2024-05-14T08:30:00+07:00">
<link rel="canonical" href="https://baodientu.vn/chinh-tri/doan-kiem-tra-123.html">
<meta property="og:site_name" content="Báo Điện tử">
</head><body>
<div class="top"><div class="logo">Báo Điện tử</div><ul class="main-list"><li><a href="/">Chính trị</a></li>
<li><a href="/">Kinh tế</a></li></ul></div>
<div class="wrap">
  <div class="col-left">
    <h1 class="title">Đoàn kiểm tra làm việc tại Thanh Hóa</h1>
    <div class="content">
      <p>Ngày 13/5, Đoàn kiểm tra của Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy Thanh Hóa.</p>
      <p>Tham dự buổi làm việc có các đồng chí trong Ban Thường vụ Tỉnh ủy và lãnh đạo các sở, ngành.</p>
    </div>
  </div>
  <div class="col-right"><p><a href="/a">Tin liên quan: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12</a></p>
  <p><a href="/b">Tin khác: Thanh Hóa khai mạc lễ hội du lịch biển Sầm Sơn năm 2024</a></p></div>
</div>
<div class="copyright">© Báo Điện tử. Giấy phép số 123/GP-BTTTT cấp ngày 1/1/2020 cho phép hoạt động.</div>
</body></html>"""


def test_a_page_of_bare_divs_keeps_the_densest_text_and_its_headline():
    text, meta = read_page(DIV_PAGE)
    assert text == (
        "Đoàn kiểm tra làm việc tại Thanh Hóa\n\n"
        "Ngày 13/5, Đoàn kiểm tra của Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy Thanh Hóa.\n\n"
        "Tham dự buổi làm việc có các đồng chí trong Ban Thường vụ Tỉnh ủy và lãnh đạo các sở, ngành.")
    assert meta == Metadata(url="https://baodientu.vn/chinh-tri/doan-kiem-tra-123.html",
                            published=date(2024, 5, 14), source="Báo Điện tử")


@pytest.mark.parametrize(
    "head, published",
    [('<meta property="article:published_time" content="2025-12-16T07:00:00Z">', date(2025, 12, 16)),
     ('<meta itemprop="datePublished" content="2024-04-24">', date(2024, 4, 24)),
     ('<meta name="pubdate" content="Thứ Ba, 14/5/2024 - 08:30">', date(2024, 5, 14)),
     ('<meta name="pubdate" content="14/05">', None),
     ('<meta name="date" content="31/02/2024">', None),
     ("", None)],
    ids=["iso-time", "itemprop", "day-first", "no-year", "impossible", "none"],
)
def test_publication_date_from_the_head(head, published):
    _, meta = read_page(f"<html><head>{head}</head><body><p>Nội dung bài viết.</p></body></html>")
    assert meta.published == published


def test_article_body_microdata_wins_over_a_larger_wrapper():
    page = ("<div><p>Khối chữ dài của trang chủ, không phải nội dung bài báo chính thức.</p>"
            "<div itemprop='articleBody'><p>Nội dung bài.</p></div></div>")
    assert html_to_text(page) == "Nội dung bài."


def test_an_article_s_section_label_and_timestamp_line_are_not_its_text():
    page = ("<article><div class='cate'><a href='/c'>Chính trị</a></div><h1>Tiêu đề bài</h1>"
            "<div class='article-meta'><time datetime='2026-01-05'>Thứ Hai, 05/01/2026 08:30</time>"
            "</div><span class='date'>05/01/2026</span><p>Ngày 29/12, Đoàn kiểm tra làm việc.</p>"
            "</article>")
    assert html_to_text(page) == "Tiêu đề bài\n\nNgày 29/12, Đoàn kiểm tra làm việc."


def test_a_box_of_links_to_other_stories_is_not_the_article_but_teasers_in_the_text_are():
    page = ("<article><h1>Tiêu đề</h1><p>Ngày 2/3/2024, Đoàn kiểm tra làm việc.</p>"
            "<div class='box-related'><div>Tin liên quan</div><a>Bí thư Tỉnh ủy X tiếp Đoàn</a></div>"
            "<p>Đoàn kết thúc đợt kiểm tra.</p><h3>Có thể bạn quan tâm</h3><ul><li>Ngày 1/3, "
            "Đoàn công tác thăm tỉnh Y.</li></ul></article>")
    assert html_to_text(page) == ("Tiêu đề\n\nNgày 2/3/2024, Đoàn kiểm tra làm việc.\n\nĐoàn kết "
                                  "thúc đợt kiểm tra.\n\nCó thể bạn quan tâm\n\nNgày 1/3, Đoàn "
                                  "công tác thăm tỉnh Y.")
