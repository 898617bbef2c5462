"""``make bench``: runs the portal as in production and measures it under load.

1. a fresh PostgreSQL database and a Redis database of their own on the local servers;
2. ``bench_prepare``: demo data, generated data at ``BENCH_SCALE``, scenarios with their
   SQL query counts;
3. gunicorn (production settings, DEBUG off) and Varnish in front of it (deploy/varnish.vcl);
4. wrk on loopback at each concurrency, uncached (gunicorn) and, for public pages, cached
   (Varnish);
5. ``search_bench``: search latency (p50/p95) on the generated corpus, without load;
6. a report in var/bench/report.{md,json}, printed; everything it started is stopped and the
   database dropped.
"""

import json
import os
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "var" / "bench"
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/15")
SCALE = float(os.environ.get("BENCH_SCALE", "1"))
DURATION = int(os.environ.get("BENCH_DURATION", "8"))
CONCURRENCY = [
    int(c) for c in os.environ.get("BENCH_CONCURRENCY", "1,10,50").split(",")
]
WORKERS = int(os.environ.get("BENCH_WORKERS", str(2 * (os.cpu_count() or 2) + 1)))
# Keep the generated database for profiling afterwards (its name is printed).
KEEP_DATABASE = os.environ.get("BENCH_KEEP_DB", "") not in ("", "0")
APP_PORT, CACHE_PORT = 8100, 8101
TARGETS = {  # req/s at 10 clients, uncached (issue 7)
    "home page": 90,
    "library listing (filtered)": 115,
    "material page": 150,
    "search": 90,
}
CACHED_TARGET = 7000


def log(message):
    print(f"[bench] {message}", flush=True)  # noqa: T201 - a command-line report


def ensure_tools():
    missing = [
        p for p, b in (("wrk", "wrk"), ("varnish", "varnishd")) if not shutil.which(b)
    ]
    if missing:
        log(f"installing {', '.join(missing)} from Debian")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)  # noqa: S607
        subprocess.run(  # noqa: S603
            ["apt-get", "install", "-y", "-qq", *missing],  # noqa: S607
            check=True,
            env=env,
        )


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - loopback
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout}s")


def port_free(port):
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def rss_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def worker_pids(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    try:
        return [int(p) for p in children.read_text().split()]
    except OSError:
        return []


def run_wrk(url, connections, cookie=None, duration=None):
    threads = max(1, min(2, connections))
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration or DURATION}s",
        "--timeout",
        "5s",
        "-s",
        str(ROOT / "portal" / "bench" / "wrk_json.lua"),
    ]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    result = subprocess.run(  # noqa: S603
        [*command, url], capture_output=True, text=True, check=True
    )
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("JSON:"))
    data = json.loads(line[5:])
    seconds = data["duration_us"] / 1e6
    errors = sum(data["errors"].values())
    return {
        "connections": connections,
        "rps": round(data["requests"] / seconds, 1),
        "p50_ms": round(data["latency_us"]["p50"] / 1000, 1),
        "p95_ms": round(data["latency_us"]["p95"] / 1000, 1),
        "p99_ms": round(data["latency_us"]["p99"] / 1000, 1),
        "requests": data["requests"],
        "errors": errors,
        "non_2xx_3xx": data["errors"]["status"],
    }


class Stack:
    """The processes the bench starts, stopped in reverse order whatever happens."""

    def __init__(self):
        self.processes = []
        self.workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
        # Varnish's worker runs as its own user and must read the VCL here.
        self.workdir.chmod(0o755)
        self.db_name = f"portal_bench_{os.getpid()}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.bench",
            "SECRET_KEY": "bench-only-" + "k" * 50,
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "DATABASE_URL": f"{PG}/{self.db_name}",
            "REDIS_URL": REDIS,
            "FRONTEND_CACHE_URL": f"http://127.0.0.1:{CACHE_PORT}/",
            "MEDIA_ROOT": str(self.workdir / "media"),
            "STATIC_ROOT": str(self.workdir / "static"),
            "CONN_MAX_AGE": "600",
            # A throw-away key: the data of the run is fictional and dropped at the end.
            "FIELD_ENCRYPTION_KEY": Fernet.generate_key().decode(),
        }

    def manage(self, *args):
        subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, check=True
        )

    def start(self, command, **kwargs):
        process = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=self.env, start_new_session=True, **kwargs
        )
        self.processes.append(process)
        return process

    def create_database(self):
        subprocess.run(  # noqa: S603
            [sys.executable, "-c", _CREATE_DB, PG, self.db_name], check=True
        )

    def stop(self):
        for process in reversed(self.processes):
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=15)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(process.pid, signal.SIGKILL)
        if KEEP_DATABASE:
            log(f"kept the database {self.db_name} (BENCH_KEEP_DB); drop it when done")
        else:
            subprocess.run(  # noqa: S603
                [sys.executable, "-c", _DROP_DB, PG, self.db_name], check=False
            )
        shutil.rmtree(self.workdir, ignore_errors=True)


_CREATE_DB = """
import sys, psycopg
with psycopg.connect(sys.argv[1] + "/postgres", autocommit=True) as c:
    c.execute(f'DROP DATABASE IF EXISTS "{sys.argv[2]}"')
    c.execute(f'CREATE DATABASE "{sys.argv[2]}"')
"""
_DROP_DB = """
import sys, psycopg
with psycopg.connect(sys.argv[1] + "/postgres", autocommit=True) as c:
    c.execute(f'DROP DATABASE IF EXISTS "{sys.argv[2]}" WITH (FORCE)')
"""


def render_vcl(workdir):
    template = string.Template((ROOT / "deploy" / "varnish.vcl").read_text())
    vcl = template.safe_substitute(
        BACKEND_HOST="127.0.0.1", BACKEND_PORT=str(APP_PORT), EXTRA_PURGERS=""
    )
    path = workdir / "default.vcl"
    path.write_text(vcl)
    path.chmod(0o644)
    return path


def main():
    # A SIGTERM (Ctrl-C's cousin from a CI runner) must still stop gunicorn and Varnish
    # and drop the database: turn it into SystemExit so that ``finally`` runs.
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))
    ensure_tools()
    for port in (APP_PORT, CACHE_PORT):
        if not port_free(port):
            raise SystemExit(f"port {port} is busy; stop what runs there first")
    OUT.mkdir(parents=True, exist_ok=True)
    stack = Stack()
    try:
        return measure(stack)
    finally:
        log("stopping gunicorn and Varnish")
        stack.stop()


def measure(stack):
    started = time.monotonic()
    log(f"database {stack.db_name}, scale {SCALE}")
    stack.create_database()
    stack.manage("migrate", "--no-input", "-v", "0")
    stack.manage("collectstatic", "--no-input", "-v", "0")
    scenarios_file = stack.workdir / "scenarios.json"
    stack.manage(
        "bench_prepare", "--scale", str(SCALE), "--output", str(scenarios_file)
    )
    scenarios = json.loads(scenarios_file.read_text())
    prepared = time.monotonic()
    log("search latency on the generated corpus (search_bench)")
    search_file = stack.workdir / "search.json"
    stack.manage("search_bench", "--no-explain", "--output", str(search_file))
    search = json.loads(search_file.read_text()) if search_file.exists() else {}

    gunicorn = stack.start(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{APP_PORT}",
            "--workers",
            str(WORKERS),
            "--backlog",
            "2048",
            "--log-level",
            "warning",
        ]
    )
    wait_for(f"http://127.0.0.1:{APP_PORT}/healthz")
    vcl = render_vcl(stack.workdir)
    stack.start(
        [
            "varnishd",
            "-F",
            "-n",
            str(stack.workdir / "varnish"),
            "-a",
            f"127.0.0.1:{CACHE_PORT}",
            "-f",
            str(vcl),
            "-s",
            "malloc,256m",
            "-p",
            "thread_pool_min=50",
        ],
        stdout=subprocess.DEVNULL,
    )
    wait_for(f"http://127.0.0.1:{CACHE_PORT}/healthz")

    results = []
    for scenario in scenarios:
        if scenario["status"] != 200:
            log(f"skipping {scenario['name']}: status {scenario['status']}")
            continue
        url = f"http://127.0.0.1:{APP_PORT}{scenario['path']}"
        # Not measured: every worker's first requests fill its connection, prepared
        # statements and caches, which would show as the first run's tail latency.
        run_wrk(url, WORKERS * 2, scenario["cookie"], duration=2)
        runs = []
        for connections in CONCURRENCY:
            run = run_wrk(url, connections, scenario["cookie"])
            runs.append(run)
            log(
                f"{scenario['name']} c={connections}: {run['rps']} req/s, "
                f"p99 {run['p99_ms']} ms, errors {run['errors']}"
            )
        cached = []
        if scenario["public"] and not scenario["cookie"]:
            cache_url = f"http://127.0.0.1:{CACHE_PORT}{scenario['path']}"
            run_wrk(cache_url, 10, duration=1)
            for connections in CONCURRENCY:
                run = run_wrk(cache_url, connections)
                cached.append(run)
                log(f"{scenario['name']} cached c={connections}: {run['rps']} req/s")
        results.append(
            {
                **scenario,
                "cookie": bool(scenario["cookie"]),
                "uncached": runs,
                "cached": cached,
            }
        )

    memory = [rss_mb(pid) for pid in worker_pids(gunicorn.pid)]
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "scale": SCALE,
        "duration_s": DURATION,
        "concurrency": CONCURRENCY,
        "gunicorn_workers": WORKERS,
        "worker_rss_mb": [round(m, 1) for m in memory if m],
        "prepare_seconds": round(prepared - started, 1),
        "search_at_scale": search,
        "scenarios": results,
    }
    (OUT / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
    markdown = to_markdown(report)
    (OUT / "report.md").write_text(markdown)
    print(markdown)  # noqa: T201 - the report is the command's output
    return 0


def machine():
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    return f"{os.cpu_count()} cores ({cpu}), {mem_kb / 1024 / 1024:.0f} GiB RAM"


def _at(runs, connections):
    return next((r for r in runs if r["connections"] == connections), None)


def to_markdown(report):
    lines = [
        "# Benchmark report",
        "",
        f"{report['date']} on {report['machine']}; gunicorn with "
        f"{report['gunicorn_workers']} sync workers, PostgreSQL, Redis cache, DEBUG off; "
        f"wrk on the same machine, {report['duration_s']} s per run; "
        f"data scale {report['scale']} (prepared in {report['prepare_seconds']} s).",
        "",
        "*Uncached* requests go straight to gunicorn, not through the HTTP cache; the "
        "application's own caches (routes, shared page fragments, choice lists, each "
        "renewed on publish) are on, as in production. *Cached* requests go through "
        "Varnish.",
        "",
        "| scenario | SQL queries | clients | req/s | p50 ms | p95 ms | p99 ms | errors "
        "| cached req/s | cached p99 ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in report["scenarios"]:
        for run in s["uncached"]:
            cached = _at(s["cached"], run["connections"])
            lines.append(
                f"| {s['name']} | {s['queries']} | {run['connections']} | {run['rps']} "
                f"| {run['p50_ms']} | {run['p95_ms']} | {run['p99_ms']} | {run['errors']} "
                f"| {cached['rps'] if cached else '—'} "
                f"| {cached['p99_ms'] if cached else '—'} |"
            )
    lines += ["", "## Against the targets (10 clients)", ""]
    for s in report["scenarios"]:
        run10 = _at(s["uncached"], 10)
        target = TARGETS.get(s["name"])
        if run10 and target:
            verdict = (
                "met"
                if run10["rps"] >= target
                else (
                    f"missed by {target - run10['rps']:.0f} req/s "
                    f"({100 * (1 - run10['rps'] / target):.0f} %)"
                )
            )
            lines.append(
                f"- {s['name']}: {run10['rps']} req/s, target ≥ {target}: "
                f"{verdict}; {s['queries']} queries (target ≤ 15)"
            )
        cached10 = _at(s["cached"], 10)
        if cached10:
            verdict = "met" if cached10["rps"] >= CACHED_TARGET else "missed"
            lines.append(
                f"- {s['name']} cached: {cached10['rps']} req/s, target ≥ "
                f"{CACHED_TARGET}: {verdict}"
            )
    search = report.get("search_at_scale") or {}
    for label in ("typical queries", "most common words"):
        figures = search.get(label)
        if figures:
            target = " (target < 100 ms)" if label == "typical queries" else ""
            lines.append(
                f"- search at scale, {label} ({figures['queries']} queries, "
                f"{figures['matches_min']}–{figures['matches_max']} matches among "
                f"{search['live_pages']} live pages), no other load: "
                f"p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms{target}"
            )
    worst_p99 = max(
        (
            r["p99_ms"]
            for s in report["scenarios"]
            for r in s["uncached"]
            if r["connections"] == max(report["concurrency"])
        ),
        default=None,
    )
    if worst_p99 is not None:
        lines.append(
            f"- worst p99 at {max(report['concurrency'])} clients: "
            f"{worst_p99} ms (target < 1000 ms)"
        )
    errors = sum(
        r["errors"] for s in report["scenarios"] for r in s["uncached"] + s["cached"]
    )
    lines.append(f"- server errors and failed requests in all runs: {errors}")
    memory = report["worker_rss_mb"]
    if memory:
        lines.append(
            f"- gunicorn worker memory after the load: {min(memory)}–"
            f"{max(memory)} MB RSS (target < 250 MB)"
        )
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
