"""Bench data of the workspace: two years of processes, mostly finished, the open ones
in the inboxes of the agencies they are routed to, and nowhere else."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Max
from django.urls import reverse
from viewflow.workflow.models import Process, Task

from portal.directory import demo as directory_demo
from workflows import bench, demo
from workflows.assignment import candidates
from workflows.models import Participation, TaskRoute
from workflows.views import OPEN

pytestmark = pytest.mark.django_db


def test_generate_fills_the_workspace_and_the_right_inboxes(
    client, django_assert_max_num_queries
):
    directory_demo.load()
    demo.load()
    User = get_user_model()
    hoa = User.objects.get(username="hoa.quytrinh")
    inbox = reverse("workspace:tasks:index")
    client.force_login(hoa)
    client.get(inbox)
    with django_assert_max_num_queries(100) as before:
        client.get(inbox)
    before = len(before)  # now: the query log is a bounded deque that generate fills
    processes, tasks = Process.objects.count(), Task.objects.count()
    # The newest id rather than the count: PostgreSQL's sequences are not reset between
    # tests, so ids need not start after the count.
    last = Process.objects.aggregate(Max("pk"))["pk__max"] or 0

    out = io.StringIO()
    written = bench.generate(scale=0.02, stdout=out)

    assert written["processes"] == 100
    assert Process.objects.count() == processes + 100
    generated = Task.objects.exclude(process__data__has_key="demo_key").filter(
        process__data__has_key="label", process__pk__gt=last
    )
    assert Task.objects.count() - tasks == written["tasks"] >= 500
    open_tasks = generated.filter(status__in=OPEN, flow_task_type="HUMAN")
    # Most processes are finished; a few per cent still wait in the inboxes.
    assert 0 < open_tasks.count() == written["open"] < written["tasks"] * 0.05
    finished = Process.objects.filter(pk__gt=last, status="DONE").count()
    assert finished >= 90
    # Every human task has its route; every process its organiser and agencies.
    human = generated.filter(flow_task_type="HUMAN")
    assert TaskRoute.objects.filter(task__in=human).count() == human.count()
    new = Process.objects.filter(pk__gt=last)
    assert (
        Participation.objects.filter(process__in=new, kind="organiser")
        .order_by()  # the model's ordering would make DISTINCT count co-organisers
        .values("process")
        .distinct()
        .count()
        == 100
    )
    assert Participation.objects.filter(process__in=new).count() > 200
    assert "workflows: generated 100 processes" in out.getvalue()

    # The people of the agency and role an open task is routed to see it on the first
    # page of their inbox, in no more queries than before; a user of another agency
    # does not.
    task = open_tasks.select_related("route__agency").first()
    holder = candidates(task.route.agency, task.route.role).first()
    client.force_login(holder)
    client.get(inbox)
    with django_assert_max_num_queries(before):
        page = client.get(inbox).content.decode()
    link = task.flow_task.reverse("index", args=[task.process_id, task.pk])
    assert link in page
    other = (
        "mai.ngoaivu" if task.route.agency.slug == "vung-csb-3" else "hai.canhsatbien"
    )
    client.force_login(User.objects.get(username=other))
    assert link not in client.get(inbox).content.decode()
    # A finished process opens with its history for its organiser's staff.
    done = Process.objects.filter(
        pk__gt=last,
        status="DONE",
        participations__agency__slug="so-y-te-tphcm",
    ).first()
    client.force_login(hoa)
    response = client.get(
        done.flow_class.instance.reverse("process_detail", args=[done.pk])
    )
    assert response.status_code == 200
