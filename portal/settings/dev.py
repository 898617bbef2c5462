"""Development settings: the embedded default (SQLite, local files, console e-mail)."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, env

if (BASE_DIR / ".env").exists():
    env.read_env(str(BASE_DIR / ".env"))

DEBUG = env.bool("DEBUG", default=True)
# A fixed key for local development only; production refuses to start without its own.
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret-" + "x" * 40
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
DEMO_MODE = True
# A fixed, public demo key: demo cases are fictional. Production requires its own.
FIELD_ENCRYPTION_KEYS = env.list(
    "FIELD_ENCRYPTION_KEY", default=["ZGVtby1vbmx5LWZpZWxkLWtleS1ub3Qtc2VjcmV0ISE="]
)
