"""Sign-in, sign-out, password reset and the signed-in user's home page."""

import django_otp
import segno
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import FormView, TemplateView

from portal.directory.roles import role_label
from portal.directory.services import memberships_of

from . import otp
from .forms import OTPTokenForm, SignInForm


class SignInView(auth_views.LoginView):
    """The one sign-in page for the CMS admin and the workspace."""

    form_class = SignInForm
    template_name = "accounts/sign_in.html"
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    """Signs the user out (POST only, as Django requires) and returns to the home page."""


class PasswordResetView(auth_views.PasswordResetView):
    """Asks for an e-mail address and sends a reset link through Django's mail system."""

    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    """Says a link was sent if the address is known, without telling whether it is."""

    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """The page the e-mailed link opens: choose a new password."""

    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    """Confirms the new password and links to sign in."""

    template_name = "accounts/password_reset_complete.html"


class AccountHomeView(LoginRequiredMixin, TemplateView):
    """Where a signed-in user lands: their agencies and roles today, and where to go."""

    template_name = "accounts/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["memberships"] = [
            {
                "agency": ar.agency,
                "roles": sorted(role_label(code) for code in ar.roles),
            }
            for ar in memberships_of(user)
        ]
        context["can_use_cms"] = user.has_perm("wagtailadmin.access_admin")
        context["case_list_url"] = _case_list_url(user)
        return context


def _case_list_url(user):
    """The victim referral cases, for users with a case role."""
    from workflows.referrals.access import has_case_role
    from workflows.referrals.urls import app_url

    return app_url("index") if has_case_role(user) else None


class SecondFactorMixin(LoginRequiredMixin):
    """Shared by the two second-step pages: where to go once the code is right."""

    def next_url(self):
        candidate = self.request.POST.get("next") or self.request.GET.get("next")
        if candidate and url_has_allowed_host_and_scheme(
            candidate,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return candidate
        return reverse("accounts:home")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = self.next_url()
        return context

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.device}

    def form_valid(self, form):
        django_otp.login(self.request, self.device)
        return redirect(self.next_url())


class SecondFactorView(SecondFactorMixin, FormView):
    """The second sign-in step: the code from the authenticator app.

    Case data opens only after it; users with no authenticator yet are sent to set one up.
    """

    form_class = OTPTokenForm
    template_name = "accounts/otp_verify.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.device = otp.confirmed_device(request.user)
            if self.device is None:
                query = request.GET.urlencode()
                return redirect(
                    reverse("accounts:otp_setup") + (f"?{query}" if query else "")
                )
        return super().dispatch(request, *args, **kwargs)


class SecondFactorSetupView(SecondFactorMixin, FormView):
    """Sets up the authenticator app: a QR code and the key, then a first code."""

    form_class = OTPTokenForm
    template_name = "accounts/otp_setup.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            if otp.confirmed_device(request.user):
                return redirect(reverse("accounts:otp_verify"))
            self.device = otp.pending_device(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["secret"] = otp.secret_base32(self.device)
        context["qr_svg"] = segno.make(self.device.config_url, error="m").svg_inline(
            scale=4
        )
        return context

    def form_valid(self, form):
        self.device.confirmed = True
        self.device.save(update_fields=["confirmed"])
        return super().form_valid(form)
