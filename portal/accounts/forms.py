"""The sign-in form, with a message that says what went wrong without saying which part."""

from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class SignInForm(AuthenticationForm):
    """Django's authentication form with the project's wording."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "Tên đăng nhập hoặc mật khẩu không đúng. Xin kiểm tra lại; lưu ý chữ hoa "
            "và chữ thường."
        ),
        "inactive": _("Tài khoản này đã bị khóa. Xin liên hệ quản trị viên cơ quan."),
    }
