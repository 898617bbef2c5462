"""Notification texts come from the admin; placeholders are checked."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories.workflows import open_task
from tests.workflows.helpers import start
from workflows.models import Notification, NotificationText
from workflows.training.flows import TrainingFlow

pytestmark = pytest.mark.django_db


def test_an_admin_text_replaces_the_default(client, team):
    NotificationText.objects.create(
        kind="new_task", subject="Có việc: {task}", body="Xem tại {url}"
    )
    process = start(client, team)
    task = open_task(process, TrainingFlow.approve)
    note = Notification.objects.get(user=team.head, task=task)
    assert note.subject == "Có việc: Duyệt đề xuất tập huấn"
    assert note.body.startswith("Xem tại http")


@pytest.mark.parametrize("text", ["{task.__class__}", "{secret}", "{0}", "{task"])
def test_unknown_placeholders_are_refused(text):
    with pytest.raises(ValidationError):
        NotificationText(kind="reminder", subject=text, body="ok").full_clean()


def test_the_workspace_shows_unread_notifications_until_read(client, team):
    from django.urls import reverse

    start(client, team)
    client.force_login(team.head)
    inbox = client.get(reverse("workspace:tasks:index")).content.decode()
    assert "chưa đọc" in inbox
    page = client.get(reverse("workspace:tasks:notifications")).content.decode()
    assert "Việc mới: Duyệt đề xuất tập huấn" in page
    inbox = client.get(reverse("workspace:tasks:index")).content.decode()
    assert "chưa đọc" not in inbox
