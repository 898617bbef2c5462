"""One version number for everything cached from public content.

Publishing, unpublishing, moving, saving or deleting a page, changing a site, a locale,
a view restriction, an image, a document, the site settings, a taxonomy term or an agency
bumps the version (see ``portal.signals`` and the apps' own signals); every key built with it is then new, so
nothing stale is served and old entries simply expire.

Built on it: ``cached()`` for values (choice lists, routes), the ``{% public_fragment %}``
tag for pieces of pages (``portal.templatetags.public_fragments``) and the route cache of
``portal.routing``.
"""

import hashlib
import uuid

from django.core.cache import cache

VERSION_KEY = "portal:content-version"


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _new_version(), None)
        # Whoever added first wins; without a cache at all, every call is a new version
        # and nothing is ever reused, which is correct.
        version = cache.get(VERSION_KEY) or _new_version()
    return version


def _new_version() -> str:
    # Random rather than counted: one SET, and a cache emptied and refilled can never
    # meet an old number again.
    return uuid.uuid4().hex[:16]


def bump(*args, **kwargs) -> None:
    """Makes every cached value built from content stale (a signal receiver)."""
    cache.set(VERSION_KEY, _new_version(), None)


def versioned_key(prefix: str, name: str, version: str | None = None) -> str:
    # Hashed: names may hold URL paths, which some cache backends refuse as keys.
    digest = hashlib.sha256(name.encode()).hexdigest()[:32]
    return f"{prefix}:{digest}:{content_version() if version is None else version}"


def cached(name: str, build, timeout=3600):
    """``build()``, cached under ``name`` for the current content version."""
    key = versioned_key("content", name)
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value


def restricted_paths() -> list[str]:
    """Tree paths of the pages behind a view restriction (their sections are not
    public), read once per content version instead of once per query."""
    from wagtail.models import PageViewRestriction

    return cached(
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def active_locale_id() -> int:
    """The id of the Wagtail locale of the active language (``Locale.get_active()``),
    read once per content version; saving or deleting a locale bumps the version."""
    from django.utils.translation import get_language
    from wagtail.models import Locale

    return cached(f"locale:{get_language()}", lambda: Locale.get_active().pk)
