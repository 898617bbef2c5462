"""Forms of the conference's steps."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.directory.models import Agency
from portal.directory.roles import PROCESS_STAFF
from portal.directory.services import agencies_of
from workflows.training.forms import NominationForm

from .models import ConferenceProcess


class ConferenceProposalForm(forms.ModelForm):
    """Propose (or revise) an event with its co-organisers."""

    class Meta:
        model = ConferenceProcess
        fields = [
            "title",
            "kind",
            "agenda",
            "starts_at",
            "place",
            "organiser",
            "co_organisers",
        ]
        widgets = {
            "starts_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "agenda": forms.Textarea(attrs={"rows": 5}),
            "co_organisers": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        agencies = agencies_of(user, role=PROCESS_STAFF)
        self.fields["organiser"].queryset = Agency.objects.filter(
            pk__in=[a.pk for a in agencies]
        )
        if len(agencies) == 1 and not self.instance.organiser_id:
            self.initial["organiser"] = agencies[0].pk
        if self.instance.pk and self.instance.organiser_id:
            del self.fields["organiser"]
        self.fields["co_organisers"].queryset = Agency.objects.valid_on().order_by(
            "name"
        )

    def clean_starts_at(self):
        starts_at = self.cleaned_data["starts_at"]
        if starts_at and starts_at < timezone.now():
            raise forms.ValidationError(_("Thời gian phải ở tương lai."))
        return starts_at


class InviteForm(forms.ModelForm):
    """The agencies invited to respond with their delegates."""

    class Meta:
        model = ConferenceProcess
        fields = ["invited"]
        widgets = {"invited": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["invited"].queryset = Agency.objects.valid_on().order_by("name")
        self.fields["invited"].required = True


class ResponseForm(NominationForm):
    """An invited agency's delegates, one per line (or none if it cannot attend)."""

    attending = forms.TypedChoiceField(
        label=_("Tham dự"),
        choices=[("yes", _("Cử đại biểu tham dự")), ("no", _("Không tham dự được"))],
        widget=forms.RadioSelect,
        coerce=lambda value: value == "yes",
    )

    field_order = ["attending", "participants"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participants"].required = False
        self.fields["participants"].label = _("Đại biểu")

    def clean_participants(self):
        if not self.cleaned_data.get("participants", "").strip():
            return []
        return super().clean_participants()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("attending") and not cleaned.get("participants"):
            self.add_error("participants", _("Nhập ít nhất một đại biểu."))
        return cleaned


class HoldForm(forms.ModelForm):
    """Minutes and outcomes; a news title asks for a draft news item on the portal."""

    class Meta:
        model = ConferenceProcess
        fields = ["minutes", "outcomes", "news_title", "news_summary"]
        widgets = {
            "minutes": forms.Textarea(attrs={"rows": 6}),
            "outcomes": forms.Textarea(attrs={"rows": 4}),
            "news_summary": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "news_title": _(
                "Để trống nếu không đưa tin. Tin được tạo ở dạng bản nháp để biên "
                "tập viên duyệt trước khi đăng."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["minutes"].required = True
        self.fields["outcomes"].required = True

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("news_title") and not cleaned.get("news_summary"):
            self.add_error("news_summary", _("Nhập tóm tắt tin."))
        return cleaned
