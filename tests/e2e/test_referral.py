"""A real browser takes a person from intake at the border to transfer to a centre,
across four agencies, each signing in with password and TOTP code."""

import re

from django.contrib.auth import get_user_model

from portal.accounts import otp
from portal.directory.demo import DEMO_PASSWORD


def _sign_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/workspace/cases/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(re.compile(r".*/accounts/second-factor/.*"))
    user = get_user_model().objects.get(username=username)
    page.get_by_label("Mã xác thực 6 số").fill(
        otp.current_code(otp.confirmed_device(user))
    )
    page.get_by_role("button", name="Xác nhận").click()
    page.wait_for_url(f"{live_server.url}/workspace/cases/")


def _do_step(page, live_server, code, step):
    page.goto(f"{live_server.url}/workspace/cases/case/{code}/")
    page.get_by_role("button", name=f"Nhận việc: {step}").click()
    page.wait_for_url(re.compile(r".*/execute/$"))
    assert page.get_by_role("heading", name=step).is_visible()


def _finish(page):
    page.get_by_role("button", name="Hoàn thành bước này").click()
    page.wait_for_url(re.compile(r".*/case/HS-[^/]+/$"))


def test_intake_at_the_border_through_to_transfer(page, live_server, demo_site):
    _sign_in(page, live_server, "son.bienphong")
    page.get_by_role("link", name="Tiếp nhận một người").click()
    page.get_by_label("Kênh tiếp nhận").select_option("foreign_handover")
    page.get_by_label("Trở về từ nước ngoài").check()
    page.get_by_label(
        "Cưỡng bức phạm tội (lừa đảo trực tuyến, trung tâm lừa đảo)"
    ).check()
    page.get_by_label("Họ và tên").fill("Trịnh Thị Thử Nghiệm (hư cấu)")
    page.get_by_label("Ngày sinh").fill("2001-03-04")
    page.get_by_label("Giới tính").select_option("female")
    page.get_by_role("button", name="Mở hồ sơ").click()
    page.wait_for_url(re.compile(r".*/case/HS-[^/]+/$"))
    code = re.search(r"/case/(HS-[^/]+)/", page.url).group(1)
    assert page.get_by_role("heading", name=f"Hồ sơ {code}").is_visible()
    assert code not in ("HS-DEMO",)

    _do_step(page, live_server, code, "Hỗ trợ nhu cầu thiết yếu")
    page.get_by_label("Ăn, mặc").first.check()
    _finish(page)

    _sign_in(page, live_server, "tuan.congan")
    _do_step(page, live_server, code, "Xác minh nhân thân, dấu hiệu nạn nhân")
    page.get_by_label("Xác minh được", exact=True).check()
    page.get_by_label("Kết quả xác minh").fill("Khớp dữ liệu dân cư.")
    _finish(page)

    _sign_in(page, live_server, "mai.ngoaivu")
    _do_step(page, live_server, code, "Xác minh quốc tịch, nhân thân công dân")
    page.get_by_label("Xác minh được", exact=True).check()
    page.get_by_label("Kết quả xác minh").fill("Là công dân Việt Nam.")
    _finish(page)

    _sign_in(page, live_server, "thu.hoso")
    _do_step(page, live_server, code, "Xác định nạn nhân")
    page.get_by_label("Là nạn nhân").check()
    page.get_by_label("Lý do, căn cứ").fill("Đủ căn cứ.")
    _finish(page)
    _do_step(page, live_server, code, "Ghi nhận ý kiến, nguyện vọng")
    page.get_by_label("Đồng ý", exact=True).check()
    page.get_by_label("Nơi muốn đến").select_option("child_protection_centre")
    page.get_by_label("Cơ sở tiếp nhận", exact=True).select_option(
        label="TT CTXH Bà Rịa"
    )
    page.get_by_label("Đồng ý chia sẻ thông tin cho cơ sở tiếp nhận").select_option(
        "given"
    )
    _finish(page)
    _do_step(page, live_server, code, "Chuyển giao đến nơi đã chọn")
    _finish(page)
    assert page.get_by_text("chờ bên nhận xác nhận, hạn").is_visible()
    assert page.get_by_text("Bên nhận xác nhận bàn giao").is_visible()
