"""Public endpoints of the library: counted downloads, caption files, originals for
agency staff, and the search-engine files (sitemap, robots.txt)."""

import logging
import mimetypes
import os

from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .metrics import count_download
from .models import MaterialPage, VideoPage
from .models.pages import _is_agency_staff

logger = logging.getLogger(__name__)


def _file_missing(request, material):
    """The page shown when a stored file has gone: a clear message, never a crash."""
    logger.warning("File missing for material %s", material.pk)
    return render(
        request,
        "content/file_missing.html",
        {"material": material},
        status=404,
    )


def _serve(request, material, document, as_attachment=True, content_type=None):
    try:
        handle = document.file.open("rb")
    except (OSError, ValueError):
        return _file_missing(request, material)
    filename = os.path.basename(document.file.name)
    response = FileResponse(
        handle,
        as_attachment=as_attachment,
        filename=filename,
        content_type=content_type
        or mimetypes.guess_type(filename)[0]
        or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_GET
def download(request, pk):
    """Serves a material's public PDF and counts one download (no visitor data kept)."""
    material = get_object_or_404(
        MaterialPage.objects.published().select_related("pdf_file"), pk=pk
    )
    if material.pdf_file is None:
        raise Http404(_("Tài liệu này không có tệp để tải."))
    response = _serve(request, material, material.pdf_file)
    if response.status_code == 200:
        count_download(material.original_id)
    return response


@require_GET
@cache_control(max_age=3600, public=True)
def captions(request, pk, lang):
    """A video's WebVTT captions, served from this site so <track> may load them."""
    video = get_object_or_404(VideoPage.objects.live().public(), pk=pk)
    document = {"vi": video.captions_vi, "en": video.captions_en}.get(lang)
    if document is None:
        raise Http404(_("Không có phụ đề cho ngôn ngữ này."))
    return _serve(
        request,
        video,
        document,
        as_attachment=False,
        content_type="text/vtt; charset=utf-8",
    )


@require_GET
def video_file(request, pk):
    """A video's uploaded file, served from this site whatever the storage is."""
    video = get_object_or_404(
        VideoPage.objects.live().public().select_related("video"), pk=pk
    )
    if video.video is None:
        raise Http404(_("Video này không có tệp."))
    return _serve(
        request, video, video.video, as_attachment=False, content_type=video.video_mime
    )


@require_GET
def original(request, pk):
    """The original (print file, design file, video master): signed-in agency staff only."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not _is_agency_staff(request.user):
        # Not revealing whether the original exists to people outside the agencies.
        raise Http404(_("Không tìm thấy tệp gốc."))
    material = get_object_or_404(
        MaterialPage.objects.live().select_related("source_file"), pk=pk
    )
    if material.source_file is None:
        raise Http404(_("Tài liệu này không có tệp gốc."))
    return _serve(request, material, material.source_file)


@require_GET
def robots_txt(request):
    """Tells search engines what to skip and where the sitemap is."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /en/accounts/",
        "Disallow: /thu-vien-tep/goc/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
