"""Sign-in, sign-out, password reset and the signed-in user's home page."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic import TemplateView

from portal.directory.roles import role_label
from portal.directory.services import memberships_of

from .forms import SignInForm


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
        return context
