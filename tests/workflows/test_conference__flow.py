"""A conference through HTTP: proposed with a co-organiser, returned once, approved,
parallel responses (one declines), minutes, outcomes and a news draft in the CMS."""

import datetime

import pytest
from django.utils import timezone
from viewflow.workflow.status import PROCESS

from tests.factories.workflows import claim_and_post, open_task
from workflows.conferences.flows import ConferenceFlow
from workflows.conferences.models import ConferenceProcess

pytestmark = pytest.mark.django_db


def proposal(team, **overrides):
    starts = timezone.localtime() + datetime.timedelta(days=30)
    data = {
        "title": "Hội thảo phòng, chống lừa đảo việc làm qua mạng",
        "kind": "seminar",
        "agenda": "Thực trạng, giải pháp phối hợp.",
        "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
        "place": "Hội trường Công an tỉnh",
        "organiser": team.organiser.pk,
        "co_organisers": [team.police.pk],
    }
    data.update(overrides)
    return data


def test_a_conference_runs_with_a_news_draft(client, team, site):
    client.force_login(team.proposer)
    response = client.post(ConferenceFlow.start.reverse("execute"), proposal(team))
    assert response.status_code == 302
    process = ConferenceProcess.objects.get()

    approve = open_task(process, ConferenceFlow.approve)
    claim_and_post(
        client, team.head, approve, {"decision": "no", "comment": "Thêm tọa đàm."}
    )
    revise = open_task(process, ConferenceFlow.revise)
    data = proposal(team, kind="round_table")
    del data["organiser"]
    claim_and_post(client, team.proposer, revise, data)
    claim_and_post(
        client,
        team.head,
        open_task(process, ConferenceFlow.approve),
        {"decision": "yes"},
    )
    claim_and_post(
        client,
        team.proposer,
        open_task(process, ConferenceFlow.invite),
        {"invited": [team.border.pk, team.police.pk]},
    )
    police = open_task(process, ConferenceFlow.respond, team.police)
    response = claim_and_post(client, team.police_staff, police, {"attending": "yes"})
    assert response.status_code == 200  # attending needs delegates
    claim_and_post(
        client,
        team.police_staff,
        police,
        {"attending": "yes", "participants": "Đại tá Lê Văn Hùng; Phó Giám đốc"},
    )
    border = open_task(process, ConferenceFlow.respond, team.border)
    claim_and_post(client, team.border_staff, border, {"attending": "no"})

    hold = open_task(process, ConferenceFlow.hold)
    claim_and_post(
        client,
        team.proposer,
        hold,
        {
            "minutes": "Khai mạc 8 giờ; 40 đại biểu.",
            "outcomes": "Thống nhất quy chế phối hợp.",
            "news_title": "Tọa đàm phòng, chống lừa đảo việc làm qua mạng",
            "news_summary": "Các cơ quan thống nhất quy chế phối hợp.",
        },
    )
    process.refresh_from_db()
    assert process.status == PROCESS.DONE
    assert process.kind == "round_table"
    assert process.delegates.count() == 1
    assert process.data["responses"] == {
        str(team.police.pk): True,
        str(team.border.pk): False,
    }
    page = process.news_page
    assert page is not None and not page.live
    assert page.get_parent().pk == site.root_page.pk
    assert page.get_latest_revision() is not None


def test_a_conference_without_news_ends_without_a_page(client, team):
    client.force_login(team.proposer)
    client.post(
        ConferenceFlow.start.reverse("execute"), proposal(team, co_organisers=[])
    )
    process = ConferenceProcess.objects.get()
    claim_and_post(
        client,
        team.head,
        open_task(process, ConferenceFlow.approve),
        {"decision": "yes"},
    )
    claim_and_post(
        client,
        team.proposer,
        open_task(process, ConferenceFlow.invite),
        {"invited": [team.border.pk]},
    )
    claim_and_post(
        client,
        team.border_staff,
        open_task(process, ConferenceFlow.respond, team.border),
        {"attending": "yes", "participants": "Trung tá Phạm Văn Nam; Trợ lý"},
    )
    claim_and_post(
        client,
        team.proposer,
        open_task(process, ConferenceFlow.hold),
        {"minutes": "Biên bản.", "outcomes": "Kết quả."},
    )
    process.refresh_from_db()
    assert process.status == PROCESS.DONE
    assert process.news_page is None
