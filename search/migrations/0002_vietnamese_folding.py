"""Vietnamese without diacritics in the database backend.

PostgreSQL: the ``unaccent`` extension and a text search configuration
``portal_vietnamese`` (a copy of ``simple`` that maps words through ``unaccent, simple``),
named in ``SEARCH_CONFIG``; and a GIN index on ``title || body``, the expression
modelsearch matches against, so that a query reads the index instead of every row.

SQLite: FTS5 folds most accents but not đ/Đ nor letters with two marks (ộ, ữ…), so the
triggers that copy index entries into the FTS table now copy ``portal_fold(text)``;
``portal_fold`` is registered on every connection (search.signals).

Run ``manage.py search_reindex`` afterwards if the index already held entries.
"""

from django.db import migrations

from search.text import fold

TABLE = "wagtailsearch_indexentry"
FTS = f"{TABLE}_fts"

PG_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portal_vietnamese')
        THEN
            CREATE TEXT SEARCH CONFIGURATION portal_vietnamese (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION portal_vietnamese
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        END IF;
    END $$
    """,
    f"CREATE INDEX IF NOT EXISTS portal_search_title_body_gin ON {TABLE} "
    "USING gin ((title || body))",
]
PG_BACKWARD = [
    "DROP INDEX IF EXISTS portal_search_title_body_gin",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_vietnamese",
]


def _sqlite_triggers(folding):
    def wrap(column):
        return f"portal_fold(NEW.{column})" if folding else f"NEW.{column}"

    return [
        "DROP TRIGGER IF EXISTS insert_wagtailsearch_indexentry_fts",
        "DROP TRIGGER IF EXISTS update_wagtailsearch_indexentry_fts",
        f"CREATE TRIGGER insert_wagtailsearch_indexentry_fts AFTER INSERT ON {TABLE} "
        f"BEGIN INSERT INTO {FTS}(title, body, autocomplete, rowid) VALUES "
        f"({wrap('title')}, {wrap('body')}, {wrap('autocomplete')}, NEW.id); END",
        f"CREATE TRIGGER update_wagtailsearch_indexentry_fts AFTER UPDATE ON {TABLE} "
        f"BEGIN UPDATE {FTS} SET title={wrap('title')}, body={wrap('body')}, "
        f"autocomplete={wrap('autocomplete')} WHERE rowid=NEW.id; END",
        # Existing entries are copied again, folded (or not) like new ones.
        f"DELETE FROM {FTS}",
        f"INSERT INTO {FTS}(title, body, autocomplete, rowid) SELECT "
        + (
            "portal_fold(title), portal_fold(body), portal_fold(autocomplete), id"
            if folding
            else "title, body, autocomplete, id"
        )
        + f" FROM {TABLE}",
    ]


def _sqlite_has_fts(cursor):
    cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [FTS])
    return cursor.fetchone() is not None


def forward(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        statements = PG_FORWARD
    elif connection.vendor == "sqlite":
        connection.connection.create_function(
            "portal_fold", 1, lambda v: fold(v) if v else v, deterministic=True
        )
        with connection.cursor() as cursor:
            if not _sqlite_has_fts(cursor):
                return
        statements = _sqlite_triggers(folding=True)
    else:
        return
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def backward(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        statements = PG_BACKWARD
    elif connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            if not _sqlite_has_fts(cursor):
                return
        statements = _sqlite_triggers(folding=False)
    else:
        return
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(forward, backward)]
