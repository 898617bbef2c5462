"""Keeps search in step with the data: folding on SQLite connections, and the text of
documents extracted through the task worker whenever a document is saved."""

from django.db.models.signals import post_save

from .text import fold


def register_sqlite_functions(sender, connection, **kwargs):
    """``portal_fold`` for the FTS triggers of migration 0002 (SQLite only)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            "portal_fold",
            1,
            lambda value: fold(value) if value else value,
            deterministic=True,
        )


def document_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from .tasks import extract_document_text, sync_document_text

    _, needs_text = sync_document_text(instance)
    if needs_text:
        extract_document_text.enqueue(instance.pk)


def connect():
    from wagtail.documents import get_document_model

    post_save.connect(
        document_saved,
        sender=get_document_model(),
        dispatch_uid="portal_search_document_saved",
    )
