"""Views of the periodic report's steps, and the downloads of the consolidated report."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _

from portal.directory.roles import PROCESS_STAFF
from portal.directory.services import FunctionNotAssigned, agencies_of
from workflows.assignment import agency_for_function
from workflows.models import DefaultInvitation, Participation
from workflows.training.views import TaskFormView

from . import forms
from .consolidation import consolidate, to_pdf, to_xlsx
from .models import Indicator, ReportProcess, Submission

FOCAL_FUNCTION = "reporting-focal-agency"


class OpenPeriodView(TaskFormView):
    """The focal agency's staff open a period; indicators are copied into it."""

    template_name = "reporting/task.html"

    def focal_agency(self):
        try:
            focal = agency_for_function(FOCAL_FUNCTION)
        except FunctionNotAssigned:
            return None
        mine = agencies_of(self.request.user, role=PROCESS_STAFF)
        return focal if focal in mine else None

    def get_form(self, form_class=None):
        form = forms.OpenPeriodForm(**self.get_form_kwargs(), instance=self.process)
        if self.request.method != "POST":
            defaults = DefaultInvitation.objects.filter(process_kind="reporting")
            form.initial["agencies"] = list(
                defaults.values_list("agency_id", flat=True)
            )
        return form

    def form_valid(self, form):
        focal = self.focal_agency()
        if focal is None:
            form.add_error(
                None, _("Chỉ cơ quan đầu mối báo cáo mới mở được kỳ báo cáo.")
            )
            return self.form_invalid(form)
        process = form.save(commit=False)
        process.focal_agency = focal
        process.opened_by = self.request.user
        process.data = {
            "label": process.title[:80],
            "indicators": [i.snapshot() for i in Indicator.objects.filter(active=True)],
        }
        process.save()
        form.save_m2m()
        Participation.objects.get_or_create(
            process_id=process.pk,
            agency=focal,
            defaults={"kind": Participation.Kind.ORGANISER},
        )
        return self.done()


class SubmitFiguresView(TaskFormView):
    """An agency submits (or corrects) its figures for the period."""

    template_name = "reporting/task.html"

    def agency(self):
        return self.request.activation.task_agency

    def get_form(self, form_class=None):
        return forms.FiguresForm(
            **self.get_form_kwargs(),
            indicators=self.process.indicators,
            agency=self.agency(),
        )

    def get_initial(self):
        submission = Submission.objects.filter(
            process=self.process, agency=self.agency()
        ).first()
        if submission is None:
            return {}
        return {
            "note": submission.note,
            **{f"i_{code}": value for code, value in submission.values.items()},
        }

    def get_context_data(self, **kwargs):
        submission = Submission.objects.filter(
            process=self.process, agency=self.agency()
        ).first()
        return super().get_context_data(
            agency=self.agency(),
            correction=submission.correction_request if submission else "",
            **kwargs,
        )

    def form_valid(self, form):
        Submission.objects.update_or_create(
            process=self.process,
            agency=self.agency(),
            defaults={
                "values": form.values(),
                "note": form.cleaned_data["note"],
                "submitted_by": self.request.user,
            },
        )
        return self.done()


class ConsolidateView(TaskFormView):
    """The focal agency reviews the consolidated figures."""

    template_name = "reporting/consolidate.html"

    def get_form(self, form_class=None):
        return forms.ConsolidateForm(**self.get_form_kwargs(), process=self.process)

    def get_context_data(self, **kwargs):
        return super().get_context_data(report=consolidate(self.process), **kwargs)

    def form_valid(self, form):
        process = self.process
        process.consolidation_note = form.cleaned_data["note"]
        corrections = []
        if form.cleaned_data["decision"] == "correct":
            corrections = sorted(a.pk for a in form.cleaned_data["agencies"])
            Submission.objects.filter(
                process=process, agency_id__in=corrections
            ).update(correction_request=form.cleaned_data["note"])
        process.approved = None
        process.data = {**process.data, "corrections": corrections}
        process.save()
        return self.done()


class ApproveReportView(TaskFormView):
    """The focal agency's head approves the consolidated report, or returns it."""

    template_name = "reporting/consolidate.html"

    def get_form(self, form_class=None):
        from workflows.training.forms import DecisionForm

        return DecisionForm(**self.get_form_kwargs())

    def get_context_data(self, **kwargs):
        return super().get_context_data(report=consolidate(self.process), **kwargs)

    def form_valid(self, form):
        process = self.process
        process.approved = form.cleaned_data["decision"]
        if form.cleaned_data["comment"]:
            process.consolidation_note = "\n".join(
                filter(None, [process.consolidation_note, form.cleaned_data["comment"]])
            )
        process.save()
        return self.done()


def download(request, process_pk, fmt):
    """The consolidated report as XLSX or PDF (the middleware has already checked that
    the user's agency takes part in the period)."""
    process = ReportProcess.objects.filter(pk=process_pk).first()
    if process is None or fmt not in ("xlsx", "pdf"):
        raise Http404
    report = consolidate(process)
    name = f"bao-cao-{process.pk}.{fmt}"
    if fmt == "xlsx":
        content_type = (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        body = to_xlsx(report)
    else:
        content_type = "application/pdf"
        try:
            body = to_pdf(report)
        except FileNotFoundError:
            messages.error(request, _("Máy chủ thiếu phông chữ để tạo PDF."))
            raise Http404 from None
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
