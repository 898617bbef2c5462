"""Forms of the training flow's steps. Errors keep what was typed (bound forms)."""

from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Page

from portal.directory.models import Agency
from portal.directory.roles import PROCESS_STAFF
from portal.directory.services import agencies_of

from .models import Handout, Questionnaire, TrainingProcess

PROPOSAL_FIELDS = [
    "title",
    "audience",
    "agenda",
    "starts_at",
    "place",
    "online_link",
    "trainers",
]


class ProposalForm(forms.ModelForm):
    """Propose (or revise) a session: what, for whom, when, where, by whom."""

    online_link = forms.URLField(
        label=capfirst(TrainingProcess._meta.get_field("online_link").verbose_name),
        help_text=TrainingProcess._meta.get_field("online_link").help_text,
        required=False,
        assume_scheme="https",
    )

    class Meta:
        model = TrainingProcess
        fields = [*PROPOSAL_FIELDS, "organiser"]
        widgets = {
            "starts_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "agenda": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        agencies = agencies_of(user, role=PROCESS_STAFF)
        field = self.fields["organiser"]
        field.queryset = Agency.objects.filter(pk__in=[a.pk for a in agencies])
        field.help_text = _("Cơ quan của bạn chủ trì khóa tập huấn.")
        if len(agencies) == 1 and not self.instance.organiser_id:
            # The instance's empty value would win over the field's initial.
            self.initial["organiser"] = agencies[0].pk
        if self.instance.pk and self.instance.organiser_id:
            # The organiser does not change on revision: its head approves.
            del self.fields["organiser"]

    def clean_starts_at(self):
        starts_at = self.cleaned_data["starts_at"]
        if starts_at and starts_at < timezone.now():
            raise forms.ValidationError(_("Thời gian bắt đầu phải ở tương lai."))
        return starts_at

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("place") and not cleaned.get("online_link"):
            self.add_error("place", _("Nhập địa điểm hoặc đường dẫn họp trực tuyến."))
        return cleaned


class DecisionForm(forms.Form):
    """The head approves, or returns the proposal with a reason."""

    decision = forms.TypedChoiceField(
        label=_("Quyết định"),
        choices=[("yes", _("Duyệt")), ("no", _("Trả lại để sửa"))],
        widget=forms.RadioSelect,
        coerce=lambda value: value == "yes",
    )
    comment = forms.CharField(
        label=_("Ý kiến"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bắt buộc khi trả lại: nêu lý do để người đề xuất sửa."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") is False and not cleaned.get("comment", "").strip():
            self.add_error("comment", _("Nêu lý do trả lại đề xuất."))
        return cleaned


class MaterialsForm(forms.ModelForm):
    """Library materials (pages, documents) and an optional uploaded handout."""

    handout_title = forms.CharField(
        label=_("Tên tài liệu phát tay"), max_length=200, required=False
    )
    handout_file = forms.FileField(
        label=_("Tệp tài liệu phát tay"),
        required=False,
        help_text=_("PDF, DOCX, PPTX; tối đa 20 MB."),
    )

    class Meta:
        model = TrainingProcess
        fields = ["material_pages", "material_documents"]
        widgets = {
            "material_pages": forms.CheckboxSelectMultiple,
            "material_documents": forms.CheckboxSelectMultiple,
        }

    ALLOWED = (".pdf", ".docx", ".doc", ".pptx", ".odt", ".xlsx")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["material_pages"].queryset = (
            Page.objects.live().public().filter(depth__gt=2).order_by("title")
        )
        self.fields[
            "material_documents"
        ].queryset = get_document_model().objects.order_by("title")

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("handout_file")
        if upload:
            if not upload.name.lower().endswith(self.ALLOWED):
                self.add_error(
                    "handout_file", _("Chỉ nhận tệp PDF, DOC(X), PPTX, ODT, XLSX.")
                )
            elif upload.size > 20 * 1024 * 1024:
                self.add_error("handout_file", _("Tệp lớn hơn 20 MB."))
            if not cleaned.get("handout_title"):
                cleaned["handout_title"] = upload.name.rsplit(".", 1)[0][:200]
        return cleaned

    def save_handout(self, process, user):
        upload = self.cleaned_data.get("handout_file")
        if upload:
            Handout.objects.create(
                process=process,
                title=self.cleaned_data["handout_title"],
                file=upload,
                uploaded_by=user,
            )


class InviteForm(forms.ModelForm):
    """The agencies invited to nominate participants, and the evaluation form."""

    class Meta:
        model = TrainingProcess
        fields = ["invited", "questionnaire"]
        widgets = {"invited": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["invited"].queryset = Agency.objects.valid_on().order_by("name")
        self.fields["invited"].required = True
        self.fields["questionnaire"].queryset = Questionnaire.objects.filter(
            active=True
        )
        self.fields["questionnaire"].required = True


class NominationForm(forms.Form):
    """Participants of one agency: one per line, "full name; position"."""

    participants = forms.CharField(
        label=_("Danh sách học viên"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Mỗi dòng một người: Họ và tên; chức vụ. Ví dụ: Nguyễn Văn An; Cán bộ."
        ),
    )

    def clean_participants(self):
        rows, errors = [], []
        for number, line in enumerate(
            self.cleaned_data["participants"].splitlines(), 1
        ):
            if not line.strip():
                continue
            name, _sep, position = line.partition(";")
            name, position = name.strip(), position.strip()
            if len(name) < 2 or len(name) > 120 or len(position) > 120:
                errors.append(
                    _("Dòng %(n)d chưa đúng dạng “Họ và tên; chức vụ”.") % {"n": number}
                )
            rows.append((name, position))
        if errors:
            raise forms.ValidationError(errors)
        if not rows:
            raise forms.ValidationError(_("Nhập ít nhất một học viên."))
        return rows


class AttendanceForm(forms.Form):
    """Who came: every nominated participant, ticked when present."""

    present = forms.MultipleChoiceField(
        label=_("Học viên có mặt"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, participants, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = [
            (str(p.pk), f"{p.full_name} — {p.agency}") for p in participants
        ]


class EvaluationForm(forms.Form):
    """The questionnaire, once for each participant of the agency who attended."""

    RATINGS = [(str(n), str(n)) for n in range(1, 6)]

    def __init__(self, *args, participants, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = []
        for participant in participants:
            names = []
            for question in questions:
                name = f"p{participant.pk}_q{question['id']}"
                if question["kind"] == "rating":
                    self.fields[name] = forms.ChoiceField(
                        label=question["text"],
                        choices=self.RATINGS,
                        widget=forms.RadioSelect,
                        help_text=_("1 = kém, 5 = rất tốt."),
                    )
                else:
                    self.fields[name] = forms.CharField(
                        label=question["text"], required=False, max_length=500
                    )
                names.append(name)
            self.groups.append((participant, names))

    def grouped(self):
        return [
            (participant, [self[name] for name in names])
            for participant, names in self.groups
        ]

    def answers_for(self, participant, questions):
        answers = {}
        for question in questions:
            value = self.cleaned_data.get(f"p{participant.pk}_q{question['id']}")
            if question["kind"] == "rating":
                value = int(value)
            answers[str(question["id"])] = value
        return answers


class ReportForm(forms.ModelForm):
    """The organiser's conclusions; attendance and evaluation figures are computed."""

    class Meta:
        model = TrainingProcess
        fields = ["report_summary"]
        widgets = {"report_summary": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["report_summary"].required = True
