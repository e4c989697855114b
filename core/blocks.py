"""StreamField blocks shared by the site's pages."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading. The page title is the h1, so sections start at h2."""

    text = blocks.CharBlock(max_length=120)
    size = blocks.ChoiceBlock(
        choices=[("h2", "Section (h2)"), ("h3", "Subsection (h3)")],
        default="h2",
        help_text="Use a subsection only inside a section.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = "A heading that starts a section of the page"
        preview_value = {"text": "How the networks work", "size": "h2"}


class ImageBlock(blocks.StructBlock):
    """An image with alt text, an optional caption and its credit."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text=(
            "What the image shows, for people who cannot see it. Leave blank to "
            "use the image's own description."
        ),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        help_text="Tick only if the image adds nothing to the text around it.",
    )
    caption = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = "An image, described for screen readers"
        preview_value = {"caption": "Partners at a Leaders' Breakfast"}

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        described = value.get("alt_text") or (image and image.description)
        if image and not described and not value.get("decorative"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "alt_text": ErrorList(
                        [
                            ValidationError(
                                "Describe the image, or tick 'decorative' if it "
                                "adds nothing to the text."
                            )
                        ]
                    )
                }
            )
        return value


class QuoteBlock(blocks.StructBlock):
    """A quotation, with the person or body it comes from."""

    text = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = "A quotation with its source"
        preview_value = {
            "text": "Together we can do more for every learner in Leeds.",
            "attribution": "Leeds Learning Alliance",
        }


class LinkStructValue(blocks.StructValue):
    """Resolves a call to action's link, whether it points at a page or a URL."""

    def url(self):
        if page := self.get("page"):
            return page.url
        return self.get("link_url") or ""


class CallToActionBlock(blocks.StructBlock):
    """A prominent box that sends the reader on to one page or address."""

    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    page = blocks.PageChooserBlock(required=False)
    link_url = blocks.URLBlock(required=False, label="or link to an address")
    link_text = blocks.CharBlock(max_length=60)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = "A box that sends the reader on to a page, with a button"
        value_class = LinkStructValue
        preview_value = {
            "heading": "Find your network",
            "text": "Connect with colleagues across Leeds who share your focus.",
            "link_url": "https://example.org/networks/",
            "link_text": "See our networks",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("link_url")):
            message = "Choose a page or enter an address, but not both."
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value


class DocumentLinkBlock(blocks.StructBlock):
    """One downloadable document, with an optional friendlier title."""

    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False,
        max_length=160,
        help_text="Leave blank to use the document's own title.",
    )

    class Meta:
        icon = "doc-full"


class DocumentLinksBlock(blocks.StructBlock):
    """A list of documents to download, e.g. the alliance's key documents."""

    heading = blocks.CharBlock(required=False, max_length=120)
    documents = blocks.ListBlock(DocumentLinkBlock(), min_num=1)

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/document_links_block.html"
        description = "A list of documents to download"
        preview_value = {"heading": "Key documents"}


class BodyBlock(blocks.StreamBlock):
    """The blocks an editor can use in the body of a standard page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description="Text with links, lists and emphasis",
        preview_value=(
            "<p>The alliance brings schools, colleges and universities together.</p>"
        ),
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document_links = DocumentLinksBlock()


class FeaturedPageBlock(blocks.StructBlock):
    """A slot on the home page that points visitors at one page."""

    page = blocks.PageChooserBlock()
    heading = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text="Leave blank to use the page's title.",
    )
    text = blocks.TextBlock(required=False, max_length=240)

    class Meta:
        icon = "pick"
        template = "blocks/featured_page_block.html"
        description = "A card on the home page that links to one page"
        preview_value = {
            "heading": "Our networks",
            "text": "Find the network for your phase, subject or passion.",
        }
