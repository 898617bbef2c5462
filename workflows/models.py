"""The workspace's shared records: who a task is routed to and by when, which agencies
take part in a process, delegations during leave, in-app notifications, and the
low-code settings (deadlines, notification texts, agencies invited by default)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from viewflow.workflow.models import Process, Task

from portal.directory.dates import DatedModel
from portal.directory.models import Agency, LegalReference
from portal.directory.roles import ROLES

ROLE_CHOICES = [(code, role.label) for code, role in ROLES.items()]


class TaskRouteQuerySet(models.QuerySet):
    def overdue(self, now=None):
        """Routes of open tasks whose deadline has passed."""
        from viewflow.workflow.status import STATUS

        return self.filter(
            due_at__lt=now or timezone.now(),
            task__status__in=[STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED],
        )


class TaskRoute(models.Model):
    """Where a human task goes: an agency and a role, resolved from the directory on the
    day the task is created, with its deadline and the legal basis for it."""

    task = models.OneToOneField(
        Task, on_delete=models.CASCADE, related_name="route", verbose_name=_("việc")
    )
    agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="task_routes",
        verbose_name=_("cơ quan"),
    )
    role = models.CharField(_("vai trò"), max_length=40, choices=ROLE_CHOICES)
    function = models.CharField(
        _("chức năng"),
        max_length=60,
        blank=True,
        help_text=_("Mã chức năng của danh bạ dùng để tìm cơ quan, nếu có."),
    )
    due_at = models.DateTimeField(_("hạn xử lý"), null=True, blank=True)
    legal_reference = models.ForeignKey(
        LegalReference,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("căn cứ thời hạn"),
    )
    reminded_at = models.DateTimeField(_("đã nhắc lúc"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("đã báo cấp trên lúc"), null=True, blank=True)

    objects = TaskRouteQuerySet.as_manager()

    class Meta:
        verbose_name = _("phân công việc")
        verbose_name_plural = _("phân công việc")
        indexes = [models.Index(fields=["agency", "role"])]

    def __str__(self):
        return f"{self.task_id} → {self.agency} / {self.role}"

    def is_overdue(self, now=None) -> bool:
        return bool(self.due_at and self.due_at < (now or timezone.now()))


class Participation(models.Model):
    """An agency takes part in a process: it organises it or was invited to it. Only
    the users of these agencies see the process; everybody else gets 404."""

    class Kind(models.TextChoices):
        ORGANISER = "organiser", _("Chủ trì")
        INVITED = "invited", _("Được mời")

    process = models.ForeignKey(
        Process, on_delete=models.CASCADE, related_name="participations"
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="participations"
    )
    kind = models.CharField(_("vai trò"), max_length=20, choices=Kind.choices)

    class Meta:
        verbose_name = _("cơ quan tham gia")
        verbose_name_plural = _("cơ quan tham gia")
        constraints = [
            models.UniqueConstraint(
                fields=["process", "agency"], name="unique_participation"
            )
        ]

    def __str__(self):
        return f"{self.agency} ({self.get_kind_display()})"


class Delegation(DatedModel):
    """A colleague covers a user's work in one agency for a period (leave, mission):
    the delegate sees and completes the delegator's tasks and their agency queue."""

    delegator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="delegations_given",
        verbose_name=_("người ủy quyền"),
    )
    delegate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="delegations_received",
        verbose_name=_("người được ủy quyền"),
    )
    agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="delegations",
        verbose_name=_("cơ quan"),
    )
    reason = models.CharField(
        _("lý do"), max_length=200, blank=True, help_text=_("Ví dụ: nghỉ phép.")
    )
    created = models.DateTimeField(_("tạo lúc"), default=timezone.now)

    class Meta:
        verbose_name = _("ủy quyền xử lý việc")
        verbose_name_plural = _("ủy quyền xử lý việc")
        ordering = ["-valid_from"]

    def __str__(self):
        return f"{self.delegator} → {self.delegate} ({self.agency})"

    def clean(self):
        errors = {}
        self.clean_dates(errors)
        if self.delegator_id and self.delegator_id == self.delegate_id:
            errors.setdefault("delegate", []).append(
                _("Không thể ủy quyền cho chính mình.")
            )
        if not self.valid_from or not self.valid_to:
            errors.setdefault("valid_to", []).append(
                _("Ủy quyền phải có ngày bắt đầu và ngày kết thúc.")
            )
        if errors:
            raise ValidationError(errors)


class Notification(models.Model):
    """An in-app message to one user about a task: never carries confidential content,
    only the task's title, the process number and a link."""

    class Kind(models.TextChoices):
        NEW_TASK = "new_task", _("Việc mới")
        REMINDER = "reminder", _("Nhắc hạn")
        OVERDUE = "overdue", _("Quá hạn")
        ESCALATION = "escalation", _("Báo cấp trên")
        CANCELLED = "cancelled", _("Quy trình bị hủy")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="workspace_notifications",
    )
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices)
    task = models.ForeignKey(
        Task, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    subject = models.CharField(_("tiêu đề"), max_length=200)
    body = models.TextField(_("nội dung"), blank=True)
    url = models.CharField(_("liên kết"), max_length=300, blank=True)
    created = models.DateTimeField(_("tạo lúc"), default=timezone.now, db_index=True)
    read_at = models.DateTimeField(_("đã đọc lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")
        ordering = ["-created"]

    def __str__(self):
        return self.subject


class NotificationText(models.Model):
    """The text of one kind of notification, edited in the admin (low-code). Placeholders:
    {task}, {process}, {agency}, {deadline}, {url}. Never put case data in them."""

    kind = models.CharField(
        _("loại thông báo"),
        max_length=20,
        choices=Notification.Kind.choices,
        unique=True,
        help_text=_("Mỗi loại thông báo có một mẫu nội dung."),
    )
    subject = models.CharField(
        _("tiêu đề"),
        max_length=200,
        help_text=_("Ví dụ: Việc mới: {task} ({process})."),
    )
    body = models.TextField(
        _("nội dung"),
        help_text=_(
            "Có thể dùng {task}, {process}, {agency}, {deadline}, {url}. "
            "Không ghi thông tin cá nhân của nạn nhân."
        ),
    )

    class Meta:
        verbose_name = _("mẫu thông báo")
        verbose_name_plural = _("mẫu thông báo")
        ordering = ["kind"]

    def __str__(self):
        return self.get_kind_display()

    def clean(self):
        from .notifications import render_text

        errors = {}
        for field in ("subject", "body"):
            try:
                render_text(getattr(self, field) or "", _sample_context())
            except (KeyError, IndexError, ValueError):
                errors[field] = _(
                    "Chỉ dùng các chỗ trống {task}, {process}, {agency}, {deadline}, "
                    "{url}."
                )
        if errors:
            raise ValidationError(errors)


def _sample_context():
    return {"task": "", "process": "", "agency": "", "deadline": "", "url": ""}


class DeadlineRule(models.Model):
    """The deadline of one step of a process, set in the admin (low-code): a number of
    days, or the deadline of a legal reference from the directory."""

    node = models.CharField(
        _("bước quy trình"),
        max_length=80,
        unique=True,
        help_text=_("Bước của quy trình mà thời hạn này áp dụng."),
    )
    days = models.PositiveIntegerField(
        _("số ngày"),
        null=True,
        blank=True,
        help_text=_("Để trống nếu thời hạn lấy theo căn cứ pháp lý."),
    )
    legal_reference = models.ForeignKey(
        LegalReference,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("căn cứ pháp lý"),
        help_text=_("Điều khoản quy định thời hạn (số ngày của điều khoản được dùng)."),
    )
    remind_days_before = models.PositiveIntegerField(
        _("nhắc trước (ngày)"),
        default=1,
        help_text=_("Số ngày trước hạn thì gửi lời nhắc."),
    )

    class Meta:
        verbose_name = _("thời hạn bước quy trình")
        verbose_name_plural = _("thời hạn bước quy trình")
        ordering = ["node"]

    def __str__(self):
        return self.node

    def clean(self):
        if self.days is None and self.legal_reference_id is None:
            raise ValidationError(
                {"days": _("Nhập số ngày hoặc chọn căn cứ pháp lý có thời hạn.")}
            )
        if (
            self.days is None
            and self.legal_reference_id
            and not self.legal_reference.deadline_days
        ):
            raise ValidationError(
                {"legal_reference": _("Căn cứ pháp lý này không quy định thời hạn.")}
            )


class DefaultInvitation(models.Model):
    """An agency invited by default to a kind of process (low-code); the organiser can
    still change the list when inviting."""

    process_kind = models.CharField(
        _("loại quy trình"),
        max_length=40,
        help_text=_("Loại quy trình mà cơ quan này được mời mặc định."),
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="+", verbose_name=_("cơ quan")
    )

    class Meta:
        verbose_name = _("cơ quan mời mặc định")
        verbose_name_plural = _("cơ quan mời mặc định")
        constraints = [
            models.UniqueConstraint(
                fields=["process_kind", "agency"], name="unique_default_invitation"
            )
        ]

    def __str__(self):
        return f"{self.process_kind}: {self.agency}"
