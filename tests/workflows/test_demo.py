"""The workspace demo: processes in several stages, loaded idempotently, that fill the
demo users' inboxes."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from viewflow.workflow.models import Process, Task

from portal.directory import demo as directory_demo
from workflows import demo

pytestmark = pytest.mark.django_db


def test_the_demo_fills_the_inboxes_and_loads_twice_without_change(client):
    directory_demo.load()
    demo.load()
    counts = (Process.objects.count(), Task.objects.count())
    demo.load()
    assert (Process.objects.count(), Task.objects.count()) == counts
    assert counts[0] == 7

    User = get_user_model()
    expected = {
        "khoa.giamdoc": "Duyệt đề xuất tập huấn",
        "hoa.quytrinh": "Sửa đề xuất bị trả lại",
        "tuan.congan": "Cử học viên",
        "son.bienphong": "Nhập phiếu đánh giá của học viên",
        "mai.ngoaivu": "Gửi số liệu báo cáo",
        "hai.canhsatbien": "Cử đại biểu dự hội nghị",
    }
    client.force_login(User.objects.get(username="son.bienphong"))
    page = client.get(reverse("workspace:tasks:index")).content.decode()
    assert "Góp ý dự thảo" in page and "Cử đại biểu dự hội nghị" in page
    for username, task_title in expected.items():
        client.force_login(User.objects.get(username=username))
        page = client.get(reverse("workspace:tasks:index")).content.decode()
        assert task_title in page, username
    client.force_login(User.objects.get(username="tuan.congan"))
    page = client.get(reverse("workspace:tasks:index")).content.decode()
    assert "Quá hạn" in page
