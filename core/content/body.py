"""
A page's body (a StreamField) as the Markdown of its file, and back.

- `## Heading` and `### Subheading` are heading blocks;
- paragraphs and lists are rich-text blocks, one block for the text between
  two other blocks; a line `<!-- new block -->` starts a new one where the
  page has two in a row;
- any other block is a fenced block named after it, with its fields as YAML:

      ```quote
      text: Inclusive, collaborative, ambitious
      attribution: Leeds Learning Alliance
      ```

  and a rich-text block that Markdown cannot say exactly is kept as HTML in
  a ```html fence.
"""

from wagtail import blocks

from . import ContentError, richtext, source, values

HEADING_SIZES = {"h2": "##", "h3": "###"}
HTML_FENCE = "html"


def _heading_block(stream_block):
    block = stream_block.child_blocks.get("heading")
    if isinstance(block, blocks.StructBlock) and set(block.child_blocks) == {
        "text",
        "size",
    }:
        return "heading"
    return None


def _text_block(stream_block):
    for name, block in stream_block.child_blocks.items():
        if isinstance(block, blocks.RichTextBlock):
            return name
    return None


# Markdown to blocks -------------------------------------------------------------


def items(markdown, stream_block, where):
    """The body's blocks as file data, [{block name: value}], for values.load_stream."""
    heading, text = _heading_block(stream_block), _text_block(stream_block)
    lines = markdown.split("\n")
    found = []
    run = []  # the lines (start, end) of the rich text being gathered

    def end_run():
        if run:
            if text is None:
                raise ContentError(f"{where}: this page's body has no text blocks")
            found.append({text: "\n".join(lines[run[0][0] : run[-1][1]]).strip("\n")})
            run.clear()

    tokens = richtext.parse(markdown)
    position = 0
    while position < len(tokens):
        token = tokens[position]
        line = f"{where}, line {token.map[0] + 1}" if token.map else where
        if token.level == 0 and token.type == "heading_open" and heading:
            end_run()
            if token.tag not in HEADING_SIZES:
                raise ContentError(f"{line}: use ## or ### for a heading")
            found.append(
                {
                    heading: {
                        "text": _plain(tokens[position + 1], line),
                        "size": token.tag,
                    }
                }
            )
            position += 3
            continue
        if token.type == "fence":
            end_run()
            found.append(_fenced(token, stream_block, text, line))
        elif (
            token.type == "html_block" and token.content.strip() == richtext.BLOCK_BREAK
        ):
            end_run()
        elif token.level == 0 and token.type.endswith("_open"):
            run.append(token.map)
            position = _closing(tokens, position) + 1
            continue
        elif token.level == 0:
            raise ContentError(f"{line}: {token.type.replace('_', ' ')} is not allowed")
        position += 1
    end_run()
    return found


def _closing(tokens, position):
    """The index of the token that closes the one at `position`."""
    depth = 0
    for index in range(position, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _plain(inline, where):
    """A heading's text: plain, as a heading block holds it."""
    parts = []
    for child in inline.children or []:
        if child.type == "text":
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        else:
            raise ContentError(
                f"{where}: a heading is plain text, without {child.type}"
            )
    return "".join(parts)


def _fenced(token, stream_block, text, where):
    name = token.info.strip()
    if name == HTML_FENCE and text:
        return {text: {"html": token.content.rstrip("\n")}}
    if name not in stream_block.child_blocks:
        raise ContentError(
            f"{where}: no block '{name}'; fenced blocks here are "
            f"{', '.join(stream_block.child_blocks)}"
        )
    data = source.load_yaml(token.content, where)
    return {name: data if data is not None else {}}


# Blocks to Markdown -------------------------------------------------------------


def markdown(stream_value, stream_block, names):
    """The body's Markdown, as `items` reads it back."""
    heading, text = _heading_block(stream_block), _text_block(stream_block)
    parts = []
    previous = None
    for child in stream_value or []:
        name = child.block_type
        if name == heading and child.value.get("size") in HEADING_SIZES:
            part = _heading(child.value)
            if part is not None:
                parts.append(part)
                previous = name
                continue
        if name == text:
            if previous == text:
                parts.append(richtext.BLOCK_BREAK)
            written = names.markdown(child.value.source if child.value else "")
            if isinstance(written, dict):
                parts.append(_fence(HTML_FENCE, written["html"] + "\n"))
            elif written:
                parts.append(written)
            else:
                parts.append(_fence(HTML_FENCE, "\n"))
            previous = name
            continue
        data = values.dump_block(child.block, child.value, names)
        parts.append(_fence(name, source.dump_yaml(data) if data else ""))
        previous = name
    return "\n\n".join(parts)


def _heading(value):
    text = value.get("text") or ""
    written = richtext.escape(text)
    line = f"{HEADING_SIZES[value['size']]} {written}"
    tokens = richtext.parse(line)
    try:
        same = len(tokens) == 3 and tokens[0].tag == value["size"]
        same = same and _plain(tokens[1], "") == text
    except ContentError:
        return None
    return line if same and text and text.strip() == text else None


def html_fence(html):
    """Rich text kept as HTML, where Markdown cannot say it exactly."""
    return _fence(HTML_FENCE, html + "\n")


def main_text(markdown):
    """A page's Markdown text, or {"html": …} if it is one ```html fence."""
    tokens = richtext.parse(markdown)
    if len(tokens) == 1 and tokens[0].type == "fence" and tokens[0].info == HTML_FENCE:
        return {"html": tokens[0].content.rstrip("\n")}
    return markdown


def _fence(name, content):
    fence = "```"
    while fence in content:
        fence += "`"
    return f"{fence}{name}\n{content}{fence}"
