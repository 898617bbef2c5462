"""Settings shared by every environment, all read from the environment.

Optional services switch on when their variable is set: ``DATABASE_URL`` (else SQLite),
``REDIS_URL`` (else a local-memory cache), ``ELASTICSEARCH_URL`` (else the database
search backend) and ``AWS_STORAGE_BUCKET_NAME`` (else media on the local disk).
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A .env file is read in development only (see dev.py); production takes the real
# environment.

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Project apps first, so that their templates (login, error pages) win over the
    # ones viewflow ships under the same names.
    "portal",
    "portal.directory",
    "portal.accounts",
    "cms",
    "content",
    "workflows",
    "search.apps.SearchConfig",
    # issue 3, part A (cms): routable event pages (iCal) and page translation
    "wagtail.contrib.routable_page",
    "wagtail_localize",
    # Library of awareness materials (content/): video files, API, sitemap
    "wagtailmedia",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.sitemaps",
    "workflows.training",
    "workflows.reporting",
    "workflows.consultations",
    "workflows.conferences",
    "portal.audit",
    "workflows.referrals",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    # viewflow
    "viewflow",
    "viewflow.workflow",
    # Background tasks and sign-in throttling
    "django_tasks",
    "django_tasks_db",
    "axes",
    "dbbackup",
    # Django. The admin app is installed but not mounted: wagtail-modeladmin's list filters
    # use its machinery.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outermost after static files, so that it sees the final headers (Set-Cookie, Vary):
    # marks anonymous public pages cacheable by the HTTP cache in front, the rest private.
    "portal.http_cache.PublicCacheHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Victim referrals: marks a session that passed the second factor (TOTP).
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the project's own page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite on the local disk unless DATABASE_URL names another one.
DATABASES = {
    "default": env.db(
        "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"
    )
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if "postgresql" in DATABASES["default"]["ENGINE"]:
    # Server-side parameters let psycopg prepare a statement run this many times on a
    # connection: Wagtail's page queries join up to ten tables and took longer to plan
    # than to run. Set DATABASE_PREPARE_THRESHOLD=0 behind a transaction-mode pooler
    # (pgbouncer before 1.21), which cannot keep prepared statements.
    _threshold = env.int("DATABASE_PREPARE_THRESHOLD", default=5)
    if _threshold > 0:
        DATABASES["default"].setdefault("OPTIONS", {}).update(
            {"server_side_binding": True, "prepare_threshold": _threshold}
        )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, else local memory. django-redis rather than Django's
# own Redis backend because it can treat an unreachable Redis as a cache miss: pages keep
# rendering while Redis is down.
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "TIMEOUT": 300,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "portal.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Wagtail looks up, and writes back, every image rendition it draws: a dozen round trips
# to Redis per listing. Kept in each process instead. A file replaced in the admin
# purges this process's entries; other processes may show the old rendition's URL for
# up to TIMEOUT seconds.
CACHES["renditions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "renditions",
    "TIMEOUT": env.int("RENDITION_CACHE_SECONDS", default=300),
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# HTTP cache in front (Varnish, deploy/varnish.vcl): anonymous public pages are cached for
# PUBLIC_CACHE_SECONDS and the whole cache is banned whenever content is published.
FRONTEND_CACHE_URL = env("FRONTEND_CACHE_URL", default="")
PUBLIC_CACHE_SECONDS = env.int("PUBLIC_CACHE_SECONDS", default=600)
# Pieces of public pages shared by every anonymous visitor ({% public_fragment %}), kept
# until content changes or for this long; 0 turns them off.
PUBLIC_FRAGMENT_SECONDS = env.int("PUBLIC_FRAGMENT_SECONDS", default=600)

# Search: the database backend (SQLite FTS5 / PostgreSQL full text) unless
# ELASTICSEARCH_URL points at a cluster.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX": env("ELASTICSEARCH_INDEX", default="portal"),
            "TIMEOUT": 5,
        },
        # Kept up to date beside Elasticsearch so that search still answers, from the
        # database, while the cluster is unreachable (search/query.py).
        "fallback": {
            "BACKEND": "search.backends.database",
            "SEARCH_CONFIG": "portal_vietnamese",
        },
    }
else:
    # SEARCH_CONFIG (PostgreSQL only) is created by portal_search migration 0002.
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.database",
            "SEARCH_CONFIG": "portal_vietnamese",
        }
    }

# Files: media on the local disk, or in an S3-compatible bucket when one is named.
MEDIA_ROOT = env("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
STATIC_ROOT = env("STATIC_ROOT", default=str(BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID", default=None)
    AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default=None)
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default=None)
    # Media is served through signed URLs: nothing in the bucket is public by default.
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_S3_FILE_OVERWRITE = False
    MEDIA_STORAGE_BACKEND = "storages.backends.s3.S3Storage"
else:
    MEDIA_STORAGE_BACKEND = "django.core.files.storage.FileSystemStorage"
STORAGES = {
    "default": {"BACKEND": MEDIA_STORAGE_BACKEND},
    # Not the manifest storage: viewflow's CSS names a font it does not ship.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Background tasks: inline unless TASKS_BACKEND=database (a db_worker must then run).
if env("TASKS_BACKEND", default="immediate") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Internationalisation: Vietnamese first, English second.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Each app keeps its own catalogue in <app>/locale (make messages).
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# Sign-in: one set of pages for the CMS admin and the workspace.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:home"
LOGOUT_REDIRECT_URL = "/"
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Throttling: five failures for one user name from one address lock it for 15 minutes.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.25)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# E-mail through Django's mail system.
EMAIL_BACKEND = env(
    "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="no-reply@portal.invalid")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = _("Cổng phối hợp phòng, chống mua bán người")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Documents always pass through Django's view, so that collection privacy is checked and
# downloads can be counted, whatever the storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "odt", "xlsx", "pptx", "txt", "zip"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
SILENCED_SYSTEM_CHECKS = []

X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
    },
    "loggers": {
        "django": {
            "handlers": ["console"],
            "level": env("DJANGO_LOG_LEVEL", default="INFO"),
        },
        "portal": {"handlers": ["console"], "level": "INFO"},
    },
}

# Backups (manage.py backup / restore, through django-dbbackup): a database dump and a
# tarball of the media folder in BACKUP_DIR. Victims' personal data is already encrypted in
# both (fields and files); the encryption keys are never part of a backup. No e-mail on
# failure: an error report could carry data.
BACKUP_DIR = env("BACKUP_DIR", default=str(BASE_DIR / "var" / "backups"))
STORAGES["dbbackup"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": BACKUP_DIR},
}
DBBACKUP_SEND_EMAIL = False

# Public site (cms): spam protection of the forms built in the admin. A form sent back
# faster than this many seconds after it was shown, or older than the maximum age, is
# refused with a message and the answers are kept.
CMS_FORM_MIN_SECONDS = env.float("CMS_FORM_MIN_SECONDS", default=3)
CMS_FORM_MAX_AGE = env.int("CMS_FORM_MAX_AGE", default=24 * 3600)
# Moderation e-mails (submitted, approved, rejected with a comment) carry the page title
# and a link to the admin, never form submissions.
WAGTAILADMIN_NOTIFICATION_USE_HTML = False
# Library of awareness materials (content/): uploads checked by content, video files,
# captions, limits and the read-only API.
WAGTAILDOCS_EXTENSIONS = [*WAGTAILDOCS_EXTENSIONS, "vtt", "mp4", "webm"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "content.forms.SafeDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "content.forms.SafeImageForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("IMAGE_MAX_UPLOAD_MB", default=10) * 1024 * 1024
WAGTAILMEDIA = {
    "MEDIA_FORM_BASE": "content.forms.SafeMediaForm",
    "AUDIO_EXTENSIONS": ["mp3", "ogg"],
    "VIDEO_EXTENSIONS": ["mp4", "webm", "ogv"],
}
CONTENT_MAX_DOCUMENT_SIZE = env.int("DOCUMENT_MAX_UPLOAD_MB", default=50) * 1024 * 1024
CONTENT_MAX_MEDIA_SIZE = env.int("MEDIA_MAX_UPLOAD_MB", default=200) * 1024 * 1024
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 50
# Search (issue 6): apps whose models must never be indexed, in any backend (checked by
# `manage.py check`, refused by the backends); see search/checks.py.
SEARCH_CONFIDENTIAL_APPS = env.list("SEARCH_CONFIDENTIAL_APPS", default=["referrals"])
# Workspace (workflows/): sign-in and per-agency 404 in front of viewflow's Site
# (viewflow appends its own SiteMiddleware after this one).
MIDDLEWARE += ["workflows.middleware.WorkspaceAccessMiddleware"]
# How many days before a deadline the periodic check reminds, unless a DeadlineRule says.
WORKSPACE_REMIND_DAYS = env.int("WORKSPACE_REMIND_DAYS", default=1)
# Victim referrals (issue 5): field and file encryption, second factor, retention.
# FIELD_ENCRYPTION_KEY is a comma-separated list of Fernet keys: the first encrypts,
# the others still decrypt until `rotate_case_keys` has re-encrypted everything.
FIELD_ENCRYPTION_KEYS = env.list("FIELD_ENCRYPTION_KEY", default=[])
# Closed cases are anonymised this many days after closure (anonymise_closed_cases).
REFERRAL_RETENTION_DAYS = env.int("REFERRAL_RETENTION_DAYS", default=5 * 365)
# A transfer the receiving side has not confirmed escalates after this many days.
REFERRAL_HANDOVER_DAYS = env.int("REFERRAL_HANDOVER_DAYS", default=2)
OTP_TOTP_ISSUER = "Cong phoi hop PCMBN"
