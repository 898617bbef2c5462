"""The public site in a real browser: no axe-core violation on any public template of
cms/, and the journey find the hotline → open an event → download its .ics → switch
language."""

from axe_playwright_python.sync_playwright import Axe

# One page of each template, from the demo site (Vietnamese and English).
PAGES = {
    "home": "/",
    "home (English)": "/en/",
    "standard": "/ban-co-dang-gap-nguy-co/",
    "section": "/co-quan/",
    "agency": "/co-quan/so-y-te-tphcm/",
    "news index": "/tin-tuc/",
    "news": "/co-quan/cong-an-tphcm/canh-bao-lua-dao-viec-lam-campuchia/",
    "event index": "/su-kien/",
    "event": "/co-quan/ubnd-phuong-vung-tau/ngay-hoi-cong-dong-vung-tau/",
    "form": "/khao-sat/",
    "404": "/khong-co-trang-nay/",
    "sign-in": "/accounts/login/",
}


def test_every_public_template_has_no_axe_violation(page, live_server, demo_site):
    axe = Axe()
    failures = {}
    for name, path in PAGES.items():
        response = page.goto(f"{live_server.url}{path}")
        expected = 404 if name == "404" else 200
        assert response.status == expected, (name, response.status)
        results = axe.run(page)
        if results.violations_count:
            failures[name] = results.generate_report()
    # A form sent back too fast shows its error message: check that state too.
    page.goto(f"{live_server.url}/khao-sat/")
    page.get_by_label("Đã biết").check()
    page.get_by_role("button", name="Gửi").click()
    page.get_by_role("alert").wait_for()
    results = axe.run(page)
    if results.violations_count:
        failures["form with errors"] = results.generate_report()
    assert not failures, "\n\n".join(f"{k}:\n{v}" for k, v in failures.items())


def test_find_the_hotline_open_an_event_download_it_and_switch_language(
    page, live_server, demo_site
):
    page.goto(f"{live_server.url}/")
    hotline = page.locator(".hotline-bar__number")
    assert hotline.inner_text() == "111"
    assert hotline.get_attribute("href") == "tel:111"
    # The hotline is the first thing on the page, before the site's name.
    assert hotline.bounding_box()["y"] < page.locator("h1").bounding_box()["y"]

    page.get_by_role("navigation", name="Điều hướng chính").get_by_role(
        "link", name="Sự kiện"
    ).click()
    page.get_by_role("link", name="Ngày hội “Nói không với mua bán người”").click()
    page.wait_for_url("**/ngay-hoi-cong-dong-vung-tau/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Ngày hội")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Thêm vào lịch (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "ngay-hoi-cong-dong-vung-tau.ics"
    with open(download.path(), encoding="utf-8", newline="") as ics:
        calendar = ics.read().replace("\r\n ", "")
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert "SUMMARY:Ngày hội “Nói không với mua bán người” tại phường Vũng Tàu" in (
        calendar
    )

    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/co-quan/ubnd-phuong-vung-tau/ngay-hoi-cong-dong-vung-tau/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Say no to trafficking" in page.get_by_role("heading", level=1).inner_text()
    page.get_by_role("link", name="Tiếng Việt").click()
    page.wait_for_url("**/co-quan/ubnd-phuong-vung-tau/ngay-hoi-cong-dong-vung-tau/")
    assert page.locator("html").get_attribute("lang") == "vi"
