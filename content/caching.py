"""A version number for the library's cached fragments and choice lists.

Publishing, unpublishing or moving a page, or changing a taxonomy term or an agency,
bumps the version; every key built with it is then new, so nothing stale is served.
"""

import hashlib

from django.core.cache import cache

VERSION_KEY = "content:library-version"


def library_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def bump(*args, **kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def cached(name: str, build, timeout=3600):
    """``build()``, cached under ``name`` for the current library version."""
    # Hashed: names may hold URL paths, which some cache backends refuse as keys.
    digest = hashlib.sha256(name.encode()).hexdigest()[:32]
    key = f"content:{digest}:{library_version()}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value


def restricted_paths() -> list[str]:
    """Tree paths of the pages behind a view restriction (their sections are not
    public), read once per library version instead of once per query."""
    from wagtail.models import PageViewRestriction

    return cached(
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def active_locale_id() -> int:
    """The id of the Wagtail locale of the active language (``Locale.get_active()``),
    read once per library version; saving or deleting a locale bumps the version."""
    from django.utils.translation import get_language
    from wagtail.models import Locale

    return cached(f"locale:{get_language()}", lambda: Locale.get_active().pk)
