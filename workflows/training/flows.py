"""The training session flow (plan II.3): propose → approve by the agency's head (or
return with a reason) → materials → invite → each invited agency nominates, in
parallel → attendance → each agency's evaluations, in parallel → report → end."""

from django.utils.translation import gettext_lazy as _
from viewflow import this
from viewflow.workflow import act, flow

from portal.directory.roles import AGENCY_HEAD, PROCESS_STAFF
from workflows.flows import WorkspaceFlow
from workflows.nodes import AgencySplit, AgencyView

from . import views
from .models import TrainingProcess


def organiser(activation):
    return activation.process.organiser


def task_agency(activation):
    return activation.task_agency


class TrainingFlow(WorkspaceFlow):
    """Tập huấn

    Một cơ quan đề xuất khóa tập huấn; thủ trưởng duyệt; các cơ quan được mời cử học
    viên; sau buổi học ghi nhận điểm danh, đánh giá và báo cáo kết quả.
    """

    process_class = TrainingProcess
    process_title = _("Tập huấn")
    process_description = _(
        "Đề xuất, duyệt, mời các cơ quan cử học viên, điểm danh, đánh giá và báo cáo "
        "một khóa tập huấn liên ngành."
    )
    process_kind = "training"

    start = (
        flow.Start(views.ProposeView.as_view())
        .Annotation(title=_("Đề xuất khóa tập huấn"))
        .Permission("training.add_trainingprocess")
        .Next(this.approve)
    )
    approve = (
        AgencyView(views.ApproveView.as_view())
        .Annotation(title=_("Duyệt đề xuất tập huấn"))
        .Route(role=AGENCY_HEAD, agency=organiser)
        .Deadline(days=5)
        .Next(this.check_approved)
    )
    check_approved = (
        flow.If(act.process.approved)
        .Annotation(title=_("Được duyệt?"))
        .Then(this.attach_materials)
        .Else(this.revise)
    )
    revise = (
        AgencyView(views.ReviseView.as_view())
        .Annotation(title=_("Sửa đề xuất bị trả lại"))
        .Route(role=PROCESS_STAFF, agency=organiser)
        .Assign(lambda activation: activation.process.proposed_by)
        .Deadline(days=5)
        .Next(this.approve)
    )
    attach_materials = (
        AgencyView(views.MaterialsView.as_view())
        .Annotation(title=_("Đính kèm tài liệu tập huấn"))
        .Route(role=PROCESS_STAFF, agency=organiser)
        .Assign(lambda activation: activation.process.proposed_by)
        .Deadline(days=5)
        .Next(this.invite)
    )
    invite = (
        AgencyView(views.InviteView.as_view())
        .Annotation(title=_("Mời các cơ quan"))
        .Route(role=PROCESS_STAFF, agency=organiser)
        .Assign(lambda activation: activation.process.proposed_by)
        .Deadline(days=3)
        .Next(this.split_nominations)
    )
    split_nominations = (
        AgencySplit()
        .Annotation(title=_("Gửi lời mời"))
        .Next(this.nominate, data_source=this.invited_agencies)
    )
    nominate = (
        AgencyView(views.NominateView.as_view())
        .Annotation(title=_("Cử học viên"))
        .Route(role=PROCESS_STAFF, agency=task_agency)
        .Deadline(days=7)
        .Next(this.join_nominations)
    )
    join_nominations = flow.Join().Next(this.record_attendance)
    record_attendance = (
        AgencyView(views.AttendanceView.as_view())
        .Annotation(title=_("Tổ chức và điểm danh"))
        .Route(role=PROCESS_STAFF, agency=organiser)
        .Assign(lambda activation: activation.process.proposed_by)
        .Next(this.check_attendance)
    )
    check_attendance = (
        flow.If(this.anyone_attended)
        .Annotation(title=_("Có học viên dự?"))
        .Then(this.split_evaluations)
        .Else(this.report)
    )
    split_evaluations = (
        AgencySplit()
        .Annotation(title=_("Thu phiếu đánh giá"))
        .Next(this.evaluate, data_source=this.attending_agencies)
    )
    evaluate = (
        AgencyView(views.EvaluateView.as_view())
        .Annotation(title=_("Nhập phiếu đánh giá của học viên"))
        .Route(role=PROCESS_STAFF, agency=task_agency)
        .Deadline(days=7)
        .Next(this.join_evaluations)
    )
    join_evaluations = flow.Join().Next(this.report)
    report = (
        AgencyView(views.ReportView.as_view())
        .Annotation(title=_("Báo cáo kết quả tập huấn"))
        .Route(role=PROCESS_STAFF, agency=organiser)
        .Assign(lambda activation: activation.process.proposed_by)
        .Deadline(days=10)
        .Next(this.end)
    )
    end = flow.End()

    def detail_context(self, process):
        """The attendance and evaluation figures, on the process page."""
        return {"report": views.training_report(process)}

    def invited_agencies(self, activation):
        invited = activation.process.invited.values_list("pk", flat=True)
        return [{"agency": pk} for pk in sorted(invited)]

    def attending_agencies(self, activation):
        agencies = (
            activation.process.participants.filter(attended=True)
            .values_list("agency_id", flat=True)
            .distinct()
        )
        return [{"agency": pk} for pk in sorted(set(agencies))]

    def anyone_attended(self, activation):
        return activation.process.participants.filter(attended=True).exists()
