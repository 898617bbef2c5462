"""Views of the conference's steps and the news draft it may leave in the CMS."""

from django.utils.text import slugify
from wagtail.models import Page, Site

from workflows.models import Participation
from workflows.training import views as training_views
from workflows.training.forms import DecisionForm

from . import forms
from .models import Delegate


class ProposeView(training_views.TaskFormView):
    """Start: an agency proposes the event with its co-organisers."""

    template_name = "conferences/task.html"

    def get_form(self, form_class=None):
        return forms.ConferenceProposalForm(
            **self.get_form_kwargs(), instance=self.process, user=self.request.user
        )

    def form_valid(self, form):
        process = form.save(commit=False)
        if not process.proposed_by_id:
            process.proposed_by = self.request.user
        process.approved = None
        process.data = {**(process.data or {}), "label": process.title[:80]}
        process.save()
        form.save_m2m()
        Participation.objects.get_or_create(
            process_id=process.pk,
            agency=process.organiser,
            defaults={"kind": Participation.Kind.ORGANISER},
        )
        for agency in process.co_organisers.all():
            Participation.objects.update_or_create(
                process_id=process.pk,
                agency=agency,
                defaults={"kind": Participation.Kind.ORGANISER},
            )
        return self.done()


class ApproveView(training_views.TaskFormView):
    """The organiser's head approves, or returns the proposal with a reason."""

    template_name = "conferences/task.html"
    form_class = DecisionForm

    def form_valid(self, form):
        process = self.process
        process.approved = form.cleaned_data["decision"]
        process.decision_comment = form.cleaned_data["comment"]
        process.save(update_fields=["approved", "decision_comment"])
        return self.done()


class InviteView(training_views.TaskFormView):
    """The organiser invites agencies; co-organisers are asked too."""

    template_name = "conferences/task.html"

    def get_form(self, form_class=None):
        return forms.InviteForm(**self.get_form_kwargs(), instance=self.process)

    def form_valid(self, form):
        process = form.save()
        for agency in process.invited.all():
            Participation.objects.get_or_create(
                process_id=process.pk,
                agency=agency,
                defaults={"kind": Participation.Kind.INVITED},
            )
        return self.done()


class RespondView(training_views.TaskFormView):
    """An invited or co-organising agency answers and names its delegates."""

    template_name = "conferences/task.html"
    form_class = forms.ResponseForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            agency=self.request.activation.task_agency, **kwargs
        )

    def form_valid(self, form):
        agency = self.request.activation.task_agency
        Delegate.objects.filter(process=self.process, agency=agency).delete()
        if form.cleaned_data["attending"]:
            Delegate.objects.bulk_create(
                Delegate(process=self.process, agency=agency, full_name=n, position=p)
                for n, p in form.cleaned_data["participants"]
            )
        responses = {**self.process.data.get("responses", {})}
        responses[str(agency.pk)] = bool(form.cleaned_data["attending"])
        self.process.data = {**self.process.data, "responses": responses}
        self.process.save(update_fields=["data"])
        return self.done()


class HoldView(training_views.TaskFormView):
    """The organiser records the minutes and outcomes, and may ask for news."""

    template_name = "conferences/task.html"

    def get_form(self, form_class=None):
        return forms.HoldForm(**self.get_form_kwargs(), instance=self.process)

    def form_valid(self, form):
        form.save()
        return self.done()


def create_news_draft(process):
    """A draft news item for the public portal, never published here: an editor of the
    organiser's section reviews it. Until the CMS has section and news page types it is
    a plain Wagtail page under the default site's home page."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    parent = site.root_page if site else Page.get_first_root_node()
    base = slugify(process.news_title)[:60] or f"tin-{process.pk}"
    slug, n = base, 1
    while parent.get_children().filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    page = Page(
        title=process.news_title,
        slug=slug,
        search_description=process.news_summary[:255],
        live=False,
    )
    parent.add_child(instance=page)
    page.save_revision()
    return page
