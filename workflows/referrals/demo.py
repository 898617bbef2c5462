"""Demo referral cases: clearly fictional people, one case at every stage of the flow,
received by different agencies. Idempotent: cases are keyed by fixed demo codes."""

import datetime
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice
from viewflow.workflow.models import Task

from portal.directory.dates import today
from portal.directory.models import Agency
from portal.directory.roles import CASE_SUPERVISOR, CASE_WORKER

from . import notify
from .flows import ReferralFlow
from .models import Case
from .views import create_case

FICTIONAL = "(nhân vật hư cấu)"

# code, receiving user, agency slug, channel, sex, age, from abroad, types, last step
CASES = [
    (
        "HS-DEMO-0001",
        "son.bienphong",
        "bdbp-tphcm",
        "foreign_handover",
        "female",
        24,
        True,
        ["forced_criminality"],
        "start",
    ),
    (
        "HS-DEMO-0002",
        "thu.hoso",
        "so-y-te-tphcm",
        "embassy_return",
        "male",
        31,
        True,
        ["forced_criminality", "labour"],
        "essential_needs",
    ),
    (
        "HS-DEMO-0003",
        "tuan.congan",
        "cong-an-tphcm",
        "rescued",
        "female",
        19,
        False,
        ["sexual"],
        "verify_identity",
    ),
    (
        "HS-DEMO-0004",
        "phuc.xa",
        "ubnd-phuong-vung-tau",
        "self_commune",
        "female",
        27,
        False,
        ["forced_marriage"],
        "identify",
    ),
    (
        "HS-DEMO-0005",
        "thu.hoso",
        "so-y-te-tphcm",
        "hotline",
        "female",
        15,
        False,
        ["sexual"],
        "consent",
    ),
    (
        "HS-DEMO-0006",
        "son.bienphong",
        "bdbp-tphcm",
        "rescued",
        "male",
        22,
        True,
        ["forced_criminality"],
        "transfer",
    ),
    (
        "HS-DEMO-0007",
        "thu.hoso",
        "so-y-te-tphcm",
        "commune_referral",
        "female",
        35,
        False,
        ["labour"],
        "confirm_handover",
    ),
    (
        "HS-DEMO-0008",
        "tuan.congan",
        "cong-an-tphcm",
        "self_police",
        "male",
        40,
        False,
        ["labour"],
        "support",
    ),
    (
        "HS-DEMO-0009",
        "thu.hoso",
        "so-y-te-tphcm",
        "self_authority",
        "female",
        29,
        False,
        ["sexual"],
        "close",
    ),
    (
        "HS-DEMO-0010",
        "hai.canhsatbien",
        "vung-csb-3",
        "rescued",
        "male",
        45,
        False,
        [],
        "identify_not_victim",
    ),
    (
        "HS-DEMO-0011",
        "phuc.xa",
        "ubnd-phuong-vung-tau",
        "self_commune",
        "female",
        33,
        False,
        ["labour"],
        "consent_refused",
    ),
    (
        "HS-DEMO-0012",
        "thu.hoso",
        "so-y-te-tphcm",
        "hotline",
        "male",
        14,
        False,
        ["begging"],
        "protect_child",
    ),
]
NAMES = [
    "Nguyễn Thị Mẫu",
    "Trần Văn Thử",
    "Lê Thị Giả Định",
    "Phạm Thị Minh Họa",
    "Hoàng Thị Ví Dụ",
    "Vũ Văn Hư Cấu",
    "Đặng Thị Tưởng Tượng",
    "Bùi Văn Mô Phỏng",
    "Đỗ Thị Thí Điểm",
    "Hồ Văn Tạm",
    "Ngô Thị Diễn Tập",
    "Lý Văn Trình Diễn",
]


def _user(username):
    return get_user_model().objects.get(username=username)


def _run_task(case, node_name, user, data):
    """Does one human step as ``user`` would through its page."""
    task = Task.objects.get(
        process__artifact_object_id=case.pk,
        process__flow_class=ReferralFlow,
        flow_task=getattr(ReferralFlow, node_name),
        finished__isnull=True,
    )
    activation = task.flow_task.activation_class(task)
    request = SimpleNamespace(user=user, activation=activation)
    activation.assign(user)
    activation.start(request)
    view = task.flow_task.view.view_class()
    view.request = request
    view.apply(data, Case.objects.get(pk=case.pk))
    activation.execute()


def _steps(centre, received_on):
    day = received_on.isoformat()
    return [
        (
            "essential_needs",
            "receiving",
            {"services": ["food", "shelter"], "amount": 800000},
        ),
        (
            "verify_identity",
            "tuan.congan",
            {"confirmed": True, "findings": "Khớp dữ liệu."},
        ),
        (
            "verify_citizenship",
            "mai.ngoaivu",
            {"confirmed": True, "findings": "Công dân."},
        ),
        ("identify", "thu.hoso", {"identification": "victim", "reasons": "Đủ căn cứ."}),
        (
            "consent",
            "thu.hoso",
            {
                "protection": "given",
                "wishes": "Muốn học nghề.",
                "destination": "child_protection_centre",
                "destination_agency": centre,
                "disclosure": "given",
                "legal_ground": "",
                "reason_against_wishes": "",
            },
        ),
        (
            "protect_child",
            "thu.hoso",
            {
                "guardian_notified_on": received_on,
                "escort": "Cán bộ Sở Y tế (hư cấu)",
            },
        ),
        ("transfer", "thu.hoso", {"handed_over_on": received_on, "note": ""}),
        ("confirm_handover", "an.trungtam", {"received": True, "note": ""}),
        (
            "support",
            "an.trungtam",
            {
                "plan": "Tư vấn tâm lý, học nghề.",
                "planned": ["psychological", "vocational"],
            },
        ),
        ("follow_up", "an.trungtam", {"notes": "Đã ổn định cuộc sống."}),
        ("close", "thu.hoso", {"closure_reason": "reintegrated", "closed_on": day}),
    ]


def _make_case(index, row, centre):
    code, username, slug, channel, sex, age, abroad, types, last = row
    user = _user(username)
    received_on = today() - datetime.timedelta(days=40 - 3 * index)
    birth = received_on.replace(year=received_on.year - age) - datetime.timedelta(
        days=30
    )
    data = {
        "agency": Agency.objects.get(slug=slug),
        "intake_channel": channel,
        "received_on": received_on,
        "came_from_abroad": abroad,
        "exploitation_types": types,
        "full_name": f"{NAMES[index]} {FICTIONAL}",
        "birth_date": birth,
        "sex": sex,
        "id_document_type": "citizen_id",
        "id_number": f"0000DEMO{index:04d}",
        "address": "Địa chỉ hư cấu, không có thật",
        "phone": f"0000 000 {index:03d}",
        "narrative": "Câu chuyện hư cấu dùng để trình diễn phần mềm.",
    }
    start = ReferralFlow.start
    activation = start.activation_class.create(start, None, None)
    activation.start(SimpleNamespace(user=user))
    case = create_case(data, user, code=code)
    activation.process.artifact = case
    activation.execute()
    if last == "start":
        return
    for node, who, step_data in _steps(centre, received_on):
        if last == "identify_not_victim" and node == "identify":
            step_data = {
                "identification": "not_victim",
                "reasons": "Không có dấu hiệu.",
            }
        if last == "consent_refused" and node == "consent":
            step_data = {"protection": "refused", "wishes": "Muốn tự về nhà."}
        case.refresh_from_db()
        open_nodes = {
            t.flow_task.name
            for t in Task.objects.filter(
                process__artifact_object_id=case.pk,
                process__flow_class=ReferralFlow,
                finished__isnull=True,
                flow_task_type="HUMAN",
            )
        }
        if node not in open_nodes:
            continue
        if node == last:
            return
        actor = user if who == "receiving" else _user(who)
        _run_task(case, node, actor, step_data)
        if last in ("identify_not_victim", "consent_refused") and node in (
            "identify",
            "consent",
        ):
            return


def _second_factor_devices():
    """Every demo user with a case role gets an authenticator (see demo_otp_code)."""
    for user in (
        get_user_model()
        .objects.filter(memberships__roles__name__in=[CASE_WORKER, CASE_SUPERVISOR])
        .distinct()
    ):
        TOTPDevice.objects.get_or_create(
            user=user, name="demo", defaults={"confirmed": True}
        )


def load():
    """Loads the demo cases once; running it again changes nothing."""
    _second_factor_devices()
    centre = Agency.objects.get(slug="ttctxh-ba-ria")
    with notify.muted():
        for index, row in enumerate(CASES):
            if Case.objects.filter(code=row[0]).exists():
                continue
            with transaction.atomic():
                _make_case(index, row, centre)
    # One transfer waits past its deadline, to show the escalation.
    Case.objects.filter(code="HS-DEMO-0007", handover_confirmed_at__isnull=True).update(
        handover_due=today() - datetime.timedelta(days=1)
    )
