"""The one shared StreamField block library of the public site.

Every page body uses ``BaseStreamBlock``; each block renders through its own accessible
template in ``cms/templates/cms/blocks/``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from content.blocks import EmbeddedMaterialBlock

# Rich text is limited to what the public templates style; Wagtail sanitises the HTML.
RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "link",
    "document-link",
    "ol",
    "ul",
]


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the page outline valid (h1 is the title)."""

    text = blocks.CharBlock(label=_("tiêu đề"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("cấp"),
        choices=[("h2", _("Cấp 2")), ("h3", _("Cấp 3")), ("h4", _("Cấp 4"))],
        default="h2",
        help_text=_("Cấp 2 cho các phần chính, cấp 3 và 4 cho các phần con."),
    )

    class Meta:
        icon = "title"
        label = _("Tiêu đề")
        template = "cms/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    """An image with its text alternative and an optional visible caption."""

    image = ImageChooserBlock(label=_("ảnh"))
    alt_text = blocks.CharBlock(
        label=_("mô tả thay thế"),
        required=False,
        max_length=250,
        help_text=_(
            "Mô tả nội dung ảnh cho người dùng trình đọc màn hình; để trống nếu ảnh "
            "chỉ để trang trí."
        ),
    )
    caption = blocks.CharBlock(label=_("chú thích"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("nguồn ảnh"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Ảnh có chú thích")
        template = "cms/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or source it comes from."""

    quote = blocks.TextBlock(label=_("trích dẫn"))
    attribution = blocks.CharBlock(label=_("người nói / nguồn"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "cms/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    """A short appeal with one button, linking a page or an address (e.g. ``tel:111``)."""

    heading = blocks.CharBlock(label=_("tiêu đề"), max_length=120)
    text = blocks.TextBlock(label=_("nội dung"), required=False)
    button_text = blocks.CharBlock(label=_("chữ trên nút"), max_length=60)
    page = blocks.PageChooserBlock(label=_("trang"), required=False)
    url = blocks.CharBlock(
        label=_("hoặc địa chỉ"),
        required=False,
        help_text=_("Dùng khi không chọn trang, ví dụ tel:111 hoặc https://…"),
    )

    class Meta:
        icon = "pick"
        label = _("Lời kêu gọi hành động")
        template = "cms/blocks/call_to_action.html"

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Hãy chọn một trang hoặc nhập địa chỉ."))
                }
            )
        return value


class AccordionItemBlock(blocks.StructBlock):
    """One question and its answer."""

    question = blocks.CharBlock(label=_("câu hỏi"), max_length=250)
    answer = blocks.RichTextBlock(label=_("trả lời"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    """Questions and answers that open one by one (native details/summary, no script)."""

    heading = blocks.CharBlock(label=_("tiêu đề"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("câu hỏi"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Hỏi đáp")
        template = "cms/blocks/accordion.html"


class StatisticBlock(blocks.StructBlock):
    """A figure and what it counts."""

    value = blocks.CharBlock(label=_("con số"), max_length=20)
    label = blocks.CharBlock(label=_("ý nghĩa"), max_length=120)
    source = blocks.CharBlock(label=_("nguồn"), required=False, max_length=160)


class StatisticsBlock(blocks.StructBlock):
    """A row of key figures, e.g. victims supported this year."""

    heading = blocks.CharBlock(label=_("tiêu đề"), required=False, max_length=120)
    items = blocks.ListBlock(StatisticBlock(), label=_("số liệu"), min_num=1)

    class Meta:
        icon = "table"
        label = _("Số liệu")
        template = "cms/blocks/statistics.html"


class VideoEmbedBlock(blocks.StructBlock):
    """A video from a trusted host (oEmbed); a plain link stays if the embed fails."""

    video = EmbedBlock(
        label=_("địa chỉ video"),
        help_text=_("Địa chỉ video trên YouTube, Facebook hoặc Vimeo."),
    )
    title = blocks.CharBlock(label=_("tên video"), max_length=200)
    transcript = blocks.TextBlock(
        label=_("lời thoại"),
        required=False,
        help_text=_("Nội dung lời nói trong video, cho người không nghe được."),
    )

    class Meta:
        icon = "media"
        label = _("Video nhúng")
        template = "cms/blocks/video_embed.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a document of the library, showing its format and size."""

    document = DocumentChooserBlock(label=_("tài liệu"))
    title = blocks.CharBlock(
        label=_("tên hiển thị"),
        required=False,
        help_text=_("Để trống để dùng tên của tài liệu."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Tài liệu tải về")
        template = "cms/blocks/document_link.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every page body offers (standard, section, news, event, agency pages)."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Đoạn văn"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="cms/blocks/paragraph.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    statistics = StatisticsBlock()
    video = VideoEmbedBlock()
    document = DocumentLinkBlock()
    material = EmbeddedMaterialBlock()

    class Meta:
        label = _("Nội dung")
