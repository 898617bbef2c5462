from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The public site's pages and settings."""

    name = "cms"
    verbose_name = _("Trang thông tin")

    def ready(self):
        from . import signals  # noqa: F401 - connects the receivers
