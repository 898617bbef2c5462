from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    """The shared library of awareness materials."""

    name = "content"
    verbose_name = _("Tài liệu truyền thông")

    def ready(self):
        from . import signals

        signals.connect()
