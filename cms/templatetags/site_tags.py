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


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to the current page in every language.

    Wagtail pages link to their translation when it exists; other pages translate the URL.
    """
    from django.conf import settings

    request = context.get("request")
    page = context.get("page")
    current = context.get("LANGUAGE_CODE")
    links = []
    for code, _name in settings.LANGUAGES:
        url = None
        if page is not None and hasattr(page, "get_translation_or_none"):
            try:
                from wagtail.models import Locale

                translated = page.get_translation_or_none(
                    Locale.objects.get(language_code=code)
                )
                url = translated.url if translated and translated.live else None
            except Exception:  # noqa: BLE001 - fall back to translating the path
                url = None
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
