from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConferencesConfig(AppConfig):
    """Conferences, seminars and round tables organised jointly by the agencies."""

    name = "workflows.conferences"
    label = "conferences"
    verbose_name = _("Hội nghị, hội thảo")
