"""The sign-in form, with a message that says what went wrong without saying which part."""

from django import forms
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


class OTPTokenForm(forms.Form):
    """The six-digit code from the user's authenticator app."""

    token = forms.CharField(
        label=_("Mã xác thực 6 số"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}
        ),
        help_text=_("Mở ứng dụng xác thực trên điện thoại và nhập mã đang hiện."),
    )

    def __init__(self, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = "".join(ch for ch in self.cleaned_data["token"] if ch.isdigit())
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(
                _("Nhập sai nhiều lần. Xin đợi một lát rồi thử lại."), code="throttled"
            )
        if not self.device.verify_token(token):
            raise forms.ValidationError(
                _("Mã không đúng hoặc đã hết hạn. Xin nhập mã mới đang hiện."),
                code="invalid",
            )
        return token
