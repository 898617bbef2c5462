"""Prepares ``make bench``: generates data through each app's ``bench.generate`` and writes
the scenarios with their SQL query counts and the session cookies they need."""

import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import (
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    get_user_model,
)
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from portal.bench.hooks import bench_modules


class Command(BaseCommand):
    help = "Generate bench data and write the bench scenarios as JSON."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1.0)
        parser.add_argument("--output", required=True)
        parser.add_argument("--skip-generate", action="store_true")

    def handle(self, *args, scale, output, skip_generate, **options):
        if not getattr(settings, "DEMO_MODE", False):
            raise CommandError("bench_prepare runs only with bench or demo settings.")
        if not skip_generate:
            call_command("load_demo")
            for module in bench_modules():
                if hasattr(module, "generate"):
                    module.generate(scale=scale, stdout=self.stdout)
        rows = []
        for module in bench_modules():
            for scenario in getattr(module, "scenarios", list)():
                row = scenario.as_dict()
                cookie = self._session_cookie(scenario) if scenario.username else None
                row["cookie"] = cookie
                row.update(self._measure(scenario.path, cookie))
                rows.append(row)
                self.stdout.write(
                    f"{scenario.name}: {row['status']} {row['queries']} queries "
                    f"{row['bytes']} bytes"
                )
        Path(output).write_text(json.dumps(rows, ensure_ascii=False, indent=2))

    def _session_cookie(self, scenario):
        user = get_user_model().objects.get(username=scenario.username)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.update(scenario.session)
        session.save()
        return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"

    def _measure(self, path, cookie):
        client = Client(HTTP_HOST="127.0.0.1")
        if cookie:
            name, value = cookie.split("=", 1)
            client.cookies[name] = value
        client.get(path)  # warm the caches the application keeps
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        return {
            "status": response.status_code,
            "queries": len(queries),
            "bytes": len(response.content),
        }
