"""Empties the HTTP cache whenever public content changes."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .http_cache import ban_everything


def _ban_after_commit(**kwargs):
    # After the commit: a cache refilled before it would keep the old page.
    transaction.on_commit(ban_everything)


page_published.connect(_ban_after_commit, dispatch_uid="portal_ban_on_publish")
page_unpublished.connect(_ban_after_commit, dispatch_uid="portal_ban_on_unpublish")


@receiver(post_delete, dispatch_uid="portal_ban_on_page_delete")
def _ban_on_delete(sender, **kwargs):
    from wagtail.models import Page

    if isinstance(sender, type) and issubclass(sender, Page):
        transaction.on_commit(ban_everything)
