from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Public search and the staff search of shared documents."""

    name = "search"
    label = "portal_search"
    verbose_name = _("Tìm kiếm")

    def ready(self):
        from django.core import checks
        from django.db.backends.signals import connection_created

        from . import signals, sources
        from .checks import check_confidential_apps_not_indexed

        connection_created.connect(signals.register_sqlite_functions)
        signals.connect()
        sources.register_builtin_sources()
        checks.register(check_confidential_apps_not_indexed, checks.Tags.models)
