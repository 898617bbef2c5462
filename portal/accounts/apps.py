from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Sign-in pages and the signed-in user's home."""

    name = "portal.accounts"
    label = "accounts"
    verbose_name = _("Tài khoản")
