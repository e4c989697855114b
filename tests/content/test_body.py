"""A page's body as the Markdown of its file (core/content/body.py)."""

import pytest

from core.blocks import BodyBlock
from core.content import ContentError
from core.content.body import items

BODY = BodyBlock()


def test_headings_text_and_fenced_blocks_become_the_bodys_blocks():
    markdown = "\n".join(
        [
            "## Our vision",
            "",
            "```quote",
            "text: Inclusive, collaborative, ambitious",
            "attribution: Leeds Learning Alliance",
            "```",
            "",
            "One paragraph.",
            "",
            "- and a list",
            "",
            "<!-- new block -->",
            "",
            "A second text block.",
            "",
            "### A part",
            "",
            "```call_to_action",
            "heading: Find out more",
            "page: /about/",
            "link_text: About us",
            "```",
        ]
    )
    assert items(markdown, BODY, "a page") == [
        {"heading": {"text": "Our vision", "size": "h2"}},
        {
            "quote": {
                "text": "Inclusive, collaborative, ambitious",
                "attribution": "Leeds Learning Alliance",
            }
        },
        {"paragraph": "One paragraph.\n\n- and a list"},
        {"paragraph": "A second text block."},
        {"heading": {"text": "A part", "size": "h3"}},
        {
            "call_to_action": {
                "heading": "Find out more",
                "page": "/about/",
                "link_text": "About us",
            }
        },
    ]


def test_text_kept_as_html_is_a_text_block():
    markdown = "```html\n<p>x<i>*</i>y</p>\n```"
    assert items(markdown, BODY, "a page") == [
        {"paragraph": {"html": "<p>x<i>*</i>y</p>"}}
    ]


@pytest.mark.parametrize(
    ("markdown", "message"),
    [
        ("# A title", r"a page, line 1: use ## or ### for a heading"),
        ("```poem\nroses\n```", r"no block 'poem'; fenced blocks here are heading"),
        ("## A **bold** heading", r"a heading is plain text"),
        ("```quote\ntext: [unclosed\n```", r"not valid YAML"),
        ("<div>raw</div>", r"html block is not allowed"),
    ],
)
def test_a_mistake_names_its_line(markdown, message):
    with pytest.raises(ContentError, match=message):
        items(markdown, BODY, "a page")
