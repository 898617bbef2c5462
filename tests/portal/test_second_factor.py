"""The second sign-in step: set up an authenticator, then enter its code; case pages
open only after it. The demo command prints a demo account's code in demo mode only."""

import pytest
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts import otp
from portal.directory import roles as R
from tests.factories.directory import PASSWORD, AgencyFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker():
    return member(AgencyFactory(), [R.CASE_WORKER], username="canbo")


def _sign_in(client):
    response = client.post(
        "/accounts/login/", {"username": "canbo", "password": PASSWORD}
    )
    assert response.status_code == 302


def test_a_case_worker_sets_up_totp_and_then_reaches_the_cases(client, worker, site):
    _sign_in(client)
    response = client.get("/workspace/cases/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/second-factor/")
    setup = client.get(response["Location"], follow=True)
    assert setup.status_code == 200
    assert "<svg" in setup.content.decode()
    device = TOTPDevice.objects.get(user=worker)
    assert not device.confirmed
    wrong = client.post("/accounts/second-factor/setup/", {"token": "000000"})
    assert "Mã không đúng" in wrong.content.decode()
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    # Failures are throttled (a wait that doubles each time); skip the wait here.
    device.throttle_reset()
    response = client.post(
        "/accounts/second-factor/setup/?next=/workspace/cases/",
        {"token": otp.current_code(device), "next": "/workspace/cases/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/workspace/cases/"
    assert client.get("/workspace/cases/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_a_later_sign_in_asks_for_the_code_again(client, worker, site):
    device = TOTPDevice.objects.create(user=worker, name="app", confirmed=True)
    _sign_in(client)
    assert client.get("/workspace/cases/").status_code == 302
    response = client.post(
        "/accounts/second-factor/",
        {"token": otp.current_code(device), "next": "https://evil.example/"},
    )
    # An outside "next" is ignored.
    assert response["Location"] == "/accounts/"
    assert client.get("/workspace/cases/").status_code == 200


def test_the_demo_code_command_works_only_in_demo_mode(worker, settings, capsys):
    device = TOTPDevice.objects.create(user=worker, name="app", confirmed=True)
    settings.DEMO_MODE = False
    with pytest.raises(CommandError):
        call_command("demo_otp_code", "canbo")
    settings.DEMO_MODE = True
    call_command("demo_otp_code", "canbo")
    code = capsys.readouterr().out.strip()
    assert len(code) == 6
    assert device.verify_token(code)
