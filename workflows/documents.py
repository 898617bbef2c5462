"""Documents of the processes (handouts, papers, drafts, minutes), stored once and
served only to the agencies taking part (views.ProcessFileView). Each process app
registers its document models here by a short kind."""

from django.apps import apps

# kind -> "app_label.Model"; the model has ``file`` and ``process_id``.
DOCUMENT_MODELS = {
    "handout": "training.Handout",
    "consultation": "consultations.ConsultationDocument",
}


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
