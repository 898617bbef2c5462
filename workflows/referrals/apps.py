from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferralsConfig(AppConfig):
    """Victim referral cases, their flow, exports, statistics and retention."""

    name = "workflows.referrals"
    label = "referrals"
    verbose_name = _("Tiếp nhận, hỗ trợ nạn nhân")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
