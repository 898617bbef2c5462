"""Case pages outside the flow's steps: list, case file, notes, documents, services,
export, print and the access log. Every one looks the case up through
``Case.objects.visible_to`` (404 otherwise) and writes an audit event."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView
from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from portal.audit.models import AuditEvent
from portal.audit.services import record

from . import forms
from .access import (
    can_supervise,
    can_work_on,
    get_visible_case_or_404,
    worker_agency_ids,
)
from .models import Case, Stage
from .urls import case_url, flow_url
from .views import store_document


def case_tasks(case):
    """The flow's tasks of ``case``, newest last."""
    return (
        Task.objects.filter(
            process__artifact_object_id=case.pk,
            process__flow_class__isnull=False,
            process__artifact_content_type__model="case",
            process__artifact_content_type__app_label="referrals",
        )
        .select_related("owner", "process")
        .order_by("created", "pk")
    )


class CaseListView(TemplateView):
    """The cases the user's agencies take part in, with stage and delays only."""

    template_name = "referrals/case_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cases = (
            Case.objects.visible_to(self.request.user)
            .select_related("receiving_agency", "destination_agency")
            .order_by("-received_on", "-pk")
        )
        stage = self.request.GET.get("stage")
        if stage in Stage.values:
            cases = cases.filter(stage=stage)
        cases = list(cases[:200])
        for case in cases:
            case.url = case_url("case_detail", case)
        user_agencies = worker_agency_ids(self.request.user)
        open_tasks = (
            Task.objects.filter(
                process__artifact_object_id__in=[c.pk for c in cases],
                process__artifact_content_type__app_label="referrals",
                finished__isnull=True,
                status__in=[STATUS.NEW, STATUS.ASSIGNED],
            )
            .only("id", "data", "process__artifact_object_id")
            .select_related("process")
        )
        waiting = {}
        for task in open_tasks:
            if task.data.get("agency") in user_agencies:
                case_id = task.process.artifact_object_id
                waiting[case_id] = waiting.get(case_id, 0) + 1
        for case in cases:
            case.waiting = waiting.get(case.pk, 0)
        context.update(
            cases=cases,
            stages=Stage.choices,
            current_stage=stage,
            can_open=bool(user_agencies),
            start_url=flow_url("start"),
        )
        return context


class CaseMixin:
    """Looks the case up by its code among the cases the user may see (else 404)."""

    audit_action = AuditEvent.Action.VIEW
    audit_detail = ""

    def dispatch(self, request, *args, **kwargs):
        self.case = get_visible_case_or_404(request.user, code=kwargs["code"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["case"] = self.case
        context["case_url"] = case_url("case_detail", self.case)
        return context


class WorkerRequiredMixin(CaseMixin):
    """Changes need a case worker of a participating agency (supervisors only read)."""

    def dispatch(self, request, *args, **kwargs):
        self.case = get_visible_case_or_404(request.user, code=kwargs["code"])
        if not can_work_on(request.user, self.case):
            raise PermissionDenied
        if self.case.anonymised_at:
            raise PermissionDenied
        return super(CaseMixin, self).dispatch(request, *args, **kwargs)


class CaseDetailView(CaseMixin, TemplateView):
    """The case file: person, relatives, events, notes, documents, services, tasks."""

    template_name = "referrals/case_detail.html"

    def get(self, request, *args, **kwargs):
        record(request, self.case.code, AuditEvent.Action.VIEW, "case")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.case
        user = self.request.user
        my_agencies = worker_agency_ids(user)
        tasks = []
        for task in case_tasks(case):
            entry = {
                "task": task,
                "title": task.flow_task.task_title if task.flow_task else "",
                "agency_id": task.data.get("agency"),
                "due": task.data.get("due"),
                "mine": task.owner_id == user.pk,
                "can_claim": (
                    task.status == STATUS.NEW and task.data.get("agency") in my_agencies
                ),
                "open": task.finished is None
                and task.status in (STATUS.NEW, STATUS.ASSIGNED),
            }
            if entry["mine"] and entry["open"]:
                entry["execute_url"] = task.flow_task.reverse(
                    "execute", args=[task.process_id, task.pk]
                )
            if entry["can_claim"]:
                entry["claim_url"] = case_url("claim_task", case, task.pk)
            tasks.append(entry)
        from portal.directory.models import Agency

        agencies = {
            a.pk: a
            for a in Agency.objects.filter(
                pk__in={t["agency_id"] for t in tasks if t["agency_id"]}
            )
        }
        for entry in tasks:
            entry["agency"] = agencies.get(entry["agency_id"])
        person = getattr(case, "person", None)
        context.update(
            person=person,
            relatives=case.relatives.all(),
            events=case.events.all(),
            notes=case.notes.select_related("author", "agency"),
            documents=case.documents.all(),
            services=case.services.select_related("agency", "legal_reference"),
            consents=case.consents.select_related("agency"),
            participants=case.participants.select_related("agency"),
            tasks=tasks,
            can_work=can_work_on(user, case) and not case.anonymised_at,
            can_supervise=can_supervise(user, case),
            can_export=can_work_on(user, case)
            and user.has_perm("referrals.export_case"),
            urls={
                name: case_url(name, case)
                for name in (
                    "edit_person",
                    "add_note",
                    "add_document",
                    "add_service",
                    "add_relative",
                    "add_event",
                    "export_case",
                    "print_case",
                    "access_log",
                )
            },
        )
        for document in context["documents"]:
            document.url = case_url("document", case, document.pk)
        return context


class CasePrintView(CaseMixin, TemplateView):
    """A printable case file; printing is logged like an export."""

    template_name = "referrals/case_print.html"

    def get(self, request, *args, **kwargs):
        record(request, self.case.code, AuditEvent.Action.PRINT, "case")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.case
        context.update(
            person=getattr(case, "person", None),
            relatives=case.relatives.all(),
            events=case.events.all(),
            notes=case.notes.all(),
            services=case.services.all(),
            consents=case.consents.select_related("agency"),
        )
        return context


class ClaimTaskView(CaseMixin, View):
    """Takes a waiting task of the user's agency and opens it."""

    def post(self, request, *args, **kwargs):
        task = case_tasks(self.case).filter(pk=kwargs["task_pk"]).first()
        if task is None:
            raise Http404
        flow_class = task.flow_task.flow_class
        with flow_class.lock(task.process_id), transaction.atomic():
            task.refresh_from_db()
            if not task.flow_task.can_assign(request.user, task):
                messages.error(
                    request,
                    _("Việc này đã có người nhận hoặc không thuộc cơ quan bạn."),
                )
                return HttpResponseRedirect(case_url("case_detail", self.case))
            task.flow_task.activation_class(task).assign(request.user)
        record(request, self.case.code, AuditEvent.Action.CHANGE, "claim")
        return HttpResponseRedirect(
            task.flow_task.reverse("execute", args=[task.process_id, task.pk])
        )


class CaseFormView(WorkerRequiredMixin, FormView):
    """Adds a record to the case (note, document, service…), audited as a change."""

    template_name = "referrals/case_form.html"
    title = ""
    audit_detail = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = self.title
        return context

    def form_valid(self, form):
        with transaction.atomic():
            self.save(form)
        record(
            self.request, self.case.code, AuditEvent.Action.CHANGE, self.audit_detail
        )
        messages.success(
            self.request, _("Đã lưu vào hồ sơ %(code)s.") % {"code": self.case.code}
        )
        return HttpResponseRedirect(case_url("case_detail", self.case))

    def agency(self):
        from portal.directory.models import Agency

        ids = (
            worker_agency_ids(self.request.user) & self.case.participating_agency_ids()
        )
        return Agency.objects.filter(pk__in=ids).order_by("pk").first()


class EditPersonView(CaseFormView):
    """Corrects the person's details; the change is audited like any other."""

    form_class = forms.PersonForm
    audit_detail = "person"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.case.person}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Sửa thông tin người được hỗ trợ")
        return context

    def save(self, form):
        form.save()


class AddNoteView(CaseFormView):
    """Adds an encrypted narrative note."""

    form_class = forms.NoteForm
    audit_detail = "note"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Thêm ghi chép")
        return context

    def save(self, form):
        from .views import add_note

        add_note(self.case, self.request.user, form.cleaned_data["text"], self.agency())


class AddDocumentView(CaseFormView):
    """Uploads a document, checked for what it claims to be and stored encrypted."""

    form_class = forms.DocumentForm
    audit_detail = "document"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Thêm tài liệu")
        context["multipart"] = True
        return context

    def save(self, form):
        data = form.cleaned_data
        store_document(
            self.case,
            data["file"],
            data["kind"],
            data["title"],
            self.request.user,
            form.file_info,
        )


class AddServiceView(CaseFormView):
    """Records a support service when it is delivered (or refused)."""

    form_class = forms.ServiceForm
    audit_detail = "service"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Ghi nhận dịch vụ hỗ trợ")
        return context

    def save(self, form):
        service = form.save(commit=False)
        service.case = self.case
        service.agency = self.agency()
        service.save()


class AddRelativeView(CaseFormView):
    """Adds an accompanying child or a relative."""

    form_class = forms.RelativeForm
    audit_detail = "relative"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Thêm con, người thân")
        return context

    def save(self, form):
        relative = form.save(commit=False)
        relative.case = self.case
        relative.save()


class AddEventView(CaseFormView):
    """Adds a recruitment, transit or exploitation event."""

    form_class = forms.EventForm
    audit_detail = "event"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Thêm diễn biến sự việc")
        return context

    def save(self, form):
        event = form.save(commit=False)
        event.case = self.case
        event.save()


class DocumentDownloadView(CaseMixin, View):
    """Decrypts and serves one document of a visible case; every download is logged."""

    def get(self, request, *args, **kwargs):
        document = self.case.documents.filter(pk=kwargs["document_pk"]).first()
        if document is None:
            raise Http404
        record(
            request,
            self.case.code,
            AuditEvent.Action.DOWNLOAD,
            f"document:{document.pk}",
        )
        response = HttpResponse(document.read(), content_type=document.content_type)
        # A neutral file name: the title may be personal and must not reach logs or
        # the browser's download history.
        response["Content-Disposition"] = (
            f'attachment; filename="{self.case.code}-{document.pk}.{document.extension}"'
        )
        response["Cache-Control"] = "no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response


class ExportCaseView(CaseMixin, FormView):
    """A password-encrypted PDF of the case file, for the person's own request."""

    form_class = forms.ExportForm
    template_name = "referrals/case_form.html"

    def dispatch(self, request, *args, **kwargs):
        self.case = get_visible_case_or_404(request.user, code=kwargs["code"])
        if not (
            can_work_on(request.user, self.case)
            and request.user.has_perm("referrals.export_case")
        ):
            raise PermissionDenied
        return super(CaseMixin, self).dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Xuất hồ sơ (PDF có mật khẩu)")
        return context

    def form_valid(self, form):
        from .export import case_pdf

        data = case_pdf(self.case, form.cleaned_data["password"])
        record(self.request, self.case.code, AuditEvent.Action.EXPORT, "pdf")
        response = HttpResponse(data, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{self.case.code}.pdf"'
        response["Cache-Control"] = "no-store"
        return response


class AccessLogView(CaseMixin, TemplateView):
    """The case's access log, for supervisors of a participating agency."""

    template_name = "referrals/access_log.html"

    def dispatch(self, request, *args, **kwargs):
        self.case = get_visible_case_or_404(request.user, code=kwargs["code"])
        if not can_supervise(request.user, self.case):
            raise PermissionDenied
        return super(CaseMixin, self).dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        record(self.request, self.case.code, AuditEvent.Action.ACCESS_LOG, "")
        context = super().get_context_data(**kwargs)
        context["events"] = AuditEvent.objects.for_case(self.case.code)[:500]
        return context
