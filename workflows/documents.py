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
