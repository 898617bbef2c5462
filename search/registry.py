"""The sources search looks in, and how other apps add theirs.

A process app (trainings, conferences, consultations…) makes its documents searchable by
staff with, in its ``AppConfig.ready()``::

    from search.registry import Result, SearchSource, register

    register(SearchSource(
        key="training-documents",
        label=_("Tài liệu tập huấn"),
        model=TrainingDocument,
        queryset=lambda request: TrainingDocument.objects.visible_to(request.user),
        describe=describe_training_documents,  # (objects, request) -> list[Result]
    ))

``queryset`` must return only what the user may see (the permission filter lives with the
app that knows the rule), and its model must be ``index.Indexed``. The filter may use any
field: search applies it as ``id IN (that queryset)``, so the model needs
``index.FilterField("id")`` (checked here). Sources whose filters use only the model's own
``FilterField``s can say ``filters_on_index_fields=True`` and skip that step. ``describe`` gets a
whole page of hits at once, so it can fetch related data in one query. Facet values
``agency``, ``process``, ``year`` and ``file_type`` appear in staff search's facets.
Apps listed in ``SEARCH_CONFIDENTIAL_APPS`` (victim referrals) cannot register.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ImproperlyConfigured


@dataclass
class Result:
    """One hit as search shows it; ``text`` is plain text for the snippet."""

    obj: Any
    title: str
    url: str
    text: str = ""
    kind: str = ""
    facets: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    flag: str = ""
    # Filled in by query.py:
    title_html: str = ""
    snippet_html: str = ""


@dataclass(frozen=True)
class SearchSource:
    """A kind of thing search looks in: what a request may see, and how hits look."""

    key: str
    label: Any
    model: type
    queryset: Callable
    describe: Callable
    public: bool = False
    staff: bool = True
    filters_on_index_fields: bool = False


_sources: dict[str, SearchSource] = {}


def register(source: SearchSource) -> SearchSource:
    """Adds ``source``; registering the same key again replaces it (autoreload)."""
    from modelsearch.index import class_is_indexed

    from .backends import is_confidential

    if is_confidential(source.model):
        raise ImproperlyConfigured(
            f"{source.model._meta.label} belongs to a confidential app and cannot be "
            "searched."
        )
    if not class_is_indexed(source.model):
        raise ImproperlyConfigured(
            f"{source.model._meta.label} is not indexed (index.Indexed, search_fields)."
        )
    if not source.filters_on_index_fields and not any(
        f.field_name == "id" for f in source.model.get_filterable_search_fields()
    ):
        raise ImproperlyConfigured(
            f'{source.model._meta.label} needs index.FilterField("id") to be searched '
            "with a permission filter."
        )
    _sources[source.key] = source
    return source


def unregister(key: str) -> None:
    _sources.pop(key, None)


def get_sources(*, public: bool) -> list[SearchSource]:
    """The sources of public search (``public=True``) or of staff search."""
    return [s for s in _sources.values() if (s.public if public else s.staff)]
