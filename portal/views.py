"""Cross-cutting views: the health check for the proxy and the project's error pages."""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """Reports whether the database and the cache answer; 503 when the database does not.

    The cache is reported but does not fail the check: pages still render on a cache miss.
    """
    status = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        logger.warning("Health check: database unreachable", exc_info=True)
        status["database"] = "error"
    try:
        cache.set("healthz", "1", 5)
        if cache.get("healthz") != "1":
            status["cache"] = "error"
    except Exception:
        logger.warning("Health check: cache unreachable", exc_info=True)
        status["cache"] = "error"
    code = 200 if status["database"] == "ok" else 503
    return JsonResponse(
        {"status": "ok" if code == 200 else "error", **status}, status=code
    )


def _error_page(request, template, status):
    # Error pages must render even when the database is down, so they read nothing from
    # it: the hotline falls back to the national number.
    return render(request, template, {"error_page": True}, status=status)


@requires_csrf_token
def bad_request(request, exception=None):
    return _error_page(request, "400.html", 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return _error_page(request, "403.html", 403)


@requires_csrf_token
def page_not_found(request, exception=None):
    return _error_page(request, "404.html", 404)


@requires_csrf_token
def server_error(request):
    return _error_page(request, "500.html", 500)
