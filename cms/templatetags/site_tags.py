"""Template tags every page uses: the hotline and the language switch."""

import logging

from django import template
from django.urls import translate_url
from django.utils.translation import get_language_info

from cms.models import NATIONAL_HOTLINE, SiteSettings

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
        return SiteSettings.for_request(request)
    except Exception:  # noqa: BLE001 - a page must render without its settings
        logger.warning("Site settings unavailable; using the national hotline")
        return None


@register.simple_tag(takes_context=True)
def hotline_number(context):
    settings_ = site_settings(context)
    return (settings_.hotline_number if settings_ else "") or NATIONAL_HOTLINE


def _translations(request, page=None):
    """The live home page of each language of the request's site and, with ``page``,
    the live translations of that page: ``(homes, translations)``, both keyed by language
    code. One query, cached on the request (the header and the switch both ask)."""
    key = getattr(page, "translation_key", None)
    cached = getattr(request, "_cms_translations", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    from django.db.models import Q
    from wagtail.models import Page, Site

    homes, translations = {}, {}
    site = Site.find_for_request(request)
    if site is not None:
        home_key = site.root_page.translation_key
        for found in (
            Page.objects.filter(Q(translation_key=home_key) | Q(translation_key=key))
            .live()
            .select_related("locale")
        ):
            code = found.locale.language_code
            if found.translation_key == home_key:
                homes[code] = found
            if found.translation_key == key:
                translations[code] = found
    request._cms_translations = (key, (homes, translations))
    return homes, translations


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The pages shown in the header: the live children of the home page of the current
    language that are marked "show in menus"."""
    request = context.get("request")
    if request is None or context.get("error_page"):
        return []
    try:
        homes, _translated = _translations(request, context.get("page"))
        home = homes.get(context.get("LANGUAGE_CODE"))
        if home is None:
            return []
        return list(home.get_children().live().in_menu())
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
            homes, translations = _translations(request, page)
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
                "name": info["name_local"],
                "url": url,
                "current": code == current,
            }
        )
    return {"links": links}
