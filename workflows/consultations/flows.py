"""Consultation on a draft (plan II.1): the lead agency uploads the draft with a deadline
→ each consulted agency answers in parallel (comments per article or "no comment";
reminded before the deadline, "no answer" recorded after it) → the lead answers each
comment → submits to the People's Committee → records the issued document → end."""

from django.utils.translation import gettext_lazy as _
from viewflow import this
from viewflow.workflow import flow

from portal.directory.roles import PROCESS_STAFF
from workflows.deadlines import end_of_day
from workflows.flows import WorkspaceFlow
from workflows.nodes import AgencySplit, AgencyView

from . import views
from .models import ConsultationProcess


def task_agency(activation):
    return activation.task_agency


def lead_agency(activation):
    return activation.process.lead_agency


def opener(activation):
    return activation.process.opened_by


class ConsultationFlow(WorkspaceFlow):
    """Góp ý dự thảo"""

    process_class = ConsultationProcess
    process_title = _("Góp ý dự thảo")
    process_description = _(
        "Cơ quan chủ trì gửi dự thảo và hạn góp ý; các cơ quan góp ý theo từng điều; "
        "chủ trì giải trình, trình ban hành và lưu văn bản đã ký."
    )
    process_kind = "consultation"

    start = (
        flow.Start(views.OpenConsultationView.as_view())
        .Annotation(title=_("Gửi dự thảo lấy ý kiến"))
        .Permission("consultations.add_consultationprocess")
        .Next(this.split_answers)
    )
    split_answers = (
        AgencySplit()
        .Annotation(title=_("Gửi văn bản lấy ý kiến"))
        .Next(this.answer, data_source=this.consulted_agencies)
    )
    answer = (
        AgencyView(views.AnswerView.as_view())
        .Annotation(title=_("Góp ý dự thảo"))
        .Route(role=PROCESS_STAFF, agency=task_agency)
        .Deadline(due=this.answer_due)
        .OnOverdue(this.record_no_answer)
        .Next(this.join_answers)
    )
    join_answers = flow.Join().Next(this.consolidate)
    consolidate = (
        AgencyView(views.ConsolidateView.as_view())
        .Annotation(title=_("Tổng hợp, giải trình ý kiến"))
        .Route(role=PROCESS_STAFF, agency=lead_agency)
        .Assign(opener)
        .Deadline(days=7)
        .Next(this.submit)
    )
    submit = (
        AgencyView(views.SubmitView.as_view())
        .Annotation(title=_("Trình Ủy ban nhân dân"))
        .Route(role=PROCESS_STAFF, agency=lead_agency)
        .Assign(opener)
        .Deadline(days=5)
        .Next(this.record_issued)
    )
    record_issued = (
        AgencyView(views.IssuedView.as_view())
        .Annotation(title=_("Lưu văn bản ban hành"))
        .Route(role=PROCESS_STAFF, agency=lead_agency)
        .Assign(opener)
        .Next(this.end)
    )
    end = flow.End()

    def consulted_agencies(self, activation):
        agencies = activation.process.consulted.values_list("pk", flat=True)
        return [{"agency": pk} for pk in sorted(agencies)]

    def answer_due(self, activation):
        return end_of_day(activation.process.deadline)

    def record_no_answer(self, task):
        """Closes an unanswered consultation task after the deadline, recording it."""
        from types import SimpleNamespace

        from django.db import transaction
        from viewflow.workflow.status import STATUS

        from .models import Answer

        with self.lock(task.process_id), transaction.atomic():
            task.refresh_from_db()
            if task.status not in (STATUS.NEW, STATUS.ASSIGNED):
                return
            activation = task.flow_task.activation_class(task)
            Answer.objects.get_or_create(
                process_id=task.process_id,
                agency=activation.task_agency,
                defaults={"status": Answer.Status.NO_ANSWER},
            )
            if task.status == STATUS.NEW:
                task.status = STATUS.ASSIGNED
                task.save(update_fields=["status"])
            activation.start(SimpleNamespace(user=None))
            activation.execute()
