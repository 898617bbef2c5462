"""The agency directory as data: it survives a reorganisation of the state without a code
change (DESIGN.md §4b)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .dates import DatedModel, DatedQuerySet


class AdministrativeUnit(DatedModel):
    """A province, district or commune, with its official code and its successors.

    When units merge (as in 2025) the old record stays, closed, and points at the unit
    that replaced it; records made earlier keep the unit that applied then.
    """

    class Level(models.TextChoices):
        PROVINCE = "province", _("Tỉnh / thành phố")
        DISTRICT = "district", _("Huyện / quận / thị xã / thành phố thuộc tỉnh")
        COMMUNE = "commune", _("Xã / phường / thị trấn / đặc khu")

    code = models.CharField(
        _("mã đơn vị hành chính"),
        max_length=10,
        help_text=_("Mã theo danh mục đơn vị hành chính Việt Nam (Tổng cục Thống kê)."),
    )
    name = models.CharField(_("tên"), max_length=200)
    level = models.CharField(_("cấp"), max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Đơn vị hành chính trực tiếp quản lý đơn vị này."),
    )
    successors = models.ManyToManyField(
        "self",
        verbose_name=_("đơn vị kế thừa"),
        symmetrical=False,
        blank=True,
        related_name="predecessors",
        help_text=_(
            "Đơn vị tiếp nhận đơn vị này khi sáp nhập, chia tách hoặc đổi tên."
        ),
    )

    class Meta:
        verbose_name = _("đơn vị hành chính")
        verbose_name_plural = _("đơn vị hành chính")
        ordering = ["code", "-valid_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["code", "valid_from"], name="unique_unit_code_per_period"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"

    def clean(self):
        errors = {}
        self.clean_dates(errors)
        if self.parent_id and self.parent_id == self.pk:
            errors.setdefault("parent", []).append(
                _("Một đơn vị không thể là cấp trên của chính nó.")
            )
        if errors:
            raise ValidationError(errors)

    def current_successors(self, on=None):
        """The units valid on ``on`` that this unit became, following merges."""
        if self.is_valid_on(on):
            return [self]
        found, seen, frontier = [], {self.pk}, list(self.successors.all())
        while frontier:
            unit = frontier.pop(0)
            if unit.pk in seen:
                continue
            seen.add(unit.pk)
            if unit.is_valid_on(on):
                found.append(unit)
            else:
                frontier.extend(unit.successors.all())
        return found


class Agency(DatedModel):
    """A public body, centre or organisation taking part in the work, for a period."""

    class Kind(models.TextChoices):
        PEOPLES_COMMITTEE = "peoples_committee", _("Ủy ban nhân dân")
        LABOUR = "labour", _("Lao động - Thương binh và Xã hội")
        HEALTH = "health", _("Y tế")
        POLICE = "police", _("Công an")
        BORDER_GUARD = "border_guard", _("Bộ đội Biên phòng")
        COAST_GUARD = "coast_guard", _("Cảnh sát biển")
        MILITARY = "military", _("Bộ Chỉ huy quân sự")
        FOREIGN_AFFAIRS = "foreign_affairs", _("Ngoại vụ")
        COMMUNE_COMMITTEE = "commune_committee", _("Ủy ban nhân dân cấp xã")
        COMMUNE_POLICE = "commune_police", _("Công an cấp xã")
        SOCIAL_PROTECTION_CENTRE = (
            "social_protection_centre",
            _("Cơ sở trợ giúp xã hội"),
        )
        MASS_ORGANISATION = "mass_organisation", _("Tổ chức chính trị - xã hội")
        NGO = "ngo", _("Tổ chức phi chính phủ")
        OTHER = "other", _("Khác")

    name = models.CharField(_("tên cơ quan"), max_length=255)
    short_name = models.CharField(
        _("tên viết tắt"), max_length=60, blank=True, help_text=_("Ví dụ: Sở LĐTBXH.")
    )
    slug = models.SlugField(
        _("mã định danh"),
        max_length=80,
        unique=True,
        help_text=_("Dùng trong địa chỉ trang; chỉ chữ thường không dấu và dấu gạch."),
    )
    kind = models.CharField(_("loại cơ quan"), max_length=40, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("cơ quan cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Cơ quan quản lý trực tiếp, nếu có."),
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("địa bàn"),
        on_delete=models.PROTECT,
        related_name="agencies",
        help_text=_("Đơn vị hành chính nơi cơ quan hoạt động."),
    )
    successor = models.ForeignKey(
        "self",
        verbose_name=_("cơ quan kế thừa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
        help_text=_(
            "Cơ quan tiếp nhận chức năng khi cơ quan này sáp nhập hoặc giải thể."
        ),
    )
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    website = models.URLField(_("trang thông tin"), blank=True)

    class Meta:
        verbose_name = _("cơ quan")
        verbose_name_plural = _("cơ quan")
        ordering = ["name"]

    def __str__(self):
        return self.short_name or self.name

    def clean(self):
        errors = {}
        self.clean_dates(errors)
        if self.parent_id and self.parent_id == self.pk:
            errors.setdefault("parent", []).append(
                _("Một cơ quan không thể là cấp trên của chính nó.")
            )
        if errors:
            raise ValidationError(errors)


class LegalReference(DatedModel):
    """A legal provision that sets a deadline, a form or an amount, with its successor."""

    document_number = models.CharField(
        _("số hiệu văn bản"), max_length=80, help_text=_("Ví dụ: 53/2024/QH15.")
    )
    title = models.CharField(_("tên văn bản"), max_length=255)
    article = models.CharField(
        _("điều, khoản"),
        max_length=80,
        blank=True,
        help_text=_("Ví dụ: Điều 27 khoản 2."),
    )
    summary = models.TextField(_("nội dung"), blank=True)
    deadline_days = models.PositiveIntegerField(
        _("thời hạn (ngày)"),
        null=True,
        blank=True,
        help_text=_("Thời hạn do điều khoản này quy định, nếu có."),
    )
    working_days = models.BooleanField(
        _("tính theo ngày làm việc"),
        default=False,
        help_text=_("Đánh dấu nếu thời hạn tính theo ngày làm việc."),
    )
    url = models.URLField(_("liên kết"), blank=True)
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("được thay thế bởi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
        help_text=_("Điều khoản thay thế điều khoản này khi hết hiệu lực."),
    )

    class Meta:
        verbose_name = _("căn cứ pháp lý")
        verbose_name_plural = _("căn cứ pháp lý")
        ordering = ["-valid_from", "document_number"]

    def __str__(self):
        return " ".join(filter(None, [self.article, self.document_number]))

    def clean(self):
        errors = {}
        self.clean_dates(errors)
        if errors:
            raise ValidationError(errors)


class Function(models.Model):
    """A responsibility the processes rely on, e.g. "victim-support authority".

    Flows assign work to functions, never to agency names; who holds a function changes
    with each reorganisation and is recorded in ``FunctionAssignment``.
    """

    code = models.SlugField(
        _("mã chức năng"),
        max_length=60,
        unique=True,
        help_text=_("Mã cố định mà các quy trình dùng; không đổi sau khi tạo."),
    )
    name = models.CharField(_("tên chức năng"), max_length=200)
    description = models.TextField(_("mô tả"), blank=True)

    class Meta:
        verbose_name = _("chức năng")
        verbose_name_plural = _("chức năng")
        ordering = ["name"]

    def __str__(self):
        return self.name


class FunctionAssignment(DatedModel):
    """An agency holds a function for a period, optionally only for one area."""

    function = models.ForeignKey(
        Function,
        verbose_name=_("chức năng"),
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("cơ quan"),
        on_delete=models.PROTECT,
        related_name="function_assignments",
    )
    area = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("phạm vi"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="function_assignments",
        help_text=_("Để trống nếu cơ quan giữ chức năng này trên toàn tỉnh."),
    )
    legal_reference = models.ForeignKey(
        LegalReference,
        verbose_name=_("căn cứ pháp lý"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Văn bản giao chức năng này cho cơ quan."),
    )

    class Meta:
        verbose_name = _("phân công chức năng")
        verbose_name_plural = _("phân công chức năng")
        ordering = ["function__name", "-valid_from"]

    def __str__(self):
        return f"{self.function} — {self.agency}"

    def clean(self):
        errors = {}
        self.clean_dates(errors)
        if errors:
            raise ValidationError(errors)


class MembershipQuerySet(DatedQuerySet):
    def for_user(self, user):
        return self.filter(user=user)


class Membership(DatedModel):
    """A user works in an agency, with roles, for a period; ended ones stay as history."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người dùng"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("cơ quan"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    roles = models.ManyToManyField(
        Group,
        verbose_name=_("vai trò"),
        blank=True,
        related_name="memberships",
        help_text=_("Các vai trò của người dùng trong cơ quan này."),
    )
    position = models.CharField(
        _("chức vụ"), max_length=120, blank=True, help_text=_("Ví dụ: Chuyên viên.")
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("thành viên cơ quan")
        verbose_name_plural = _("thành viên cơ quan")
        ordering = ["user__username", "-valid_from"]

    def __str__(self):
        return f"{self.user} @ {self.agency}"

    def clean(self):
        errors = {}
        self.clean_dates(errors)
        if errors:
            raise ValidationError(errors)
