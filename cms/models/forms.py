"""Forms made in the admin without code: surveys, event registrations, short quizzes."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from cms.forms import GUARD_FIELDS, SpamProtectedFormBuilder

SHORT_RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]


class FormField(AbstractFormField):
    """One question of a form page; quizzes may state the expected answer."""

    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")
    correct_answer = models.CharField(
        _("đáp án đúng"),
        max_length=255,
        blank=True,
        help_text=_("Chỉ dùng cho câu đố: đáp án đúng, đúng như một lựa chọn."),
    )

    panels = [*AbstractFormField.panels, FieldPanel("correct_answer")]


class FormPage(AbstractForm):
    """A survey, a registration for a public event or a short quiz, built in the admin.

    Submissions keep only the questions the form states (no address, no IP, no guard
    fields) and are viewed and exported in the admin.
    """

    class Kind(models.TextChoices):
        SURVEY = "survey", _("Khảo sát")
        REGISTRATION = "registration", _("Đăng ký tham dự")
        QUIZ = "quiz", _("Câu đố")

    kind = models.CharField(
        _("loại biểu mẫu"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.SURVEY,
        help_text=_("Câu đố hiện số câu trả lời đúng sau khi gửi."),
    )
    intro = RichTextField(
        _("giới thiệu"),
        blank=True,
        features=SHORT_RICH_TEXT,
        help_text=_("Mục đích của biểu mẫu."),
    )
    data_notice = models.TextField(
        _("thông báo về dữ liệu"),
        help_text=_(
            "Nói rõ thu thập thông tin gì, để làm gì, giữ bao lâu. Không hỏi thông tin "
            "cá nhân ngoài những gì ghi ở đây."
        ),
    )
    thank_you_text = RichTextField(
        _("lời cảm ơn"),
        blank=True,
        features=SHORT_RICH_TEXT,
        help_text=_("Hiện sau khi gửi biểu mẫu."),
    )

    form_builder = SpamProtectedFormBuilder

    content_panels = [
        *AbstractForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("data_notice"),
        InlinePanel("form_fields", label=_("Câu hỏi")),
        MultiFieldPanel([FieldPanel("thank_you_text")], heading=_("Sau khi gửi")),
    ]

    search_fields = [*AbstractForm.search_fields, index.SearchField("intro")]

    subpage_types = []

    class Meta:
        verbose_name = _("biểu mẫu")
        verbose_name_plural = _("biểu mẫu")

    def process_form_submission(self, form):
        data = {k: v for k, v in form.cleaned_data.items() if k not in GUARD_FIELDS}
        return self.get_submission_class().objects.create(form_data=data, page=self)

    def quiz_score(self, submission):
        """(right answers, questions with an answer) of a quiz submission."""
        if submission is None or self.kind != self.Kind.QUIZ:
            return None
        graded = [f for f in self.get_form_fields() if f.correct_answer]
        right = sum(
            1
            for f in graded
            if str(submission.form_data.get(f.clean_name, "")).strip().casefold()
            == f.correct_answer.strip().casefold()
        )
        return right, len(graded)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        response = super().render_landing_page(
            request, form_submission, *args, **kwargs
        )
        response.context_data["score"] = self.quiz_score(form_submission)
        return response
