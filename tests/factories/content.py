"""Builders for the library: the library page, agency shelves and materials with small
but real files (a PDF header, a PNG, WebVTT)."""

import datetime
import io

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from cms.models import HomePage
from content.models import (
    MATERIAL_KINDS,
    AgencyLibraryPage,
    Audience,
    LibraryPage,
    MaterialLanguage,
    Topic,
)

from .directory import AgencyFactory

PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
VTT_BYTES = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nXin chào\n".encode()


def png_bytes(colour="#0b4f8a", size=(40, 25)):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def document(title="Tài liệu", filename="tai-lieu.pdf", data=PDF_BYTES):
    doc = get_document_model()(title=title)
    doc.file.save(filename, ContentFile(data), save=False)
    doc.file_size = len(data)
    doc.save()
    return doc


def image(title="Ảnh bìa", filename="anh.png"):
    data = png_bytes()
    img = get_image_model()(title=title)
    img.file.save(filename, ContentFile(data), save=False)
    # Saving the file resets the dimensions Django would read from it.
    img.width, img.height = 40, 25
    img.file_size = len(data)
    img.save()
    return img


def library(site):
    """The Vietnamese library page under the home page (made once)."""
    vi = Locale.objects.get(language_code="vi")
    found = LibraryPage.objects.filter(locale=vi).first()
    if found:
        return found
    home = HomePage.objects.get(locale=vi)
    page = home.add_child(instance=LibraryPage(title="Thư viện", slug="thu-vien"))
    page.save_revision().publish()
    return page


def shelf(library_page, agency=None):
    agency = agency or AgencyFactory()
    page = library_page.add_child(
        instance=AgencyLibraryPage(
            title=f"Tài liệu của {agency.name}", slug=agency.slug, agency=agency
        )
    )
    page.save_revision().publish()
    return page


def term(model, slug, name):
    return model.objects.get_or_create(slug=slug, defaults={"name": name})[0]


_counter = iter(range(1, 1_000_000))


def material(
    parent,
    kind="leaflet",
    title=None,
    publish=True,
    topics=(),
    audiences=(),
    languages=(),
    date=None,
    with_cover=True,
    **fields,
):
    """A material of ``kind`` in ``parent`` (a shelf, or the library for special pages),
    with a PDF for kinds that need one."""
    model = MATERIAL_KINDS[kind]
    n = next(_counter)
    title = title or f"Tài liệu số {n}"
    owner = fields.pop("owner_agency", None) or getattr(parent.specific, "agency", None)
    page = model(
        title=title,
        slug=f"tai-lieu-{n}",
        summary=fields.pop("summary", f"Tóm tắt của {title}."),
        owner_agency=owner or AgencyFactory(),
        publication_date=date or datetime.date(2026, 3, 1),
        **fields,
    )
    if kind != "video" and "pdf_file" not in fields:
        page.pdf_file = document(title, f"tai-lieu-{n}.pdf")
    if kind == "video" and "video" not in fields and "embed_url" not in fields:
        page.embed_url = "https://www.youtube.com/watch?v=abcdefghijk"
    if with_cover:
        page.cover_image = image(f"Bìa {title}", f"bia-{n}.png")
    page.topics = [term(Topic, s, s) for s in topics]
    page.audiences = [term(Audience, s, s) for s in audiences]
    page.languages = [term(MaterialLanguage, s, s) for s in languages]
    page.live = publish
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page
