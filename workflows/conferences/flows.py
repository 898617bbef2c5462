"""Conference, seminar or round table (plan II.2): propose with co-organisers →
approve by the head (or return with a reason) → invite → each invited and co-organising
agency responds with its delegates, in parallel → hold, record minutes and outcomes →
optionally a news item drafted in the CMS → end."""

from django.utils.translation import gettext_lazy as _
from viewflow import this
from viewflow.workflow import act, flow

from portal.directory.roles import AGENCY_HEAD, PROCESS_STAFF
from workflows.flows import WorkspaceFlow
from workflows.nodes import AgencySplit, AgencyView

from . import views
from .models import ConferenceProcess


def organiser(activation):
    return activation.process.organiser


def task_agency(activation):
    return activation.task_agency


def proposer(activation):
    return activation.process.proposed_by


class ConferenceFlow(WorkspaceFlow):
    """Hội nghị, hội thảo"""

    process_class = ConferenceProcess
    process_title = _("Hội nghị, hội thảo, tọa đàm")
    process_description = _(
        "Đề xuất cùng cơ quan phối hợp, duyệt, mời, các cơ quan cử đại biểu, tổ chức, "
        "ghi biên bản, kết quả và đưa tin trên cổng nếu cần."
    )
    process_kind = "conference"

    start = (
        flow.Start(views.ProposeView.as_view())
        .Annotation(title=_("Đề xuất hội nghị, hội thảo"))
        .Permission("conferences.add_conferenceprocess")
        .Next(this.approve)
    )
    approve = (
        AgencyView(views.ApproveView.as_view())
        .Annotation(title=_("Duyệt đề xuất hội nghị"))
        .Route(role=AGENCY_HEAD, agency=organiser)
        .Deadline(days=5)
        .Next(this.check_approved)
    )
    check_approved = (
        flow.If(act.process.approved)
        .Annotation(title=_("Được duyệt?"))
        .Then(this.invite)
        .Else(this.revise)
    )
    revise = (
        AgencyView(views.ProposeView.as_view())
        .Annotation(title=_("Sửa đề xuất hội nghị bị trả lại"))
        .Route(role=PROCESS_STAFF, agency=organiser)
        .Assign(proposer)
        .Next(this.approve)
    )
    invite = (
        AgencyView(views.InviteView.as_view())
        .Annotation(title=_("Mời đại biểu các cơ quan"))
        .Route(role=PROCESS_STAFF, agency=organiser)
        .Assign(proposer)
        .Deadline(days=3)
        .Next(this.split_responses)
    )
    split_responses = (
        AgencySplit()
        .Annotation(title=_("Gửi giấy mời"))
        .Next(this.respond, data_source=this.responding_agencies)
    )
    respond = (
        AgencyView(views.RespondView.as_view())
        .Annotation(title=_("Cử đại biểu dự hội nghị"))
        .Route(role=PROCESS_STAFF, agency=task_agency)
        .Deadline(days=7)
        .Next(this.join_responses)
    )
    join_responses = flow.Join().Next(this.hold)
    hold = (
        AgencyView(views.HoldView.as_view())
        .Annotation(title=_("Tổ chức, ghi biên bản và kết quả"))
        .Route(role=PROCESS_STAFF, agency=organiser)
        .Assign(proposer)
        .Next(this.check_news)
    )
    check_news = (
        flow.If(act.process.wants_news)
        .Annotation(title=_("Đưa tin?"))
        .Then(this.draft_news)
        .Else(this.end)
    )
    draft_news = (
        flow.Function(this.make_news_draft)
        .Annotation(title=_("Tạo bản nháp tin trên cổng"))
        .Next(this.end)
    )
    end = flow.End()

    def responding_agencies(self, activation):
        process = activation.process
        agencies = set(process.invited.values_list("pk", flat=True))
        agencies |= set(process.co_organisers.values_list("pk", flat=True))
        agencies.discard(process.organiser_id)
        return [{"agency": pk} for pk in sorted(agencies)]

    def make_news_draft(self, activation):
        process = activation.process
        process.news_page = views.create_news_draft(process)
        process.save(update_fields=["news_page"])
