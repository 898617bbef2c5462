"""StreamField blocks of the library, for the shared block library of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class EmbeddedMaterialBlock(blocks.StructBlock):
    """A material of the library shown inside any page: kind, title, summary, download.

    It links to the one material rather than copying it, so updates show here too.
    """

    material = blocks.PageChooserBlock(
        label=_("Tài liệu"),
        page_type="content.MaterialPage",
        help_text=_("Chọn một tài liệu đã xuất bản trong thư viện."),
    )
    show_cover = blocks.BooleanBlock(
        label=_("Hiện ảnh bìa"), required=False, default=True
    )

    class Meta:
        icon = "doc-full"
        label = _("Tài liệu truyền thông")
        template = "content/blocks/embedded_material.html"
