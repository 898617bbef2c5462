"""Forms of the periodic report's steps."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.directory.models import Agency

from .consolidation import applies
from .models import ReportProcess


class OpenPeriodForm(forms.ModelForm):
    """The focal agency opens a period and names the agencies that report."""

    class Meta:
        model = ReportProcess
        fields = ["title", "period", "period_start", "period_end", "agencies"]
        widgets = {
            "period_start": forms.DateInput(attrs={"type": "date"}),
            "period_end": forms.DateInput(attrs={"type": "date"}),
            "agencies": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agencies"].queryset = Agency.objects.valid_on().order_by("name")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("Ngày kết thúc phải sau ngày bắt đầu."))
        return cleaned


class FiguresForm(forms.Form):
    """An agency's figures: one whole number per indicator that applies to it."""

    note = forms.CharField(
        label=_("Ghi chú"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Giải thích số liệu nếu cần; không ghi thông tin cá nhân."),
    )

    def __init__(self, *args, indicators, agency, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicators = [i for i in indicators if applies(i, agency)]
        for indicator in self.indicators:
            self.fields[f"i_{indicator['code']}"] = forms.IntegerField(
                label=f"{indicator['name']} ({indicator['unit']})",
                min_value=0,
                max_value=10_000_000,
            )
        self.order_fields([f"i_{i['code']}" for i in self.indicators] + ["note"])

    def values(self) -> dict:
        return {i["code"]: self.cleaned_data[f"i_{i['code']}"] for i in self.indicators}


class ConsolidateForm(forms.Form):
    """The focal agency accepts the figures or asks some agencies to correct them."""

    decision = forms.ChoiceField(
        label=_("Quyết định"),
        choices=[
            ("accept", _("Số liệu đầy đủ, trình phê duyệt")),
            ("correct", _("Yêu cầu cơ quan chỉnh sửa")),
        ],
        widget=forms.RadioSelect,
    )
    agencies = forms.ModelMultipleChoiceField(
        label=_("Cơ quan phải chỉnh sửa"),
        queryset=Agency.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    note = forms.CharField(
        label=_("Nhận xét"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Khi yêu cầu chỉnh sửa, nêu rõ cần sửa gì."),
    )

    def __init__(self, *args, process, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agencies"].queryset = process.agencies.all()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "correct":
            if not cleaned.get("agencies"):
                self.add_error(
                    "agencies", _("Chọn ít nhất một cơ quan phải chỉnh sửa.")
                )
            if not cleaned.get("note", "").strip():
                self.add_error("note", _("Nêu rõ cần chỉnh sửa gì."))
        return cleaned
