"""An adult rescued from a scam compound abroad goes the whole way, across five agencies."""

import pytest
from django.core import mail

from tests.factories.referrals import (
    AUTHORITY_WORKER,
    BORDER_GUARD,
    CENTRE,
    FOREIGN_AFFAIRS,
    POLICE,
    case_url,
    do_task,
    open_case,
    open_tasks,
    sign_in,
    stage_of,
)
from workflows.referrals.models import Stage

pytestmark = pytest.mark.django_db


def test_border_guard_intake_to_closure(
    client, directory, django_capture_on_commit_callbacks
):
    from portal.directory.models import Agency

    with django_capture_on_commit_callbacks(execute=True):
        case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    assert case.code.startswith("HS-")
    # The border guard received them: the authority is notified, by code and link only.
    assert any(case.code in m.subject for m in mail.outbox)
    assert all("Hư Cấu" not in m.body for m in mail.outbox)
    assert {p.agency.slug for p in case.participants.all()} >= {
        "bdbp-tphcm",
        "so-y-te-tphcm",
    }
    do_task(
        client,
        BORDER_GUARD,
        case,
        "essential_needs",
        {"services": ["food", "shelter"], "amount": "500000", "note": ""},
    )
    assert stage_of(case) == Stage.VERIFICATION
    # Police and foreign affairs verify in parallel, each with the 3-day deadline.
    names = sorted(t.flow_task.name for t in open_tasks(case))
    assert names == ["verify_citizenship", "verify_identity"]
    import datetime

    case.refresh_from_db()
    assert case.verification_reference.document_number == "53/2024/QH15"
    assert case.verification_due == case.received_on + datetime.timedelta(days=3)
    for task in open_tasks(case):
        assert task.data["due"] == case.verification_due.isoformat()
    do_task(
        client,
        POLICE,
        case,
        "verify_identity",
        {"confirmed": "yes", "findings": "Khớp dữ liệu dân cư."},
    )
    assert [t.flow_task.name for t in open_tasks(case)] == ["verify_citizenship"]
    do_task(
        client,
        FOREIGN_AFFAIRS,
        case,
        "verify_citizenship",
        {"confirmed": "yes", "findings": "Là công dân Việt Nam."},
    )
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "identify",
        {"identification": "victim", "reasons": "Đủ căn cứ."},
    )
    centre = Agency.objects.get(slug="ttctxh-ba-ria")
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "consent",
        {
            "protection": "given",
            "wishes": "Muốn học nghề.",
            "destination": "child_protection_centre",
            "destination_agency": centre.pk,
            "disclosure": "given",
            "legal_ground": "",
            "reason_against_wishes": "",
        },
    )
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "transfer",
        {"handed_over_on": case.received_on.isoformat(), "note": ""},
    )
    assert stage_of(case) == Stage.HANDOVER
    # The centre now takes part and sees the case; it confirms the hand-over.
    sign_in(client, CENTRE)
    assert client.get(case_url(case)).status_code == 200
    do_task(client, CENTRE, case, "confirm_handover", {"received": "on", "note": ""})
    do_task(
        client,
        CENTRE,
        case,
        "support",
        {"plan": "Học nghề may.", "planned": ["vocational", "psychological"]},
    )
    do_task(client, CENTRE, case, "follow_up", {"notes": "Ổn định."})
    do_task(
        client,
        AUTHORITY_WORKER,
        case,
        "close",
        {"closure_reason": "reintegrated", "closed_on": case.received_on.isoformat()},
    )
    assert stage_of(case) == Stage.CLOSED
    assert open_tasks(case) == []
