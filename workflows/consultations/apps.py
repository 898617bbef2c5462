from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    """Consultation on a draft document (plan II.1): comments, answers, issuance."""

    name = "workflows.consultations"
    label = "consultations"
    verbose_name = _("Góp ý dự thảo")
