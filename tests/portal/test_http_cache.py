"""Anonymous public pages are cacheable by a shared cache; signed-in users, the workspace,
forms and errors never are. Publishing bans the HTTP cache."""

import http.server
import threading
from pathlib import Path

import pytest

from portal.directory import roles as R
from portal.http_cache import ban_everything
from tests.factories.directory import AgencyFactory, member

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_an_anonymous_public_page_is_public(client, site):
    response = client.get("/")
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert "s-maxage=600" in cache_control
    assert not response.cookies


def test_a_signed_in_user_is_never_served_from_a_shared_cache(client, site):
    client.force_login(member(AgencyFactory(), [R.COMMUNICATIONS_EDITOR]))
    for url in ("/", "/en/", "/accounts/"):
        response = client.get(url)
        assert "private" in response["Cache-Control"], url
        assert "no-store" in response["Cache-Control"], url
        assert "public" not in response["Cache-Control"], url


@pytest.mark.parametrize("url", ["/accounts/login/", "/khong-co/", "/admin/"])
def test_forms_errors_and_private_areas_are_private(client, site, url):
    response = client.get(url)
    assert "public" not in response.get("Cache-Control", ""), url
    assert (
        "private" in response["Cache-Control"]
        or "no-cache" in response["Cache-Control"]
    ), url


def test_a_post_is_never_cacheable(client, site):
    response = client.post("/accounts/login/", {"username": "x", "password": "y"})
    assert "public" not in response.get("Cache-Control", "")


class _BanRecorder(http.server.BaseHTTPRequestHandler):
    received: list = []

    def do_BAN(self):
        self.received.append((self.path, self.headers.get("X-Ban-Url")))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_varnish(settings):
    server = http.server.HTTPServer(("127.0.0.1", 0), _BanRecorder)
    _BanRecorder.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.FRONTEND_CACHE_URL = f"http://127.0.0.1:{server.server_port}/"
    yield _BanRecorder.received
    server.shutdown()


def test_publishing_a_page_bans_the_http_cache(
    site, fake_varnish, django_capture_on_commit_callbacks
):
    home = site.root_page.specific
    home.intro = "Thông điệp mới"
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    assert fake_varnish == [("/", ".")]


def test_an_unreachable_cache_is_logged_not_raised(settings, caplog):
    settings.FRONTEND_CACHE_URL = "http://127.0.0.1:9/"
    assert ban_everything() is False
    assert "Could not ban" in caplog.text


def test_the_varnish_configuration_never_caches_private_traffic():
    vcl = (ROOT / "deploy" / "varnish.vcl").read_text()
    assert 'req.http.Cookie ~ "sessionid="' in vcl
    assert "admin|workspace|accounts|search/staff" in vcl
    assert 'beresp.http.Cache-Control !~ "public"' in vcl
    assert "client.ip ~ purgers" in vcl
