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


def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresAutocompleteQueryCompiler,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.query import Fuzzy, MatchAll, Not

    class IndexFriendlySearch:
        """Matches with ``.alias()`` rather than modelsearch's ``.annotate()``: the
        concatenated vector then stays in WHERE, where the GIN expression index of
        migration 0002 serves it, instead of being computed and sent for every row."""

        def search(self, config, start, stop, score_field=None, backend=None):
            plain = not isinstance(self.query, MatchAll | Fuzzy) and not (
                isinstance(self.query, Not)
                and isinstance(self.query.subquery, MatchAll)
            )
            if not plain:
                return super().search(config, start, stop, score_field, backend)
            search_query = self.build_tsquery(self.query, config=config)
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

    class PortalPostgresQueryCompiler(IndexFriendlySearch, PostgresSearchQueryCompiler):
        pass

    class PortalPostgresAutocompleteCompiler(
        IndexFriendlySearch, PostgresAutocompleteQueryCompiler
    ):
        pass

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
