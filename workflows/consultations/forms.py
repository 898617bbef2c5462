"""Forms of the consultation's steps."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.directory.dates import today
from portal.directory.models import Agency

from .models import Comment, ConsultationProcess

DRAFT_TYPES = (".pdf", ".docx", ".doc", ".odt")
MAX_SIZE = 20 * 1024 * 1024


def check_file(upload, allowed):
    if not upload.name.lower().endswith(allowed):
        raise forms.ValidationError(
            _("Chỉ nhận tệp %(types)s.") % {"types": ", ".join(allowed)}
        )
    if upload.size > MAX_SIZE:
        raise forms.ValidationError(_("Tệp lớn hơn 20 MB."))
    return upload


class OpenConsultationForm(forms.ModelForm):
    """The lead agency uploads the draft, sets the deadline and whom to consult."""

    draft = forms.FileField(label=_("Tệp dự thảo"), help_text=_("PDF hoặc DOCX."))

    class Meta:
        model = ConsultationProcess
        fields = ["title", "summary", "deadline", "consulted"]
        widgets = {
            "deadline": forms.DateInput(attrs={"type": "date"}),
            "consulted": forms.CheckboxSelectMultiple,
            "summary": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consulted"].queryset = Agency.objects.valid_on().order_by("name")

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline <= today():
            raise forms.ValidationError(_("Hạn góp ý phải sau hôm nay."))
        return deadline

    def clean_draft(self):
        return check_file(self.cleaned_data["draft"], DRAFT_TYPES)


class AnswerForm(forms.Form):
    """A consulted agency's comments, one per line "article: comment", or none."""

    no_comment = forms.BooleanField(
        label=_("Nhất trí với dự thảo, không có ý kiến"), required=False
    )
    comments = forms.CharField(
        label=_("Ý kiến theo điều, khoản"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Mỗi dòng một ý kiến: Điều, khoản: nội dung. Ví dụ: Điều 5: bổ sung …"
        ),
    )

    def clean(self):
        cleaned = super().clean()
        text = cleaned.get("comments", "").strip()
        if cleaned.get("no_comment"):
            if text:
                self.add_error(
                    "comments", _("Bỏ chọn “không có ý kiến” nếu gửi ý kiến.")
                )
            cleaned["rows"] = []
            return cleaned
        rows, errors = [], []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            article, sep, body = line.partition(":")
            if not sep or not article.strip() or not body.strip():
                errors.append(
                    _("Dòng %(n)d chưa đúng dạng “Điều, khoản: nội dung”.")
                    % {"n": number}
                )
            rows.append((article.strip()[:80], body.strip()))
        if errors:
            self.add_error("comments", errors)
        elif not rows:
            self.add_error("comments", _("Nhập ý kiến, hoặc chọn “không có ý kiến”."))
        cleaned["rows"] = rows
        return cleaned


class ResponsesForm(forms.Form):
    """The lead agency answers each comment: accepted, partly, or not, with a reason."""

    def __init__(self, *args, comments, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = []
        for comment in comments:
            response = f"r_{comment.pk}"
            reason = f"why_{comment.pk}"
            self.fields[response] = forms.ChoiceField(
                label=_("Giải trình"),
                choices=Comment.Response.choices,
                widget=forms.RadioSelect,
                initial=comment.response or None,
            )
            self.fields[reason] = forms.CharField(
                label=_("Lý do"),
                required=False,
                initial=comment.reason,
                widget=forms.Textarea(attrs={"rows": 2}),
                help_text=_("Bắt buộc khi tiếp thu một phần hoặc không tiếp thu."),
            )
            self.items.append((comment, response, reason))

    def grouped(self):
        return [(c, self[r], self[w]) for c, r, w in self.items]

    def clean(self):
        cleaned = super().clean()
        for _comment, response, reason in self.items:
            if (
                cleaned.get(response) in ("partly", "not_accepted")
                and not cleaned.get(reason, "").strip()
            ):
                self.add_error(reason, _("Nêu lý do."))
        return cleaned


class SubmitForm(forms.ModelForm):
    """The lead records the submission to the People's Committee."""

    class Meta:
        model = ConsultationProcess
        fields = ["submitted_on", "submission_note"]
        widgets = {
            "submitted_on": forms.DateInput(attrs={"type": "date"}),
            "submission_note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submitted_on"].required = True


class IssuedForm(forms.ModelForm):
    """The issued document: number, date, signed file, and whether to publish it."""

    signed_file = forms.FileField(label=_("Tệp văn bản đã ký"), help_text=_("PDF."))
    publish = forms.BooleanField(
        label=_("Công bố văn bản trên cổng thông tin"), required=False
    )

    class Meta:
        model = ConsultationProcess
        fields = ["issued_number", "issued_on"]
        widgets = {"issued_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issued_number"].required = True
        self.fields["issued_on"].required = True

    def clean_signed_file(self):
        return check_file(self.cleaned_data["signed_file"], (".pdf",))
