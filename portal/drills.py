"""Fault drills (``make drills``): the portal keeps serving, or recovers by itself, when the
services around it fail.

1. PostgreSQL restarts while the portal is under load: requests fail only while the
   database is down, and succeed again afterwards without restarting gunicorn.
2. Redis goes down: pages still render (the cache misses).

Each drill runs its own PostgreSQL cluster and Redis server on spare ports, so the shared
local services are not disturbed. The task-worker drill (work queues while the worker is down)
and the Elasticsearch fallback are tests in the suite (tests/portal/test_faults.py).
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
PG_BIN = Path("/usr/lib/postgresql/15/bin")
PG_PORT, REDIS_PORT, APP_PORT = 5441, 6391, 8110


def log(message):
    print(f"[drills] {message}", flush=True)  # noqa: T201 - a command-line report


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


class DrillFailed(AssertionError):
    """A drill found the portal not behaving as it must."""


def check(condition, message):
    if not condition:
        raise DrillFailed(message)


def wait_until(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.3)
    raise DrillFailed(f"timed out waiting for {what}")


class Drill:
    """A private PostgreSQL cluster, Redis server and gunicorn for the drills."""

    def __init__(self):
        self.workdir = Path(tempfile.mkdtemp(prefix="portal-drills-"))
        self.workdir.chmod(0o777)  # PostgreSQL runs as its own user and writes here
        self.pgdata = self.workdir / "pgdata"
        self.processes = []
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.bench",
            "SECRET_KEY": "drills-only-" + "k" * 50,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/portal",
            "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
            "MEDIA_ROOT": str(self.workdir / "media"),
            "CONN_MAX_AGE": "600",
            # A throw-away key: the data of the run is fictional and dropped at the end.
            "FIELD_ENCRYPTION_KEY": Fernet.generate_key().decode(),
        }

    def as_postgres(self, *command):
        subprocess.run(  # noqa: S603
            ["runuser", "-u", "postgres", "--", *command],  # noqa: S607
            check=True,
            capture_output=True,
        )

    def pg(self, action):
        self.as_postgres(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(self.pgdata),
            "-w",
            "-m",
            "fast",
            "-o",
            f"-p {PG_PORT} -k {self.workdir}",
            "-l",
            str(self.workdir / "pg.log"),
            action,
        )

    def start_services(self):
        self.as_postgres(
            str(PG_BIN / "initdb"),
            "-D",
            str(self.pgdata),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
        )
        self.pg("start")
        self.as_postgres(
            str(PG_BIN / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(PG_PORT),
            "-U",
            "postgres",
            "portal",
        )
        self.start_redis()
        self.manage("migrate", "--no-input", "-v", "0")
        self.manage("load_demo")
        gunicorn = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi:application",
                "--bind",
                f"127.0.0.1:{APP_PORT}",
                "--workers",
                "2",
                "--log-level",
                "critical",
            ],
            cwd=ROOT,
            env=self.env,
            start_new_session=True,
        )
        self.processes.append(gunicorn)
        wait_until(lambda: status_of(self.url("/")) == 200, 60, "gunicorn")

    def start_redis(self):
        self.redis = subprocess.Popen(  # noqa: S603
            [  # noqa: S607 - Debian's redis-server, as the machine starts it
                "redis-server",
                "--port",
                str(REDIS_PORT),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.processes.append(self.redis)
        time.sleep(0.5)

    def manage(self, *args):
        subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
        )

    def url(self, path):
        return f"http://127.0.0.1:{APP_PORT}{path}"

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=15)
        if (self.pgdata / "postmaster.pid").exists():
            try:
                self.pg("stop")
            except subprocess.CalledProcessError:
                log("PostgreSQL did not stop cleanly")
        shutil.rmtree(self.workdir, ignore_errors=True)


def drill_database_restart(drill):
    """Load runs before, during and after a PostgreSQL restart."""
    statuses, stop = [], threading.Event()

    def load():
        while not stop.is_set():
            statuses.append((time.monotonic(), status_of(drill.url("/healthz"))))

    threads = [threading.Thread(target=load) for _ in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(2)
    restart_at = time.monotonic()
    drill.pg("restart")
    back_at = time.monotonic()
    time.sleep(3)
    stop.set()
    for thread in threads:
        thread.join()
    before = [s for t, s in statuses if t < restart_at]
    after = [s for t, s in statuses if t > back_at + 1]
    failed_during = sum(
        1 for t, s in statuses if restart_at <= t <= back_at + 1 and s != 200
    )
    check(before and all(s == 200 for s in before), "failures before the restart")
    check(after, "no requests after the restart")
    check(all(s == 200 for s in after), f"not recovered: {set(after)}")
    check(status_of(drill.url("/")) == 200, "home page not back")
    log(
        f"database restart: {len(before)} ok before, {failed_during} failed while it "
        f"restarted ({back_at - restart_at:.1f} s), {len(after)} ok after — recovered "
        "without restarting gunicorn"
    )


def drill_redis_down(drill):
    check(status_of(drill.url("/")) == 200, "home page down before the drill")
    os.killpg(drill.redis.pid, signal.SIGTERM)
    drill.redis.wait(timeout=10)
    statuses = [status_of(drill.url(path)) for path in ("/", "/en/", "/healthz") * 3]
    check(statuses.count(200) == len(statuses), f"pages failed: {statuses}")
    log(f"redis down: {len(statuses)} requests, all 200 (cache misses)")
    drill.start_redis()
    check(status_of(drill.url("/")) == 200, "home page down after Redis came back")
    log("redis back: pages still 200")


def main():
    if os.geteuid() != 0 or not PG_BIN.exists():
        log(
            "skipped: the drills need root (to run PostgreSQL as its user) and "
            "PostgreSQL 15 at /usr/lib/postgresql/15"
        )
        return 0
    drill = Drill()
    try:
        log("starting a private PostgreSQL, Redis and gunicorn")
        drill.start_services()
        drill_database_restart(drill)
        drill_redis_down(drill)
    finally:
        drill.stop()
    log("all drills passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
