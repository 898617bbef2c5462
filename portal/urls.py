"""The URLs of the portal: language-neutral technical endpoints, then every page under a
language prefix (none for Vietnamese, /en/ for English)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from content import views as content_views
from content.api import api_router as content_api_router
from content.sitemaps import LocalizedSitemap
from content.urls import feed_patterns as content_feed_patterns
from workflows.referrals.stats_views import referral_statistics
from workflows.site import site as workspace_site

from . import routing, views

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Library of awareness materials: counted downloads, captions, API, search engines.
    path("thu-vien-tep/", include("content.urls")),
    path("api/v2/", content_api_router.urls),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": LocalizedSitemap}},
        name="sitemap",
    ),
    path("robots.txt", content_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("portal.accounts.urls")),
    path("", include((content_feed_patterns, "content_feeds"))),
    path("search/", include("search.urls")),
    path("workspace/", workspace_site.urls),
    path("thong-ke-nan-nhan/", referral_statistics, name="referral_statistics"),
    # Wagtail's catch-all comes last; its page view goes through the route cache.
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
