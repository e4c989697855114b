"""
Markdown and Wagtail's rich text, both ways, for what the site's editor
allows: paragraphs, h2 and h3, bold, italic, bulleted and numbered lists
(nested too), line breaks, and links to pages, documents and addresses.

Markdown becomes the HTML Wagtail's own editor writes: `<b>` and `<i>` for
bold and italic, `<br/>`, no newlines between tags, and links in Wagtail's
database form (`<a linktype="page" id="3">`), found by the caller's `link`
function. Anything else (raw HTML, images, code, quotes, rules, tables) is
refused with a message, so a file says what the page shows.

`to_markdown` is the way back. It returns Markdown only when that Markdown
turns into the same rich text again; otherwise it raises `NotMarkdown` and
the caller keeps the HTML as it is.
"""

import re
from html import escape as escape_html
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from . import ContentError

_PARSER = MarkdownIt("commonmark", {"html": True})

BLOCK_BREAK = "<!-- new block -->"


class NotMarkdown(ValueError):
    """Rich text that Markdown cannot say exactly."""


# Markdown to rich text ---------------------------------------------------------


def parse(markdown):
    """markdown-it's tokens for a Markdown text."""
    return _PARSER.parse(markdown)


def to_html(markdown, link=None, headings=("h2", "h3")):
    """
    The rich text for a Markdown text. `link(target)` gives the attributes
    of a link's `<a>` (e.g. {"linktype": "page", "id": "3"}); without it,
    links keep their target as their address.
    """
    return render(parse(markdown), link, headings)


def render(tokens, link=None, headings=("h2", "h3")):
    """Rich text for a run of block tokens (see `to_html`)."""
    link = link or (lambda target: {"href": target})
    out = []
    in_item = []  # for each open list item, whether it has its paragraph yet
    for token in tokens:
        kind = token.type
        if kind == "paragraph_open":
            if in_item:
                if in_item[-1]:
                    raise _refused(token, "a list item with two paragraphs")
                in_item[-1] = True
            else:
                out.append("<p>")
        elif kind == "paragraph_close":
            if not in_item:
                out.append("</p>")
        elif kind == "inline":
            out.append(_inline(token, link))
        elif kind == "heading_open":
            if token.tag not in headings:
                allowed = ", ".join("#" * int(tag[1]) for tag in headings) or "none"
                raise _refused(token, f"a heading of level {token.tag[1]}", allowed)
            out.append(f"<{token.tag}>")
        elif kind == "heading_close":
            out.append(f"</{token.tag}>")
        elif kind in ("bullet_list_open", "ordered_list_open"):
            out.append(f"<{token.tag}>")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            out.append(f"</{token.tag}>")
        elif kind == "list_item_open":
            in_item.append(False)
            out.append("<li>")
        elif kind == "list_item_close":
            in_item.pop()
            out.append("</li>")
        else:
            raise _refused(token, _DESCRIPTIONS.get(kind, kind))
    return "".join(out)


_DESCRIPTIONS = {
    "html_block": "HTML",
    "fence": "a fenced block",
    "code_block": "an indented code block",
    "blockquote_open": "a quotation (use a quote block)",
    "hr": "a horizontal rule",
    "code_inline": "code",
    "image": "an image (use an image block)",
    "html_inline": "HTML",
}


def _refused(token, what, allowed=None):
    line = f" (line {token.map[0] + 1})" if token.map else ""
    hint = f"; use {allowed}" if allowed else ""
    return ContentError(f"{what} is not something a page's text can hold{line}{hint}")


def _inline(token, link):
    out = []
    for child in token.children or []:
        kind = child.type
        if kind == "text":
            out.append(escape_html(child.content, quote=False))
        elif kind == "softbreak":
            out.append(" ")
        elif kind == "hardbreak":
            out.append("<br/>")
        elif kind == "strong_open":
            out.append("<b>")
        elif kind == "strong_close":
            out.append("</b>")
        elif kind == "em_open":
            out.append("<i>")
        elif kind == "em_close":
            out.append("</i>")
        elif kind == "link_open":
            if child.attrGet("title"):
                raise _refused(token, "a link with a title")
            attrs = link(child.attrGet("href"))
            out.append(_start_tag("a", attrs))
        elif kind == "link_close":
            out.append("</a>")
        else:
            raise _refused(token, _DESCRIPTIONS.get(kind, kind))
    return "".join(out)


def _start_tag(tag, attrs):
    return "<{}{}>".format(
        tag, "".join(f' {name}="{escape_html(value)}"' for name, value in attrs.items())
    )


# Links by name, for rich text kept as HTML ------------------------------------

_LINK = re.compile(r"<a\b([^>]*)>")
_ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')
_NAMES = {"page": "path", "document": "file"}


def _relink(html, change):
    def tag(match):
        attrs = dict(_ATTRIBUTE.findall(match.group(1)))
        kind = attrs.get("linktype")
        if kind not in _NAMES:
            return match.group(0)
        attrs = change(kind, attrs)
        return _start_tag("a", attrs)

    return _LINK.sub(tag, html)


def ids_to_named_links(html, to_name):
    """<a linktype="page" id="3"> as <a linktype="page" path="/about/">."""

    def change(kind, attrs):
        name = to_name(kind, attrs.get("id"))
        named = {k: v for k, v in attrs.items() if k != "id"}
        if name is not None:
            named[_NAMES[kind]] = name
        return named

    return _relink(html, change)


def named_links_to_ids(html, to_id):
    """The way back from `ids_to_named_links`, once the pages exist."""

    def change(kind, attrs):
        pk = to_id(kind, attrs.get(_NAMES[kind], ""))
        linked = {k: v for k, v in attrs.items() if k != _NAMES[kind]}
        if pk is not None:
            linked["id"] = pk
        return linked

    return _relink(html, change)


def unwrap_links(html, gone):
    """Links for which `gone(kind, id)` is true, as their text alone."""
    out, depth_of_gone = [], []
    position = 0
    for match in re.finditer(r"<a\b([^>]*)>|</a>", html):
        out.append(html[position : match.start()])
        position = match.end()
        if match.group(0) == "</a>":
            if depth_of_gone and depth_of_gone.pop():
                continue
            out.append(match.group(0))
            continue
        attrs = dict(_ATTRIBUTE.findall(match.group(1)))
        kind = attrs.get("linktype")
        is_gone = kind in _NAMES and gone(kind, attrs.get("id"))
        depth_of_gone.append(is_gone)
        if not is_gone:
            out.append(match.group(0))
    out.append(html[position:])
    return "".join(out)


# Rich text to Markdown -----------------------------------------------------------


class _Node:
    def __init__(self, tag, attrs=None):
        self.tag = tag
        self.attrs = attrs or {}
        self.children = []

    def text(self):
        return "".join(
            child if isinstance(child, str) else child.text() for child in self.children
        )


_RENAMED = {"strong": "b", "em": "i"}
_VOID = {"br"}


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node(None)
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        tag = _RENAMED.get(tag, tag)
        # The editor's block keys only tie a paragraph to its comments.
        node = _Node(tag, {k: v or "" for k, v in attrs if k != "data-block-key"})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        tag = _RENAMED.get(tag, tag)
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def tree(html):
    builder = _TreeBuilder()
    builder.feed(html or "")
    builder.close()
    return builder.root


def canonical(html):
    """
    Rich text reduced to what it means, to compare two versions: the tree of
    tags, attributes and text, without block keys or empty paragraphs, with
    <strong> and <em> as the <b> and <i> the editor writes.
    """

    def walk(node):
        items = []
        for child in node.children:
            if isinstance(child, str):
                items.append(child)
                continue
            inner = walk(child)
            if child.tag == "p" and not inner:
                continue
            items.append((child.tag, tuple(sorted(child.attrs.items())), inner))
        return tuple(items)

    return walk(tree(html))


def same_rich_text(a, b):
    return canonical(a) == canonical(b)


def to_markdown(html, link=None, headings=("h2", "h3")):
    """
    Markdown for rich text, checked: rendered again (with `unlink`, the way
    back from `link`), it gives the same rich text, or NotMarkdown is raised.
    `link(attrs)` gives a link's target for the attributes of its `<a>`.
    """
    link = link or (lambda attrs: attrs.get("href", ""))
    writer = _MarkdownWriter(link, headings)
    blocks = [writer.block(node) for node in _blocks(tree(html))]
    return "\n\n".join(block for block in blocks if block)


def checked_markdown(html, link, unlink, headings=("h2", "h3")):
    """Markdown for rich text that renders to the same rich text, or NotMarkdown."""
    markdown = to_markdown(html, link, headings)
    try:
        again = to_html(markdown, unlink, headings)
    except ContentError as error:
        raise NotMarkdown(str(error)) from error
    if not same_rich_text(again, html):
        raise NotMarkdown("the Markdown would not give the same text")
    return markdown


def _blocks(root):
    for child in root.children:
        if isinstance(child, str):
            if child.strip():
                raise NotMarkdown("text outside a paragraph")
            continue
        if child.tag == "p" and not child.children:
            continue
        yield child


# Characters that mean something to Markdown wherever they are, and what
# means something only at the start of a line ("# ", "- ", "+ ", ">", "1. ").
_ESCAPE_ANYWHERE = re.compile(r"([\\`*_\[\]]|<(?=[A-Za-z/!?]))")
_ENTITY = re.compile(r"&(?=#|[A-Za-z][A-Za-z0-9]*;)")
_LINE_START = re.compile(r"^(?:(#{1,6}|[-+])(?=[ \t]|$)|(>))")
_NUMBERED = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")


def escape(text):
    """Text as Markdown that reads as the same text, within a line."""
    return _ENTITY.sub(r"\\&", _ESCAPE_ANYWHERE.sub(r"\\\1", text))


def escape_line_starts(text):
    """Escapes what would make a line of a block a heading, list or quote."""
    lines = []
    for line in text.split("\n"):
        line = _LINE_START.sub(lambda m: "\\" + m.group(0), line)
        line = _NUMBERED.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", line)
        lines.append(line)
    return "\n".join(lines)


class _MarkdownWriter:
    def __init__(self, link, headings):
        self.link = link
        self.headings = headings
        self.last_list = None

    def block(self, node):
        tag = node.tag
        if tag == "p":
            self.last_list = None
            return self.line_start(self.inline(node))
        if tag in self.headings:
            self.last_list = None
            text = self.inline(node)
            if "\n" in text:
                raise NotMarkdown("a line break in a heading")
            return "#" * int(tag[1]) + " " + text
        if tag in ("ul", "ol"):
            # Two lists in a row need different markers to stay two lists.
            alternate = self.last_list == tag
            self.last_list = tag
            return self.list(node, alternate)
        raise NotMarkdown(f"<{tag}> in rich text")

    def list(self, node, alternate=False, indent=""):
        lines = []
        number = 0
        for item in node.children:
            if isinstance(item, str):
                if item.strip():
                    raise NotMarkdown("text in a list outside its items")
                continue
            if item.tag != "li":
                raise NotMarkdown(f"<{item.tag}> in a list")
            number += 1
            if node.tag == "ul":
                marker = "*" if alternate else "-"
            else:
                marker = f"{number}{')' if alternate else '.'}"
            lines.append(self.item(item, f"{marker} ", indent))
        return "\n".join(lines)

    def item(self, item, marker, indent):
        inner = indent + " " * len(marker)
        text, nested = [], []
        for child in item.children:
            if not isinstance(child, str) and child.tag in ("ul", "ol"):
                nested.append(child)
            elif nested:
                raise NotMarkdown("text after a nested list")
            else:
                text.append(child)
        holder = _Node("li")
        holder.children = text
        body = self.line_start(self.inline(holder)).replace("\n", "\n" + inner)
        lines = [indent + marker + body]
        lines += [self.list(child, indent=inner) for child in nested]
        return "\n".join(lines)

    def line_start(self, text):
        return escape_line_starts(text)

    def inline(self, node):
        out = []
        for child in node.children:
            if isinstance(child, str):
                if "\n" in child:
                    raise NotMarkdown("a newline in text")
                out.append(escape(child))
                continue
            tag = child.tag
            if tag == "br":
                out.append("\\\n")
                continue
            if tag not in ("b", "i", "a"):
                raise NotMarkdown(f"<{tag}> in rich text")
            inner = self.inline(child)
            if not inner or inner != inner.strip():
                raise NotMarkdown(f"<{tag}> that starts or ends with a space")
            if tag == "b":
                out.append(f"**{inner}**")
            elif tag == "i":
                out.append(f"*{inner}*")
            elif tag == "a":
                out.append(f"[{inner}]({_target(self.link(child.attrs))})")
        return "".join(out)


def _target(url):
    if not url:
        raise NotMarkdown("a link with nowhere to go")
    if re.search(r"[\s()<>]", url):
        if re.search(r"[<>\n]", url):
            raise NotMarkdown("a link address Markdown cannot hold")
        return f"<{url}>"
    return url
