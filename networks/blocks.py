"""StreamField blocks for network pages."""

from wagtail import blocks


class ProgrammeBlock(blocks.StructBlock):
    """A named programme a network runs, e.g. the Leeds Digital Careers Festival."""

    name = blocks.CharBlock(max_length=120)
    description = blocks.TextBlock(max_length=800)
    link = blocks.URLBlock(required=False, help_text="Its own website, if any.")

    class Meta:
        icon = "calendar-alt"
        template = "networks/blocks/programme_block.html"
        description = "A programme the network runs, with a short description"
        preview_value = {
            "name": "Leeds Digital Careers Festival",
            "description": "A week of events introducing young people to digital "
            "careers in the city.",
        }
