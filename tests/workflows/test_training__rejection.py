"""The head returns a proposal with a reason; the proposer revises it; bad input keeps
what was typed."""

import pytest
from viewflow.workflow.status import STATUS

from tests.factories.workflows import claim_and_post, open_task, proposal, url
from tests.workflows.helpers import start
from workflows.training.flows import TrainingFlow

pytestmark = pytest.mark.django_db


def test_rejection_returns_the_proposal_with_its_reason(client, team):
    process = start(client, team)
    approve = open_task(process, TrainingFlow.approve)

    # Returning without a reason is refused, and the form keeps the choice.
    response = claim_and_post(client, team.head, approve, {"decision": "no"})
    assert response.status_code == 200
    assert "Nêu lý do trả lại đề xuất." in response.content.decode()
    approve.refresh_from_db()
    assert approve.status != STATUS.DONE

    response = client.post(
        url(approve, "execute"),
        {"decision": "no", "comment": "Bổ sung giảng viên của Công an tỉnh."},
    )
    assert response.status_code == 302
    process.refresh_from_db()
    assert process.approved is False

    revise = open_task(process, TrainingFlow.revise)
    assert revise.owner == team.proposer
    client.force_login(team.proposer)
    page = client.get(url(revise, "execute")).content.decode()
    assert "Bổ sung giảng viên của Công an tỉnh." in page

    data = proposal(team, trainers="ThS. Trần Thị Bình; Thượng tá Lê Văn Cường")
    del data["organiser"]
    response = client.post(url(revise, "execute"), data)
    assert response.status_code == 302
    process.refresh_from_db()
    assert process.approved is None
    assert "Lê Văn Cường" in process.trainers
    # Back to the head, who approves this time.
    second = open_task(process, TrainingFlow.approve)
    assert second.pk != approve.pk
    claim_and_post(client, team.head, second, {"decision": "yes"})
    assert open_task(process, TrainingFlow.attach_materials).owner == team.proposer


def test_a_proposal_with_errors_keeps_what_was_typed(client, team):
    client.force_login(team.proposer)
    data = proposal(team, place="", online_link="", starts_at="2000-01-01T09:00")
    response = client.post(TrainingFlow.start.reverse("execute"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nhập địa điểm hoặc đường dẫn họp trực tuyến." in page
    assert "Thời gian bắt đầu phải ở tương lai." in page
    assert "Kỹ năng nhận diện nạn nhân bị mua bán" in page
    assert not TrainingFlow.process_class.objects.exists()


def test_a_nomination_with_a_bad_line_keeps_the_text(client, team):
    from tests.workflows.helpers import to_nominations

    process = to_nominations(client, team)
    task = open_task(process, TrainingFlow.nominate, team.police)
    text = "Nguyễn Văn An; Trinh sát\nX"
    response = claim_and_post(client, team.police_staff, task, {"participants": text})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Dòng 2" in page
    assert "Nguyễn Văn An; Trinh sát" in page
    assert not process.participants.exists()
