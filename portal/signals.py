"""Keeps what is cached from public content fresh: whenever a page, a site, a locale, a
view restriction, an image or a document changes, the content version is bumped
(``portal.caching``) and, after the commit, the HTTP cache in front is emptied."""

import functools

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import caching
from .http_cache import ban_everything


def _ban_after_commit(**kwargs):
    # After the commit: a cache refilled before it would keep the old page.
    transaction.on_commit(ban_everything)


def _content_changed(**kwargs):
    caching.bump()
    # Again after the commit: a request between the bump and the commit may have cached
    # what it read of the old content under the new version.
    transaction.on_commit(caching.bump)


page_published.connect(_ban_after_commit, dispatch_uid="portal_ban_on_publish")
page_unpublished.connect(_ban_after_commit, dispatch_uid="portal_ban_on_unpublish")
page_published.connect(_content_changed, dispatch_uid="portal_version_on_publish")
page_unpublished.connect(_content_changed, dispatch_uid="portal_version_on_unpublish")
post_page_move.connect(_content_changed, dispatch_uid="portal_version_on_move")


@functools.cache
def _content_models():
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    # Images and documents too: cards show covers, material pages a file's size.
    return (Page, Site, Locale, PageViewRestriction, AbstractImage, AbstractDocument)


def _is_content_model(sender):
    # Asked on every save of every model: the classes are looked up once.
    return isinstance(sender, type) and issubclass(sender, _content_models())


@receiver(post_save, dispatch_uid="portal_version_on_save")
def _version_on_save(sender, raw=False, **kwargs):
    # Saves of pages include drafts, which change nothing public: a wasted bump, but a
    # page created live without being published (imports, scripts) is covered too.
    if not raw and _is_content_model(sender):
        _content_changed()


@receiver(post_delete, dispatch_uid="portal_version_on_delete")
def _version_on_delete(sender, **kwargs):
    from wagtail.models import Page

    if _is_content_model(sender):
        _content_changed()
    if isinstance(sender, type) and issubclass(sender, Page):
        transaction.on_commit(ban_everything)
