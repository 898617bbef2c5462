"""Documents of the processes (handouts, papers, drafts, minutes), stored once and
served only to the agencies taking part (views.ProcessFileView). Each process app
registers its document models here by a short kind; staff search finds them (never the
documents of victim referrals, which are not listed here and cannot be registered)."""

import os

from django.apps import apps
from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from wagtail.search import index

# kind -> "app_label.Model"; the model has ``file``, ``process_id``, ``uploaded_by``
# and ``uploaded_at``, and mixes in ``SearchableProcessDocument``.
DOCUMENT_MODELS = {
    "handout": "training.Handout",
    "consultation": "consultations.ConsultationDocument",
}


class SearchableProcessDocument(index.Indexed):
    """Makes a process document searchable by staff: its title, file name and the
    title of its process; who may see it is decided by ``visible_documents``."""

    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("file_name"),
        index.RelatedFields("process", [index.SearchField("title")]),
        index.FilterField("id"),
        index.FilterField("process"),
    ]

    @property
    def file_name(self) -> str:
        return os.path.basename(self.file.name or "")


def find_document(kind: str, pk: int):
    label = DOCUMENT_MODELS.get(kind)
    if label is None:
        return None
    return apps.get_model(label).objects.filter(pk=pk).first()


def visible_documents(user):
    """(kind, queryset) pairs of the process documents ``user`` may see: those of the
    processes an agency they reach takes part in. For the staff document search."""
    from viewflow.workflow.models import Process

    from .assignment import visible_processes_q

    processes = Process.objects.filter(visible_processes_q(user)).values("pk")
    for kind, label in DOCUMENT_MODELS.items():
        model = apps.get_model(label)
        yield kind, model.objects.filter(process_id__in=processes)


def _visible_of_kind(kind):
    def queryset(request):
        return dict(visible_documents(request.user))[kind]

    return queryset


def _describe_of_kind(kind):
    def describe(items, request):
        return describe_documents(kind, items, request)

    return describe


def describe_documents(kind, items, request):
    """Search results for a page of documents of one kind, in two queries (their
    processes, their uploaders' agencies) whatever their number."""
    from search.registry import Result
    from search.sources import AGENCY, FILE_TYPE, KIND, PROCESS, YEAR, agency_names

    prefetch_related_objects(items, "process")
    agencies = agency_names(item.uploaded_by_id for item in items)
    results = []
    for item in items:
        model = type(item)
        process = item.process
        flow = process.flow_class
        year = timezone.localtime(item.uploaded_at).year
        extension = os.path.splitext(item.file.name or "")[1].lstrip(".").lower()
        kind_label = capfirst(model._meta.verbose_name)
        facets = {
            KIND: [(model._meta.label_lower, kind_label)],
            PROCESS: [(model._meta.app_label, str(flow.process_title))] if flow else [],
            YEAR: [(str(year), str(year))],
            FILE_TYPE: [(extension, extension.upper())] if extension else [],
        }
        agency = agencies.get(item.uploaded_by_id)
        if agency is not None:
            facets[AGENCY] = [(agency.slug, str(agency))]
        results.append(
            Result(
                obj=item,
                title=item.title,
                url=reverse("workspace:tasks:file", args=[kind, item.pk]),
                text=f"{getattr(process, 'title', '')} {item.file_name}".strip(),
                kind=kind_label,
                facets=facets,
            )
        )
    return results


def register_search_sources():
    """One staff-search source per kind of process document (WorkflowsConfig.ready)."""
    from search.registry import SearchSource, register

    for kind, label in DOCUMENT_MODELS.items():
        model = apps.get_model(label)
        register(
            SearchSource(
                key=f"process-documents-{kind}",
                label=model._meta.verbose_name_plural,
                model=model,
                queryset=_visible_of_kind(kind),
                describe=_describe_of_kind(kind),
            )
        )
