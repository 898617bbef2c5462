"""Template tags every page uses: the hotline and the language switch."""

import logging
import unicodedata

from django import template
from django.urls import translate_url
from django.utils.translation import get_language_info

from cms.models import NATIONAL_HOTLINE
from cms.models.site_settings import cached_site_settings

register = template.Library()
logger = logging.getLogger(__name__)


@register.simple_tag(takes_context=True)
def site_settings(context):
    """The site's settings, or ``None`` when they cannot be read (the error pages must still
    render when the database is down)."""
    request = context.get("request")
    if request is None or context.get("error_page"):
        return None
    try:
        return cached_site_settings(request)
    except Exception:  # noqa: BLE001 - a page must render without its settings
        logger.warning("Site settings unavailable; using the national hotline")
        return None


@register.simple_tag(takes_context=True)
def hotline_number(context):
    settings_ = site_settings(context)
    return (settings_.hotline_number if settings_ else "") or NATIONAL_HOTLINE


def _translations(request, page=None):
    """What the header needs, cached on the request: the live home page of each language
    of the request's site and the menu (live children of the homes marked "show in
    menus"), both kept per content version; and the live translations of ``page``,
    found by its translation key. Each keyed by language."""
    key = getattr(page, "translation_key", None)
    cached_on_request = getattr(request, "_cms_translations", None)
    if cached_on_request is not None and cached_on_request[0] == key:
        return cached_on_request[1]
    from wagtail.models import Page, Site

    from portal.caching import cached

    homes, translations, menus = {}, {}, {}
    site = Site.find_for_request(request)
    if site is not None:
        homes, menus = cached(
            f"header:{site.pk}", lambda: _homes_and_menus(site.root_page_id)
        )
        if key is not None:
            for found in (
                Page.objects.filter(translation_key=key).live().select_related("locale")
            ):
                translations[found.locale.language_code] = found
    result = (homes, translations, menus)
    request._cms_translations = (key, result)
    return result


def _homes_and_menus(root_page_id):
    """The live home page of each language and its menu pages. The homes of every
    language share the root's translation key; looked up by it and by parent path,
    which the database finds by index, not by scanning every page."""
    from wagtail.models import Page

    root = Page.objects.get(pk=root_page_id)
    homes = {
        home.locale.language_code: home
        for home in Page.objects.filter(translation_key=root.translation_key)
        .live()
        .select_related("locale")
    }
    menus = {}
    if homes:
        children = Page.objects.none()
        for home in homes.values():
            children |= home.get_children()
        for found in (
            children.live()
            .filter(show_in_menus=True)
            .select_related("locale")
            .order_by("path")
        ):
            menus.setdefault(found.locale.language_code, []).append(found)
    return homes, menus


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The pages shown in the header: the live children of the home page of the current
    language that are marked "show in menus"."""
    request = context.get("request")
    if request is None or context.get("error_page"):
        return []
    try:
        _homes, _translated, menus = _translations(request, context.get("page"))
        return menus.get(context.get("LANGUAGE_CODE"), [])
    except Exception:  # noqa: BLE001 - a page must render without its menu
        logger.warning("Main menu unavailable")
        return []


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to the current page in every language.

    A Wagtail page links to its live translation, or to the home page of the other
    language when it has none; other pages translate their URL.
    """
    from django.conf import settings

    request = context.get("request")
    page = context.get("page")
    current = context.get("LANGUAGE_CODE")
    is_wagtail_page = getattr(page, "translation_key", None) is not None
    homes, translations = {}, {}
    if request is not None and not context.get("error_page"):
        try:
            homes, translations, _menus = _translations(request, page)
        except Exception:  # noqa: BLE001 - fall back to translating the path
            logger.warning("Page translations unavailable")
    links = []
    for code, _name in settings.LANGUAGES:
        url = None
        if translations.get(code) is not None:
            url = translations[code].get_url(request)
        elif is_wagtail_page and homes.get(code) is not None:
            url = homes[code].get_url(request)
        if url is None and request is not None:
            url = translate_url(request.get_full_path(), code)
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                # Django's own name for Vietnamese is decomposed (NFD); screen readers
                # and search want the composed form.
                "name": unicodedata.normalize("NFC", info["name_local"]),
                "url": url,
                "current": code == current,
            }
        )
    return {"links": links}
