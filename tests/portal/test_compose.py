"""docker-compose.yml is parsed and checked: no Docker engine runs here to start it."""

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _env_names(service):
    env = service.get("environment", {})
    if isinstance(env, list):
        return {item.split("=", 1)[0] for item in env}
    return set(env)


def test_every_part_of_the_stack_is_there(compose):
    assert {
        "proxy",
        "cache",
        "web",
        "worker",
        "db",
        "elasticsearch",
        "redis",
        "minio",
    } <= set(compose["services"])


def test_every_service_has_a_health_check(compose):
    for name, service in compose["services"].items():
        if name == "migrate":
            continue  # a one-shot job, not a service
        assert "healthcheck" in service, name
        assert service["healthcheck"]["test"], name


def test_web_runs_several_gunicorn_processes_behind_the_proxy(compose):
    web = compose["services"]["web"]
    assert web["command"][0] == "gunicorn"
    assert web["deploy"]["replicas"] >= 2
    proxy = compose["services"]["proxy"]
    assert "web" in proxy["depends_on"]
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "server cache:80" in conf
    assert "proxy_pass http://portal_web" in conf
    cache = compose["services"]["cache"]
    assert "web" in cache["depends_on"]
    assert "./deploy/varnish.vcl" in cache["volumes"][0]
    assert "/healthz" in conf


def test_the_app_gets_the_environment_it_needs(compose):
    needed = {
        "DJANGO_SETTINGS_MODULE",
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "DATABASE_URL",
        "REDIS_URL",
        "ELASTICSEARCH_URL",
        "AWS_STORAGE_BUCKET_NAME",
        "AWS_S3_ENDPOINT_URL",
        "TASKS_BACKEND",
        "FRONTEND_CACHE_URL",
    }
    for name in ("web", "worker"):
        service = compose["services"][name]
        names = _env_names(service) | set(compose.get("x-app-env", {}))
        assert needed <= names, (name, needed - names)
    assert "db_worker" in " ".join(compose["services"]["worker"]["command"])


def test_the_app_waits_for_healthy_dependencies(compose):
    depends = compose["services"]["web"]["depends_on"]
    for dependency in ("db", "redis", "elasticsearch", "minio"):
        assert depends[dependency]["condition"] == "service_healthy", dependency


def test_elasticsearch_folds_vietnamese_and_data_persists(compose):
    es = compose["services"]["elasticsearch"]
    assert es["environment"]["discovery.type"] == "single-node"
    assert any("icu" in part for part in es["command"]) or "analysis-icu" in str(es)
    volumes = set(compose["volumes"])
    assert {"postgres-data", "es-data", "media-data"} <= volumes


def test_every_variable_of_the_example_env_file_is_documented():
    readme = (ROOT / "README.md").read_text()
    names = [
        line.split("=", 1)[0]
        for line in (ROOT / "deploy" / "env.example").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert names
    for name in names:
        assert f"`{name}`" in readme, name
