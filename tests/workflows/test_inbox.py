"""The inbox: own tasks and the tasks of the user's agencies and roles, overdue first,
in a number of queries that does not grow with the tasks."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories.workflows import claim_and_post, open_task
from tests.workflows.helpers import start
from workflows.models import TaskRoute
from workflows.training.flows import TrainingFlow

pytestmark = pytest.mark.django_db


def test_the_inbox_lists_agency_tasks_overdue_first(client, team):
    first = start(client, team, title="Khóa một")
    second = start(client, team, title="Khóa hai")
    late = open_task(second, TrainingFlow.approve)
    TaskRoute.objects.filter(task=late).update(
        due_at=timezone.now() - datetime.timedelta(days=1)
    )
    client.force_login(team.head)
    page = client.get(reverse("workspace:tasks:index")).content.decode()
    assert page.index("Khóa hai") < page.index("Khóa một")
    assert "Quá hạn" in page
    # The queue shows the same two tasks, not yet taken.
    queue = client.get(reverse("workspace:tasks:queue")).content.decode()
    assert "Khóa một" in queue and "Khóa hai" in queue
    # Other roles of the agency do not see the head's tasks in their queue.
    client.force_login(team.colleague)
    queue = client.get(reverse("workspace:tasks:queue")).content.decode()
    assert "Khóa một" not in queue
    assert first.pk


def test_the_archive_lists_what_the_user_finished(client, team):
    process = start(client, team, title="Khóa lưu trữ")
    claim_and_post(
        client, team.head, open_task(process, TrainingFlow.approve), {"decision": "yes"}
    )
    client.force_login(team.head)
    page = client.get(reverse("workspace:tasks:archive")).content.decode()
    assert "Khóa lưu trữ" in page
    inbox = client.get(reverse("workspace:tasks:index")).content.decode()
    assert "Khóa lưu trữ" not in inbox


def test_the_inbox_query_count_does_not_grow_with_tasks(
    client, team, django_assert_max_num_queries
):
    start(client, team, title="Khóa 0")
    client.force_login(team.head)
    path = reverse("workspace:tasks:index")
    client.get(path)  # warm caches (content types, sessions)
    with django_assert_max_num_queries(50) as one:
        client.get(path)
    with_one_task = len(one)
    assert with_one_task > 0
    for n in range(1, 8):
        start(client, team, title=f"Khóa {n}")
    client.force_login(team.head)
    client.get(path)
    with django_assert_max_num_queries(with_one_task):
        page = client.get(path).content.decode()
    assert page.count("Duyệt đề xuất tập huấn") == 8
