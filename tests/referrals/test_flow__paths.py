"""The other ways a case goes: not a victim, protection refused, a child, home."""

import pytest

from tests.factories.referrals import (
    AUTHORITY_WORKER,
    COMMUNE,
    POLICE,
    case_url,
    do_task,
    open_case,
    open_tasks,
    sign_in,
    stage_of,
)
from workflows.referrals.models import Case, ClosureReason, Consent, Stage

pytestmark = pytest.mark.django_db


def _to_identification(client, case, receiver=AUTHORITY_WORKER):
    do_task(client, receiver, case, "essential_needs", {"services": ["food"]})
    do_task(
        client, POLICE, case, "verify_identity", {"confirmed": "no", "findings": "—"}
    )


def test_not_a_victim_closes_the_case(client, directory):
    case = open_case(client, AUTHORITY_WORKER, "so-y-te-tphcm", came_from_abroad=None)
    # The authority received the person itself: no notification step, no citizenship.
    _to_identification(client, case)
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "identify",
        {"identification": "not_victim", "reasons": "Không có dấu hiệu."},
    )
    case = Case.objects.get(pk=case.pk)
    assert case.stage == Stage.CLOSED
    assert case.closure_reason == ClosureReason.NOT_VICTIM
    assert open_tasks(case) == []


def test_refusing_protection_is_recorded_and_respected(client, directory):
    case = open_case(client, COMMUNE, "ubnd-phuong-vung-tau", came_from_abroad=None)
    _to_identification(client, case, receiver=COMMUNE)
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "identify",
        {"identification": "victim", "reasons": "Đủ căn cứ."},
    )
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "consent",
        {"protection": "refused", "wishes": "Muốn tự về nhà."},
    )
    case = Case.objects.get(pk=case.pk)
    assert case.stage == Stage.CLOSED
    assert case.closure_reason == ClosureReason.REFUSED
    assert case.protection_accepted is False
    assert case.consents.filter(
        purpose=Consent.Purpose.PROTECTION, decision=Consent.Decision.REFUSED
    ).exists()
    assert open_tasks(case) == []


def test_a_transfer_against_refused_disclosure_is_refused_and_nothing_is_lost(
    client, directory
):
    from portal.directory.models import Agency

    case = open_case(client, AUTHORITY_WORKER, "so-y-te-tphcm", came_from_abroad=None)
    _to_identification(client, case)
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "identify",
        {"identification": "undetermined", "reasons": "Còn thiếu giấy tờ."},
    )
    centre = Agency.objects.get(slug="ttctxh-ba-ria")
    response = do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "consent",
        {
            "protection": "given",
            "wishes": "Muốn vào trung tâm.",
            "destination": "public_centre",
            "destination_agency": centre.pk,
            "disclosure": "refused",
        },
        expect_ok=False,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "không thể chuyển giao" in html
    assert "Muốn vào trung tâm." in html  # what was typed is still there
    assert stage_of(case) == Stage.CONSENT


def test_a_child_follows_the_child_protection_path_home(client, directory):
    from portal.directory.dates import today

    birth = today().replace(year=today().year - 15).isoformat()
    case = open_case(
        client,
        AUTHORITY_WORKER,
        "so-y-te-tphcm",
        came_from_abroad=None,
        birth_date=birth,
    )
    assert Case.objects.get(pk=case.pk).is_child
    _to_identification(client, case)
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "identify",
        {"identification": "victim", "reasons": "Đủ căn cứ."},
    )
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "consent",
        {"protection": "given", "wishes": "Về với mẹ.", "destination": "home"},
    )
    assert [t.flow_task.name for t in open_tasks(case)] == ["protect_child"]
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "protect_child",
        {"guardian_notified_on": today().isoformat(), "escort": "Cán bộ xã (hư cấu)"},
    )
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "transfer",
        {"handed_over_on": today().isoformat()},
    )
    # Going home needs no centre's confirmation: straight to the support plan.
    assert [t.flow_task.name for t in open_tasks(case)] == ["support"]
    sign_in(client, AUTHORITY_WORKER)
    assert "Cán bộ xã (hư cấu)" in client.get(case_url(case)).content.decode()


def test_a_task_of_another_agency_cannot_be_claimed(client, directory):
    case = open_case(client, AUTHORITY_WORKER, "so-y-te-tphcm", came_from_abroad=None)
    do_task(client, AUTHORITY_WORKER, case, "essential_needs", {"services": ["food"]})
    task = open_tasks(case, "verify_identity")[0]
    sign_in(client, AUTHORITY_WORKER)
    response = client.post(case_url(case, "claim_task", task.pk), follow=True)
    assert "không thuộc cơ quan bạn" in response.content.decode()
    task.refresh_from_db()
    assert task.owner_id is None
    execute = task.flow_task.reverse("execute", args=[task.process_id, task.pk])
    assert client.get(execute).status_code == 403
