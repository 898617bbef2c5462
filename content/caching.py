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
