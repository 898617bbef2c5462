"""Views of the consultation's steps."""

from django.utils.translation import gettext_lazy as _

from portal.directory.roles import PROCESS_STAFF
from portal.directory.services import agencies_of
from workflows.models import Participation
from workflows.training.views import TaskFormView

from . import forms
from .models import Answer, Comment, ConsultationDocument


class OpenConsultationView(TaskFormView):
    """Start: the lead agency's staff upload the draft and consult agencies."""

    template_name = "consultations/task.html"

    def get_form(self, form_class=None):
        return forms.OpenConsultationForm(
            **self.get_form_kwargs(), instance=self.process
        )

    def form_valid(self, form):
        agencies = agencies_of(self.request.user, role=PROCESS_STAFF)
        if not agencies:
            form.add_error(None, _("Bạn cần là cán bộ quy trình của một cơ quan."))
            return self.form_invalid(form)
        process = form.save(commit=False)
        process.lead_agency = agencies[0]
        process.opened_by = self.request.user
        process.data = {"label": process.title[:80]}
        process.save()
        form.save_m2m()
        ConsultationDocument.objects.create(
            process=process,
            kind=ConsultationDocument.Kind.DRAFT,
            title=process.title[:255],
            file=form.cleaned_data["draft"],
            uploaded_by=self.request.user,
        )
        Participation.objects.get_or_create(
            process_id=process.pk,
            agency=process.lead_agency,
            defaults={"kind": Participation.Kind.ORGANISER},
        )
        return self.done()


class AnswerView(TaskFormView):
    """A consulted agency comments per article, or answers "no comment"."""

    template_name = "consultations/task.html"
    form_class = forms.AnswerForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            agency=self.request.activation.task_agency, **kwargs
        )

    def form_valid(self, form):
        rows = form.cleaned_data["rows"]
        answer, _created = Answer.objects.update_or_create(
            process=self.process,
            agency=self.request.activation.task_agency,
            defaults={
                "status": Answer.Status.COMMENTS if rows else Answer.Status.NO_COMMENT,
                "answered_by": self.request.user,
            },
        )
        answer.comments.all().delete()
        Comment.objects.bulk_create(
            Comment(answer=answer, article=article, text=text) for article, text in rows
        )
        return self.done()


class ConsolidateView(TaskFormView):
    """The lead answers each comment (accepted / partly / not, with the reason)."""

    template_name = "consultations/consolidate.html"

    def comments(self):
        return Comment.objects.filter(answer__process=self.process).select_related(
            "answer__agency"
        )

    def get_form(self, form_class=None):
        return forms.ResponsesForm(**self.get_form_kwargs(), comments=self.comments())

    def get_context_data(self, **kwargs):
        answers = self.process.answers.select_related("agency").order_by("agency__name")
        return super().get_context_data(answers=answers, **kwargs)

    def form_valid(self, form):
        for comment, response, reason in form.items:
            comment.response = form.cleaned_data[response]
            comment.reason = form.cleaned_data[reason]
            comment.save(update_fields=["response", "reason"])
        return self.done()


class SubmitView(TaskFormView):
    """The lead records the submission to the People's Committee."""

    template_name = "consultations/task.html"

    def get_form(self, form_class=None):
        return forms.SubmitForm(**self.get_form_kwargs(), instance=self.process)

    def form_valid(self, form):
        form.save()
        return self.done()


class IssuedView(TaskFormView):
    """The lead records the issued document and may publish it on the portal."""

    template_name = "consultations/task.html"

    def get_form(self, form_class=None):
        return forms.IssuedForm(**self.get_form_kwargs(), instance=self.process)

    def form_valid(self, form):
        process = form.save()
        signed = ConsultationDocument.objects.create(
            process=process,
            kind=ConsultationDocument.Kind.SIGNED,
            title=f"{process.issued_number} — {process.title}"[:255],
            file=form.cleaned_data["signed_file"],
            uploaded_by=self.request.user,
        )
        if form.cleaned_data["publish"]:
            process.published_document = publish(signed, self.request.user)
            process.save(update_fields=["published_document"])
        return self.done()


def publish(document, user):
    """Publishes a signed document as a public Wagtail document (the issued text of a
    plan or decision is public; a draft never is)."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document.file.open("rb")
    try:
        content = document.file.read()
    finally:
        document.file.close()
    public = get_document_model()(title=document.title, uploaded_by_user=user)
    public.file.save(
        document.file.name.rsplit("/", 1)[-1], ContentFile(content), save=False
    )
    public.save()
    return public
