"""A stand-in workspace Site holding only the referral app, until the shared workspace
(issue 4) lands; then ``referral_viewset`` moves into that Site and this file goes."""

from django.utils.translation import gettext_lazy as _
from viewflow.urls import Site

from .viewsets import referral_viewset

referral_site = Site(
    title=_("Không gian làm việc"), viewsets=[referral_viewset], app_name="workspace"
)
