"""Audit events: who did what to which case, when and from where. Append-only."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(RuntimeError):
    """Raised when code tries to change or delete an audit event."""


class AuditEventQuerySet(models.QuerySet):
    """Refuses bulk changes: audit events are written once and never altered."""

    def update(self, **kwargs):
        raise AppendOnlyError("Audit events cannot be changed.")

    def delete(self):
        raise AppendOnlyError("Audit events cannot be deleted.")

    def for_case(self, code):
        return self.filter(case_code=code)


class AuditEvent(models.Model):
    """One read, change, export or print of a case by a user, from an address.

    It names the case by its pseudonymous code only and never holds personal data.
    """

    class Action(models.TextChoices):
        VIEW = "view", _("Xem")
        CREATE = "create", _("Tạo")
        CHANGE = "change", _("Thay đổi")
        EXPORT = "export", _("Xuất tệp")
        PRINT = "print", _("In")
        DOWNLOAD = "download", _("Tải tài liệu")
        ANONYMISE = "anonymise", _("Ẩn danh hóa")
        ACCESS_LOG = "access_log", _("Xem nhật ký truy cập")

    at = models.DateTimeField(_("thời điểm"), auto_now_add=True, db_index=True)
    # The user's id and name are copied, not linked: the log outlives accounts.
    user_id = models.BigIntegerField(_("mã người dùng"), null=True, blank=True)
    username = models.CharField(_("người dùng"), max_length=150, blank=True)
    case_code = models.CharField(_("mã hồ sơ"), max_length=32, db_index=True)
    action = models.CharField(_("hành động"), max_length=20, choices=Action.choices)
    detail = models.CharField(
        _("chi tiết"),
        max_length=200,
        blank=True,
        help_text=_("Phần hồ sơ hoặc bước xử lý; không bao giờ chứa dữ liệu cá nhân."),
    )
    ip_address = models.GenericIPAddressField(_("địa chỉ IP"), null=True, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("sự kiện truy cập")
        verbose_name_plural = _("nhật ký truy cập")
        ordering = ["-at", "-pk"]
        default_permissions = ("view",)

    def __str__(self):
        return (
            f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.case_code}"
        )

    def save(self, *args, **kwargs):
        if self.pk is not None or not self._state.adding:
            raise AppendOnlyError("Audit events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Audit events cannot be deleted.")
