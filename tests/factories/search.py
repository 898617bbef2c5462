"""Factories for search tests: published pages with text, documents with files."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from search.models import SearchTestPage
from search.samples import docx_bytes, pdf_bytes

__all__ = ["docx_bytes", "pdf_bytes"]


def page(parent, title, body="", *, live=True, topic="", owner=None):
    """A ``SearchTestPage`` under ``parent``, published unless ``live=False``."""
    child = SearchTestPage(
        title=title, body=body, topic=topic, owner=owner, locale=parent.locale
    )
    if not live:
        child.live = False
    parent.add_child(instance=child)
    if live:
        child.save_revision(user=owner).publish()
    else:
        child.save_revision(user=owner)
    return Page.objects.get(pk=child.pk).specific


def collection(name):
    root = Collection.get_first_root_node()
    return root.add_child(name=name)


def document(title, data: bytes, file_name, *, collection=None, uploaded_by=None):
    """A Wagtail document with ``data`` as its file; saving it extracts its text."""
    doc = get_document_model()(
        title=title,
        collection=collection or Collection.get_first_root_node(),
        uploaded_by_user=uploaded_by,
    )
    doc.file.save(file_name, ContentFile(data), save=False)
    doc.save()
    return doc


def grant_collection(group, collection, *codenames):
    """Gives ``group`` document/image permissions on ``collection``."""
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupCollectionPermission

    for codename in codenames or ("choose_document",):
        app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
        GroupCollectionPermission.objects.create(
            group=group,
            collection=collection,
            permission=Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            ),
        )
