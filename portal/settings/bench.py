"""Settings of ``make bench``: production settings on loopback, plain HTTP, demo data.

Only the benchmark uses them; they are production's in every respect that costs time
(DEBUG off, PostgreSQL, Redis cache, compressed static files, gunicorn).
"""

from .production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
DEMO_MODE = True
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django": {"handlers": ["console"], "level": "WARNING"}},
}
