"""A consultation on a draft: the process (lead agency, deadline, consulted agencies,
submission and issued document), its documents, each agency's answer and comments."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from viewflow.workflow.models import Process

from portal.directory.models import Agency

from ..documents import SearchableProcessDocument


class ConsultationProcess(Process):
    """A draft the lead agency puts to the other agencies for comments."""

    title = models.CharField(_("tên dự thảo"), max_length=255)
    summary = models.TextField(_("tóm tắt"), blank=True)
    deadline = models.DateField(_("hạn góp ý"))
    lead_agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("cơ quan chủ trì"),
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    consulted = models.ManyToManyField(
        Agency, related_name="+", verbose_name=_("cơ quan được lấy ý kiến")
    )
    submitted_on = models.DateField(_("ngày trình"), null=True, blank=True)
    submission_note = models.TextField(_("nội dung trình"), blank=True)
    issued_number = models.CharField(
        _("số văn bản ban hành"), max_length=80, blank=True
    )
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    published_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("văn bản công bố trên cổng"),
    )

    class Meta:
        verbose_name = _("góp ý dự thảo")
        verbose_name_plural = _("góp ý dự thảo")

    def __str__(self):
        return self.title


class ConsultationDocument(SearchableProcessDocument, models.Model):
    """A document of a consultation (the draft, the signed issued document), stored
    once and served only to the agencies taking part."""

    class Kind(models.TextChoices):
        DRAFT = "draft", _("Dự thảo")
        SIGNED = "signed", _("Văn bản đã ký")

    process = models.ForeignKey(
        ConsultationProcess, on_delete=models.CASCADE, related_name="documents"
    )
    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("tên tài liệu"), max_length=255)
    file = models.FileField(_("tệp"), upload_to="workspace/consultations/%Y/%m/")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("tài liệu góp ý")
        verbose_name_plural = _("tài liệu góp ý")
        ordering = ["uploaded_at"]

    def __str__(self):
        return self.title


class Answer(models.Model):
    """One consulted agency's answer: comments, "no comment", or no answer by the
    deadline (recorded by the deadline check)."""

    class Status(models.TextChoices):
        COMMENTS = "comments", _("Có ý kiến")
        NO_COMMENT = "no_comment", _("Nhất trí, không có ý kiến")
        NO_ANSWER = "no_answer", _("Không trả lời đúng hạn")

    process = models.ForeignKey(
        ConsultationProcess, on_delete=models.CASCADE, related_name="answers"
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="+", verbose_name=_("cơ quan")
    )
    status = models.CharField(_("trạng thái"), max_length=12, choices=Status.choices)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("ý kiến của cơ quan")
        verbose_name_plural = _("ý kiến của cơ quan")
        constraints = [
            models.UniqueConstraint(
                fields=["process", "agency"], name="unique_answer_per_agency"
            )
        ]

    def __str__(self):
        return f"{self.agency}: {self.get_status_display()}"


class Comment(models.Model):
    """A comment on one article of the draft, and the lead agency's response."""

    class Response(models.TextChoices):
        ACCEPTED = "accepted", _("Tiếp thu")
        PARTLY = "partly", _("Tiếp thu một phần")
        NOT_ACCEPTED = "not_accepted", _("Không tiếp thu")

    answer = models.ForeignKey(
        Answer, on_delete=models.CASCADE, related_name="comments"
    )
    article = models.CharField(
        _("điều, khoản"), max_length=80, help_text=_("Ví dụ: Điều 5 khoản 2.")
    )
    text = models.TextField(_("ý kiến"))
    response = models.CharField(
        _("giải trình"), max_length=14, choices=Response.choices, blank=True
    )
    reason = models.TextField(_("lý do"), blank=True)

    class Meta:
        verbose_name = _("ý kiến theo điều")
        verbose_name_plural = _("ý kiến theo điều")
        ordering = ["pk"]

    def __str__(self):
        return f"{self.article}: {self.text[:40]}"
