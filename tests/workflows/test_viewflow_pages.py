"""viewflow's own pages stay usable inside the workspace: each flow's dashboard,
process list, diagrams, and the process page with its history."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories.workflows import claim_and_post, open_task
from tests.workflows.helpers import start
from workflows.site import WORKSPACE_VIEWSETS
from workflows.training.flows import TrainingFlow

pytestmark = pytest.mark.django_db


def test_flow_pages_answer_for_a_member(client, team):
    process = start(client, team)
    client.force_login(team.head)
    for viewset in WORKSPACE_VIEWSETS:
        flow = viewset._flow_class.instance
        for name in ("index", "process_list", "chart"):
            assert client.get(flow.reverse(name)).status_code == 200, (flow, name)
    flow = TrainingFlow.instance
    assert (
        client.get(flow.reverse("process_chart", args=[process.pk])).status_code == 200
    )
    page = client.get(
        flow.reverse("process_detail", args=[process.pk])
    ).content.decode()
    assert "Lịch sử xử lý" in page and "Duyệt đề xuất tập huấn" in page


def test_a_handout_is_served_to_participants_only(client, team):
    process = start(client, team)
    claim_and_post(
        client, team.head, open_task(process, TrainingFlow.approve), {"decision": "yes"}
    )
    upload = SimpleUploadedFile("bai-giang.pdf", b"%PDF-1.4 slides")
    claim_and_post(
        client,
        team.proposer,
        open_task(process, TrainingFlow.attach_materials),
        {"handout_title": "Bài giảng", "handout_file": upload},
    )
    handout = process.handouts.get()
    url = reverse("workspace:tasks:file", args=["handout", handout.pk])
    client.force_login(team.colleague)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 slides"
    client.force_login(team.outsider)
    assert client.get(url).status_code == 404


def test_an_executable_is_not_accepted_as_a_handout(client, team):
    process = start(client, team)
    claim_and_post(
        client, team.head, open_task(process, TrainingFlow.approve), {"decision": "yes"}
    )
    response = claim_and_post(
        client,
        team.proposer,
        open_task(process, TrainingFlow.attach_materials),
        {"handout_file": SimpleUploadedFile("setup.exe", b"MZ")},
    )
    assert response.status_code == 200
    assert not process.handouts.exists()


def test_the_document_search_sees_only_documents_of_the_users_processes(client, team):
    from workflows.documents import visible_documents

    process = start(client, team)
    claim_and_post(
        client, team.head, open_task(process, TrainingFlow.approve), {"decision": "yes"}
    )
    claim_and_post(
        client,
        team.proposer,
        open_task(process, TrainingFlow.attach_materials),
        {"handout_file": SimpleUploadedFile("tai-lieu.pdf", b"%PDF-1.4")},
    )
    seen = dict(visible_documents(team.colleague))
    assert seen["handout"].count() == 1
    assert dict(visible_documents(team.outsider))["handout"].count() == 0


def test_viewflow_lists_show_only_the_users_agency_processes(client, team):
    process = start(client, team, title="Khóa nội bộ Sở Y tế")
    client.force_login(team.police_staff)
    flow = TrainingFlow.instance
    for name in ("index", "process_list", "task_list"):
        page = client.get(flow.reverse(name)).content.decode()
        assert "Duyệt đề xuất tập huấn" not in page or name == "index", name
        assert "Khóa nội bộ Sở Y tế" not in page, name
    dashboard = client.get(flow.reverse("index")).content.decode()
    assert f"#{process.pk}/" not in dashboard
    client.force_login(team.head)
    dashboard = client.get(flow.reverse("index")).content.decode()
    assert f"#{process.pk}/" in dashboard
