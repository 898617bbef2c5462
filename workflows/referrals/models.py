"""The case record of a victim referral, after the Human Trafficking Case Data Standard.

``Case`` is the process artifact: everything personal hangs off it and is encrypted
field by field (``crypto``). Columns left in clear text are the ones statistics need
(channel, sex, age band, exploitation types, outcome) and the workflow state.
"""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from viewflow.workflow.models import Process

from portal.directory.dates import today

from .crypto import EncryptedCharField, EncryptedDateField, EncryptedTextField

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read out by phone


def new_case_code() -> str:
    """A random pseudonymous code such as HS-7K2M-9QXD: it says nothing of the person."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"HS-{chars[:4]}-{chars[4:]}"


def age_on(birth_date, on) -> int | None:
    if not birth_date:
        return None
    return (
        on.year
        - birth_date.year
        - ((on.month, on.day) < (birth_date.month, birth_date.day))
    )


class IntakeChannel(models.TextChoices):
    SELF_COMMUNE = "self_commune", _("Tự khai báo tại UBND cấp xã")
    SELF_POLICE = "self_police", _("Tự khai báo tại cơ quan công an")
    SELF_BORDER_GUARD = "self_border_guard", _("Tự khai báo tại Bộ đội Biên phòng")
    SELF_COAST_GUARD = "self_coast_guard", _("Tự khai báo tại Cảnh sát biển")
    SELF_AUTHORITY = "self_authority", _("Tự khai báo tại cơ quan hỗ trợ nạn nhân")
    COMMUNE_REFERRAL = "commune_referral", _("Do UBND hoặc công an cấp xã chuyển đến")
    RESCUED = "rescued", _("Được giải cứu, tiếp nhận")
    FOREIGN_HANDOVER = "foreign_handover", _("Do nước ngoài trao trả")
    EMBASSY_RETURN = "embassy_return", _("Trở về qua cơ quan đại diện và cửa khẩu")
    HOTLINE = "hotline", _("Tin báo qua đường dây nóng")


class ExploitationType(models.TextChoices):
    SEXUAL = "sexual", _("Bóc lột tình dục")
    LABOUR = "labour", _("Cưỡng bức lao động")
    FORCED_CRIMINALITY = (
        "forced_criminality",
        _("Cưỡng bức phạm tội (lừa đảo trực tuyến, trung tâm lừa đảo)"),
    )
    FORCED_MARRIAGE = "forced_marriage", _("Cưỡng ép kết hôn")
    ORGAN_REMOVAL = "organ_removal", _("Lấy bộ phận cơ thể")
    BEGGING = "begging", _("Cưỡng ép ăn xin")
    CHILD_SALE = "child_sale", _("Mua bán trẻ em, nhận con nuôi trái phép")
    OTHER = "other", _("Mục đích vô nhân đạo khác")


class Sex(models.TextChoices):
    FEMALE = "female", _("Nữ")
    MALE = "male", _("Nam")
    OTHER = "other", _("Khác")
    UNKNOWN = "unknown", _("Không rõ")


class AgeBand(models.TextChoices):
    """Ages in bands wide enough for published statistics."""

    UNDER_12 = "0-11", _("Dưới 12 tuổi")
    UNDER_16 = "12-15", _("Từ 12 đến dưới 16 tuổi")
    UNDER_18 = "16-17", _("Từ 16 đến dưới 18 tuổi")
    ADULT_YOUNG = "18-29", _("Từ 18 đến 29 tuổi")
    ADULT = "30-44", _("Từ 30 đến 44 tuổi")
    ADULT_OLDER = "45+", _("Từ 45 tuổi")
    UNKNOWN = "unknown", _("Không rõ")


def age_band(age: int | None) -> str:
    if age is None:
        return AgeBand.UNKNOWN
    for upper, band in (
        (12, AgeBand.UNDER_12),
        (16, AgeBand.UNDER_16),
        (18, AgeBand.UNDER_18),
        (30, AgeBand.ADULT_YOUNG),
        (45, AgeBand.ADULT),
    ):
        if age < upper:
            return band
    return AgeBand.ADULT_OLDER


class Stage(models.TextChoices):
    INTAKE = "intake", _("Tiếp nhận")
    ESSENTIAL_NEEDS = "essential_needs", _("Hỗ trợ nhu cầu thiết yếu")
    VERIFICATION = "verification", _("Xác minh")
    IDENTIFICATION = "identification", _("Xác định nạn nhân")
    CONSENT = "consent", _("Ý kiến, nguyện vọng")
    CHILD_PROTECTION = "child_protection", _("Bảo vệ trẻ em")
    TRANSFER = "transfer", _("Chuyển giao")
    HANDOVER = "handover", _("Chờ bên nhận xác nhận")
    SUPPORT = "support", _("Kế hoạch và dịch vụ hỗ trợ")
    FOLLOW_UP = "follow_up", _("Theo dõi")
    CLOSED = "closed", _("Đã đóng")


class Identification(models.TextChoices):
    VICTIM = "victim", _("Là nạn nhân")
    NOT_VICTIM = "not_victim", _("Không phải nạn nhân")
    UNDETERMINED = "undetermined", _("Chưa xác định được")


class Destination(models.TextChoices):
    HOME = "home", _("Về gia đình, nơi cư trú")
    PUBLIC_CENTRE = "public_centre", _("Cơ sở trợ giúp xã hội công lập")
    CHILD_PROTECTION_CENTRE = (
        "child_protection_centre",
        _("Trung tâm công tác xã hội và bảo vệ trẻ em"),
    )
    PRIVATE_CENTRE = "private_centre", _("Cơ sở ngoài công lập")


class LegalGround(models.TextChoices):
    """Grounds on which data may be disclosed without the person's consent."""

    CHILD_BEST_INTEREST = (
        "child_best_interest",
        _("Lợi ích tốt nhất của trẻ em (người giám hộ đồng ý)"),
    )
    LAW_53_2024 = "law_53_2024", _("Nhiệm vụ luật định theo Luật 53/2024/QH15")
    LIFE_OR_HEALTH = "life_or_health", _("Bảo vệ tính mạng, sức khỏe của người đó")
    COURT_ORDER = "court_order", _("Yêu cầu của cơ quan tiến hành tố tụng")


class ClosureReason(models.TextChoices):
    REINTEGRATED = "reintegrated", _("Đã tái hòa nhập cộng đồng")
    NOT_VICTIM = "not_victim", _("Không phải nạn nhân")
    REFUSED = "refused", _("Người đó từ chối hỗ trợ, bảo vệ")
    TRANSFERRED_OUT = "transferred_out", _("Chuyển đi địa phương khác")
    LOST_CONTACT = "lost_contact", _("Mất liên lạc")
    OTHER = "other", _("Lý do khác")


class CaseQuerySet(models.QuerySet):
    """Cases, with the one need-to-know rule of the portal."""

    def visible_to(self, user):
        """Cases of agencies where ``user`` holds a case role today; else none.

        Superusers and CMS editors get nothing here unless they hold a case role in a
        participating agency: being an administrator is not a need to know.
        """
        from .access import case_agency_ids

        agency_ids = case_agency_ids(user)
        if not agency_ids:
            return self.none()
        return self.filter(
            pk__in=CaseParticipant.objects.filter(agency_id__in=agency_ids).values(
                "case_id"
            )
        )

    def open(self):
        return self.exclude(stage=Stage.CLOSED)

    def due_for_anonymisation(self, on=None):
        on = on or today()
        cutoff = on - datetime.timedelta(days=settings.REFERRAL_RETENTION_DAYS)
        return self.filter(
            stage=Stage.CLOSED, closed_on__lte=cutoff, anonymised_at__isnull=True
        )


class Case(models.Model):
    """A person referred for protection and support: the artifact of the referral flow.

    Used by every step of ``ReferralFlow``; only participants (``CaseParticipant``) see it.
    """

    code = models.CharField(
        _("mã hồ sơ"), max_length=16, unique=True, default=new_case_code, editable=False
    )
    intake_channel = models.CharField(
        _("kênh tiếp nhận"), max_length=30, choices=IntakeChannel.choices
    )
    receiving_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan tiếp nhận"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    received_on = models.DateField(_("ngày tiếp nhận"), default=today)
    came_from_abroad = models.BooleanField(
        _("trở về từ nước ngoài"),
        default=False,
        help_text=_("Nếu có, Sở Ngoại vụ xác minh quốc tịch, nhân thân song song."),
    )
    exploitation_types = models.JSONField(
        _("hình thức bóc lột"), default=list, blank=True
    )
    # Statistics columns, kept after anonymisation.
    sex = models.CharField(_("giới tính"), max_length=10, choices=Sex.choices)
    age_band = models.CharField(
        _("nhóm tuổi"), max_length=10, choices=AgeBand.choices, default=AgeBand.UNKNOWN
    )
    is_child = models.BooleanField(_("là trẻ em"), default=False)

    stage = models.CharField(
        _("giai đoạn"), max_length=20, choices=Stage.choices, default=Stage.INTAKE
    )
    verification_due = models.DateField(_("hạn xác minh"), null=True, blank=True)
    verification_reference = models.ForeignKey(
        "directory.LegalReference",
        verbose_name=_("căn cứ thời hạn xác minh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    identification = models.CharField(
        _("kết quả xác định"), max_length=20, choices=Identification.choices, blank=True
    )
    identification_reasons = EncryptedTextField(
        _("lý do, căn cứ xác định"), null=True, blank=True
    )
    identified_on = models.DateField(_("ngày xác định"), null=True, blank=True)
    protection_accepted = models.BooleanField(
        _("đồng ý nhận bảo vệ, hỗ trợ"), null=True, blank=True
    )
    wishes = EncryptedTextField(_("nguyện vọng của người đó"), null=True, blank=True)
    destination = models.CharField(
        _("nơi chuyển đến"), max_length=30, choices=Destination.choices, blank=True
    )
    destination_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ sở tiếp nhận"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    guardian_notified_on = models.DateField(
        _("ngày báo người giám hộ"), null=True, blank=True
    )
    escort = EncryptedTextField(_("người đưa đón, hộ tống"), null=True, blank=True)
    handover_sent_at = models.DateTimeField(
        _("thời điểm bàn giao"), null=True, blank=True
    )
    handover_due = models.DateField(_("hạn xác nhận bàn giao"), null=True, blank=True)
    handover_confirmed_at = models.DateTimeField(
        _("thời điểm bên nhận xác nhận"), null=True, blank=True
    )
    handover_escalated_at = models.DateTimeField(
        _("thời điểm báo chậm xác nhận"), null=True, blank=True
    )
    support_plan = EncryptedTextField(_("kế hoạch hỗ trợ"), null=True, blank=True)
    follow_up_notes = EncryptedTextField(_("kết quả theo dõi"), null=True, blank=True)
    closed_on = models.DateField(_("ngày đóng hồ sơ"), null=True, blank=True)
    closure_reason = models.CharField(
        _("lý do đóng"), max_length=20, choices=ClosureReason.choices, blank=True
    )
    anonymised_at = models.DateTimeField(
        _("thời điểm ẩn danh hóa"), null=True, blank=True
    )
    created_at = models.DateTimeField(_("thời điểm tạo"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = CaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("hồ sơ nạn nhân")
        verbose_name_plural = _("hồ sơ nạn nhân")
        ordering = ["-received_on", "-pk"]
        permissions = [
            ("work_on_case", _("Thực hiện các bước của hồ sơ nạn nhân")),
            ("export_case", _("Xuất hồ sơ nạn nhân theo yêu cầu của người đó")),
            ("view_access_log", _("Xem nhật ký truy cập hồ sơ")),
        ]

    def __str__(self):
        # Only the pseudonymous code: __str__ ends up in logs, messages and admin.
        return self.code

    def __repr__(self):
        return f"<Case {self.code}>"

    @property
    def exploitation_labels(self):
        labels = dict(ExploitationType.choices)
        return [labels.get(code, code) for code in self.exploitation_types]

    @property
    def handover_overdue(self):
        return bool(
            self.handover_due
            and not self.handover_confirmed_at
            and self.handover_due < today()
        )

    @property
    def verification_overdue(self):
        return bool(
            self.verification_due
            and self.stage == Stage.VERIFICATION
            and self.verification_due < today()
        )

    def add_participant(self, agency, reason):
        if agency is None:
            return None
        participant, _created = CaseParticipant.objects.get_or_create(
            case=self, agency=agency, reason=reason
        )
        return participant

    def participating_agency_ids(self):
        return set(self.participants.values_list("agency_id", flat=True))


class CaseParticipant(models.Model):
    """An agency taking part in a case, and why: this is what grants the need to know."""

    class Reason(models.TextChoices):
        RECEIVING = "receiving", _("Cơ quan tiếp nhận")
        NOTIFIED = "notified", _("Cơ quan hỗ trợ nạn nhân được thông báo")
        TASK = "task", _("Được giao nhiệm vụ")
        DESTINATION = "destination", _("Nơi tiếp nhận chuyển giao")

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="participants"
    )
    agency = models.ForeignKey(
        "directory.Agency", on_delete=models.PROTECT, related_name="+"
    )
    reason = models.CharField(_("lý do"), max_length=20, choices=Reason.choices)
    added_at = models.DateTimeField(_("thời điểm"), auto_now_add=True)

    class Meta:
        verbose_name = _("cơ quan tham gia")
        verbose_name_plural = _("cơ quan tham gia")
        constraints = [
            models.UniqueConstraint(
                fields=["case", "agency", "reason"], name="unique_case_participant"
            )
        ]

    def __str__(self):
        return f"{self.case} — {self.agency}"


class IdentityDocumentType(models.TextChoices):
    CITIZEN_ID = "citizen_id", _("Căn cước / căn cước công dân")
    PASSPORT = "passport", _("Hộ chiếu")
    BIRTH_CERTIFICATE = "birth_certificate", _("Giấy khai sinh")
    OTHER = "other", _("Giấy tờ khác")
    NONE = "none", _("Không có giấy tờ")


class Person(models.Model):
    """The person the case is about; every identifying field is encrypted at rest."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="person")
    full_name = EncryptedCharField(
        _("họ và tên"), max_length=200, null=True, blank=True
    )
    aliases = EncryptedTextField(_("tên gọi khác"), null=True, blank=True)
    birth_date = EncryptedDateField(_("ngày sinh"), null=True, blank=True)
    sex = models.CharField(_("giới tính"), max_length=10, choices=Sex.choices)
    nationality = models.CharField(_("quốc tịch"), max_length=80, default="Việt Nam")
    id_document_type = models.CharField(
        _("loại giấy tờ"),
        max_length=20,
        choices=IdentityDocumentType.choices,
        default=IdentityDocumentType.NONE,
    )
    id_number = EncryptedCharField(
        _("số giấy tờ"), max_length=40, null=True, blank=True
    )
    id_number_digest = models.CharField(max_length=64, blank=True, db_index=True)
    address = EncryptedTextField(_("nơi cư trú"), null=True, blank=True)
    phone = EncryptedCharField(_("số điện thoại"), max_length=40, null=True, blank=True)
    photo = models.ForeignKey(
        "CaseDocument",
        verbose_name=_("ảnh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("người được hỗ trợ")
        verbose_name_plural = _("người được hỗ trợ")

    def __str__(self):
        return str(self.case)

    def save(self, *args, **kwargs):
        from .crypto import identifier_digest

        self.id_number_digest = identifier_digest(self.id_number or "")
        super().save(*args, **kwargs)


class Relative(models.Model):
    """A child or relative accompanying the person, or to be contacted; encrypted."""

    class Relation(models.TextChoices):
        CHILD = "child", _("Con")
        SPOUSE = "spouse", _("Vợ / chồng")
        PARENT = "parent", _("Cha / mẹ")
        GUARDIAN = "guardian", _("Người giám hộ")
        SIBLING = "sibling", _("Anh / chị / em")
        OTHER = "other", _("Khác")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="relatives")
    relation = models.CharField(_("quan hệ"), max_length=20, choices=Relation.choices)
    accompanying = models.BooleanField(_("đi cùng"), default=False)
    full_name = EncryptedCharField(
        _("họ và tên"), max_length=200, null=True, blank=True
    )
    birth_date = EncryptedDateField(_("ngày sinh"), null=True, blank=True)
    phone = EncryptedCharField(_("số điện thoại"), max_length=40, null=True, blank=True)
    notes = EncryptedTextField(_("ghi chú"), null=True, blank=True)

    class Meta:
        verbose_name = _("người thân")
        verbose_name_plural = _("người thân")

    def __str__(self):
        return f"{self.case} — {self.get_relation_display()}"


class CaseEvent(models.Model):
    """A step of what happened: recruitment, transit or exploitation (place, date, means)."""

    class Kind(models.TextChoices):
        RECRUITMENT = "recruitment", _("Tuyển mộ, dụ dỗ")
        TRANSIT = "transit", _("Di chuyển, vận chuyển")
        EXPLOITATION = "exploitation", _("Bóc lột")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("loại sự việc"), max_length=20, choices=Kind.choices)
    occurred_on = models.DateField(_("thời gian"), null=True, blank=True)
    place = EncryptedCharField(_("địa điểm"), max_length=255, null=True, blank=True)
    means = EncryptedTextField(_("thủ đoạn, phương thức"), null=True, blank=True)
    exploitation_type = models.CharField(
        _("hình thức bóc lột"),
        max_length=30,
        choices=ExploitationType.choices,
        blank=True,
    )

    class Meta:
        verbose_name = _("diễn biến")
        verbose_name_plural = _("diễn biến")
        ordering = ["occurred_on", "pk"]

    def __str__(self):
        return f"{self.case} — {self.get_kind_display()}"


class CaseNote(models.Model):
    """A narrative note by a case worker; encrypted."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    agency = models.ForeignKey(
        "directory.Agency", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("thời điểm"), auto_now_add=True)
    text = EncryptedTextField(_("nội dung"), null=True, blank=True)

    class Meta:
        verbose_name = _("ghi chép")
        verbose_name_plural = _("ghi chép")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.case} — {self.created_at:%Y-%m-%d}"


def _document_path(instance, filename):
    # A random name: neither the person's name nor the original file name goes to disk.
    return f"referrals/{secrets.token_hex(16)}.bin"


class CaseDocument(models.Model):
    """A document or photo of a case, stored encrypted and served by an audited view."""

    class Kind(models.TextChoices):
        PHOTO = "photo", _("Ảnh chân dung")
        ID_PAPER = "id_paper", _("Giấy tờ tùy thân")
        VICTIM_CERTIFICATE = "victim_certificate", _("Giấy tờ chứng nhận nạn nhân")
        MEDICAL = "medical", _("Hồ sơ y tế")
        HANDOVER = "handover", _("Biên bản bàn giao")
        OTHER = "other", _("Tài liệu khác")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("loại tài liệu"), max_length=30, choices=Kind.choices)
    title = EncryptedCharField(_("tên tài liệu"), max_length=200, null=True, blank=True)
    file = models.FileField(
        _("tệp (đã mã hóa)"), upload_to=_document_path, max_length=200
    )
    content_type = models.CharField(max_length=100)
    extension = models.CharField(max_length=10)
    size = models.PositiveIntegerField(default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tài liệu")
        verbose_name_plural = _("tài liệu")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return f"{self.case} — {self.get_kind_display()}"

    def read(self) -> bytes:
        from .crypto import decrypt_bytes

        with self.file.open("rb") as handle:
            return decrypt_bytes(handle.read())


class Consent(models.Model):
    """What the person agreed to or refused, per purpose, or the legal ground used."""

    class Purpose(models.TextChoices):
        MANAGE_DATA = "manage_data", _("Quản lý thông tin cá nhân của người đó")
        DISCLOSE = "disclose", _("Chia sẻ thông tin cho cơ quan tiếp nhận")
        PROTECTION = "protection", _("Nhận bảo vệ, hỗ trợ")

    class Decision(models.TextChoices):
        GIVEN = "given", _("Đồng ý")
        REFUSED = "refused", _("Từ chối")
        LEGAL_GROUND = "legal_ground", _("Không cần đồng ý: có căn cứ pháp lý")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("mục đích"), max_length=20, choices=Purpose.choices)
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan nhận thông tin"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    decision = models.CharField(
        _("quyết định"), max_length=20, choices=Decision.choices
    )
    legal_ground = models.CharField(
        _("căn cứ pháp lý"), max_length=30, choices=LegalGround.choices, blank=True
    )
    note = EncryptedTextField(_("ghi chú"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("sự đồng ý")
        verbose_name_plural = _("sự đồng ý")
        ordering = ["recorded_at", "pk"]

    def __str__(self):
        return f"{self.case} — {self.get_purpose_display()}"


class ServiceKind(models.TextChoices):
    FOOD = "food", _("Ăn, mặc")
    SHELTER = "shelter", _("Chỗ ở tạm thời")
    FIRST_AID = "first_aid", _("Sơ cứu, chăm sóc y tế ban đầu")
    INTERPRETATION = "interpretation", _("Phiên dịch")
    TRAVEL = "travel", _("Chi phí đi lại")
    MEDICAL = "medical", _("Hỗ trợ y tế")
    PSYCHOLOGICAL = "psychological", _("Hỗ trợ tâm lý")
    LEGAL = "legal", _("Trợ giúp pháp lý, thông tin pháp luật")
    EDUCATION = "education", _("Hỗ trợ học văn hóa")
    VOCATIONAL = "vocational", _("Hỗ trợ học nghề")
    INITIAL_ALLOWANCE = "initial_allowance", _("Trợ cấp khó khăn ban đầu")
    LOAN = "loan", _("Vay vốn")


ESSENTIAL_SERVICES = {
    ServiceKind.FOOD,
    ServiceKind.SHELTER,
    ServiceKind.FIRST_AID,
    ServiceKind.INTERPRETATION,
    ServiceKind.TRAVEL,
}


class Service(models.Model):
    """A support service planned, delivered or refused, with its amount where set."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Dự kiến")
        DELIVERED = "delivered", _("Đã thực hiện")
        REFUSED = "refused", _("Người đó từ chối")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="services")
    kind = models.CharField(
        _("loại hỗ trợ"), max_length=30, choices=ServiceKind.choices
    )
    status = models.CharField(
        _("tình trạng"), max_length=20, choices=Status.choices, default=Status.DELIVERED
    )
    delivered_on = models.DateField(_("ngày thực hiện"), null=True, blank=True)
    amount = models.DecimalField(
        _("số tiền (đồng)"), max_digits=14, decimal_places=0, null=True, blank=True
    )
    legal_reference = models.ForeignKey(
        "directory.LegalReference",
        verbose_name=_("căn cứ mức hỗ trợ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan thực hiện"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    note = EncryptedTextField(_("ghi chú"), null=True, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("dịch vụ hỗ trợ")
        verbose_name_plural = _("dịch vụ hỗ trợ")
        ordering = ["recorded_at", "pk"]

    def __str__(self):
        return f"{self.case} — {self.get_kind_display()}"


class ReferralProcess(Process):
    """The viewflow process of one referral; its artifact is the ``Case``."""

    class Meta:
        proxy = True
        verbose_name = _("quy trình tiếp nhận, hỗ trợ nạn nhân")
        verbose_name_plural = _("quy trình tiếp nhận, hỗ trợ nạn nhân")

    @property
    def case(self):
        return self.artifact

    @property
    def came_from_abroad(self):
        return self.artifact.came_from_abroad

    @property
    def is_child(self):
        return self.artifact.is_child

    @property
    def received_elsewhere(self):
        """Whether an agency other than the victim-support authority received them."""
        from .assignment import support_authority

        authority = support_authority()
        return authority is None or self.artifact.receiving_agency_id != authority.pk

    @property
    def identified_as_needing_support(self):
        return self.artifact.identification in (
            Identification.VICTIM,
            Identification.UNDETERMINED,
        )

    @property
    def accepts_protection(self):
        return bool(self.artifact.protection_accepted)

    @property
    def needs_handover(self):
        return self.artifact.destination_agency_id is not None


def cases_with_duplicate_identifier(digest, exclude_case=None):
    if not digest:
        return Case.objects.none()
    queryset = Case.objects.filter(person__id_number_digest=digest)
    if exclude_case is not None:
        queryset = queryset.exclude(pk=exclude_case.pk)
    return queryset
