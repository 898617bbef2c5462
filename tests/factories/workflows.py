"""Factories and helpers for the workspace's flows: agencies with their staff, a
questionnaire, and a client that drives tasks through HTTP."""

import datetime

from django.utils import timezone
from viewflow.workflow.models import Task

from portal.directory.roles import AGENCY_HEAD, PROCESS_STAFF
from tests.factories.directory import AgencyFactory, member
from workflows.training.models import Question, Questionnaire


def questionnaire():
    form = Questionnaire.objects.create(name="Đánh giá tập huấn")
    Question.objects.create(
        questionnaire=form, text="Nội dung có hữu ích không?", kind="rating"
    )
    Question.objects.create(questionnaire=form, text="Góp ý thêm", kind="text")
    return form


class Team:
    """An organising agency (staff + head) and two invited agencies with staff."""

    def __init__(self):
        self.organiser = AgencyFactory(name="Sở Y tế thử nghiệm")
        self.police = AgencyFactory(name="Công an thử nghiệm")
        self.border = AgencyFactory(name="Biên phòng thử nghiệm")
        self.other = AgencyFactory(name="Cơ quan không tham gia")
        self.proposer = member(self.organiser, [PROCESS_STAFF], username="hoa")
        self.colleague = member(self.organiser, [PROCESS_STAFF], username="lan")
        self.head = member(self.organiser, [AGENCY_HEAD], username="giamdoc")
        self.police_staff = member(self.police, [PROCESS_STAFF], username="tuan")
        self.border_staff = member(self.border, [PROCESS_STAFF], username="son")
        self.outsider = member(self.other, [PROCESS_STAFF], username="ngoai")
        self.questionnaire = questionnaire()


def proposal(team, **overrides):
    starts = timezone.localtime() + datetime.timedelta(days=20)
    data = {
        "title": "Kỹ năng nhận diện nạn nhân bị mua bán",
        "audience": "Cán bộ tiếp nhận cấp xã",
        "agenda": "Buổi sáng: nhận diện. Buổi chiều: chuyển tuyến.",
        "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
        "place": "Hội trường Sở Y tế",
        "online_link": "",
        "trainers": "ThS. Trần Thị Bình, Viện Khoa học Lao động",
        "organiser": team.organiser.pk,
    }
    data.update(overrides)
    return data


def open_task(process, node, agency=None):
    tasks = Task.objects.filter(process=process, flow_task=node).exclude(
        status__in=["DONE", "CANCELED"]
    )
    if agency is not None:
        tasks = tasks.filter(route__agency=agency)
    return tasks.get()


def url(task, name):
    return task.flow_task.reverse(name, args=[task.process_id, task.pk])


def claim_and_post(client, user, task, data):
    """Signs in as ``user``, claims ``task`` if nobody has and posts its form."""
    client.force_login(user)
    task.refresh_from_db()
    if task.owner_id is None:
        response = client.post(url(task, "assign"))
        assert response.status_code == 302, response
    return client.post(url(task, "execute"), data)
