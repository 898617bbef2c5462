"""The database backend: SQLite FTS5 or PostgreSQL full text, picked by the database.

- PostgreSQL folds with the ``unaccent`` text search configuration named in
  ``SEARCH_CONFIG`` (created by ``portal_search`` migration 0002), for search *and*
  autocomplete (modelsearch would use the accent-sensitive ``simple`` for the latter).
- SQLite's FTS table is filled with folded text by triggers (same migration) calling
  ``portal_fold``, a function registered on every SQLite connection; the query compilers
  below fold the query the same way.
"""

from django.db import connection
from modelsearch.backends.database.fallback import (
    DatabaseSearchBackend as FallbackSearchBackend,
)
from modelsearch.query import Phrase, PlainText

from ..text import fold
from . import ConfidentialGuardMixin


def _fold_query(query):
    # Double quotes would end FTS5's quoted terms; they carry no meaning here anyway.
    if isinstance(query, PlainText):
        return PlainText(
            fold(query.query_string).replace('"', " "), operator=query.operator
        )
    if isinstance(query, Phrase):
        return Phrase(fold(query.query_string).replace('"', " "))
    return query


def _sqlite_backend_class():
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class FoldingSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
        """Folds each plain-text or phrase query before FTS5 sees it."""

        def build_search_query_content(self, query, config=None):
            return super().build_search_query_content(_fold_query(query), config)

    class FoldingSQLiteAutocompleteCompiler(SQLiteAutocompleteQueryCompiler):
        """Autocomplete on folded text, like search."""

        def build_search_query_content(self, query, config=None):
            return super().build_search_query_content(_fold_query(query), config)

    class PortalSQLiteSearchBackend(ConfidentialGuardMixin, SQLiteSearchBackend):
        """SQLite FTS5 on folded text."""

        query_compiler_class = FoldingSQLiteQueryCompiler
        autocomplete_query_compiler_class = FoldingSQLiteAutocompleteCompiler

    return PortalSQLiteSearchBackend


# Candidates ranked in the index table per hit asked for; the rest of the queryset's
# filter (language, live, permissions) must leave enough of them.
CANDIDATE_FACTOR = 4
MIN_CANDIDATES = 400


def _postgres_backend_class():
    from django.db.models import Case, F, IntegerField, Value, When
    from modelsearch.backends.database.postgres.postgres import (
        PostgresAutocompleteQueryCompiler,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.conf import get_app_config
    from modelsearch.query import Fuzzy, MatchAll, Not
    from modelsearch.utils import get_descendants_content_types_pks

    class IndexFriendlySearch:
        """Two changes to modelsearch's query, for speed at scale:

        - a page of hits ranked by relevance is first ranked inside the index table
          (``_ranked_candidates``), then joined to the model by primary key;
        - otherwise, matching uses ``.alias()`` rather than ``.annotate()``, so the
          concatenated vector stays in WHERE, where the GIN expression index of
          migration 0002 serves it, instead of being computed and sent for every row.
        """

        INDEX_COLUMNS = [("title", F("title_norm")), ("body", 1.0)]

        def search(self, config, start, stop, score_field=None, backend=None):
            plain = not isinstance(self.query, MatchAll | Fuzzy) and not (
                isinstance(self.query, Not)
                and isinstance(self.query.subquery, MatchAll)
            )
            if not plain:
                return super().search(config, start, stop, score_field, backend)
            search_query = self.build_tsquery(self.query, config=config)
            if (
                self.fields is None
                and self.order_by_relevance
                and score_field is None
                and stop is not None
            ):
                found = self._ranked_candidates(search_query, config, start or 0, stop)
                if found is not None:
                    return found
            vectors = self.get_search_vectors(search_query)
            rank_expression = self._build_rank_expression(vectors, config)
            combined = vectors[0][0]
            for vector, _boost in vectors[1:]:
                combined = combined._combine(vector, "||", False)
            queryset = self.queryset.alias(_vector_=combined).filter(
                _vector_=search_query
            )
            return self._apply_ordering_and_scoring(
                queryset, rank_expression, start, stop, score_field
            )

        def _ranked_candidates(self, search_query, config, start, stop):
            """Ranks inside the index table first (the GIN index finds the matches,
            no join with the model's table), then keeps the candidates the queryset
            allows. ``None`` when the candidates may not be enough: the caller then
            runs the complete query."""
            columns = self.INDEX_COLUMNS
            combined = F(columns[0][0])
            for name, _boost in columns[1:]:
                combined = combined._combine(F(name), "||", False)
            rank = None
            for name, boost in columns:
                term = self.build_tsrank(F(name), self.query, config=config) * boost
                rank = term if rank is None else rank + term
            limit = max(stop * CANDIDATE_FACTOR, MIN_CANDIDATES)
            index_entry = get_app_config().get_model("IndexEntry")
            rows = list(
                index_entry.objects.filter(
                    content_type_id__in=get_descendants_content_types_pks(
                        self.queryset.model
                    )
                )
                .alias(_vector_=combined)
                .filter(_vector_=search_query)
                .annotate(_rank_=rank)
                .order_by("-_rank_", "-id")
                .values_list("object_id", flat=True)[:limit]
            )
            to_python = self.queryset.model._meta.pk.to_python
            ordered = list(dict.fromkeys(to_python(object_id) for object_id in rows))
            allowed = set(
                self.queryset.filter(pk__in=ordered).values_list("pk", flat=True)
            )
            if len(rows) == limit and len(allowed) < stop:
                return None
            page = [pk for pk in ordered if pk in allowed][start:stop]
            position = Case(
                *[When(pk=pk, then=Value(i)) for i, pk in enumerate(page)],
                output_field=IntegerField(),
            )
            return self.queryset.filter(pk__in=page).order_by(position)

    class PortalPostgresQueryCompiler(IndexFriendlySearch, PostgresSearchQueryCompiler):
        pass

    class PortalPostgresAutocompleteCompiler(
        IndexFriendlySearch, PostgresAutocompleteQueryCompiler
    ):
        INDEX_COLUMNS = [("autocomplete", 1.0)]

    class PortalPostgresSearchBackend(ConfidentialGuardMixin, PostgresSearchBackend):
        """PostgreSQL full text with the unaccent configuration for both kinds of query."""

        query_compiler_class = PortalPostgresQueryCompiler
        autocomplete_query_compiler_class = PortalPostgresAutocompleteCompiler

        def __init__(self, params):
            super().__init__(params)
            self.autocomplete_config = self.config or "simple"

    return PortalPostgresSearchBackend


class PortalFallbackSearchBackend(ConfidentialGuardMixin, FallbackSearchBackend):
    """Databases without full text (SQLite without FTS5): a plain LIKE search."""


# modelsearch looks for a callable named SearchBackend in the module.
def SearchBackend(params):
    """The backend for the default database, chosen as modelsearch does."""
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.utils import (
            fts5_available,
            fts_table_exists,
        )

        if fts5_available() and fts_table_exists():
            return _sqlite_backend_class()(params)
    return PortalFallbackSearchBackend(params)
