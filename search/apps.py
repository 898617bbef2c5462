from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Public search and the staff search of shared documents."""

    name = "search"
    label = "portal_search"
    verbose_name = _("Tìm kiếm")
