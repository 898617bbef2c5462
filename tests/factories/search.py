"""Factories for search tests: published pages with text, documents with files."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from search.models import SearchTestPage


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


def pdf_bytes(text: str) -> bytes:
    """A one-page PDF showing ``text`` (ASCII) in Helvetica, with a correct xref."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length "
        + str(len(stream)).encode()
        + b" >>\nstream\n"
        + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def docx_bytes(*paragraphs: str) -> bytes:
    """A minimal Word document with ``paragraphs`` (any Unicode)."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
        f'2006/main"><w:body>{body}</w:body></w:document>'
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


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
