from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    """The agency directory; its role groups are kept in step after each migrate."""

    name = "portal.directory"
    label = "directory"
    verbose_name = _("Danh bạ cơ quan")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import signals  # noqa: F401
        from .roles import sync_role_groups

        post_migrate.connect(sync_role_groups, sender=self)
