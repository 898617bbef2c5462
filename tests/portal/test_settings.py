"""Production settings fail fast and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-key-" + "k" * 40,
    "ALLOWED_HOSTS": "portal.example.vn",
    "DATABASE_URL": "sqlite:////tmp/portal-settings-test.sqlite3",
}


def _manage(*args, env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION_ENV
        and k not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="portal.settings.production")
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_and_names_what_is_missing(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert missing in result.stderr
    assert "ImproperlyConfigured" in result.stderr


def test_production_passes_the_deployment_checks():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_optional_services_switch_on_with_their_variables():
    code = (
        "import django, os; from django.conf import settings as s; "
        "print(s.CACHES['default']['BACKEND']); "
        "print(s.WAGTAILSEARCH_BACKENDS['default']['BACKEND']); "
        "print(s.STORAGES['default']['BACKEND']); print(s.DATABASES['default']['ENGINE'])"
    )
    env = {
        **PRODUCTION_ENV,
        "DATABASE_URL": "postgres://u@127.0.0.1:5432/portal",
        "REDIS_URL": "redis://127.0.0.1:6379/1",
        "ELASTICSEARCH_URL": "http://127.0.0.1:9200",
        "AWS_STORAGE_BUCKET_NAME": "media",
    }
    result = _manage("shell", "--no-imports", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django_redis.cache.RedisCache",
        "search.backends.elasticsearch",
        "storages.backends.s3.S3Storage",
        "django.db.backends.postgresql",
    ]
