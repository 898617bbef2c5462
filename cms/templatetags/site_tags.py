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
    """What the header needs, in one query cached on the request: the live home page of
    each language of the request's site, the live translations of ``page``, and the
    menu (live children of the homes marked "show in menus"); each keyed by language."""
    key = getattr(page, "translation_key", None)
    cached = getattr(request, "_cms_translations", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    from django.db.models import Q
    from wagtail.models import Page, Site

    homes, translations, menus = {}, {}, {}
    site = Site.find_for_request(request)
    if site is not None:
        root = site.root_page
        menu_q = Q(
            depth=root.depth + 1,
            show_in_menus=True,
            # The homes of every language share the root's parent.
            path__startswith=root.path[: -Page.steplen],
        )
        found_pages = list(
            Page.objects.filter(
                Q(translation_key=root.translation_key)
                | Q(translation_key=key)
                | menu_q
            )
            .live()
            .select_related("locale")
            .order_by("path")
        )
        for found in found_pages:
            code = found.locale.language_code
            if found.translation_key == root.translation_key:
                homes[code] = found
            if found.translation_key == key:
                translations[code] = found
        for found in found_pages:
            home = homes.get(found.locale.language_code)
            if (
                found.show_in_menus
                and home is not None
                and found.depth == home.depth + 1
                and found.path.startswith(home.path)
            ):
                menus.setdefault(found.locale.language_code, []).append(found)
    result = (homes, translations, menus)
    request._cms_translations = (key, result)
    return result


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
