"""The URLs of the portal: language-neutral technical endpoints, then every page under a
language prefix (none for Vietnamese, /en/ for English)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from workflows.referrals.site import referral_site
from workflows.referrals.stats_views import referral_statistics

from . import views

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("portal.accounts.urls")),
    # Issue 5 until the workspace lands: the lead replaces this line by adding
    # workflows.referrals.viewsets.referral_viewset to the workspace Site.
    path("workspace/", referral_site.urls),
    path("thong-ke-nan-nhan/", referral_statistics, name="referral_statistics"),
    # Wagtail's catch-all comes last.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
