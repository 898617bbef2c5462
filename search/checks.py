"""The never-indexed rule: models of confidential apps (victim cases) must not be
searchable, in any backend. ``manage.py check`` fails if one is."""

from django.apps import apps as global_apps
from django.conf import settings
from django.core import checks


def confidential_indexed_models(models, confidential_apps):
    """The models in ``models`` that belong to ``confidential_apps`` and are indexed."""
    found = []
    for model in models:
        if model._meta.app_label not in confidential_apps:
            continue
        # Either is enough to be picked up: modelsearch indexes every ``Indexed`` model,
        # and a ``search_fields`` list is an intention to index.
        from modelsearch.index import Indexed

        if issubclass(model, Indexed) or getattr(model, "search_fields", None):
            found.append(model)
    return found


def check_confidential_apps_not_indexed(app_configs=None, **kwargs):
    confidential = set(getattr(settings, "SEARCH_CONFIDENTIAL_APPS", ()))
    errors = []
    for model in confidential_indexed_models(global_apps.get_models(), confidential):
        errors.append(
            checks.Error(
                f"{model._meta.label} is searchable, but its app holds confidential "
                "victim data that must never reach a search index.",
                hint="Remove index.Indexed and search_fields from the model; "
                "confidential apps are listed in SEARCH_CONFIDENTIAL_APPS.",
                obj=model,
                id="portal_search.E001",
            )
        )
    return errors
