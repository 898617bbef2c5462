"""Upload checks by content, not by name.

A file's first bytes must match what its extension claims; SVG images may not carry
script; images must decode; sizes have limits. Each check returns or raises a message the
uploader can act on, in Vietnamese (the source language).
"""

import io
import logging
import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

logger = logging.getLogger(__name__)

HEAD_BYTES = 4096

# What each extension must look like inside. Office formats are ZIP containers.
EXPECTED_BY_EXTENSION = {
    "pdf": "pdf",
    "docx": "zip",
    "xlsx": "zip",
    "pptx": "zip",
    "odt": "zip",
    "zip": "zip",
    "doc": "ole",
    "txt": "text",
    "vtt": "vtt",
    "mp4": "mp4",
    "m4v": "mp4",
    "mov": "mp4",
    "webm": "webm",
    "ogv": "ogg",
    "mp3": "mp3",
    "ogg": "ogg",
}
KIND_NAMES = {
    "pdf": "PDF",
    "zip": "Office/ZIP",
    "ole": "Word 97-2003",
    "text": gettext_lazy("văn bản thuần"),
    "vtt": "WebVTT",
    "mp4": "MP4",
    "webm": "WebM",
    "ogg": "Ogg",
    "mp3": "MP3",
}


def sniff(head: bytes) -> str | None:
    """The kind of file ``head`` (its first bytes) starts like, or ``None``."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "webm"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(b"OggS"):
        return "ogg"
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3"):
        return "mp3"
    text = head.removeprefix(b"\xef\xbb\xbf")
    if text.startswith(b"WEBVTT") and text[6:7] in (b"", b"\n", b"\r", b" ", b"\t"):
        return "vtt"
    try:
        text.decode("utf-8")
    except UnicodeDecodeError:
        # The head may cut a multi-byte character in two; allow for that.
        try:
            text[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return None
    if b"\x00" in text:
        return None
    return "text"


def _read_head(fileobj) -> bytes:
    position = fileobj.tell() if hasattr(fileobj, "tell") else 0
    fileobj.seek(0)
    head = fileobj.read(HEAD_BYTES)
    fileobj.seek(position)
    return head if isinstance(head, bytes) else head.encode()


def _extension(name: str) -> str:
    return os.path.splitext(name or "")[1].lower().lstrip(".")


def max_document_size() -> int:
    return getattr(settings, "CONTENT_MAX_DOCUMENT_SIZE", 50 * 1024 * 1024)


def max_media_size() -> int:
    return getattr(settings, "CONTENT_MAX_MEDIA_SIZE", 200 * 1024 * 1024)


def validate_upload(fileobj, name: str, max_size: int) -> None:
    """Raises ``ValidationError`` unless the upload's content matches its extension and
    its size is within ``max_size``."""
    size = getattr(fileobj, "size", None)
    if size is not None and size > max_size:
        raise ValidationError(
            _("Tệp quá lớn (%(size)s). Giới hạn là %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(max_size)},
            code="file_too_large",
        )
    if size == 0:
        raise ValidationError(_("Tệp rỗng."), code="empty")
    extension = _extension(name)
    expected = EXPECTED_BY_EXTENSION.get(extension)
    if expected is None:
        # Wagtail's own extension list has already refused unknown extensions.
        return
    found = sniff(_read_head(fileobj))
    if found != expected:
        raise ValidationError(
            _(
                "Tệp “%(name)s” có đuôi .%(ext)s nhưng nội dung không phải %(kind)s. "
                "Hãy chọn đúng tệp."
            )
            % {
                "name": os.path.basename(name),
                "ext": extension,
                "kind": KIND_NAMES[expected],
            },
            code="content_mismatch",
        )
    if expected == "vtt":
        _check_vtt(fileobj)


def _check_vtt(fileobj) -> None:
    fileobj.seek(0)
    data = fileobj.read()
    fileobj.seek(0)
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    if "-->" not in text:
        raise ValidationError(
            _("Tệp phụ đề không có dòng thời gian nào (dạng 00:00.000 --> 00:02.000)."),
            code="vtt_no_cues",
        )


def check_document_content(document, expected: str) -> str | None:
    """A message when a stored document is missing or is not of the ``expected`` kind.

    Used by pages that choose documents, so a mis-chosen file is caught on save.
    """
    try:
        with document.file.open("rb") as fileobj:
            head = fileobj.read(HEAD_BYTES)
    except (OSError, ValueError):
        return _("Không đọc được tệp “%(title)s”; có thể tệp đã bị xóa.") % {
            "title": document.title
        }
    if sniff(head) != expected:
        return _("Tệp “%(title)s” không phải %(kind)s.") % {
            "title": document.title,
            "kind": KIND_NAMES[expected],
        }
    return None


# -- images ---------------------------------------------------------------------------
SVG_FORBIDDEN_TAGS = {"script", "foreignobject", "iframe", "embed", "object", "handler"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def validate_svg(data: bytes) -> None:
    """Refuses an SVG that can run script: script elements, event attributes,
    ``javascript:`` links, external entities."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    message = _(
        "Ảnh SVG chứa mã lệnh (script) hoặc liên kết không an toàn nên bị từ chối."
    )
    try:
        root = ElementTree.fromstring(data)
    except DefusedXmlException as error:
        raise ValidationError(message, code="svg_unsafe") from error
    except ElementTree.ParseError as error:
        raise ValidationError(
            _("Ảnh SVG bị hỏng, không đọc được."), code="svg_corrupt"
        ) from error
    if _local(root.tag) != "svg":
        raise ValidationError(_("Tệp không phải ảnh SVG."), code="svg_corrupt")
    for element in root.iter():
        if _local(element.tag) in SVG_FORBIDDEN_TAGS:
            raise ValidationError(message, code="svg_unsafe")
        for attribute, value in element.attrib.items():
            name = _local(attribute)
            compact = "".join(value.split()).lower()
            if name.startswith("on"):
                raise ValidationError(message, code="svg_unsafe")
            if name == "href" and compact.startswith(("javascript:", "data:text")):
                raise ValidationError(message, code="svg_unsafe")


def validate_image(fileobj, name: str) -> None:
    """Refuses an image that does not decode completely, or an unsafe SVG."""
    fileobj.seek(0)
    data = fileobj.read()
    fileobj.seek(0)
    if _extension(name) == "svg":
        validate_svg(data)
        return
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
        # verify() does not decode the pixels; load() does, and finds truncated files.
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        logger.info("Refused an image upload that does not decode: %s", type(error))
        raise ValidationError(
            _("Ảnh bị hỏng hoặc không đúng định dạng, không mở được."),
            code="image_corrupt",
        ) from error
