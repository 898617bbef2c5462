from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    """Append-only audit events; no admin, no edit, no delete through the application."""

    name = "portal.audit"
    label = "audit"
    verbose_name = _("Nhật ký truy cập")
    default_auto_field = "django.db.models.BigAutoField"
