from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    """The periodic report process: open a period, agencies submit, consolidate."""

    name = "workflows.reporting"
    label = "reporting"
    verbose_name = _("Báo cáo định kỳ")
