"""The one entry point of search: every view calls ``search()`` or ``autocomplete()``.

It never asks which backend is configured. Each source gives a queryset of what the
user may see; the configured backend (database or Elasticsearch, both folding Vietnamese)
ranks the hits of each source; then, the same way for every backend:

- a query typed *with* diacritics puts hits containing those exact words first;
- hits of several sources are merged by their rank within their source;
- facets are counted and applied over the top ``WINDOW`` hits of each source;
- the page asked for is cut out, and only its hits get snippets.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from wagtail.search.backends import get_search_backend

from .registry import Result, get_sources
from .text import clean_query, exact_score, fold, highlight, snippet, terms

# Hits fetched per source and query; deeper pages of a huge result set are not useful
# and would cost the database for every request.
WINDOW = 100
PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Outcome:
    """What a search returns to a view."""

    query: str = ""
    results: list[Result] = field(default_factory=list)
    page: object = None
    total: int = 0
    # True when a source had more hits than the window: only the best ``WINDOW`` of
    # each are counted, browsed and faceted.
    truncated: bool = False
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    filters: dict[str, list[str]] = field(default_factory=dict)


def _backend():
    return get_search_backend()


def _searchable(source, queryset):
    """The source's queryset in a form every backend can filter: backends only filter
    on indexed fields, so an arbitrary permission filter becomes ``id IN (…)``."""
    if source.filters_on_index_fields:
        return queryset
    return queryset.model._default_manager.filter(pk__in=queryset.values("pk"))


def _ranked_hits(source, request, folded_query):
    queryset = _searchable(source, source.queryset(request))
    results = _backend().search(
        folded_query, queryset, operator="and", order_by_relevance=True
    )
    # One more than the window tells "there are more" without a COUNT over every match.
    objects = list(results[: WINDOW + 1])
    more = len(objects) > WINDOW
    return source.describe(objects[:WINDOW], request), more


def _apply_filters(hits, filters, skip=None):
    """Hits that carry every selected value (any of the values within one facet)."""
    kept = []
    for hit in hits:
        ok = True
        for name, values in filters.items():
            if name == skip or not values:
                continue
            own = {v for v, _label in hit.facets.get(name, [])}
            if not own.intersection(values):
                ok = False
                break
        if ok:
            kept.append(hit)
    return kept


def _facets(hits, filters, facet_names):
    """Counts per facet value; each facet counts over the hits the *other* facets keep,
    so that choosing one value does not hide its siblings."""
    facets = {}
    for name in facet_names:
        counts, labels = {}, {}
        for hit in _apply_filters(hits, filters, skip=name):
            for value, label in dict(hit.facets.get(name, [])).items():
                counts[value] = counts.get(value, 0) + 1
                labels[value] = label
        selected = set(filters.get(name, []))
        ordered = sorted(counts, key=lambda v: (-counts[v], str(labels[v])))
        if name == "year":
            ordered = sorted(counts, reverse=True)
        facets[name] = [
            FacetValue(v, str(labels[v]), counts[v], v in selected) for v in ordered
        ]
    return facets


def clean_filters(raw_filters, facet_names) -> dict[str, list[str]]:
    """Known facet names only, at most 10 short values each."""
    filters = {}
    for name in facet_names:
        values = [str(v)[:100] for v in (raw_filters.get(name) or []) if v][:10]
        if values:
            filters[name] = values
    return filters


def search(
    raw_query,
    request,
    *,
    public=True,
    filters=None,
    page=1,
    per_page=PER_PAGE,
    facet_names=("kind", "year"),
) -> Outcome:
    """Searches the public sources (``public=True``) or everything the request's user
    may see. Bad input never raises: it gives an empty or a normal outcome."""
    query = clean_query(raw_query)
    filters = clean_filters(filters or {}, facet_names)
    outcome = Outcome(query=query, filters=filters)
    if not query:
        return outcome
    folded = fold(query)
    query_terms = terms(query)

    merged = []
    for source in get_sources(public=public):
        hits, more = _ranked_hits(source, request, folded)
        outcome.truncated |= more
        for position, hit in enumerate(hits):
            bonus = exact_score(query_terms, f"{hit.title} {hit.text}")
            merged.append(((-bonus, position / max(len(hits), 1)), hit))
    # Stable sort: ties keep the backend's own order, source by source.
    merged.sort(key=lambda pair: pair[0])
    hits = [hit for _key, hit in merged]

    # Selected values that no hit carries (a stale or forged link) are dropped, so the
    # page shows results instead of an unexplained empty list.
    known = {
        name: {v for hit in hits for v, _label in hit.facets.get(name, [])}
        for name in facet_names
    }
    filters = {
        name: [v for v in values if v in known[name]]
        for name, values in filters.items()
    }
    filters = {name: values for name, values in filters.items() if values}
    outcome.filters = filters
    outcome.facets = _facets(hits, filters, facet_names)
    kept = _apply_filters(hits, filters)
    outcome.total = len(kept)

    paginator = Paginator(kept, per_page)
    outcome.page = paginator.get_page(page)
    for hit in outcome.page.object_list:
        hit.title_html = highlight(hit.title, query_terms)
        hit.snippet_html = snippet(hit.text, query_terms)
    outcome.results = list(outcome.page.object_list)
    return outcome


def autocomplete(raw_query, request, *, public=True, limit=AUTOCOMPLETE_LIMIT):
    """Titles that start like what is being typed, with or without diacritics."""
    query = clean_query(raw_query)
    if len(query) < 2:
        return []
    suggestions = []
    for source in get_sources(public=public):
        queryset = _searchable(source, source.queryset(request))
        found = list(_backend().autocomplete(fold(query), queryset)[:limit])
        suggestions.extend(source.describe(found, request))
    exact_terms = terms(query)
    suggestions.sort(key=lambda hit: -exact_score(exact_terms, hit.title))
    for hit in suggestions:
        hit.title_html = highlight(hit.title, exact_terms)
    return suggestions[:limit]
