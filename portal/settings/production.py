"""Production settings: no defaults for secrets, HTTPS everywhere, fail fast.

The process refuses to start when SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL or
FIELD_ENCRYPTION_KEY is missing,
and names what is missing.
"""

import os

from django.core.exceptions import ImproperlyConfigured

REQUIRED_VARIABLES = (
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    # Victim referrals: the key that encrypts case data at rest.
    "FIELD_ENCRYPTION_KEY",
)
_missing = [name for name in REQUIRED_VARIABLES if not os.environ.get(name)]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: "
        + ", ".join(_missing)
        + ". See README.md, section 'Environment variables'."
    )

from .base import *  # noqa: E402, F403
from .base import env  # noqa: E402

DEBUG = False
DEMO_MODE = False

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# The proxy's health check reaches /healthz over plain HTTP inside the stack.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
