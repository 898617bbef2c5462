"""A real browser signs in through the project's page and reaches the CMS admin."""

from portal.directory.demo import DEMO_PASSWORD


def test_an_editor_signs_in_through_the_real_page(page, live_server, demo_site):
    page.goto(f"{live_server.url}/")
    assert page.locator(".hotline-bar__number").inner_text() == "111"
    page.get_by_role("link", name="Đăng nhập cán bộ").click()
    page.get_by_label("Tên đăng nhập").fill("lan.bientap")
    page.get_by_label("Mật khẩu").fill("wrong password")
    page.get_by_role("button", name="Đăng nhập").click()
    assert page.get_by_role("alert").is_visible()

    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/accounts/")
    assert "Biên tập viên truyền thông" in page.content()
    page.get_by_role("link", name="Quản trị nội dung").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def test_the_home_page_switches_to_english(page, live_server, demo_site):
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Together against human trafficking" in page.content()
