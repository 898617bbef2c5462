"""The victim referral flow (DESIGN.md §4, Joint Circular 01/2014, Law 53/2024).

Every human step is an ``AgencyTask``: done by the case workers of the agency that holds
a directory function (or of the agency the case names), which thereby takes part in the
case and may see it. Deadlines come from ``LegalReference`` records.
"""

import datetime

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from viewflow import this
from viewflow.workflow import flow, lock

from portal.directory.dates import today

from . import assignment, views
from .access import worker_agency_ids
from .models import (
    CaseParticipant,
    ClosureReason,
    ReferralProcess,
    Stage,
)
from .notify import notify_agency

WORK_PERMISSION = "referrals.work_on_case"


class AgencyTask(flow.View):
    """A human step for the case workers of one agency.

    ``agency`` is a callable (activation → Agency). On creation the task records the
    agency and its due date, the agency joins the case, and its case workers get an
    e-mail with the case code and a link.
    """

    def __init__(self, view, agency, stage, due_days=None, **kwargs):
        super().__init__(view, **kwargs)
        self._agency = agency
        self._stage = stage
        self._due_days = due_days
        self._on_create = self._task_created

    def _task_created(self, activation):
        case = activation.process.artifact
        agency = self._agency(activation)
        task = activation.task
        task.data["agency"] = agency.pk if agency else None
        due = self._due(case)
        if due:
            task.data["due"] = due.isoformat()
        task.save(update_fields=["data"])
        case.add_participant(agency, CaseParticipant.Reason.TASK)
        if case.stage != self._stage:
            case.stage = self._stage
            case.save(update_fields=["stage"])
        notify_agency(case, agency, self.task_title)

    def _due(self, case):
        if callable(self._due_days):
            return self._due_days(case)
        if self._due_days:
            return today() + datetime.timedelta(days=self._due_days)
        return None

    def can_assign(self, user, task):
        if task.owner_id or user is None or not user.is_authenticated:
            return False
        return task.data.get("agency") in worker_agency_ids(user)

    def can_execute(self, user, task):
        return (
            user is not None
            and user.is_authenticated
            and task.owner_id == user.pk
            and task.data.get("agency") in worker_agency_ids(user)
        )

    def can_unassign(self, user, task):
        return bool(task.owner_id) and task.owner_id == getattr(user, "pk", None)


def _authority(activation):
    return assignment.support_authority()


def _receiving(activation):
    return activation.process.artifact.receiving_agency


def _police(activation):
    return assignment.holder(assignment.VERIFYING_POLICE)


def _foreign_affairs(activation):
    return assignment.holder(assignment.CITIZENSHIP_VERIFICATION)


def _destination(activation):
    return activation.process.artifact.destination_agency


def _responsible(activation):
    """After transfer the receiving centre leads the support; at home, the authority."""
    case = activation.process.artifact
    return case.destination_agency or assignment.support_authority()


def _verification_due(case):
    return case.verification_due


def _handover_due(case):
    return case.handover_due


class ReferralFlow(flow.Flow):
    """Receiving, verifying, identifying, transferring and supporting a victim.

    Mounted in the workspace through ``viewsets.referral_viewset``.
    """

    process_class = ReferralProcess
    process_title = _("Tiếp nhận, hỗ trợ nạn nhân")
    process_description = _(
        "Tiếp nhận từ mọi kênh, hỗ trợ thiết yếu, xác minh, xác định nạn nhân, "
        "ý kiến và nguyện vọng, chuyển giao, hỗ trợ và theo dõi."
    )
    # Lists and inboxes show the pseudonymous code only.
    process_summary_template = "{{ process.artifact.code }}"
    process_result_template = "{{ process.artifact.code }}"
    lock_impl = lock.select_for_update_lock

    start = (
        flow.Start(views.IntakeView.as_view())
        .Annotation(title=_("Tiếp nhận người có dấu hiệu bị mua bán"))
        .Permission(WORK_PERMISSION)
        .Next(this.check_received_elsewhere)
    )
    check_received_elsewhere = (
        flow.If(lambda activation: activation.process.received_elsewhere)
        .Annotation(title=_("Cơ quan khác tiếp nhận?"))
        .Then(this.notify_authority)
        .Else(this.essential_needs)
    )
    notify_authority = (
        flow.Function(this.notify_support_authority)
        .Annotation(title=_("Thông báo cơ quan hỗ trợ nạn nhân"))
        .Next(this.essential_needs)
    )
    essential_needs = (
        AgencyTask(
            views.EssentialNeedsView.as_view(),
            agency=_receiving,
            stage=Stage.ESSENTIAL_NEEDS,
        )
        .Annotation(title=_("Hỗ trợ nhu cầu thiết yếu"))
        .Permission(WORK_PERMISSION)
        .Next(this.split_verification)
    )
    split_verification = (
        flow.Split()
        .Annotation(title=_("Xác minh song song"))
        .Next(this.verify_identity)
        .Next(
            this.verify_citizenship,
            case=lambda activation: activation.process.came_from_abroad,
        )
    )
    verify_identity = (
        AgencyTask(
            views.VerifyIdentityView.as_view(),
            agency=_police,
            stage=Stage.VERIFICATION,
            due_days=_verification_due,
        )
        .Annotation(title=_("Xác minh nhân thân, dấu hiệu nạn nhân"))
        .Permission(WORK_PERMISSION)
        .Next(this.join_verification)
    )
    verify_citizenship = (
        AgencyTask(
            views.VerifyCitizenshipView.as_view(),
            agency=_foreign_affairs,
            stage=Stage.VERIFICATION,
            due_days=_verification_due,
        )
        .Annotation(title=_("Xác minh quốc tịch, nhân thân công dân"))
        .Permission(WORK_PERMISSION)
        .Next(this.join_verification)
    )
    join_verification = (
        flow.Join().Annotation(title=_("Đủ kết quả xác minh")).Next(this.identify)
    )
    identify = (
        AgencyTask(
            views.IdentifyView.as_view(),
            agency=_authority,
            stage=Stage.IDENTIFICATION,
        )
        .Annotation(title=_("Xác định nạn nhân"))
        .Permission(WORK_PERMISSION)
        .Next(this.check_identified)
    )
    check_identified = (
        flow.If(lambda activation: activation.process.identified_as_needing_support)
        .Annotation(title=_("Là nạn nhân hoặc chưa xác định được?"))
        .Then(this.consent)
        .Else(this.close_not_victim)
    )
    close_not_victim = (
        flow.Function(this.close_as_not_victim)
        .Annotation(title=_("Đóng hồ sơ: không phải nạn nhân"))
        .Next(this.end)
    )
    consent = (
        AgencyTask(views.ConsentView.as_view(), agency=_authority, stage=Stage.CONSENT)
        .Annotation(title=_("Ghi nhận ý kiến, nguyện vọng"))
        .Permission(WORK_PERMISSION)
        .Next(this.check_consent)
    )
    check_consent = (
        flow.If(lambda activation: activation.process.accepts_protection)
        .Annotation(title=_("Đồng ý nhận hỗ trợ?"))
        .Then(this.check_child)
        .Else(this.close_refused)
    )
    close_refused = (
        flow.Function(this.close_as_refused)
        .Annotation(title=_("Đóng hồ sơ: tôn trọng việc từ chối"))
        .Next(this.end)
    )
    check_child = (
        flow.If(lambda activation: activation.process.is_child)
        .Annotation(title=_("Là trẻ em?"))
        .Then(this.protect_child)
        .Else(this.transfer)
    )
    protect_child = (
        AgencyTask(
            views.ChildProtectionView.as_view(),
            agency=_authority,
            stage=Stage.CHILD_PROTECTION,
        )
        .Annotation(title=_("Bảo vệ trẻ em: báo người giám hộ, cử người đưa đón"))
        .Permission(WORK_PERMISSION)
        .Next(this.transfer)
    )
    transfer = (
        AgencyTask(
            views.TransferView.as_view(), agency=_authority, stage=Stage.TRANSFER
        )
        .Annotation(title=_("Chuyển giao đến nơi đã chọn"))
        .Permission(WORK_PERMISSION)
        .Next(this.check_handover)
    )
    check_handover = (
        flow.If(lambda activation: activation.process.needs_handover)
        .Annotation(title=_("Chuyển đến một cơ sở?"))
        .Then(this.confirm_handover)
        .Else(this.support)
    )
    confirm_handover = (
        AgencyTask(
            views.ConfirmHandoverView.as_view(),
            agency=_destination,
            stage=Stage.HANDOVER,
            due_days=_handover_due,
        )
        .Annotation(title=_("Bên nhận xác nhận bàn giao"))
        .Permission(WORK_PERMISSION)
        .Next(this.support)
    )
    support = (
        AgencyTask(
            views.SupportPlanView.as_view(), agency=_responsible, stage=Stage.SUPPORT
        )
        .Annotation(title=_("Lập kế hoạch hỗ trợ"))
        .Permission(WORK_PERMISSION)
        .Next(this.follow_up)
    )
    follow_up = (
        AgencyTask(
            views.FollowUpView.as_view(), agency=_responsible, stage=Stage.FOLLOW_UP
        )
        .Annotation(title=_("Theo dõi, đánh giá tái hòa nhập"))
        .Permission(WORK_PERMISSION)
        .Next(this.close)
    )
    close = (
        AgencyTask(views.CloseView.as_view(), agency=_authority, stage=Stage.FOLLOW_UP)
        .Annotation(title=_("Đóng hồ sơ"))
        .Permission(WORK_PERMISSION)
        .Next(this.end)
    )
    end = flow.End()

    def notify_support_authority(self, activation):
        """Another agency received the person: the authority joins and is told."""
        case = activation.process.artifact
        authority = assignment.support_authority()
        case.add_participant(authority, CaseParticipant.Reason.NOTIFIED)
        notify_agency(case, authority, _("một cơ quan khác vừa tiếp nhận một người"))

    def close_as_not_victim(self, activation):
        _close(activation.process.artifact, ClosureReason.NOT_VICTIM)

    def close_as_refused(self, activation):
        _close(activation.process.artifact, ClosureReason.REFUSED)


def _close(case, reason):
    case.stage = Stage.CLOSED
    case.closure_reason = reason
    case.closed_on = today()
    case.save(update_fields=["stage", "closure_reason", "closed_on"])


def handover_due_date():
    return today() + datetime.timedelta(days=settings.REFERRAL_HANDOVER_DAYS)
