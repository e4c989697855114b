"""
Markdown and Wagtail's rich text, both ways (core/content/richtext.py): what
an editor writes in a content file becomes the HTML Wagtail's own editor
writes, and the exporter writes Markdown only where it reads back the same.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.content import ContentError
from core.content.richtext import (
    NotMarkdown,
    checked_markdown,
    ids_to_named_links,
    named_links_to_ids,
    same_rich_text,
    to_html,
    unwrap_links,
)

PAGES = {"/about/": "3", "/networks/": "7"}
IDS = {pk: path for path, pk in PAGES.items()}


def link(target):
    if target in PAGES:
        return {"linktype": "page", "id": PAGES[target]}
    if target.startswith("files/"):
        return {"linktype": "document", "id": "5"}
    return {"href": target}


def target(attrs):
    if attrs.get("linktype") == "page":
        return IDS[attrs["id"]]
    if attrs.get("linktype") == "document":
        return "files/plan.pdf"
    return attrs["href"]


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("A paragraph.", "<p>A paragraph.</p>"),
        ("- one\n- two", "<ul><li>one</li><li>two</li></ul>"),
        ("One.\n\nTwo.", "<p>One.</p><p>Two.</p>"),
        ("Some **bold** and *italic*.", "<p>Some <b>bold</b> and <i>italic</i>.</p>"),
        ("A break\\\nhere.", "<p>A break<br/>here.</p>"),
        ("1. one\n2. two", "<ol><li>one</li><li>two</li></ol>"),
        ("- one\n  - inner", "<ul><li>one<ul><li>inner</li></ul></li></ul>"),
        ("## Section\n\n### Part", "<h2>Section</h2><h3>Part</h3>"),
        ("[About](/about/)", '<p><a linktype="page" id="3">About</a></p>'),
        ("[Plan](files/plan.pdf)", '<p><a linktype="document" id="5">Plan</a></p>'),
        ("[W3C](https://www.w3.org/)", '<p><a href="https://www.w3.org/">W3C</a></p>'),
        ("Fish & chips < 5", "<p>Fish &amp; chips &lt; 5</p>"),
        ('"Quoted" and it\'s', '<p>"Quoted" and it\'s</p>'),
    ],
)
def test_markdown_becomes_the_rich_text_the_editor_writes(markdown, html):
    assert to_html(markdown, link) == html
    assert checked_markdown(html, target, link) == markdown


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("Lines run\non.", "<p>Lines run on.</p>"),
        ("- loose\n\n- list", "<ul><li>loose</li><li>list</li></ul>"),
        ("* stars\n* too", "<ul><li>stars</li><li>too</li></ul>"),
        ("3. counted from three", "<ol><li>counted from three</li></ol>"),
        ("__strong__ _em_", "<p><b>strong</b> <i>em</i></p>"),
    ],
)
def test_other_ways_to_write_the_same_are_read(markdown, html):
    assert to_html(markdown, link) == html


@pytest.mark.parametrize(
    ("markdown", "refused"),
    [
        ("# Title", "heading of level 1"),
        ("#### Deep", "heading of level 4"),
        ("<b>bold</b>", "HTML"),
        ("Some <i>HTML</i>", "HTML"),
        ("> a quote", "quotation"),
        ("---", "horizontal rule"),
        ("`code`", "code"),
        ("    indented", "indented code block"),
        ("![an image](x.png)", "image"),
        ('[titled](/about/ "title")', "a link with a title"),
        ("- one\n\n  two", "two paragraphs"),
    ],
)
def test_what_a_page_cannot_hold_is_refused_with_a_reason(markdown, refused):
    with pytest.raises(ContentError, match=refused):
        to_html(markdown, link)


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("2021. A good year", "2021\\. A good year"),
        ("- not a list", "\\- not a list"),
        ("+ not a list", "\\+ not a list"),
        ("# not a heading", "\\# not a heading"),
        ("> not a quote", "\\> not a quote"),
        ("a *star* and _under_", "a \\*star\\* and \\_under\\_"),
        ("[not a link]", "\\[not a link\\]"),
        ("&amp; as written", "\\&amp; as written"),
    ],
)
def test_text_that_looks_like_markdown_is_escaped(text, markdown):
    html = to_html(markdown)
    assert html == f"<p>{text.replace('&', '&amp;').replace('>', '&gt;')}</p>"
    assert checked_markdown(html, target, link) == markdown


@pytest.mark.parametrize(
    "html",
    [
        "<p><b> bold with a space</b></p>",
        "<p>x<i>*</i>y</p>",
        "<p>    four spaces</p>",
        "<hr/>",
        "<p>code: <code>x</code></p>",
        '<p><a href="/about/" title="t">titled</a></p>',
        "<blockquote>quoted</blockquote>",
    ],
)
def test_rich_text_markdown_cannot_say_is_not_written_as_markdown(html):
    with pytest.raises(NotMarkdown):
        checked_markdown(html, target, link)


def test_the_editors_block_keys_and_tag_names_do_not_count():
    assert same_rich_text(
        '<p data-block-key="k1">a <strong>b</strong></p><p data-block-key="k2"></p>',
        "<p>a <b>b</b></p>",
    )
    html = '<p data-block-key="k1">Hello <strong>there</strong></p>'
    assert checked_markdown(html, target, link) == "Hello **there**"


def test_two_lists_in_a_row_stay_two_lists():
    html = (
        "<ul><li>a</li></ul><ul><li>b</li></ul><ol><li>c</li></ol><ol><li>d</li></ol>"
    )
    markdown = checked_markdown(html, target, link)
    assert markdown == "- a\n\n* b\n\n1. c\n\n1) d"
    assert to_html(markdown) == html


def test_links_in_html_kept_as_html_are_named_not_numbered():
    html = (
        '<p><a linktype="page" id="3">About</a> <a linktype="document" id="5">P</a></p>'
    )
    named = ids_to_named_links(
        html, lambda kind, pk: IDS.get(pk) if kind == "page" else "plan.pdf"
    )
    assert named == (
        '<p><a linktype="page" path="/about/">About</a> '
        '<a linktype="document" file="plan.pdf">P</a></p>'
    )
    back = named_links_to_ids(
        named, lambda kind, name: PAGES.get(name) if kind == "page" else "5"
    )
    assert same_rich_text(back, html)


def test_a_link_to_a_page_that_is_gone_keeps_its_text():
    html = '<p>See <a linktype="page" id="9">the old page</a> or <a href="x">x</a>.</p>'
    assert unwrap_links(html, lambda kind, pk: pk == "9") == (
        '<p>See the old page or <a href="x">x</a>.</p>'
    )


# Any rich text the editor can make comes back the same, or is kept as HTML.

words = st.text(
    alphabet=st.sampled_from(list("abc XYZ019.,:;-+*_#>&<()[]!'\"")),
    min_size=1,
    max_size=12,
)
inline = st.recursive(
    words.map(lambda text: text.replace("&", "&amp;").replace("<", "&lt;")),
    lambda inner: st.one_of(
        st.tuples(inner, inner).map("".join),
        inner.map(lambda html: f"<b>{html}</b>"),
        inner.map(lambda html: f"<i>{html}</i>"),
        inner.map(lambda html: f'<a href="https://example.org/">{html}</a>'),
        inner.map(lambda html: f'<a linktype="page" id="3">{html}</a>'),
        inner.map(lambda html: f"{html}<br/>"),
    ),
    max_leaves=4,
)
block = st.one_of(
    inline.map(lambda html: f"<p>{html}</p>"),
    inline.map(lambda html: f"<h2>{html}</h2>"),
    st.lists(inline, min_size=1, max_size=3).map(
        lambda items: "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    ),
    st.lists(inline, min_size=1, max_size=3).map(
        lambda items: "<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(block, min_size=1, max_size=4).map("".join))
def test_rich_text_comes_back_the_same_or_is_kept_as_html(html):
    try:
        markdown = checked_markdown(html, target, link)
    except NotMarkdown:
        return
    assert same_rich_text(to_html(markdown, link), html)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("abcdefgh ,.'")), min_size=1).filter(
            lambda text: text.strip() == text
        ),
        min_size=1,
        max_size=4,
    )
)
def test_plain_paragraphs_are_always_markdown(paragraphs):
    html = "".join(f"<p>{text}</p>" for text in paragraphs)
    assert to_html(checked_markdown(html, target, link), link) == html
