"""The library in a real browser: filter it, open a leaflet and download it, play a
captioned video; a communications editor reuses another agency's material."""

import re

from portal.directory.demo import DEMO_PASSWORD


def test_filter_the_library_with_a_shareable_url(page, live_server, demo_site):
    page.goto(f"{live_server.url}/thu-vien/")
    assert (
        page.get_by_role("heading", level=1).inner_text()
        == "Thư viện tài liệu truyền thông"
    )
    page.get_by_label("Loại tài liệu").select_option(label="Video")
    page.get_by_label("Đối tượng").select_option(label="Ngư dân")
    page.get_by_role("button", name="Lọc", exact=True).click()
    page.wait_for_url(re.compile(r".*loai=video.*doi_tuong=ngu-dan.*"))
    kinds = [
        k.strip() for k in page.locator(".material-card__kind").all_text_contents()
    ]
    assert kinds and set(kinds) == {"Video"}
    assert "Kêu cứu trên biển" in page.content()
    # The filters survive a reload of the URL: it can be shared.
    page.reload()
    assert page.get_by_label("Loại tài liệu").input_value() == "video"


def test_open_a_leaflet_and_download_it(page, live_server, demo_site):
    page.goto(f"{live_server.url}/thu-vien/?loai=leaflet")
    page.get_by_role("link", name="Ngư dân: biết quyền của mình trên tàu cá").click()
    page.wait_for_url(re.compile(r".*/ngu-dan-tren-tau-ca/$"))
    link = page.get_by_role("link", name=re.compile(r"Tải bản PDF"))
    assert re.search(r"\(PDF, [\d,.]+\s?KB\)", link.inner_text())
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_play_a_captioned_video(page, live_server, demo_site):
    page.goto(f"{live_server.url}/thu-vien/so-y-te-tphcm/cau-chuyen-cua-mai/")
    tracks = page.locator("video track")
    assert tracks.count() == 2
    assert {tracks.nth(i).get_attribute("srclang") for i in range(2)} == {"vi", "en"}
    assert tracks.first.get_attribute("kind") == "captions"
    # The browser loads the default (Vietnamese) track and plays the clip.
    page.evaluate(
        "() => { const v = document.querySelector('video'); v.muted = true; return v.play(); }"
    )
    page.wait_for_function("() => document.querySelector('video').currentTime > 0.3")
    page.wait_for_function(
        "() => { const t = document.querySelector('video').textTracks[0];"
        " return t.mode === 'showing' && t.cues && t.cues.length === 3; }"
    )
    cue = page.evaluate(
        "() => document.querySelector('video').textTracks[0].cues[0].text"
    )
    assert cue == "Mai nhận được một lời mời làm việc."


def test_an_editor_reuses_another_agencys_material(page, live_server, demo_site):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Tên đăng nhập").fill("dung.bientap.ca")
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/accounts/")
    page.goto(f"{live_server.url}/admin/thu-vien-chung/")
    page.get_by_label("Cơ quan").select_option(label="Sở Y tế TP.HCM")
    page.get_by_role("button", name="Lọc", exact=True).click()
    page.wait_for_url(re.compile(r".*agency=.*"))
    title = "Nạn nhân bị mua bán có những quyền gì?"
    row = page.locator("tr", has_text=title)
    row.get_by_role("button", name=re.compile("Dùng lại")).click()
    page.get_by_text(f"Đã dùng lại “{title}”").wait_for()
    assert "Công an TP.HCM" in page.locator("tr", has_text=title).inner_text()
    page.goto(f"{live_server.url}/thu-vien/cong-an-tphcm/quyen-cua-nan-nhan/")
    assert page.get_by_role("heading", level=1).inner_text() == title
