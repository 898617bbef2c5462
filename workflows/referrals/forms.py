"""Forms of the referral steps. Bad input gets a clear message and the form keeps
everything else the user typed."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.directory.dates import today
from portal.directory.models import Agency, LegalReference

from .models import (
    ESSENTIAL_SERVICES,
    CaseDocument,
    CaseEvent,
    ClosureReason,
    Consent,
    Destination,
    ExploitationType,
    Identification,
    IdentityDocumentType,
    IntakeChannel,
    LegalGround,
    Person,
    Relative,
    Service,
    ServiceKind,
    Sex,
    age_on,
)

MAX_AGE = 120
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# What a file must start with to be what its extension claims.
SIGNATURES = {
    "pdf": ("application/pdf", [b"%PDF-"]),
    "jpg": ("image/jpeg", [b"\xff\xd8\xff"]),
    "jpeg": ("image/jpeg", [b"\xff\xd8\xff"]),
    "png": ("image/png", [b"\x89PNG\r\n\x1a\n"]),
}
IMAGE_EXTENSIONS = ("jpg", "jpeg", "png")
DOCUMENT_EXTENSIONS = ("pdf", "jpg", "jpeg", "png")


def inspect_upload(upload, allowed=DOCUMENT_EXTENSIONS):
    """(content type, extension) of an upload whose content matches its name.

    Refuses files that are too large, of a kind not accepted, or whose content is
    not what the extension claims (a renamed executable, a text file called .pdf).
    """
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in allowed:
        raise ValidationError(
            _("Chỉ nhận tệp %(kinds)s."),
            params={"kinds": ", ".join(e.upper() for e in allowed)},
            code="extension",
        )
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("Tệp lớn hơn 10 MB. Xin thu nhỏ hoặc chia tệp."), code="size"
        )
    content_type, signatures = SIGNATURES[extension]
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not any(head.startswith(sig) for sig in signatures):
        raise ValidationError(
            _(
                "Nội dung tệp không phải %(kind)s như tên tệp cho biết. Tệp có thể "
                "bị hỏng hoặc đổi đuôi; xin kiểm tra lại."
            ),
            params={"kind": extension.upper()},
            code="mismatch",
        )
    return content_type, extension


def _not_in_future(value, errors, field, message=None):
    if value and value > today():
        errors[field] = message or _("Ngày này ở tương lai. Xin kiểm tra lại.")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class IntakeForm(forms.Form):
    """The first record of a person: who received them, how, and who they are."""

    agency = forms.ModelChoiceField(
        label=_("Cơ quan tiếp nhận"), queryset=Agency.objects.none()
    )
    intake_channel = forms.ChoiceField(
        label=_("Kênh tiếp nhận"), choices=IntakeChannel.choices
    )
    received_on = forms.DateField(
        label=_("Ngày tiếp nhận"), initial=today, widget=DateInput()
    )
    came_from_abroad = forms.BooleanField(
        label=_("Trở về từ nước ngoài"),
        required=False,
        help_text=_("Sở Ngoại vụ sẽ xác minh quốc tịch song song với công an."),
    )
    exploitation_types = forms.MultipleChoiceField(
        label=_("Hình thức bóc lột (nếu đã biết)"),
        choices=ExploitationType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    full_name = forms.CharField(label=_("Họ và tên"), max_length=200)
    aliases = forms.CharField(
        label=_("Tên gọi khác"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    birth_date = forms.DateField(
        label=_("Ngày sinh"),
        required=False,
        widget=DateInput(),
        help_text=_("Để trống nếu không rõ."),
    )
    sex = forms.ChoiceField(label=_("Giới tính"), choices=Sex.choices)
    nationality = forms.CharField(
        label=_("Quốc tịch"), max_length=80, initial="Việt Nam"
    )
    id_document_type = forms.ChoiceField(
        label=_("Loại giấy tờ tùy thân"),
        choices=IdentityDocumentType.choices,
        initial=IdentityDocumentType.NONE,
    )
    id_number = forms.CharField(label=_("Số giấy tờ"), max_length=40, required=False)
    address = forms.CharField(
        label=_("Nơi cư trú"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    phone = forms.CharField(label=_("Số điện thoại"), max_length=40, required=False)
    photo = forms.FileField(
        label=_("Ảnh chân dung"),
        required=False,
        help_text=_("JPG hoặc PNG, tối đa 10 MB. Được mã hóa khi lưu."),
    )
    consent_manage_data = forms.ChoiceField(
        label=_("Đồng ý cho quản lý thông tin cá nhân"),
        choices=Consent.Decision.choices,
        initial=Consent.Decision.GIVEN,
    )
    consent_legal_ground = forms.ChoiceField(
        label=_("Căn cứ pháp lý (nếu không hỏi được ý kiến)"),
        choices=[("", "—"), *LegalGround.choices],
        required=False,
    )
    narrative = forms.CharField(
        label=_("Tóm tắt sự việc"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Được mã hóa; chỉ cơ quan tham gia hồ sơ đọc được."),
    )
    confirm_duplicate = forms.BooleanField(
        label=_("Tôi đã kiểm tra: đây là một hồ sơ mới"), required=False
    )

    def __init__(self, *args, agencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(
            pk__in=[a.pk for a in agencies]
        )
        if len(agencies) == 1:
            self.fields["agency"].initial = agencies[0].pk
        self.duplicate_warning = None

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo:
            self.photo_info = inspect_upload(photo, IMAGE_EXTENSIONS)
        return photo

    def clean(self):
        data = super().clean()
        errors = {}
        received = data.get("received_on")
        birth = data.get("birth_date")
        _not_in_future(received, errors, "received_on")
        if received and received < today() - datetime.timedelta(days=3650):
            errors["received_on"] = _(
                "Ngày tiếp nhận quá xa (hơn 10 năm). Xin kiểm tra."
            )
        if birth:
            if birth > today():
                errors["birth_date"] = _("Ngày sinh ở tương lai. Xin kiểm tra lại.")
            elif received and birth > received:
                errors["birth_date"] = _(
                    "Ngày sinh sau ngày tiếp nhận. Xin kiểm tra lại."
                )
            elif age_on(birth, received or today()) > MAX_AGE:
                errors["birth_date"] = _(
                    "Tuổi tính ra hơn %(max)s: ngày sinh có lẽ nhập nhầm."
                ) % {"max": MAX_AGE}
        if data.get("id_document_type") not in (None, IdentityDocumentType.NONE):
            if not (data.get("id_number") or "").strip():
                errors["id_number"] = _(
                    "Xin nhập số giấy tờ, hoặc chọn “Không có giấy tờ”."
                )
        if data.get(
            "consent_manage_data"
        ) == Consent.Decision.LEGAL_GROUND and not data.get("consent_legal_ground"):
            errors["consent_legal_ground"] = _("Xin chọn căn cứ pháp lý.")
        if errors:
            raise ValidationError(errors)
        return data


class EssentialNeedsForm(forms.Form):
    """Essential-needs support given on reception (Decree 162/2025 art. 17)."""

    services = forms.MultipleChoiceField(
        label=_("Đã hỗ trợ"),
        choices=[(k.value, k.label) for k in ServiceKind if k in ESSENTIAL_SERVICES],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    refused = forms.MultipleChoiceField(
        label=_("Người đó từ chối"),
        choices=[(k.value, k.label) for k in ServiceKind if k in ESSENTIAL_SERVICES],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    amount = forms.DecimalField(
        label=_("Tổng chi (đồng)"), required=False, min_value=0, decimal_places=0
    )
    note = forms.CharField(
        label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean(self):
        data = super().clean()
        both = set(data.get("services") or []) & set(data.get("refused") or [])
        if both:
            raise ValidationError(
                _("Một khoản hỗ trợ không thể vừa đã nhận vừa bị từ chối.")
            )
        return data


class VerificationForm(forms.Form):
    """The result of a verification by police or foreign affairs."""

    confirmed = forms.TypedChoiceField(
        label=_("Kết quả"),
        choices=[("yes", _("Xác minh được")), ("no", _("Không xác minh được"))],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
    )
    findings = forms.CharField(
        label=_("Kết quả xác minh"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Được mã hóa; ghi rõ căn cứ, tài liệu đã xem."),
    )
    document = forms.FileField(
        label=_("Tài liệu chứng minh (nếu có)"),
        required=False,
        help_text=_("PDF, JPG hoặc PNG, tối đa 10 MB."),
    )

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if document:
            self.document_info = inspect_upload(document)
        return document


class IdentifyForm(forms.Form):
    """Victim / not a victim / undetermined, with the reasons and evidence."""

    identification = forms.ChoiceField(
        label=_("Kết luận"), choices=Identification.choices, widget=forms.RadioSelect
    )
    reasons = forms.CharField(
        label=_("Lý do, căn cứ"), widget=forms.Textarea(attrs={"rows": 4})
    )


class ConsentForm(forms.Form):
    """What the person wants and agrees to; transfers need consent or a legal ground."""

    protection = forms.ChoiceField(
        label=_("Nhận bảo vệ, hỗ trợ"),
        choices=[
            (Consent.Decision.GIVEN, _("Đồng ý")),
            (Consent.Decision.REFUSED, _("Từ chối")),
        ],
        widget=forms.RadioSelect,
    )
    wishes = forms.CharField(
        label=_("Nguyện vọng của người đó"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    destination = forms.ChoiceField(
        label=_("Nơi muốn đến"),
        choices=[("", "—"), *Destination.choices],
        required=False,
    )
    destination_agency = forms.ModelChoiceField(
        label=_("Cơ sở tiếp nhận"),
        queryset=Agency.objects.none(),
        required=False,
        help_text=_("Bắt buộc khi chuyển đến một cơ sở."),
    )
    disclosure = forms.ChoiceField(
        label=_("Đồng ý chia sẻ thông tin cho cơ sở tiếp nhận"),
        choices=[("", "—"), *Consent.Decision.choices],
        required=False,
    )
    legal_ground = forms.ChoiceField(
        label=_("Căn cứ pháp lý (nếu chia sẻ không cần đồng ý)"),
        choices=[("", "—"), *LegalGround.choices],
        required=False,
    )
    reason_against_wishes = forms.CharField(
        label=_("Lý do nếu nơi chuyển đến khác nguyện vọng"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["destination_agency"].queryset = Agency.objects.current().filter(
            kind=Agency.Kind.SOCIAL_PROTECTION_CENTRE
        )

    def clean(self):
        data = super().clean()
        errors = {}
        if data.get("protection") == Consent.Decision.GIVEN:
            destination = data.get("destination")
            agency = data.get("destination_agency")
            if not destination:
                errors["destination"] = _("Xin chọn nơi người đó muốn đến.")
            elif destination != Destination.HOME and agency is None:
                errors["destination_agency"] = _("Xin chọn cơ sở tiếp nhận.")
            if agency is not None:
                disclosure = data.get("disclosure")
                if not disclosure:
                    errors["disclosure"] = _(
                        "Xin ghi ý kiến của người đó về việc chia sẻ thông tin."
                    )
                elif disclosure == Consent.Decision.REFUSED:
                    errors["disclosure"] = _(
                        "Người đó không đồng ý chia sẻ thông tin: không thể chuyển giao "
                        "đến cơ sở này. Chọn nơi khác hoặc ghi căn cứ pháp lý."
                    )
                elif disclosure == Consent.Decision.LEGAL_GROUND and not data.get(
                    "legal_ground"
                ):
                    errors["legal_ground"] = _("Xin chọn căn cứ pháp lý.")
        if errors:
            raise ValidationError(errors)
        return data


class ChildProtectionForm(forms.Form):
    """The child protection path: guardian told, an escort named."""

    guardian_notified_on = forms.DateField(
        label=_("Ngày báo cho cha mẹ, người giám hộ"), widget=DateInput()
    )
    escort = forms.CharField(
        label=_("Người đưa đón, hộ tống"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Họ tên, cơ quan của người đưa trẻ đến nơi tiếp nhận."),
    )

    def clean(self):
        data = super().clean()
        errors = {}
        _not_in_future(data.get("guardian_notified_on"), errors, "guardian_notified_on")
        if errors:
            raise ValidationError(errors)
        return data


class TransferForm(forms.Form):
    """The sending side records the hand-over."""

    handed_over_on = forms.DateField(
        label=_("Ngày bàn giao"), initial=today, widget=DateInput()
    )
    note = forms.CharField(
        label=_("Ghi chú bàn giao"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        errors = {}
        _not_in_future(data.get("handed_over_on"), errors, "handed_over_on")
        if errors:
            raise ValidationError(errors)
        return data


class ConfirmHandoverForm(forms.Form):
    """The receiving side confirms it has received the person."""

    received = forms.BooleanField(label=_("Chúng tôi đã tiếp nhận người này"))
    note = forms.CharField(
        label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class SupportPlanForm(forms.Form):
    """The support plan: which services are planned."""

    plan = forms.CharField(
        label=_("Kế hoạch hỗ trợ"), widget=forms.Textarea(attrs={"rows": 4})
    )
    planned = forms.MultipleChoiceField(
        label=_("Dịch vụ dự kiến"),
        choices=ServiceKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class FollowUpForm(forms.Form):
    notes = forms.CharField(
        label=_("Kết quả theo dõi"), widget=forms.Textarea(attrs={"rows": 4})
    )


class CloseForm(forms.Form):
    closure_reason = forms.ChoiceField(
        label=_("Lý do đóng hồ sơ"), choices=ClosureReason.choices
    )
    closed_on = forms.DateField(label=_("Ngày đóng"), initial=today, widget=DateInput())

    def clean(self):
        data = super().clean()
        errors = {}
        _not_in_future(data.get("closed_on"), errors, "closed_on")
        if errors:
            raise ValidationError(errors)
        return data


class ServiceForm(forms.ModelForm):
    """A service delivered (or refused), with its amount and legal basis."""

    class Meta:
        model = Service
        fields = ["kind", "status", "delivered_on", "amount", "legal_reference", "note"]
        widgets = {
            "delivered_on": DateInput(),
            "note": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_reference"].queryset = LegalReference.objects.current()

    def clean(self):
        data = super().clean()
        errors = {}
        _not_in_future(data.get("delivered_on"), errors, "delivered_on")
        if data.get("status") == Service.Status.DELIVERED and not data.get(
            "delivered_on"
        ):
            errors["delivered_on"] = _("Xin nhập ngày thực hiện.")
        if data.get("amount") is not None and data["amount"] < 0:
            errors["amount"] = _("Số tiền không thể âm.")
        if errors:
            raise ValidationError(errors)
        return data


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Ghi chép"), widget=forms.Textarea(attrs={"rows": 4}), max_length=20000
    )


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Loại tài liệu"), choices=CaseDocument.Kind.choices
    )
    title = forms.CharField(label=_("Tên tài liệu"), max_length=200)
    file = forms.FileField(
        label=_("Tệp"), help_text=_("PDF, JPG hoặc PNG, tối đa 10 MB.")
    )

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload:
            allowed = (
                IMAGE_EXTENSIONS
                if data.get("kind") == CaseDocument.Kind.PHOTO
                else DOCUMENT_EXTENSIONS
            )
            try:
                self.file_info = inspect_upload(upload, allowed)
            except ValidationError as error:
                self.add_error("file", error)
        return data


class PersonForm(forms.ModelForm):
    """Corrects the person's record (the person may ask to see and correct it)."""

    class Meta:
        model = Person
        fields = [
            "full_name",
            "aliases",
            "birth_date",
            "sex",
            "nationality",
            "id_document_type",
            "id_number",
            "address",
            "phone",
        ]
        widgets = {
            "birth_date": DateInput(),
            "aliases": forms.Textarea(attrs={"rows": 2}),
            "address": forms.Textarea(attrs={"rows": 2}),
        }

    def clean(self):
        data = super().clean()
        birth = data.get("birth_date")
        if birth and birth > today():
            self.add_error("birth_date", _("Ngày sinh ở tương lai. Xin kiểm tra lại."))
        elif birth and age_on(birth, today()) > MAX_AGE:
            self.add_error(
                "birth_date", _("Tuổi tính ra hơn 120: ngày sinh có lẽ nhập nhầm.")
            )
        return data


class RelativeForm(forms.ModelForm):
    class Meta:
        model = Relative
        fields = [
            "relation",
            "accompanying",
            "full_name",
            "birth_date",
            "phone",
            "notes",
        ]
        widgets = {
            "birth_date": DateInput(),
            "notes": forms.Textarea(attrs={"rows": 2}),
        }

    def clean(self):
        data = super().clean()
        birth = data.get("birth_date")
        if birth and birth > today():
            self.add_error("birth_date", _("Ngày sinh ở tương lai. Xin kiểm tra lại."))
        elif birth and age_on(birth, today()) > MAX_AGE:
            self.add_error(
                "birth_date", _("Tuổi tính ra hơn 120: ngày sinh có lẽ nhập nhầm.")
            )
        return data


class EventForm(forms.ModelForm):
    class Meta:
        model = CaseEvent
        fields = ["kind", "occurred_on", "place", "means", "exploitation_type"]
        widgets = {
            "occurred_on": DateInput(),
            "means": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        data = super().clean()
        if data.get("occurred_on") and data["occurred_on"] > today():
            self.add_error("occurred_on", _("Ngày này ở tương lai. Xin kiểm tra lại."))
        return data


class ExportForm(forms.Form):
    """The password that will protect the exported PDF, given to the person."""

    password = forms.CharField(
        label=_("Mật khẩu mở tệp"),
        min_length=12,
        widget=forms.PasswordInput(render_value=False),
        help_text=_("Ít nhất 12 ký tự. Trao mật khẩu cho người đó bằng đường khác."),
    )
    requested_by_person = forms.BooleanField(
        label=_("Người đó (hoặc người giám hộ) đã yêu cầu bản sao hồ sơ")
    )
