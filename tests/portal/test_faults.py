"""Faults the portal survives without help: the task worker down, Redis down."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings

pytestmark = pytest.mark.django_db(transaction=True)

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
    }
}


def test_pages_render_while_redis_is_down(client, site):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        cache.set("k", "v")
        assert cache.get("k") is None  # a miss, not an error
        assert client.get("/").status_code == 200
        health = client.get("/healthz").json()
        assert health["database"] == "ok"
        assert health["cache"] == "error"


def test_work_queues_while_the_worker_is_down_and_completes_when_it_is_back(site):
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    with override_settings(
        TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    ):
        home = site.root_page.specific
        home.intro = "Cập nhật khi bộ xử lý nền đang dừng"
        home.save_revision().publish()  # Wagtail queues its search-index update
        queued = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
        assert queued.exists()

        call_command("db_worker", batch=True, verbosity=0)  # the worker comes back
        assert not DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()
        assert (
            DBTaskResult.objects.filter(status=TaskResultStatus.SUCCESSFUL).count()
            == queued.model.objects.count()
        )
