"""Search backends of the portal: Wagtail's own (modelsearch), made to fold Vietnamese
diacritics on both sides and to refuse confidential models.

Configured in ``WAGTAILSEARCH_BACKENDS`` as ``search.backends.database`` (the default) or
``search.backends.elasticsearch`` (when ``ELASTICSEARCH_URL`` is set).
"""

import logging

from django.conf import settings

logger = logging.getLogger(__name__)


def is_confidential(model) -> bool:
    """Whether ``model`` belongs to an app whose data must never reach a search index."""
    labels = set(getattr(settings, "SEARCH_CONFIDENTIAL_APPS", ()))
    return model._meta.app_label in labels


class ConfidentialGuardMixin:
    """Drops objects of confidential apps before they reach the index, whatever asks."""

    def add(self, obj):
        if is_confidential(type(obj)):
            logger.error("Refused to index a %s: confidential app", type(obj).__name__)
            return
        super().add(obj)

    def add_bulk(self, model, obj_list):
        if is_confidential(model):
            logger.error(
                "Refused to index %s objects: confidential app", model.__name__
            )
            return
        super().add_bulk(model, obj_list)
