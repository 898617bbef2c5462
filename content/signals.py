"""Signal handlers that keep the library's caches fresh (see ``caching``)."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import caching


def connect():
    from wagtail.models import PageViewRestriction

    from portal.directory.models import Agency

    from .models import Audience, MaterialLanguage, Region, Topic

    for model in (
        Topic,
        Audience,
        MaterialLanguage,
        Region,
        Agency,
        PageViewRestriction,
    ):
        post_save.connect(
            caching.bump, sender=model, dispatch_uid=f"content-{model.__name__}-save"
        )
        post_delete.connect(
            caching.bump, sender=model, dispatch_uid=f"content-{model.__name__}-delete"
        )
    page_published.connect(caching.bump, dispatch_uid="content-page-published")
    page_unpublished.connect(caching.bump, dispatch_uid="content-page-unpublished")
    post_page_move.connect(caching.bump, dispatch_uid="content-page-moved")
