"""What the search app stores: the text extracted from documents, and a small page type
that only the data generator creates (to measure search at scale)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.models import Collection, Page
from wagtail.search import index


class DocumentText(index.Indexed, models.Model):
    """The text inside a Wagtail document (PDF, DOCX, TXT), extracted by the task worker
    and indexed for staff search; a file that cannot be read keeps its metadata and a flag.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Đang chờ trích xuất")
        EXTRACTED = "extracted", _("Đã trích xuất nội dung")
        UNREADABLE = "unreadable", _("Không đọc được tệp")
        UNSUPPORTED = "unsupported", _("Định dạng không hỗ trợ trích xuất")

    document = models.OneToOneField(
        get_document_model_string(),
        verbose_name=_("tài liệu"),
        on_delete=models.CASCADE,
        related_name="search_text",
    )
    # Copies of the document's metadata, so that the index filters on local columns.
    title = models.CharField(_("tiêu đề"), max_length=255)
    collection = models.ForeignKey(
        Collection,
        verbose_name=_("bộ sưu tập"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    file_name = models.CharField(_("tên tệp"), max_length=255, blank=True)
    file_type = models.CharField(_("loại tệp"), max_length=10, blank=True)
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True)
    text = models.TextField(_("nội dung trích xuất"), blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    # A short technical reason (never document content), shown to staff beside the flag.
    problem = models.CharField(_("lý do"), max_length=255, blank=True)
    extracted_at = models.DateTimeField(
        _("thời điểm trích xuất"), null=True, blank=True
    )

    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("file_name"),
        index.SearchField("text"),
        index.FilterField("id"),
        index.FilterField("collection"),
        index.FilterField("file_type"),
        index.FilterField("year"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("nội dung tài liệu để tìm kiếm")
        verbose_name_plural = _("nội dung tài liệu để tìm kiếm")

    def __str__(self):
        return self.title

    @property
    def is_flagged(self) -> bool:
        return self.status in (self.Status.UNREADABLE, self.Status.UNSUPPORTED)


class SearchTestPage(Page):
    """A plain page made only by ``search_generate`` to measure search at scale; editors
    cannot create it."""

    body = models.TextField(_("nội dung"), blank=True, help_text=_("Văn bản thuần."))
    topic = models.CharField(
        _("chủ đề"), max_length=80, blank=True, help_text=_("Một chủ đề ngắn.")
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("body"),
        index.FilterField("topic"),
    ]

    subpage_types = []
    is_creatable = False

    class Meta:
        verbose_name = _("trang thử nghiệm tìm kiếm")

    def search_facet_values(self):
        """Facets this page type exposes to search (see ``search.sources``)."""
        return {"topic": [(self.topic, self.topic)]} if self.topic else {}

    def search_text(self):
        return self.body
