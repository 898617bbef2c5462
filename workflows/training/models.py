"""A training session run jointly by the agencies: the process itself (proposal,
approval, materials, invitations), the participants each agency nominates, their
attendance and evaluations, and the evaluation questionnaires set in the admin."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from viewflow.workflow.models import Process
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from portal.directory.models import Agency

from ..documents import SearchableProcessDocument


class Questionnaire(ClusterableModel):
    """A short evaluation form for participants, configured in the admin (low-code);
    the organiser picks one when inviting agencies."""

    name = models.CharField(
        _("tên bảng hỏi"), max_length=200, help_text=_("Ví dụ: Đánh giá tập huấn.")
    )
    intro = models.TextField(
        _("lời dẫn"), blank=True, help_text=_("Hiện phía trên các câu hỏi.")
    )
    active = models.BooleanField(
        _("đang dùng"),
        default=True,
        help_text=_("Bỏ chọn để không cho chọn bảng hỏi này cho khóa mới."),
    )

    panels = [FieldPanel("name"), FieldPanel("intro"), FieldPanel("active")]
    panels += [InlinePanel("questions", label=_("Câu hỏi"), min_num=1)]

    class Meta:
        verbose_name = _("bảng hỏi đánh giá tập huấn")
        verbose_name_plural = _("bảng hỏi đánh giá tập huấn")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Question(Orderable):
    """One question of a questionnaire: a 1–5 rating or a short free answer."""

    class Kind(models.TextChoices):
        RATING = "rating", _("Chấm điểm 1–5")
        TEXT = "text", _("Trả lời ngắn")

    questionnaire = ParentalKey(
        Questionnaire, on_delete=models.CASCADE, related_name="questions"
    )
    text = models.CharField(
        _("câu hỏi"), max_length=255, help_text=_("Ví dụ: Nội dung có hữu ích không?")
    )
    kind = models.CharField(
        _("kiểu trả lời"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.RATING,
        help_text=_("Chấm điểm từ 1 (kém) đến 5 (rất tốt), hoặc trả lời ngắn."),
    )

    panels = [FieldPanel("text"), FieldPanel("kind")]

    class Meta(Orderable.Meta):
        verbose_name = _("câu hỏi")
        verbose_name_plural = _("câu hỏi")

    def __str__(self):
        return self.text


class TrainingProcess(Process):
    """A training session and its process: proposed by an agency's staff, approved by
    its head, then run with the invited agencies."""

    title = models.CharField(_("tên khóa tập huấn"), max_length=200)
    audience = models.CharField(
        _("đối tượng"),
        max_length=255,
        help_text=_("Ví dụ: cán bộ tiếp nhận nạn nhân cấp xã."),
    )
    agenda = models.TextField(_("chương trình"), help_text=_("Nội dung từng buổi."))
    starts_at = models.DateTimeField(_("thời gian bắt đầu"))
    place = models.CharField(_("địa điểm"), max_length=255, blank=True)
    online_link = models.URLField(
        _("đường dẫn họp trực tuyến"),
        blank=True,
        help_text=_("Để trống nếu tập huấn trực tiếp."),
    )
    trainers = models.CharField(
        _("giảng viên"), max_length=255, help_text=_("Họ tên, đơn vị của giảng viên.")
    )
    organiser = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("cơ quan tổ chức"),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("người đề xuất"),
    )
    approved = models.BooleanField(_("được duyệt"), null=True)
    decision_comment = models.TextField(_("ý kiến của thủ trưởng"), blank=True)
    material_pages = models.ManyToManyField(
        "wagtailcore.Page",
        blank=True,
        related_name="+",
        verbose_name=_("tài liệu trong thư viện (trang)"),
    )
    material_documents = models.ManyToManyField(
        "wagtaildocs.Document",
        blank=True,
        related_name="+",
        verbose_name=_("tài liệu trong thư viện (tệp)"),
    )
    invited = models.ManyToManyField(
        Agency, blank=True, related_name="+", verbose_name=_("cơ quan được mời")
    )
    questionnaire = models.ForeignKey(
        Questionnaire,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("bảng hỏi đánh giá"),
    )
    report_summary = models.TextField(_("nhận xét, kết quả"), blank=True)

    class Meta:
        verbose_name = _("khóa tập huấn")
        verbose_name_plural = _("khóa tập huấn")

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if not self.place and not self.online_link:
            errors["place"] = _("Nhập địa điểm hoặc đường dẫn họp trực tuyến.")
        if errors:
            raise ValidationError(errors)


class Handout(SearchableProcessDocument, models.Model):
    """A handout uploaded for a training session; visible to the agencies taking part."""

    process = models.ForeignKey(
        TrainingProcess, on_delete=models.CASCADE, related_name="handouts"
    )
    title = models.CharField(_("tên tài liệu"), max_length=200)
    file = models.FileField(_("tệp"), upload_to="workspace/training/%Y/%m/")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("tài liệu phát tay")
        verbose_name_plural = _("tài liệu phát tay")
        ordering = ["uploaded_at"]

    def __str__(self):
        return self.title


class Participant(models.Model):
    """A person an invited agency nominates, with their attendance."""

    process = models.ForeignKey(
        TrainingProcess, on_delete=models.CASCADE, related_name="participants"
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="+", verbose_name=_("cơ quan")
    )
    full_name = models.CharField(_("họ và tên"), max_length=120)
    position = models.CharField(_("chức vụ"), max_length=120, blank=True)
    attended = models.BooleanField(_("có mặt"), null=True)

    class Meta:
        verbose_name = _("học viên")
        verbose_name_plural = _("học viên")
        ordering = ["agency__name", "full_name"]

    def __str__(self):
        return self.full_name


class Evaluation(models.Model):
    """One participant's answers to the session's questionnaire."""

    process = models.ForeignKey(
        TrainingProcess, on_delete=models.CASCADE, related_name="evaluations"
    )
    participant = models.OneToOneField(
        Participant, on_delete=models.CASCADE, related_name="evaluation"
    )
    # {question id: 1..5 or text}; the questions are frozen on the process's
    # questionnaire so a later edit does not change what was asked.
    answers = models.JSONField(default=dict)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("phiếu đánh giá")
        verbose_name_plural = _("phiếu đánh giá")

    def __str__(self):
        return str(self.participant)
