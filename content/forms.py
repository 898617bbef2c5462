"""Upload forms of the CMS that check files by content (see ``validators``).

Named in settings (WAGTAILDOCS_DOCUMENT_FORM_BASE, WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILMEDIA["MEDIA_FORM_BASE"]), so every upload path of the admin goes through them.
"""

import struct

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm
from wagtailmedia.forms import BaseMediaForm

from .validators import (
    max_document_size,
    max_media_size,
    validate_image,
    validate_upload,
)


def _refusing_undecodable(clean):
    """Wraps Wagtail's image field check: a truncated or corrupt file makes the image
    library raise instead of answering; that becomes a message, not an error page."""

    def wrapped(*args, **kwargs):
        try:
            return clean(*args, **kwargs)
        except (OSError, SyntaxError, ValueError, struct.error) as error:
            raise ValidationError(
                _("Ảnh bị hỏng hoặc không đúng định dạng, không mở được."),
                code="image_corrupt",
            ) from error

    return wrapped


def _new_upload(form, field="file"):
    value = form.cleaned_data.get(field)
    return value if isinstance(value, UploadedFile) else None


class SafeDocumentForm(BaseDocumentForm):
    """The document form, refusing files whose content does not match their name."""

    def clean_file(self):
        upload = _new_upload(self)
        if upload is not None:
            validate_upload(upload, upload.name, max_document_size())
        return self.cleaned_data.get("file")


class SafeImageForm(BaseImageForm):
    """The image form, refusing corrupt images and SVGs that carry script."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            field.clean = _refusing_undecodable(field.clean)

    def clean_file(self):
        upload = _new_upload(self)
        if upload is not None:
            validate_image(upload, upload.name)
        return self.cleaned_data.get("file")


class SafeMediaForm(BaseMediaForm):
    """The audio/video form, checking the file and the thumbnail by content."""

    def clean_file(self):
        upload = _new_upload(self)
        if upload is not None:
            validate_upload(upload, upload.name, max_media_size())
        return self.cleaned_data.get("file")

    def clean_thumbnail(self):
        upload = _new_upload(self, "thumbnail")
        if upload is not None:
            validate_image(upload, upload.name)
        return self.cleaned_data.get("thumbnail")
