from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    """The workspace's shared pieces: task inbox, notifications, deadlines."""

    name = "workflows"
    verbose_name = _("Không gian làm việc")

    def ready(self):
        from .documents import register_search_sources

        register_search_sources()
