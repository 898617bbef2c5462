"""Demo processes of the workspace, in different stages, so that the demo users
(hoa.quytrinh, khoa.giamdoc, tuan.congan, son.bienphong, mai.ngoaivu …) find a full
inbox. Idempotent: each demo process carries a key and is created once."""

import datetime
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from viewflow.workflow.status import STATUS

from portal.directory import roles as R
from portal.directory.demo import DEMO_PASSWORD, REFORM_START
from portal.directory.models import Agency, Membership

from .conferences.flows import ConferenceFlow
from .conferences.models import ConferenceProcess
from .consultations.flows import ConsultationFlow
from .consultations.models import (
    Answer,
    Comment,
    ConsultationDocument,
    ConsultationProcess,
)
from .models import DefaultInvitation, NotificationText, Participation, TaskRoute
from .notifications import default_texts
from .reporting.flows import ReportFlow
from .reporting.models import Indicator, ReportProcess, Submission
from .training.flows import TrainingFlow
from .training.models import (
    Evaluation,
    Participant,
    Question,
    Questionnaire,
    TrainingProcess,
)

HEADS = {
    # username: (first, last, agency slug, position)
    "khoa.giamdoc": ("Khoa", "Phan Minh", "so-y-te-tphcm", "Giám đốc Sở"),
    "binh.giamdoc.ca": ("Bình", "Trương Quốc", "cong-an-tphcm", "Phó Giám đốc"),
}
QUESTIONS = [
    ("Nội dung tập huấn hữu ích cho công việc của anh/chị?", "rating"),
    ("Giảng viên truyền đạt dễ hiểu?", "rating"),
    ("Anh/chị cần tập huấn thêm về nội dung gì?", "text"),
]


def _heads():
    User = get_user_model()
    for username, (first, last, slug, position) in HEADS.items():
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@demo.invalid",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        membership, _ = Membership.objects.update_or_create(
            user=user,
            agency=Agency.objects.get(slug=slug),
            valid_from=REFORM_START,
            defaults={"position": position, "valid_to": None},
        )
        membership.roles.set(Group.objects.filter(name=R.AGENCY_HEAD))


def _settings():
    form, _ = Questionnaire.objects.get_or_create(
        name="Phiếu đánh giá tập huấn (mẫu chung)",
        defaults={"intro": "Xin anh/chị cho biết ý kiến về khóa tập huấn."},
    )
    for order, (text, kind) in enumerate(QUESTIONS):
        Question.objects.update_or_create(
            questionnaire=form, text=text, defaults={"kind": kind, "sort_order": order}
        )
    for kind, (subject, body) in default_texts().items():
        NotificationText.objects.get_or_create(
            kind=kind, defaults={"subject": str(subject), "body": str(body)}
        )
    for slug in ["cong-an-tphcm", "bdbp-tphcm", "so-ngoai-vu-tphcm"]:
        DefaultInvitation.objects.get_or_create(
            process_kind="training", agency=Agency.objects.get(slug=slug)
        )
    return form


INDICATORS = [
    # code, name, unit, agency kinds
    ("victims-received", "Số nạn nhân được tiếp nhận", "người", ""),
    ("victims-supported", "Số nạn nhân được hỗ trợ", "người", ""),
    ("victims-transferred", "Số nạn nhân được chuyển giao", "người", ""),
    ("trainings-held", "Số lớp tập huấn đã tổ chức", "lớp", ""),
    ("people-trained", "Số người được tập huấn", "người", ""),
    ("communication-events", "Số hoạt động truyền thông", "cuộc", ""),
    ("people-reached", "Số người được tiếp cận qua truyền thông", "người", ""),
    ("materials-published", "Số tài liệu truyền thông phát hành", "tài liệu", ""),
]
REPORTING_AGENCIES = [
    "cong-an-tphcm",
    "bdbp-tphcm",
    "so-ngoai-vu-tphcm",
    "so-y-te-tphcm",
]


def _reporting():
    for order, (code, name, unit, kinds) in enumerate(INDICATORS):
        Indicator.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "unit": unit,
                "agency_kinds": kinds,
                "sort_order": order,
            },
        )
    for slug in REPORTING_AGENCIES:
        DefaultInvitation.objects.get_or_create(
            process_kind="reporting", agency=Agency.objects.get(slug=slug)
        )
    if ReportProcess.objects.filter(data__demo_key="report-open").exists():
        return
    hoa = _user("hoa.quytrinh")
    node = ReportFlow.start
    activation = node.activation_class.create(node, None, None)
    activation.start(SimpleNamespace(user=hoa))
    process = activation.process
    year = timezone.localdate().year
    process.title = f"6 tháng đầu năm {year}"
    process.period = ReportProcess.Period.SIX_MONTHS
    process.period_start = datetime.date(year, 1, 1)
    process.period_end = datetime.date(year, 6, 30)
    process.focal_agency = Agency.objects.get(slug="so-y-te-tphcm")
    process.opened_by = hoa
    process.data = {
        "label": process.title,
        "demo_key": "report-open",
        "indicators": [i.snapshot() for i in Indicator.objects.filter(active=True)],
    }
    process.save()
    process.agencies.set(Agency.objects.filter(slug__in=REPORTING_AGENCIES))
    Participation.objects.get_or_create(
        process_id=process.pk,
        agency=process.focal_agency,
        defaults={"kind": Participation.Kind.ORGANISER},
    )
    activation.execute()
    police = Agency.objects.get(slug="cong-an-tphcm")
    tuan = _user("tuan.congan")

    def figures(process):
        values = dict(
            zip(
                [row[0] for row in INDICATORS],
                [14, 12, 9, 3, 120, 6, 2400, 4],
                strict=True,
            )
        )
        Submission.objects.create(
            process=process, agency=police, values=values, submitted_by=tuan
        )

    _complete(process, ReportFlow.submit, tuan, figures, agency=police, flow=ReportFlow)


def _begin(flow, key, user, fill, organiser):
    """Starts ``flow`` as ``user`` after ``fill(process)`` sets its fields."""
    node = flow.start
    activation = node.activation_class.create(node, None, None)
    activation.start(SimpleNamespace(user=user))
    process = activation.process
    fill(process)
    process.data = {
        **(process.data or {}),
        "label": process.title[:80],
        "demo_key": key,
    }
    process.save()
    Participation.objects.get_or_create(
        process_id=process.pk,
        agency=organiser,
        defaults={"kind": Participation.Kind.ORGANISER},
    )
    return activation, process


def _draft_pdf(title):
    """A one-page PDF made offline, standing in for a draft document."""
    from fpdf import FPDF

    from .reporting.consolidation import NEXT_LINE, _font_path

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("body", fname=_font_path())
    pdf.set_font("body", size=12)
    pdf.multi_cell(
        0, 7, f"DỰ THẢO\n{title}\n\nĐiều 1. Phạm vi điều chỉnh …", **NEXT_LINE
    )
    return bytes(pdf.output())


def _consultation():
    from django.core.files.base import ContentFile

    if ConsultationProcess.objects.filter(data__demo_key="consultation-open").exists():
        return
    hoa = _user("hoa.quytrinh")
    health = Agency.objects.get(slug="so-y-te-tphcm")
    police = Agency.objects.get(slug="cong-an-tphcm")
    title = "Dự thảo Kế hoạch phòng, chống mua bán người giai đoạn 2026–2030"

    def fill(process):
        process.title = title
        process.summary = "Kế hoạch thực hiện Luật Phòng, chống mua bán người 2024."
        process.deadline = timezone.localdate() + datetime.timedelta(days=7)
        process.lead_agency = health
        process.opened_by = hoa

    activation, process = _begin(
        ConsultationFlow, "consultation-open", hoa, fill, health
    )
    process.consulted.set(
        Agency.objects.filter(
            slug__in=["cong-an-tphcm", "bdbp-tphcm", "so-ngoai-vu-tphcm"]
        )
    )
    document = ConsultationDocument(
        process=process, kind="draft", title=title, uploaded_by=hoa
    )
    document.file.save(
        "du-thao-ke-hoach.pdf", ContentFile(_draft_pdf(title)), save=False
    )
    document.save()
    activation.execute()
    tuan = _user("tuan.congan")

    def comments(process):
        answer = Answer.objects.create(
            process=process, agency=police, status="comments", answered_by=tuan
        )
        Comment.objects.create(
            answer=answer,
            article="Điều 4 khoản 2",
            text="Bổ sung nhiệm vụ của công an cấp xã trong tiếp nhận tin báo.",
        )

    _complete(
        ConsultationProcess.objects.get(pk=process.pk),
        ConsultationFlow.answer,
        tuan,
        comments,
        agency=police,
        flow=ConsultationFlow,
    )


def _conference():
    if ConferenceProcess.objects.filter(data__demo_key="conference-responses").exists():
        return
    hoa, head = _user("hoa.quytrinh"), _user("khoa.giamdoc")
    health = Agency.objects.get(slug="so-y-te-tphcm")

    def fill(process):
        process.title = "Tọa đàm phối hợp tiếp nhận nạn nhân trở về qua cửa khẩu"
        process.kind = "round_table"
        process.agenda = "Kinh nghiệm tiếp nhận; quy chế trao đổi thông tin."
        process.starts_at = timezone.now() + datetime.timedelta(days=21)
        process.place = "Phòng họp Sở Y tế"
        process.organiser = health
        process.proposed_by = hoa

    activation, process = _begin(
        ConferenceFlow, "conference-responses", hoa, fill, health
    )
    police = Agency.objects.get(slug="cong-an-tphcm")
    process.co_organisers.set([police])
    Participation.objects.get_or_create(
        process_id=process.pk, agency=police, defaults={"kind": "organiser"}
    )
    activation.execute()
    process = ConferenceProcess.objects.get(pk=process.pk)
    process = _complete(
        process, ConferenceFlow.approve, head, _approve(True), flow=ConferenceFlow
    )

    def invite(process):
        agencies = list(Agency.objects.filter(slug__in=["bdbp-tphcm", "vung-csb-3"]))
        process.invited.set(agencies)
        for agency in agencies:
            Participation.objects.get_or_create(
                process_id=process.pk, agency=agency, defaults={"kind": "invited"}
            )

    _complete(process, ConferenceFlow.invite, hoa, invite, flow=ConferenceFlow)


def _user(username):
    return get_user_model().objects.get(username=username)


def _start(key, proposer, days_ahead, **fields):
    node = TrainingFlow.start
    activation = node.activation_class.create(node, None, None)
    activation.start(SimpleNamespace(user=proposer))
    process = activation.process
    for name, value in fields.items():
        setattr(process, name, value)
    process.organiser = Agency.objects.get(slug="so-y-te-tphcm")
    process.proposed_by = proposer
    process.starts_at = timezone.now() + datetime.timedelta(days=days_ahead)
    process.data = {"label": process.title[:80], "demo_key": key}
    process.save()
    Participation.objects.get_or_create(
        process_id=process.pk,
        agency=process.organiser,
        defaults={"kind": Participation.Kind.ORGANISER},
    )
    activation.execute()
    return TrainingProcess.objects.get(pk=process.pk)


def _complete(process, node, user, change=None, agency=None, flow=TrainingFlow):
    """Takes the open task of ``node`` as ``user`` and completes it after ``change``."""
    tasks = process.task_set.filter(flow_task=node, status__in=["NEW", "ASSIGNED"])
    if agency is not None:
        tasks = tasks.filter(route__agency=agency)
    task = tasks.get()
    with flow.lock(process.pk), transaction.atomic():
        task.owner = user
        task.status = STATUS.ASSIGNED
        task.assigned = timezone.now()
        task.save()
        activation = node.activation_class(task)
        activation.start(SimpleNamespace(user=user))
        if change:
            change(activation.process)
        activation.execute()
    return flow.process_class.objects.get(pk=process.pk)


def _approve(yes, comment=""):
    def change(process):
        process.approved = yes
        process.decision_comment = comment
        process.save()

    return change


def _invite(form, slugs):
    def change(process):
        process.questionnaire = form
        process.data = {
            **process.data,
            "questions": [
                {"id": q.pk, "text": q.text, "kind": q.kind}
                for q in form.questions.all()
            ],
        }
        process.save()
        agencies = list(Agency.objects.filter(slug__in=slugs))
        process.invited.set(agencies)
        for agency in agencies:
            Participation.objects.get_or_create(
                process_id=process.pk,
                agency=agency,
                defaults={"kind": Participation.Kind.INVITED},
            )

    return change


def _nominate(agency, names):
    def change(process):
        for name, position in names:
            Participant.objects.create(
                process=process, agency=agency, full_name=name, position=position
            )

    return change


def _common(title, audience):
    return {
        "title": title,
        "audience": audience,
        "agenda": "Sáng: nhận diện nạn nhân bị mua bán, các hình thức bóc lột mới "
        "(lừa đảo trực tuyến, cưỡng bức phạm tội).\nChiều: quy trình tiếp nhận, "
        "xác minh và chuyển giao; thực hành tình huống.",
        "place": "Hội trường Sở Y tế, 59 Nguyễn Thị Minh Khai",
        "trainers": "ThS. Trần Thị Bình (Viện Khoa học Lao động và Xã hội)",
    }


def load():
    """Creates the demo processes once; running it again changes nothing."""
    _heads()
    form = _settings()
    _reporting()
    _consultation()
    _conference()
    existing = set(
        TrainingProcess.objects.filter(data__has_key="demo_key").values_list(
            "data__demo_key", flat=True
        )
    )
    hoa, head = _user("hoa.quytrinh"), _user("khoa.giamdoc")
    police = Agency.objects.get(slug="cong-an-tphcm")
    border = Agency.objects.get(slug="bdbp-tphcm")
    foreign = Agency.objects.get(slug="so-ngoai-vu-tphcm")

    if "training-awaiting-approval" not in existing:
        _start(
            "training-awaiting-approval",
            hoa,
            30,
            **_common(
                "Tập huấn nhận diện nạn nhân bị cưỡng bức phạm tội",
                "Cán bộ công an, biên phòng cấp xã",
            ),
        )
    if "training-returned" not in existing:
        process = _start(
            "training-returned",
            hoa,
            40,
            **_common(
                "Tập huấn hỗ trợ tâm lý cho nạn nhân", "Nhân viên công tác xã hội"
            ),
        )
        _complete(
            process,
            TrainingFlow.approve,
            head,
            _approve(
                False, "Bổ sung giảng viên chuyên ngành tâm lý và dự toán kinh phí."
            ),
        )
    if "training-nominations" not in existing:
        process = _start(
            "training-nominations",
            hoa,
            14,
            **_common(
                "Tập huấn quy trình tiếp nhận, xác minh nạn nhân theo Luật 53/2024",
                "Cán bộ các sở, ngành và công an cấp xã",
            ),
        )
        process = _complete(process, TrainingFlow.approve, head, _approve(True))
        process = _complete(process, TrainingFlow.attach_materials, hoa)
        process = _complete(
            process,
            TrainingFlow.invite,
            hoa,
            _invite(form, ["cong-an-tphcm", "bdbp-tphcm", "so-ngoai-vu-tphcm"]),
        )
        process = _complete(
            process,
            TrainingFlow.nominate,
            _user("mai.ngoaivu"),
            _nominate(foreign, [("Võ Thị Hạnh", "Chuyên viên lãnh sự")]),
            agency=foreign,
        )
        # The police's nomination is late: the inbox shows it overdue.
        TaskRoute.objects.filter(
            task__process=process, agency=police, task__status="NEW"
        ).update(due_at=timezone.now() - datetime.timedelta(days=2))
    if "training-evaluations" not in existing:
        process = _start(
            "training-evaluations",
            hoa,
            -3,
            **_common(
                "Tập huấn kỹ năng phỏng vấn nạn nhân thân thiện với trẻ em",
                "Cán bộ tiếp nhận, hỗ trợ nạn nhân",
            ),
        )
        process = _complete(process, TrainingFlow.approve, head, _approve(True))
        process = _complete(process, TrainingFlow.attach_materials, hoa)
        process = _complete(
            process,
            TrainingFlow.invite,
            hoa,
            _invite(form, ["cong-an-tphcm", "bdbp-tphcm"]),
        )
        process = _complete(
            process,
            TrainingFlow.nominate,
            _user("tuan.congan"),
            _nominate(
                police, [("Đinh Văn Lực", "Trinh sát"), ("Lâm Thị Yến", "Cán bộ")]
            ),
            agency=police,
        )
        process = _complete(
            process,
            TrainingFlow.nominate,
            _user("son.bienphong"),
            _nominate(border, [("Huỳnh Tấn Phát", "Trợ lý")]),
            agency=border,
        )

        def attendance(process):
            process.participants.exclude(full_name="Lâm Thị Yến").update(attended=True)
            process.participants.filter(full_name="Lâm Thị Yến").update(attended=False)

        process = _complete(process, TrainingFlow.record_attendance, hoa, attendance)
        questions = process.data["questions"]

        def evaluations(agency, score):
            def change(process):
                for participant in process.participants.filter(
                    agency=agency, attended=True
                ):
                    answers = {
                        str(q["id"]): (
                            score
                            if q["kind"] == "rating"
                            else "Thêm tình huống thực tế"
                        )
                        for q in questions
                    }
                    Evaluation.objects.get_or_create(
                        participant=participant,
                        defaults={"process": process, "answers": answers},
                    )

            return change

        process = _complete(
            process,
            TrainingFlow.evaluate,
            _user("tuan.congan"),
            evaluations(police, 5),
            agency=police,
        )
        # The border guard's evaluations stay open: son.bienphong has a task.
