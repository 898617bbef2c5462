"""Wagtail's page view with a route cache: which page a URL leads to is remembered per
site, language and path for the current content version (``portal.caching``).

Wagtail's own router walks the tree, a query or two per path segment, plus the site, the
localized home page and the view restrictions; a deep material page paid eight queries
before rendering anything. With the route cached, a request costs one query: the page
itself. Anything unusual (sub-routes of routable pages, redirects, 404s, other methods than
GET and HEAD) goes through Wagtail's router, unchanged.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from .caching import versioned_key

ROUTE_SECONDS = 3600


def _key(request, path):
    host, _port = split_domain_port(request._get_raw_host())
    name = f"{host}:{request.get_port()}:{translation.get_language()}:{path}"
    return versioned_key("route", name)


def _remember(request, key):
    """After Wagtail routed the request: keep the site, the page's model and key, and
    its view restrictions, if the route is a plain page."""
    result = getattr(request, "_wagtail_route_for_request", None)
    site = getattr(request, "_wagtail_site", None)
    if result is None or site is None or result.args or result.kwargs:
        return
    page = result.page
    entry = {
        "site": site,
        "content_type_id": page.content_type_id,
        "pk": page.pk,
        "restrictions": list(page.get_view_restrictions()),
    }
    cache.set(key, entry, ROUTE_SECONDS)


def load_live_page(content_type_id, pk):
    """The page ``pk`` as its own type, with what its template shows
    (``route_select_related``), in one query; ``None`` when gone or not live."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    related = getattr(model, "route_select_related", [])
    page = model.objects.select_related(*related).filter(pk=pk).first()
    return page if page is not None and page.live else None


def _recall(request, entry):
    """Sets the cached route on the request, as Wagtail's router would have; False when
    the page is gone or no longer live (Wagtail's router then decides)."""
    page = load_live_page(entry["content_type_id"], entry["pk"])
    if page is None:
        return False
    restrictions = entry["restrictions"]
    # Wagtail's serve hook asks the page for its restrictions: answer from the cache
    # (any change to a restriction bumps the version, and with it this entry's key).
    page.get_view_restrictions = lambda: restrictions
    request._wagtail_site = entry["site"]
    request._wagtail_route_for_request = RouteResult(page)
    return True


def serve(request, path):
    """Wagtail's ``serve`` view, routed from the cache when it can be."""
    if request.method not in ("GET", "HEAD"):
        return wagtail_serve(request, path)
    key = _key(request, path)
    entry = cache.get(key)
    if entry is None or not _recall(request, entry):
        response = wagtail_serve(request, path)
        _remember(request, key)
        return response
    return wagtail_serve(request, path)
