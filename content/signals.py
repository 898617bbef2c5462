"""Signal handlers that keep the library's caches fresh (see ``caching``)."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import caching


def give_shelf_to_its_agency(sender, instance, created=False, raw=False, **kwargs):
    """A new shelf gets its agency's editorial groups and workflow (cms.editorial), so
    its communications staff edit and submit there, its reviewers approve, and staff of
    other agencies cannot touch it."""
    if not created or raw or instance.alias_of_id:
        return
    from cms.editorial import grant_page, set_up_agency

    grant_page(set_up_agency(instance.agency), instance)


def connect():
    from wagtail.models import Locale, PageViewRestriction

    from portal.directory.models import Agency

    from .models import AgencyLibraryPage, Audience, MaterialLanguage, Region, Topic

    for model in (
        Topic,
        Audience,
        MaterialLanguage,
        Region,
        Agency,
        PageViewRestriction,
        Locale,
    ):
        post_save.connect(
            caching.bump, sender=model, dispatch_uid=f"content-{model.__name__}-save"
        )
        post_delete.connect(
            caching.bump, sender=model, dispatch_uid=f"content-{model.__name__}-delete"
        )
    post_save.connect(
        give_shelf_to_its_agency,
        sender=AgencyLibraryPage,
        dispatch_uid="content-shelf-editorial",
    )
    page_published.connect(caching.bump, dispatch_uid="content-page-published")
    page_unpublished.connect(caching.bump, dispatch_uid="content-page-unpublished")
    post_page_move.connect(caching.bump, dispatch_uid="content-page-moved")
