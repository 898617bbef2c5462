"""One sign-in for the CMS admin and the workspace, with throttling and password reset."""

import re

import pytest
from django.core import mail

from portal.directory import roles as R
from tests.factories.directory import PASSWORD, AgencyFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return member(
        AgencyFactory(name="Sở Y tế"), [R.COMMUNICATIONS_EDITOR], username="lan"
    )


def test_the_sign_in_page_is_the_projects_own(client, site):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Đăng nhập cán bộ" in html
    assert 'href="tel:111"' in html
    assert client.get("/en/accounts/login/").status_code == 200


def test_the_cms_admin_sends_anonymous_users_to_the_projects_sign_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_signing_in_lands_on_the_account_page_with_agencies_and_roles(
    client, editor, site
):
    response = client.post(
        "/accounts/login/", {"username": "lan", "password": PASSWORD}, follow=True
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sở Y tế" in html
    assert "Biên tập viên truyền thông" in html
    # The same session opens the CMS admin: one sign-in for both.
    assert client.get("/admin/").status_code == 200


def test_a_wrong_password_gets_a_clear_message(client, editor, site):
    response = client.post("/accounts/login/", {"username": "lan", "password": "nope"})
    assert response.status_code == 200
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in response.content.decode()


def test_repeated_failures_are_throttled(client, editor, site, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/accounts/login/", {"username": "lan", "password": "wrong"})
    # Even the right password is refused while the lock lasts.
    response = client.post(
        "/accounts/login/", {"username": "lan", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert "Tạm khóa đăng nhập" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_sign_out_ends_the_session(client, editor, site):
    client.force_login(editor)
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert client.get("/accounts/").status_code == 302


def test_password_reset_by_e_mail(client, editor, site):
    response = client.post("/accounts/password-reset/", {"email": editor.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[0].body).group(
        1
    )
    form = client.get(link, follow=True)
    assert form.status_code == 200
    response = client.post(
        form.redirect_chain[-1][0],
        {
            "new_password1": "a-brand-new-passphrase",
            "new_password2": "a-brand-new-passphrase",
        },
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password("a-brand-new-passphrase")


def test_password_reset_does_not_tell_whether_an_address_exists(client, site):
    response = client.post(
        "/accounts/password-reset/", {"email": "nobody@example.invalid"}
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 0
