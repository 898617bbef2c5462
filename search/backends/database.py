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
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    class PortalPostgresSearchBackend(ConfidentialGuardMixin, PostgresSearchBackend):
        """PostgreSQL full text with the unaccent configuration for both kinds of query."""

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
