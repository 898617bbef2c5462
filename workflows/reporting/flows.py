"""The periodic report flow: the focal agency opens a period → each agency submits its
figures, in parallel → the focal agency consolidates, asking for corrections if needed
→ its head approves → the consolidated report is downloadable (XLSX, PDF)."""

from django.utils.translation import gettext_lazy as _
from viewflow import this
from viewflow.workflow import act, flow

from portal.directory.roles import AGENCY_HEAD, PROCESS_STAFF
from workflows.flows import WorkspaceFlow
from workflows.nodes import AgencySplit, AgencyView

from . import views
from .models import ReportProcess


def task_agency(activation):
    return activation.task_agency


def focal_agency(activation):
    return activation.process.focal_agency


class ReportFlow(WorkspaceFlow):
    """Báo cáo định kỳ"""

    process_class = ReportProcess
    process_title = _("Báo cáo định kỳ")
    process_description = _(
        "Cơ quan đầu mối mở kỳ báo cáo; các cơ quan gửi số liệu; đầu mối tổng hợp, "
        "yêu cầu chỉnh sửa nếu cần và trình phê duyệt."
    )
    process_kind = "reporting"

    start = (
        flow.Start(views.OpenPeriodView.as_view())
        .Annotation(title=_("Mở kỳ báo cáo"))
        .Permission("reporting.add_reportprocess")
        .Next(this.split_submissions)
    )
    split_submissions = (
        AgencySplit()
        .Annotation(title=_("Gửi yêu cầu báo cáo"))
        .Next(this.submit, data_source=this.reporting_agencies)
    )
    submit = (
        AgencyView(views.SubmitFiguresView.as_view())
        .Annotation(title=_("Gửi số liệu báo cáo"))
        .Route(role=PROCESS_STAFF, agency=task_agency)
        .Deadline(days=15)
        .Next(this.join_submissions)
    )
    join_submissions = flow.Join().Next(this.consolidate)
    consolidate = (
        AgencyView(views.ConsolidateView.as_view())
        .Annotation(title=_("Tổng hợp số liệu"))
        .Route(role=PROCESS_STAFF, function="reporting-focal-agency")
        .Deadline(days=7)
        .Next(this.check_corrections)
    )
    check_corrections = (
        flow.If(this.needs_corrections)
        .Annotation(title=_("Cần chỉnh sửa?"))
        .Then(this.split_corrections)
        .Else(this.approve)
    )
    split_corrections = (
        AgencySplit()
        .Annotation(title=_("Yêu cầu chỉnh sửa"))
        .Next(this.correct, data_source=this.correction_agencies)
    )
    correct = (
        AgencyView(views.SubmitFiguresView.as_view())
        .Annotation(title=_("Chỉnh sửa số liệu báo cáo"))
        .Route(role=PROCESS_STAFF, agency=task_agency)
        .Deadline(days=5)
        .Next(this.join_corrections)
    )
    join_corrections = flow.Join().Next(this.consolidate)
    approve = (
        AgencyView(views.ApproveReportView.as_view())
        .Annotation(title=_("Phê duyệt báo cáo tổng hợp"))
        .Route(role=AGENCY_HEAD, agency=focal_agency)
        .Deadline(days=5)
        .Next(this.check_approved)
    )
    check_approved = (
        flow.If(act.process.approved)
        .Annotation(title=_("Được phê duyệt?"))
        .Then(this.end)
        .Else(this.consolidate)
    )
    end = flow.End()

    def reporting_agencies(self, activation):
        agencies = activation.process.agencies.values_list("pk", flat=True)
        return [{"agency": pk} for pk in sorted(agencies)]

    def needs_corrections(self, activation):
        return bool(activation.process.data.get("corrections"))

    def correction_agencies(self, activation):
        return [{"agency": pk} for pk in activation.process.data.get("corrections", [])]
