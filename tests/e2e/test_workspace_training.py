"""A real browser runs one training session end to end across three agencies' accounts:
the health department proposes and its head approves, the police and the border guard
nominate and evaluate, the health department closes with the report."""

import datetime

from django.utils import timezone

from portal.directory.demo import DEMO_PASSWORD

TITLE = "Tập huấn liên ngành về lừa đảo việc làm qua mạng"


def sign_in(browser, live_server, username):
    context = browser.new_context(
        locale="vi-VN", viewport={"width": 1024, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/accounts/login/?next=/workspace/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_server.url}/workspace/tasks/")
    return page


def open_task(page, task_title):
    """From the inbox, opens ``task_title`` of this session (claiming it if needed)."""
    page.get_by_role("link", name="Hộp việc").click()
    row = page.get_by_role("row").filter(has_text=TITLE).filter(has_text=task_title)
    row.get_by_role("link", name=task_title).click()
    claim = page.get_by_role("button", name="Nhận việc")
    if claim.count():
        claim.click()
    page.get_by_role("heading", name=task_title).wait_for()


def finish(page):
    page.get_by_role("button", name="Hoàn thành").click()
    page.get_by_text("Đã hoàn thành:").wait_for()


def test_a_training_runs_across_three_agencies(browser, live_server, demo_site):
    hoa = sign_in(browser, live_server, "hoa.quytrinh")
    hoa.get_by_role("link", name="Bắt đầu quy trình").click()
    hoa.get_by_role("link", name="Tập huấn").click()
    hoa.get_by_label("Tên khóa tập huấn").fill(TITLE)
    hoa.get_by_label("Đối tượng").fill("Cán bộ công an, biên phòng")
    hoa.get_by_label("Chương trình").fill("Nhận diện thủ đoạn tuyển dụng lừa đảo.")
    starts = timezone.localtime() + datetime.timedelta(days=10)
    hoa.get_by_label("Thời gian bắt đầu").fill(starts.strftime("%Y-%m-%dT09:00"))
    hoa.get_by_label("Địa điểm").fill("Hội trường Sở Y tế")
    hoa.get_by_label("Giảng viên").fill("ThS. Trần Thị Bình")
    hoa.get_by_role("button", name="Gửi đề xuất").click()
    hoa.get_by_text("Đã hoàn thành: Đề xuất khóa tập huấn").wait_for()

    head = sign_in(browser, live_server, "khoa.giamdoc")
    open_task(head, "Duyệt đề xuất tập huấn")
    head.get_by_label("Duyệt", exact=True).check()
    finish(head)

    open_task(hoa, "Đính kèm tài liệu tập huấn")
    finish(hoa)
    open_task(hoa, "Mời các cơ quan")
    # The defaults from the admin are ticked; this session leaves out foreign affairs.
    assert hoa.get_by_label("Công an TP.HCM").is_checked()
    hoa.get_by_label("Sở Ngoại vụ TP.HCM").uncheck()
    hoa.get_by_label("Bảng hỏi đánh giá").select_option(
        label="Phiếu đánh giá tập huấn (mẫu chung)"
    )
    finish(hoa)

    tuan = sign_in(browser, live_server, "tuan.congan")
    open_task(tuan, "Cử học viên")
    tuan.get_by_label("Danh sách học viên").fill("Trịnh Quốc Huy; Trinh sát")
    finish(tuan)
    son = sign_in(browser, live_server, "son.bienphong")
    open_task(son, "Cử học viên")
    son.get_by_label("Danh sách học viên").fill("Cao Minh Tâm; Trợ lý")
    finish(son)

    open_task(hoa, "Tổ chức và điểm danh")
    hoa.get_by_label("Trịnh Quốc Huy — Công an TP.HCM").check()
    hoa.get_by_label("Cao Minh Tâm — BĐBP TP.HCM").check()
    finish(hoa)

    for page in (tuan, son):
        open_task(page, "Nhập phiếu đánh giá của học viên")
        ratings = page.locator("fieldset.field").filter(has_text="1 = kém")
        assert ratings.count() == 2
        for group in ratings.all():
            group.get_by_label("5", exact=True).check()
        finish(page)

    open_task(hoa, "Báo cáo kết quả tập huấn")
    # Two evaluations, both rated 5 (shown with the Vietnamese decimal comma).
    assert "5,0/5 (2 trả lời)" in hoa.content()
    hoa.get_by_label("Nhận xét, kết quả").fill("Hai cơ quan cử học viên, đánh giá tốt.")
    finish(hoa)
    assert hoa.get_by_text("Đã hoàn thành", exact=True).is_visible()
