"""Views of the referral flow's steps: each saves what the step records, writes an audit
event, completes the task and returns to the case page."""

import datetime

from django.contrib import messages
from django.core.files.base import ContentFile
from django.db import transaction
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import FormView

from portal.audit.models import AuditEvent
from portal.audit.services import record
from portal.directory.dates import today

from . import assignment, forms
from .access import worker_agency_ids
from .crypto import encrypt_bytes, identifier_digest
from .models import (
    Case,
    CaseDocument,
    CaseNote,
    CaseParticipant,
    Consent,
    Person,
    Service,
    Stage,
    age_band,
    age_on,
    cases_with_duplicate_identifier,
)
from .urls import case_url


def store_document(case, upload, kind, title, user, info):
    """Encrypts an upload and stores it under a random name; returns the document."""
    content_type, extension = info
    upload.seek(0)
    data = upload.read()
    document = CaseDocument(
        case=case,
        kind=kind,
        title=title,
        content_type=content_type,
        extension=extension,
        size=len(data),
        uploaded_by=user,
    )
    document.file.save("upload.bin", ContentFile(encrypt_bytes(data)), save=False)
    document.save()
    return document


def add_note(case, user, text, agency=None):
    if text and text.strip():
        CaseNote.objects.create(case=case, author=user, agency=agency, text=text)


def create_case(data, user, photo_info=None, code=None):
    """Creates the case, the person, the first consent and note from intake data."""
    birth = data.get("birth_date")
    age = age_on(birth, data["received_on"])
    case = Case(
        intake_channel=data["intake_channel"],
        receiving_agency=data["agency"],
        received_on=data["received_on"],
        came_from_abroad=data.get("came_from_abroad", False),
        exploitation_types=data.get("exploitation_types") or [],
        sex=data["sex"],
        age_band=age_band(age),
        is_child=age is not None and age < 18,
        created_by=user,
    )
    if code:
        case.code = code
    case.verification_due, case.verification_reference = (
        assignment.verification_deadline(data["received_on"])
    )
    case.save()
    case.add_participant(data["agency"], CaseParticipant.Reason.RECEIVING)
    person = Person.objects.create(
        case=case,
        full_name=data["full_name"],
        aliases=data.get("aliases") or "",
        birth_date=birth,
        sex=data["sex"],
        nationality=data.get("nationality") or "Việt Nam",
        id_document_type=data.get("id_document_type") or "none",
        id_number=data.get("id_number") or "",
        address=data.get("address") or "",
        phone=data.get("phone") or "",
    )
    if data.get("photo"):
        person.photo = store_document(
            case,
            data["photo"],
            CaseDocument.Kind.PHOTO,
            _("Ảnh chân dung"),
            user,
            photo_info,
        )
        person.save(update_fields=["photo"])
    Consent.objects.create(
        case=case,
        purpose=Consent.Purpose.MANAGE_DATA,
        decision=data.get("consent_manage_data") or Consent.Decision.GIVEN,
        legal_ground=data.get("consent_legal_ground") or "",
        recorded_by=user,
    )
    add_note(case, user, data.get("narrative"), data["agency"])
    return case


class IntakeView(FormView):
    """Opens a referral: the case, the person, the first consent; the flow starts."""

    form_class = forms.IntakeForm
    template_name = "referrals/intake.html"

    def agencies(self):
        from portal.directory.models import Agency

        return list(Agency.objects.filter(pk__in=worker_agency_ids(self.request.user)))

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "agencies": self.agencies()}

    def form_valid(self, form):
        data = form.cleaned_data
        digest = identifier_digest(data.get("id_number") or "")
        duplicates = cases_with_duplicate_identifier(digest)
        if duplicates.exists() and not data.get("confirm_duplicate"):
            visible = list(duplicates.visible_to(self.request.user)[:5])
            form.duplicate_warning = {
                "visible": visible,
                "hidden": duplicates.count() > len(visible),
            }
            return self.render_to_response(self.get_context_data(form=form))
        case = create_case(data, self.request.user, getattr(form, "photo_info", None))
        activation = self.request.activation
        activation.process.artifact = case
        activation.execute()
        record(self.request, case.code, AuditEvent.Action.CREATE, "intake")
        messages.success(
            self.request,
            _("Đã mở hồ sơ %(code)s.") % {"code": case.code},
        )
        return HttpResponseRedirect(case_url("case_detail", case))


class CaseTaskView(FormView):
    """A step of the flow on its case: save, audit, complete, back to the case."""

    template_name = "referrals/task_form.html"
    intro = ""

    @property
    def case(self):
        return self.request.activation.process.artifact

    @property
    def task_agency(self):
        from portal.directory.models import Agency

        return Agency.objects.filter(
            pk=self.request.activation.task.data.get("agency")
        ).first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        task = self.request.activation.task
        context.update(
            case=self.case,
            task=task,
            task_title=task.flow_task.task_title,
            due=task.data.get("due"),
            intro=self.intro,
            case_url=case_url("case_detail", self.case),
        )
        return context

    def get(self, request, *args, **kwargs):
        record(request, self.case.code, AuditEvent.Action.VIEW, self.step_name)
        return super().get(request, *args, **kwargs)

    @property
    def step_name(self):
        return f"task:{self.request.activation.flow_task.name}"

    def form_valid(self, form):
        case = self.case
        with transaction.atomic():
            self.apply(form.cleaned_data, case)
            self.request.activation.execute()
        record(self.request, case.code, AuditEvent.Action.CHANGE, self.step_name)
        messages.success(
            self.request,
            _("Đã hoàn thành bước “%(step)s” của hồ sơ %(code)s.")
            % {"step": self.request.activation.flow_task.task_title, "code": case.code},
        )
        return HttpResponseRedirect(case_url("case_detail", case))

    def apply(self, data, case):
        raise NotImplementedError


class EssentialNeedsView(CaseTaskView):
    """Records the essential-needs support given on reception."""

    form_class = forms.EssentialNeedsForm

    def apply(self, data, case):
        agency = self.task_agency
        delivered = data.get("services") or []
        for position, kind in enumerate(delivered):
            Service.objects.create(
                case=case,
                kind=kind,
                status=Service.Status.DELIVERED,
                delivered_on=today(),
                # The total is recorded once, on the first item delivered.
                amount=data.get("amount") if position == 0 else None,
                agency=agency,
            )
        for kind in data.get("refused") or []:
            Service.objects.create(
                case=case, kind=kind, status=Service.Status.REFUSED, agency=agency
            )
        add_note(case, self.request.user, data.get("note"), agency)


class VerifyIdentityView(CaseTaskView):
    """Police verify identity and victim status, attaching proving documents."""

    form_class = forms.VerificationForm
    document_kind = CaseDocument.Kind.VICTIM_CERTIFICATE
    result_label = "identity"

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        self._form = form
        return form

    def apply(self, data, case):
        agency = self.task_agency
        outcome = _("Xác minh được") if data["confirmed"] else _("Không xác minh được")
        add_note(case, self.request.user, f"[{outcome}] {data['findings']}", agency)
        if data.get("document"):
            store_document(
                case,
                data["document"],
                self.document_kind,
                _("Tài liệu xác minh"),
                self.request.user,
                self._form.document_info,
            )
        self.request.activation.task.data["confirmed"] = data["confirmed"]


class VerifyCitizenshipView(VerifyIdentityView):
    """Foreign affairs verify citizenship for a person who came from abroad."""

    document_kind = CaseDocument.Kind.ID_PAPER


class IdentifyView(CaseTaskView):
    """The identification decision: victim, not a victim, or undetermined."""

    form_class = forms.IdentifyForm

    def apply(self, data, case):
        case.identification = data["identification"]
        case.identification_reasons = data["reasons"]
        case.identified_on = today()
        case.save(
            update_fields=["identification", "identification_reasons", "identified_on"]
        )


class ConsentView(CaseTaskView):
    """Consent and wishes: protection, destination, disclosure to the receiving place."""

    form_class = forms.ConsentForm

    def apply(self, data, case):
        user = self.request.user
        accepted = data["protection"] == Consent.Decision.GIVEN
        Consent.objects.create(
            case=case,
            purpose=Consent.Purpose.PROTECTION,
            decision=data["protection"],
            recorded_by=user,
        )
        case.protection_accepted = accepted
        case.wishes = data.get("wishes") or ""
        if accepted:
            case.destination = data["destination"]
            agency = data.get("destination_agency")
            if data["destination"] == "home":
                agency = None
            case.destination_agency = agency
            if agency is not None:
                Consent.objects.create(
                    case=case,
                    purpose=Consent.Purpose.DISCLOSE,
                    agency=agency,
                    decision=data["disclosure"],
                    legal_ground=data.get("legal_ground") or "",
                    note=data.get("reason_against_wishes") or "",
                    recorded_by=user,
                )
        case.save(
            update_fields=[
                "protection_accepted",
                "wishes",
                "destination",
                "destination_agency",
            ]
        )
        add_note(case, user, data.get("reason_against_wishes"), self.task_agency)


class ChildProtectionView(CaseTaskView):
    """For a child: the guardian is told and an escort named before transfer."""

    form_class = forms.ChildProtectionForm

    def apply(self, data, case):
        case.guardian_notified_on = data["guardian_notified_on"]
        case.escort = data["escort"]
        case.save(update_fields=["guardian_notified_on", "escort"])


def disclosure_allowed(case, agency) -> bool:
    """Whether case data may go to ``agency``: consent given or a legal ground."""
    return case.consents.filter(
        purpose=Consent.Purpose.DISCLOSE,
        agency=agency,
        decision__in=[Consent.Decision.GIVEN, Consent.Decision.LEGAL_GROUND],
    ).exists()


class TransferView(CaseTaskView):
    """The hand-over by the sending side; a centre must then confirm receipt."""

    form_class = forms.TransferForm

    def form_valid(self, form):
        case = self.case
        agency = case.destination_agency
        if agency is not None and not disclosure_allowed(case, agency):
            form.add_error(
                None,
                _(
                    "Chưa có sự đồng ý chia sẻ thông tin, hoặc căn cứ pháp lý, cho cơ sở "
                    "tiếp nhận: không thể chuyển giao."
                ),
            )
            return self.form_invalid(form)
        return super().form_valid(form)

    def apply(self, data, case):
        from .flows import handover_due_date

        agency = case.destination_agency
        case.handover_sent_at = timezone.make_aware(
            datetime.datetime.combine(data["handed_over_on"], datetime.time(12))
        )
        if agency is not None:
            case.handover_due = handover_due_date()
            case.add_participant(agency, CaseParticipant.Reason.DESTINATION)
        case.save(update_fields=["handover_sent_at", "handover_due"])
        add_note(case, self.request.user, data.get("note"), self.task_agency)


class ConfirmHandoverView(CaseTaskView):
    """The receiving centre confirms it has received the person."""

    form_class = forms.ConfirmHandoverForm

    def apply(self, data, case):
        case.handover_confirmed_at = timezone.now()
        case.save(update_fields=["handover_confirmed_at"])
        add_note(case, self.request.user, data.get("note"), self.task_agency)


class SupportPlanView(CaseTaskView):
    """The support plan; each service is then recorded when delivered."""

    form_class = forms.SupportPlanForm

    def apply(self, data, case):
        case.support_plan = data["plan"]
        case.save(update_fields=["support_plan"])
        for kind in data.get("planned") or []:
            Service.objects.create(
                case=case,
                kind=kind,
                status=Service.Status.PLANNED,
                agency=self.task_agency,
            )


class FollowUpView(CaseTaskView):
    """Follow-up of the person's reintegration."""

    form_class = forms.FollowUpForm

    def apply(self, data, case):
        case.follow_up_notes = data["notes"]
        case.save(update_fields=["follow_up_notes"])


class CloseView(CaseTaskView):
    """Closes the case; the retention period starts."""

    form_class = forms.CloseForm

    def apply(self, data, case):
        case.closure_reason = data["closure_reason"]
        case.closed_on = data["closed_on"]
        case.stage = Stage.CLOSED
        case.save(update_fields=["closure_reason", "closed_on", "stage"])
