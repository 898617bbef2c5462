from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """The training session process: propose, approve, invite, nominate, hold, report."""

    name = "workflows.training"
    label = "training"
    verbose_name = _("Tập huấn")
