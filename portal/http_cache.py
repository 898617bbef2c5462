"""The HTTP cache in front of the portal (Varnish, deploy/varnish.vcl).

Anonymous public pages are marked cacheable by a shared cache; anything else — a signed-in
user, a page that sets a cookie or varies on it (forms with a CSRF token), an error — is
marked private so that no shared cache ever keeps it. When content changes, the whole cache is
banned at once: listings (the home page, the library with its many filter URLs, feeds) show
new content immediately, which purging single URLs could not guarantee.
"""

import logging
import urllib.error
import urllib.request

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

logger = logging.getLogger(__name__)

PRIVATE = {"private": True, "no_store": True}


def is_cacheable_for_everyone(request, response) -> bool:
    """Whether a shared cache may keep ``response`` and give it to anybody."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False  # a signed-in user, or somebody with a session: never shared
    if response.cookies:
        return False
    # A page with a CSRF token (any form) is personal even for an anonymous visitor. A mere
    # "Vary: Cookie" is not: templates that ask whether somebody is signed in add it.
    return not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")


class PublicCacheHeadersMiddleware:
    """Sets Cache-Control on every response a view did not already decide on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if is_cacheable_for_everyone(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=60,
                s_maxage=settings.PUBLIC_CACHE_SECONDS,
            )
        else:
            patch_cache_control(response, **PRIVATE)
            patch_vary_headers(response, ("Cookie",))
        return response


def ban_everything() -> bool:
    """Asks the HTTP cache to drop every cached page; False when it could not be reached.

    A failure is logged and otherwise ignored: pages then expire after
    PUBLIC_CACHE_SECONDS.
    """
    if not settings.FRONTEND_CACHE_URL:
        return False
    request = urllib.request.Request(  # noqa: S310 - URL from settings, http(s) only
        settings.FRONTEND_CACHE_URL, method="BAN", headers={"X-Ban-Url": "."}
    )
    try:
        with urllib.request.urlopen(request, timeout=2):  # noqa: S310
            return True
    except (urllib.error.URLError, OSError):
        logger.warning(
            "Could not ban the HTTP cache at %s", settings.FRONTEND_CACHE_URL
        )
        return False
