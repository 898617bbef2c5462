"""Signal handlers of the library: cached choice lists stay fresh when terms or agencies
change (pages bump the version in ``portal.signals``), and new shelves get their agency's
editorial set-up."""

from django.db.models.signals import post_delete, post_save

from portal import caching


def give_shelf_to_its_agency(sender, instance, created=False, raw=False, **kwargs):
    """A new shelf gets its agency's editorial groups and workflow (cms.editorial), so
    its communications staff edit and submit there, its reviewers approve, and staff of
    other agencies cannot touch it."""
    if not created or raw or instance.alias_of_id:
        return
    from cms.editorial import grant_page, set_up_agency

    grant_page(set_up_agency(instance.agency), instance)


def connect():
    from portal.directory.models import Agency

    from .models import AgencyLibraryPage, Audience, MaterialLanguage, Region, Topic

    for model in (
        Topic,
        Audience,
        MaterialLanguage,
        Region,
        Agency,
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
