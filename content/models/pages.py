"""The library's page types: the library index, each agency's shelf, and the materials.

Every material kind inherits from ``MaterialPage``, one concrete table holding the shared
metadata. It is concrete rather than abstract so that the listing filters every kind by
topic, audience, agency and year in one query and renders its cards without ``.specific``.
"""

import datetime
import re
from urllib.parse import parse_qs, urlparse

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.models.pages import PageQuerySet
from wagtail.search import index
from wagtail.url_routing import RouteResult

from ..validators import check_document_content

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "blockquote"]


class Licence(models.TextChoices):
    """Reuse terms an agency can choose for a material."""

    FREE_WITH_SOURCE = "free-with-source", _("Tự do sử dụng, in lại, ghi rõ nguồn")
    CC_BY = "cc-by-4.0", _("CC BY 4.0 (ghi công tác giả)")
    CC_BY_NC = "cc-by-nc-4.0", _("CC BY-NC 4.0 (ghi công, phi thương mại)")
    AGENCIES_ONLY = "agencies-only", _("Chỉ các cơ quan tham gia được dùng lại")


class MaterialQuerySet(PageQuerySet):
    """Queries of the library: what the public may see, originals only, by kind."""

    def published(self):
        """Live and not behind a view restriction. Restricted sections are read from a
        cached list (refreshed when restrictions change), saving a query per listing."""
        from portal.caching import restricted_paths

        queryset = self.live()
        for path in restricted_paths():
            queryset = queryset.exclude(path__startswith=path)
        return queryset

    def originals(self):
        """Materials themselves, not their aliases in other agencies' shelves."""
        return self.filter(alias_of__isnull=True)

    def of_kind(self, kind_code):
        from django.contrib.contenttypes.models import ContentType

        model = MATERIAL_KINDS.get(kind_code)
        if model is None:
            return self.none()
        return self.filter(content_type=ContentType.objects.get_for_model(model))

    def for_cards(self):
        """Everything a card shows, fetched up front so cards cost no query each:
        the agency and cover joined in, the covers' card renditions in one more query."""
        from wagtail.images import get_image_model

        renditions = (
            get_image_model()
            .get_rendition_model()
            .objects.filter(filter_spec=CARD_RENDITION)
        )
        return self.select_related("owner_agency", "cover_image").prefetch_related(
            models.Prefetch(
                "cover_image__renditions",
                queryset=renditions,
                to_attr="prefetched_renditions",
            )
        )


CARD_RENDITION = "fill-480x300"
MaterialManager = PageManager.from_queryset(MaterialQuerySet)


class LibraryPage(Page):
    """The library of awareness materials: every material, with filters and sorting."""

    intro = models.CharField(
        _("lời giới thiệu"),
        max_length=255,
        blank=True,
        help_text=_("Một câu dưới tiêu đề thư viện."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["content.AgencyLibraryPage", "content.SpecialPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("thư viện tài liệu")

    PER_PAGE = 12

    def route(self, request, path_components):
        """Finds a shelf or material below the library in one lookup by URL path, and
        fetches it with what its page shows, instead of one query per path segment."""
        if not path_components:
            return super().route(request, path_components)
        from portal.caching import cached
        from portal.routing import load_live_page

        url_path = self.url_path + "/".join(path_components) + "/"
        # Where a URL leads changes only on publish or move, which renew the cache.
        found = cached(
            f"route:{self.pk}:{url_path}",
            lambda: (
                Page.objects.filter(url_path=url_path, path__startswith=self.path)
                .values_list("pk", "content_type_id")
                .first()
                or ()
            ),
        )
        if not found:
            # Not a page below the library: let Wagtail route it (and 404 if nothing).
            return super().route(request, path_components)
        page = load_live_page(found[1], found[0])
        if page is None:
            raise Http404
        if page.depth == self.depth + 1:
            # As Wagtail's own router does: the parent is known, spare its query.
            page._cached_parent_obj = self
        return RouteResult(page)

    def get_context(self, request, *args, **kwargs):
        from ..filters import MaterialFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = MaterialFilterForm(request.GET or None, locale_id=self.locale_id)
        materials = form.apply(
            MaterialPage.objects.published()
            .originals()
            .filter(locale_id=self.locale_id)
        )
        paginator = Paginator(materials.for_cards(), self.PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("trang"))
        context.update(
            filter_form=form,
            page_obj=page_obj,
            materials=page_obj.object_list,
            querystring=form.querystring(),
        )
        return context


class AgencyLibraryPage(Page):
    """One agency's shelf in the library: its own materials and those it reuses."""

    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan"),
        on_delete=models.PROTECT,
        related_name="library_pages",
        help_text=_("Cơ quan sở hữu mục này."),
    )
    intro = models.CharField(
        _("lời giới thiệu"), max_length=255, blank=True, help_text=_("Một câu ngắn.")
    )

    content_panels = [*Page.content_panels, FieldPanel("agency"), FieldPanel("intro")]

    parent_page_types = ["content.LibraryPage"]

    class Meta:
        verbose_name = _("mục tài liệu của cơ quan")

    @classmethod
    def allowed_subpage_models(cls):
        return [m for m in MATERIAL_KINDS.values() if m is not SpecialPage]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["materials"] = (
            MaterialPage.objects.child_of(self)
            .published()
            .for_cards()
            .order_by("-publication_date", "-pk")
        )
        return context


class MaterialPage(Page):
    """What every awareness material shares: summary, owner, taxonomy, terms, files.

    Never created on its own; a leaflet, video, handbook … is one of its subclasses.
    """

    summary = models.TextField(
        _("tóm tắt"),
        max_length=500,
        help_text=_(
            "Hai, ba câu: hiện trên thẻ, trong kết quả tìm kiếm và khi chia sẻ."
        ),
    )
    owner_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan sở hữu"),
        on_delete=models.PROTECT,
        related_name="materials",
        help_text=_("Cơ quan làm ra tài liệu và chịu trách nhiệm cập nhật."),
    )
    topics = ParentalManyToManyField(
        "content.Topic",
        verbose_name=_("chủ đề"),
        blank=True,
        related_name="materials",
        help_text=_("Một hoặc vài chủ đề chính."),
    )
    audiences = ParentalManyToManyField(
        "content.Audience",
        verbose_name=_("đối tượng"),
        blank=True,
        related_name="materials",
        help_text=_("Những nhóm người mà tài liệu hướng tới."),
    )
    languages = ParentalManyToManyField(
        "content.MaterialLanguage",
        verbose_name=_("ngôn ngữ"),
        blank=True,
        related_name="materials",
        help_text=_("Các ngôn ngữ của tài liệu."),
    )
    region = models.ForeignKey(
        "content.Region",
        verbose_name=_("địa bàn"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="materials",
        help_text=_("Địa bàn tài liệu được làm cho, nếu có."),
    )
    publication_date = models.DateField(
        _("ngày phát hành"),
        default=datetime.date.today,
        help_text=_("Ngày tài liệu được phát hành lần này."),
    )
    licence = models.CharField(
        _("điều kiện sử dụng lại"),
        max_length=30,
        choices=Licence.choices,
        default=Licence.FREE_WITH_SOURCE,
        help_text=_("Điều kiện để cơ quan khác, báo chí, người dân dùng lại."),
    )
    reuse_terms = models.CharField(
        _("ghi chú về sử dụng lại"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: ghi nguồn “Sở Y tế TP.HCM” khi in lại."),
    )
    version = models.CharField(
        _("phiên bản"),
        max_length=20,
        default="1.0",
        help_text=_("Tăng khi nội dung thay đổi đáng kể, ví dụ 1.1, 2.0."),
    )
    replaces = models.ForeignKey(
        "content.MaterialPage",
        verbose_name=_("thay thế tài liệu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaced_by",
        help_text=_("Tài liệu cũ mà tài liệu này thay thế, nếu có."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh bìa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh bìa hoặc ảnh đại diện (ảnh chờ của video)."),
    )
    body = RichTextField(
        _("nội dung"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Giới thiệu hoặc nội dung đọc ngay trên trang."),
    )
    pdf_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bản PDF người xem tải về được (kiểm tra là PDF thật)."),
    )
    source_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp gốc"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Bản in chất lượng cao, tệp thiết kế hoặc video gốc: chỉ cán bộ các cơ "
            "quan đã đăng nhập tải được."
        ),
    )

    metadata_panels = [
        FieldPanel("owner_agency"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("region"),
        FieldPanel("publication_date"),
        FieldPanel("licence"),
        FieldPanel("reuse_terms"),
        FieldPanel("version"),
        FieldPanel("replaces"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        MultiFieldPanel(metadata_panels, heading=_("Thông tin chung")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("pdf_file"), FieldPanel("source_file")],
            heading=_("Tệp"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("owner_agency"),
        index.FilterField("publication_date"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("audiences", [index.SearchField("name")]),
    ]

    api_fields = [
        APIField("summary"),
        APIField("kind"),
        APIField("owner_agency_name"),
        APIField("topic_slugs"),
        APIField("audience_slugs"),
        APIField("language_slugs"),
        APIField("publication_date"),
        APIField("licence"),
        APIField("version"),
        APIField("replaces_id"),
        APIField("cover_image"),
        APIField("download_url"),
    ]

    parent_page_types = ["content.AgencyLibraryPage"]
    subpage_types = []
    is_creatable = False

    objects = MaterialManager()

    # What the library's router fetches with a material (see LibraryPage.route).
    route_select_related = [
        "owner_agency",
        "region",
        "cover_image",
        "pdf_file",
        "source_file",
    ]

    # Set on each kind: its stable code (filters, feeds, API) and its label.
    kind_code = ""
    kind_label = ""

    class Meta:
        verbose_name = _("tài liệu truyền thông")
        verbose_name_plural = _("tài liệu truyền thông")

    # -- shared behaviour -------------------------------------------------------------
    @property
    def kind_model(self):
        """The kind's class, from the content type (no query: types are cached)."""
        from django.contrib.contenttypes.models import ContentType

        return ContentType.objects.get_for_id(self.content_type_id).model_class()

    @property
    def kind(self):
        return getattr(self.kind_model, "kind_code", "") or self.kind_code

    @property
    def kind_name(self):
        return getattr(self.kind_model, "kind_label", "") or self.kind_label

    @property
    def original_id(self):
        """The material an alias stands for; counters and the API use it."""
        return self.alias_of_id or self.pk

    @property
    def owner_agency_name(self):
        return str(self.owner_agency)

    @property
    def topic_slugs(self):
        return [t.slug for t in self.topics.all()]

    @property
    def audience_slugs(self):
        return [a.slug for a in self.audiences.all()]

    @property
    def language_slugs(self):
        return [lang.slug for lang in self.languages.all()]

    def search_facet_values(self):
        """Search's facets (see ``search.sources``): topic and audience slugs and the
        owner agency's slug, labelled in the active language."""
        facets = {
            "topic": [(t.slug, t.label) for t in self.topics.all()],
            "audience": [(a.slug, a.label) for a in self.audiences.all()],
        }
        if self.owner_agency_id:
            agency = self.owner_agency
            facets["agency"] = [(agency.slug, str(agency))]
        return facets

    @staticmethod
    def search_queryset():
        """How search reads hits of every material kind: from this shared table in one
        query, with what ``search_facet_values`` shows (see ``search.sources``)."""
        return MaterialPage.objects.select_related("owner_agency").prefetch_related(
            "topics", "audiences"
        )

    @property
    def download_url(self):
        from django.urls import reverse

        if not self.pdf_file_id:
            return None
        return reverse("content:download", args=[self.original_id])

    def clean(self):
        super().clean()
        errors = {}
        if self.pdf_file_id:
            problem = check_document_content(self.pdf_file, expected="pdf")
            if problem:
                errors["pdf_file"] = problem
        if self.replaces_id and self.replaces_id == self.pk:
            errors["replaces"] = _("Một tài liệu không thể thay thế chính nó.")
        parent = self.get_parent() if self.pk else None
        self._check_owner(parent, errors)
        self.clean_files(errors)
        if errors:
            raise ValidationError(errors)

    def _check_owner(self, parent, errors):
        # A shelf belongs to one agency: a material placed there (not an alias) is that
        # agency's, so staff cannot publish in another agency's name.
        parent = parent.specific if parent is not None else None
        if (
            isinstance(parent, AgencyLibraryPage)
            and self.owner_agency_id
            and not self.alias_of_id
            and parent.agency_id != self.owner_agency_id
        ):
            errors["owner_agency"] = _(
                "Tài liệu trong mục của %(agency)s phải do cơ quan này sở hữu."
            ) % {"agency": parent.agency}

    def clean_files(self, errors):
        """Kinds add their own file checks to ``errors``."""

    def related_materials(self, limit=4):
        """Other published materials sharing a topic, newest first."""
        topic_ids = [t.pk for t in self.topics.all()]
        if not topic_ids:
            return MaterialPage.objects.none()
        return (
            MaterialPage.objects.published()
            .originals()
            .filter(locale_id=self.locale_id, topics__in=topic_ids)
            .exclude(pk__in={self.pk, self.original_id})
            .distinct()
            .for_cards()
            .order_by("-publication_date", "-pk")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        from portal.caching import content_version

        context = super().get_context(request, *args, **kwargs)
        # Related materials and metadata are drawn inside a cached fragment keyed by
        # this version, so a warm page costs no query for them.
        context["content_version"] = content_version()
        context["is_agency_staff"] = _is_agency_staff(request.user)
        return context

    def serve(self, request, *args, **kwargs):
        from ..metrics import count_view

        # Read before serving: Wagtail's serve() resets the flag; previews are not views.
        previewing = getattr(request, "is_preview", False)
        response = super().serve(request, *args, **kwargs)
        if request.method == "GET" and not previewing:
            count_view(self.original_id)
        return response

    def get_sitemap_urls(self, request=None):
        # An alias repeats its original: search engines get the original only.
        if self.alias_of_id:
            return []
        return super().get_sitemap_urls(request)


def _is_agency_staff(user):
    from portal.directory.services import memberships_of

    return bool(getattr(user, "is_authenticated", False)) and (
        user.is_superuser or bool(memberships_of(user))
    )


class LeafletPage(MaterialPage):
    """A leaflet or poster: a print-ready PDF, its source file, cover and page previews."""

    content_panels = [
        *MaterialPage.content_panels,
        InlinePanel("previews", label=_("Ảnh xem trước các trang")),
    ]
    template = "content/leaflet_page.html"
    kind_code = "leaflet"
    kind_label = _("Tờ rơi")

    class Meta:
        verbose_name = _("tờ rơi")
        verbose_name_plural = _("tờ rơi")

    def clean_files(self, errors):
        if not self.pdf_file_id:
            errors["pdf_file"] = _("Tờ rơi cần bản PDF để in.")


class LeafletPreview(Orderable):
    """A preview image of one page of a leaflet, shown on its detail page."""

    page = ParentalKey(LeafletPage, related_name="previews", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh chụp một trang của tờ rơi."),
    )
    caption = models.CharField(
        _("chú thích"),
        max_length=120,
        blank=True,
        help_text=_("Ví dụ: Mặt trước."),
    )

    panels = [FieldPanel("image"), FieldPanel("caption")]


TRUSTED_EMBEDS = {
    "www.youtube.com": "youtube",
    "youtube.com": "youtube",
    "m.youtube.com": "youtube",
    "youtu.be": "youtube",
    "vimeo.com": "vimeo",
    "player.vimeo.com": "vimeo",
}


def embed_player_url(url):
    """The player URL of a trusted embed, privacy-enhanced (no cookies), or ``None``.

    Built here rather than through oEmbed, so a page never waits on another site.
    """
    if not url:
        return None
    parsed = urlparse(url)
    provider = TRUSTED_EMBEDS.get(parsed.netloc.lower())
    if provider == "youtube":
        if parsed.netloc.lower() == "youtu.be":
            video_id = parsed.path.strip("/")
        elif parsed.path.startswith("/embed/"):
            video_id = parsed.path.split("/")[2]
        else:
            video_id = (parse_qs(parsed.query).get("v") or [""])[0]
        if re.fullmatch(r"[A-Za-z0-9_-]{6,20}", video_id or ""):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    if provider == "vimeo":
        match = re.search(r"(\d{5,12})", parsed.path)
        if match:
            return f"https://player.vimeo.com/video/{match.group(1)}?dnt=1"
    return None


class VideoPage(MaterialPage):
    """A video clip: an uploaded file or a trusted embed, captions and a transcript."""

    video = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("tệp video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Tệp video tải lên (WebM hoặc MP4), nhỏ gọn để xem trên điện thoại."
        ),
    )
    embed_url = models.URLField(
        _("địa chỉ video nhúng"),
        blank=True,
        help_text=_("Chỉ YouTube hoặc Vimeo; dùng khi không tải tệp lên."),
    )
    captions_vi = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("phụ đề tiếng Việt (WebVTT)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Tệp .vtt bắt đầu bằng dòng WEBVTT."),
    )
    captions_en = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("phụ đề tiếng Anh (WebVTT)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Tệp .vtt bắt đầu bằng dòng WEBVTT."),
    )
    transcript = RichTextField(
        _("lời thoại"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Toàn bộ lời nói và mô tả hình ảnh, cho người không xem được video."
        ),
    )

    content_panels = [
        *MaterialPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("video"),
                FieldPanel("embed_url"),
                FieldPanel("captions_vi"),
                FieldPanel("captions_en"),
                FieldPanel("transcript"),
            ],
            heading=_("Video"),
        ),
    ]
    api_fields = [*MaterialPage.api_fields, APIField("embed_player_url")]
    route_select_related = [
        *MaterialPage.route_select_related,
        "video",
        "captions_vi",
        "captions_en",
    ]
    template = "content/video_page.html"
    kind_code = "video"
    kind_label = _("Video")

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("video")

    @property
    def embed_player_url(self):
        return embed_player_url(self.embed_url)

    @property
    def video_mime(self):
        import mimetypes

        if self.video is None:
            return ""
        return mimetypes.guess_type(self.video.file.name)[0] or "video/mp4"

    @cached_property
    def caption_tracks(self):
        """The caption tracks to offer, as (language code, label, document)."""
        tracks = []
        if self.captions_vi_id:
            tracks.append(("vi", "Tiếng Việt", self.captions_vi))
        if self.captions_en_id:
            tracks.append(("en", "English", self.captions_en))
        return tracks

    def clean_files(self, errors):
        if not self.video_id and not self.embed_url:
            errors["video"] = _("Hãy tải tệp video lên hoặc nhập địa chỉ video nhúng.")
        if self.embed_url and not embed_player_url(self.embed_url):
            errors["embed_url"] = _(
                "Chỉ nhận liên kết video YouTube hoặc Vimeo hợp lệ."
            )
        for field in ("captions_vi", "captions_en"):
            document = getattr(self, field)
            if document is not None:
                problem = check_document_content(document, expected="vtt")
                if problem:
                    errors[field] = problem


class ChapterBlock(blocks.StructBlock):
    """One chapter of a handbook, readable on the page and listed in its contents."""

    title = blocks.CharBlock(label=_("Tên chương"), max_length=200)
    body = blocks.RichTextBlock(label=_("Nội dung"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Chương")


class HandbookPage(MaterialPage):
    """A handbook: chapters readable on the page, a table of contents and a PDF."""

    chapters = StreamField(
        [("chapter", ChapterBlock())],
        verbose_name=_("các chương"),
        blank=True,
        help_text=_("Mỗi chương hiện trong mục lục ở đầu trang."),
    )

    content_panels = [*MaterialPage.content_panels, FieldPanel("chapters")]
    search_fields = [*MaterialPage.search_fields, index.SearchField("chapters")]
    template = "content/handbook_page.html"
    kind_code = "handbook"
    kind_label = _("Sổ tay")

    class Meta:
        verbose_name = _("sổ tay")
        verbose_name_plural = _("sổ tay")


class BookletPage(MaterialPage):
    """A booklet or brochure of several pages, read online and downloadable as a PDF."""

    page_count = models.PositiveSmallIntegerField(
        _("số trang"), null=True, blank=True, help_text=_("Số trang của bản in.")
    )

    content_panels = [*MaterialPage.content_panels, FieldPanel("page_count")]
    template = "content/booklet_page.html"
    kind_code = "booklet"
    kind_label = _("Tài liệu, cẩm nang")

    class Meta:
        verbose_name = _("tài liệu, cẩm nang")
        verbose_name_plural = _("tài liệu, cẩm nang")


class ReportagePage(MaterialPage):
    """A reportage: a story from the field with photographs, told on the page."""

    location = models.CharField(
        _("địa điểm"),
        max_length=200,
        blank=True,
        help_text=_("Nơi thực hiện phóng sự, ví dụ: Xã Long Sơn."),
    )

    content_panels = [*MaterialPage.content_panels, FieldPanel("location")]
    template = "content/reportage_page.html"
    kind_code = "reportage"
    kind_label = _("Phóng sự")

    class Meta:
        verbose_name = _("phóng sự")
        verbose_name_plural = _("phóng sự")


class SpecialPage(MaterialPage):
    """A special page or column: materials of any agency grouped around one theme."""

    content_panels = [
        *MaterialPage.content_panels,
        InlinePanel("items", label=_("Tài liệu trong chuyên đề")),
    ]
    parent_page_types = ["content.LibraryPage"]
    template = "content/special_page.html"
    kind_code = "special"
    kind_label = _("Chuyên đề, chuyên mục")

    class Meta:
        verbose_name = _("chuyên đề, chuyên mục")
        verbose_name_plural = _("chuyên đề, chuyên mục")

    def grouped_materials(self):
        ids = [item.material_id for item in self.items.all() if item.material_id]
        found = {
            m.pk: m
            for m in MaterialPage.objects.published().filter(pk__in=ids).for_cards()
        }
        return [found[i] for i in ids if i in found]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["grouped"] = self.grouped_materials()
        return context


class SpecialPageItem(Orderable):
    """A material placed in a special page, in the editor's order."""

    page = ParentalKey(SpecialPage, related_name="items", on_delete=models.CASCADE)
    material = models.ForeignKey(
        MaterialPage,
        verbose_name=_("tài liệu"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Tài liệu của bất kỳ cơ quan nào."),
    )

    panels = [FieldPanel("material")]


# Stable codes (filters, feeds, API) to page types, in the order the filters show them.
MATERIAL_KINDS = {
    model.kind_code: model
    for model in [
        LeafletPage,
        VideoPage,
        HandbookPage,
        BookletPage,
        ReportagePage,
        SpecialPage,
    ]
}
