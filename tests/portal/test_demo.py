"""The demo data loads, loads twice without change, and every demo account can sign in."""

import pytest
from django.core.management import call_command

from portal.directory import demo
from portal.directory.models import Agency, FunctionAssignment, Membership
from portal.directory.services import agency_holding

pytestmark = pytest.mark.django_db


def _counts():
    return (
        Agency.objects.count(),
        FunctionAssignment.objects.count(),
        Membership.objects.count(),
    )


def test_demo_is_idempotent_and_ships_both_mappings(settings):
    settings.DEMO_MODE = True
    call_command("load_demo")
    first = _counts()
    call_command("load_demo")
    assert _counts() == first

    import datetime

    assert (
        agency_holding("victim-support-authority", on=datetime.date(2023, 1, 1)).slug
        == "so-ldtbxh-brvt"
    )
    assert agency_holding("victim-support-authority").slug == "so-y-te-tphcm"


def test_demo_refuses_to_run_outside_demo_settings(settings):
    from django.core.management.base import CommandError

    settings.DEMO_MODE = False
    with pytest.raises(CommandError):
        call_command("load_demo")


def test_every_demo_account_can_sign_in(client, settings):
    settings.DEMO_MODE = True
    call_command("load_demo")
    for username in demo.USERS:
        response = client.post(
            "/accounts/login/", {"username": username, "password": demo.DEMO_PASSWORD}
        )
        assert response.status_code == 302, username
        assert client.session["_auth_user_id"]
        client.post("/accounts/logout/")
