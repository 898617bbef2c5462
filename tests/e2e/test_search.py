"""A visitor searches without diacritics on a phone-sized screen and opens a result."""


def test_search_without_diacritics_opens_the_page(page, live_server, demo_site):
    page.goto(f"{live_server.url}/search/")
    search_box = page.get_by_role("searchbox", name="Tìm kiếm")
    search_box.fill("chung tay phong chong mua ban nguoi")
    page.get_by_role("button", name="Tìm").click()
    page.wait_for_url("**/search/?q=chung+tay*")

    status = page.get_by_role("status")
    assert "kết quả" in status.inner_text()
    result = page.locator(".search-result__title a").first
    assert "Chung tay phòng, chống mua bán người" in result.inner_text()
    assert page.locator(".search-result__title mark").first.inner_text() == "Chung"

    result.click()
    page.wait_for_url(f"{live_server.url}/")
    assert (
        page.locator("h1").first.inner_text() == "Chung tay phòng, chống mua bán người"
    )


def test_nothing_found_shows_the_hotline(page, live_server, demo_site):
    page.goto(f"{live_server.url}/search/?q=khongcogica")
    assert page.get_by_role("heading", name="Không tìm thấy kết quả").is_visible()
    assert page.locator('.search-empty a[href="tel:111"]').is_visible()
