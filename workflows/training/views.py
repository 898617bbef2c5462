"""Views of the training flow's steps: each saves its form, executes the task and
returns to the process page; a form with errors is shown again with what was typed."""

from collections import defaultdict

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from django.views import generic

from workflows.models import Participation

from . import forms
from .models import Evaluation, Participant


class TaskFormView(generic.FormView):
    """Base of a task step: the task page with the process summary and the form."""

    template_name = "training/task.html"
    success_message = _("Đã hoàn thành: %(task)s.")

    @property
    def process(self):
        return self.request.activation.process

    @property
    def task(self):
        return self.request.activation.task

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            process=self.process,
            task=self.task,
            title=self.task.flow_task.task_title,
            **kwargs,
        )

    def done(self):
        self.request.activation.execute()
        messages.success(
            self.request,
            self.success_message % {"task": self.task.flow_task.task_title},
        )
        flow = self.task.flow_task.flow_class.instance
        return HttpResponseRedirect(
            flow.reverse("process_detail", args=[self.process.pk])
        )


class ProposeView(TaskFormView):
    """Start: a trainer of any agency proposes a session."""

    template_name = "training/propose.html"

    def get_form(self, form_class=None):
        return forms.ProposalForm(
            **self.get_form_kwargs(), instance=self.process, user=self.request.user
        )

    def form_valid(self, form):
        process = form.save(commit=False)
        process.proposed_by = self.request.user
        process.data = {"label": process.title[:80]}
        process.save()
        Participation.objects.get_or_create(
            process_id=process.pk,
            agency=process.organiser,
            defaults={"kind": Participation.Kind.ORGANISER},
        )
        return self.done()


class ApproveView(TaskFormView):
    """The organiser's head approves or returns the proposal with a reason."""

    form_class = forms.DecisionForm

    def form_valid(self, form):
        process = self.process
        process.approved = form.cleaned_data["decision"]
        process.decision_comment = form.cleaned_data["comment"]
        process.save(update_fields=["approved", "decision_comment"])
        return self.done()


class ReviseView(ProposeView):
    """The proposer revises a returned proposal, seeing the head's reason."""

    template_name = "training/task.html"

    def form_valid(self, form):
        process = form.save(commit=False)
        process.approved = None
        process.data = {**(process.data or {}), "label": process.title[:80]}
        process.save()
        return self.done()


class MaterialsView(TaskFormView):
    """Attach library materials and upload handouts."""

    def get_form(self, form_class=None):
        return forms.MaterialsForm(**self.get_form_kwargs(), instance=self.process)

    def form_valid(self, form):
        form.save()
        form.save_handout(self.process, self.request.user)
        return self.done()


class InviteView(TaskFormView):
    """Invite agencies (defaults from the admin) and choose the questionnaire."""

    def get_form(self, form_class=None):
        from workflows.models import DefaultInvitation

        form = forms.InviteForm(**self.get_form_kwargs(), instance=self.process)
        if not self.request.method == "POST":
            form.initial["invited"] = list(
                DefaultInvitation.objects.filter(process_kind="training").values_list(
                    "agency_id", flat=True
                )
            )
        return form

    def form_valid(self, form):
        process = form.save()
        # Freeze the questions so that a later edit in the admin does not change
        # what this session asked.
        process.data = {
            **(process.data or {}),
            "questions": [
                {"id": q.pk, "text": q.text, "kind": q.kind}
                for q in process.questionnaire.questions.all()
            ],
        }
        process.save(update_fields=["data"])
        for agency in process.invited.all():
            Participation.objects.get_or_create(
                process_id=process.pk,
                agency=agency,
                defaults={"kind": Participation.Kind.INVITED},
            )
        return self.done()


class NominateView(TaskFormView):
    """One invited agency names its participants (its task runs in parallel)."""

    form_class = forms.NominationForm

    def get_initial(self):
        existing = Participant.objects.filter(
            process=self.process, agency=self.request.activation.task_agency
        )
        return {
            "participants": "\n".join(f"{p.full_name}; {p.position}" for p in existing)
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            agency=self.request.activation.task_agency, **kwargs
        )

    def form_valid(self, form):
        agency = self.request.activation.task_agency
        Participant.objects.filter(process=self.process, agency=agency).delete()
        Participant.objects.bulk_create(
            Participant(process=self.process, agency=agency, full_name=n, position=p)
            for n, p in form.cleaned_data["participants"]
        )
        return self.done()


class AttendanceView(TaskFormView):
    """The organiser records who attended."""

    def participants(self):
        return self.process.participants.select_related("agency")

    def get_form(self, form_class=None):
        return forms.AttendanceForm(
            **self.get_form_kwargs(), participants=self.participants()
        )

    def form_valid(self, form):
        present = {int(pk) for pk in form.cleaned_data["present"]}
        for participant in self.participants():
            participant.attended = participant.pk in present
            participant.save(update_fields=["attended"])
        return self.done()


class EvaluateView(TaskFormView):
    """An agency enters the evaluations of its participants who attended."""

    template_name = "training/evaluate.html"

    def participants(self):
        return self.process.participants.filter(
            agency=self.request.activation.task_agency, attended=True
        )

    def questions(self):
        return (self.process.data or {}).get("questions", [])

    def get_form(self, form_class=None):
        return forms.EvaluationForm(
            **self.get_form_kwargs(),
            participants=self.participants(),
            questions=self.questions(),
        )

    def form_valid(self, form):
        questions = self.questions()
        for participant, _names in form.groups:
            Evaluation.objects.update_or_create(
                participant=participant,
                defaults={
                    "process": self.process,
                    "answers": form.answers_for(participant, questions),
                },
            )
        return self.done()


def training_report(process):
    """Attendance by agency and the average of each rating question (and the free
    answers), computed from the records: nothing typed twice."""
    attendance = (
        process.participants.values("agency__name")
        .annotate(
            nominated=Count("pk"),
            attended=Count("pk", filter=Q(attended=True)),
        )
        .order_by("agency__name")
    )
    questions = (process.data or {}).get("questions", [])
    totals, counts, texts = defaultdict(int), defaultdict(int), defaultdict(list)
    evaluations = list(process.evaluations.values_list("answers", flat=True))
    for answers in evaluations:
        for question in questions:
            value = answers.get(str(question["id"]))
            if value in (None, ""):
                continue
            if question["kind"] == "rating":
                totals[question["id"]] += int(value)
                counts[question["id"]] += 1
            else:
                texts[question["id"]].append(value)
    results = []
    for question in questions:
        qid = question["id"]
        average = round(totals[qid] / counts[qid], 2) if counts[qid] else None
        results.append(
            {
                "text": question["text"],
                "kind": question["kind"],
                "average": average,
                "answers": counts[qid],
                "texts": texts[qid],
            }
        )
    return {
        "attendance": list(attendance),
        "evaluations": len(evaluations),
        "results": results,
    }


class ReportView(TaskFormView):
    """The organiser writes the conclusions under the computed figures and closes."""

    template_name = "training/report.html"

    def get_form(self, form_class=None):
        return forms.ReportForm(**self.get_form_kwargs(), instance=self.process)

    def get_context_data(self, **kwargs):
        return super().get_context_data(report=training_report(self.process), **kwargs)

    def form_valid(self, form):
        form.save()
        return self.done()
