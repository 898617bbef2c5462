"""The built-in sources: pages (public and staff), documents and images (staff).

Permission rules come from Wagtail: page permissions for drafts, collection permissions
for documents and images. Each ``describe`` works on a whole list of hits and costs a fixed
number of queries, whatever the number of hits.
"""

import os

from django.db.models import Q
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.search import index

from .models import DocumentText
from .registry import Result, SearchSource, register

KIND = "kind"
YEAR = "year"
AGENCY = "agency"
FILE_TYPE = "file_type"
PROCESS = "process"
STATUS = "status"


def agency_names(user_ids) -> dict:
    """The agency each user works in today (the first, by name): one query."""
    from portal.directory.models import Membership

    names = {}
    memberships = (
        Membership.objects.valid_on(None)
        .filter(user_id__in={u for u in user_ids if u})
        .select_related("agency")
        .order_by("agency__name")
    )
    for membership in memberships:
        names.setdefault(membership.user_id, membership.agency)
    return names


def _year(*dates):
    for value in dates:
        if value:
            return [(str(value.year), str(value.year))]
    return []


def page_text(page) -> str:
    """The plain text of a page's searchable fields (a page type may define
    ``search_text()`` to choose it)."""
    if hasattr(page, "search_text"):
        return strip_tags(page.search_text() or "")
    parts = [page.search_description or ""]
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField):
            continue
        if search_field.field_name == "title":
            continue
        try:
            value = search_field.get_value(page)
        except AttributeError:
            continue
        if isinstance(value, list | tuple):
            value = " ".join(str(v) for v in value)
        parts.append(str(value or ""))
    return strip_tags(" ".join(parts))


def _reader(model):
    """How search reads hits of the page type ``model``: its own table, or a queryset
    it shares with its subclasses through a static ``search_queryset()`` (the material
    kinds share one, with their facets' data joined in)."""
    return getattr(model, "search_queryset", None) or model._default_manager.all


def specific_pages(pages) -> list:
    """The hits (plain ``Page`` objects) as their page types, for their text and facets:
    one query per reader (see ``_reader``) rather than per hit or per material kind.
    A page deleted in the meantime is left out."""
    groups = {}
    for page in pages:
        model = page.specific_class
        if model is not None:
            groups.setdefault(_reader(model), []).append(page.pk)
    found = {}
    for reader, ids in groups.items():
        found.update((p.pk, p) for p in reader().filter(pk__in=ids))
    return [found[page.pk] for page in pages if page.pk in found]


def _page_result(page, request, *, staff, agencies):
    # Read from the content type: a material is read as MaterialPage, whatever its kind.
    kind_meta = page.specific_class._meta
    kind = capfirst(kind_meta.verbose_name)
    facets = {
        KIND: [(kind_meta.label_lower, kind)],
        YEAR: _year(page.first_published_at, page.latest_revision_created_at),
    }
    if hasattr(page, "search_facet_values"):
        for name, values in page.search_facet_values().items():
            facets.setdefault(name, []).extend(values)
    url = page.get_url(request) if page.live else None
    flag = ""
    if staff:
        # A page that names its agency (a material's owner) keeps it; others get the
        # agency of the user who created them.
        agency = agencies.get(page.owner_id)
        if agency is not None and AGENCY not in facets:
            facets.setdefault(AGENCY, []).append((agency.slug, str(agency)))
        if not page.live:
            flag = str(_("Bản nháp, chưa xuất bản"))
            url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        url = url or reverse("wagtailadmin_pages:edit", args=[page.pk])
    return Result(
        obj=page,
        title=page.title,
        url=url or "",
        text=page_text(page),
        kind=kind,
        facets=facets,
        flag=flag,
    )


def public_pages(request):
    """Live pages without view restrictions, in the language being read. Hits are read
    as their page types by ``describe`` (``specific_pages``). The restricted sections
    and the locale come from the cache (see ``portal.caching``)."""
    from portal.caching import active_locale_id, restricted_paths

    queryset = Page.objects.live().filter(depth__gt=1, locale_id=active_locale_id())
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def staff_pages(request):
    """Live public pages in every language, plus every page the user may edit
    (drafts and unpublished ones included), as Wagtail's page permissions say."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(
        request.user, "change"
    )
    return Page.objects.filter(depth__gt=1).filter(
        Q(pk__in=Page.objects.live().public().values("pk"))
        | Q(pk__in=editable.values("pk"))
    )


def describe_public_pages(pages, request):
    return [
        _page_result(p, request, staff=False, agencies={})
        for p in specific_pages(pages)
    ]


def describe_staff_pages(pages, request):
    pages = specific_pages(pages)
    agencies = agency_names(p.owner_id for p in pages)
    return [_page_result(p, request, staff=True, agencies=agencies) for p in pages]


def _collections(user, policy):
    return policy.collections_user_has_any_permission_for(
        user, ["add", "change", "choose"]
    )


def staff_documents(request):
    """Documents in collections where the user may add, change or choose documents."""
    policy = policy_registry.get_by_type(get_document_model())
    return DocumentText.objects.filter(
        collection__in=_collections(request.user, policy)
    ).select_related("document")


def describe_documents(items, request):
    agencies = agency_names(i.document.uploaded_by_user_id for i in items)
    results = []
    for item in items:
        agency = agencies.get(item.document.uploaded_by_user_id)
        facets = {
            KIND: [("document", str(_("Tài liệu")))],
            YEAR: [(str(item.year), str(item.year))] if item.year else [],
            FILE_TYPE: [(item.file_type, item.file_type.upper())]
            if item.file_type
            else [],
        }
        if agency is not None:
            facets[AGENCY] = [(agency.slug, str(agency))]
        results.append(
            Result(
                obj=item,
                title=item.title,
                url=item.document.url,
                text=item.text,
                kind=str(_("Tài liệu")),
                facets=facets,
                flag=str(item.get_status_display()) if item.is_flagged else "",
            )
        )
    return results


def staff_images(request):
    """Images in collections where the user may add, change or choose images."""
    policy = policy_registry.get_by_type(get_image_model())
    return get_image_model().objects.filter(
        collection__in=_collections(request.user, policy)
    )


def describe_images(images, request):
    agencies = agency_names(i.uploaded_by_user_id for i in images)
    results = []
    for image in images:
        agency = agencies.get(image.uploaded_by_user_id)
        extension = os.path.splitext(image.file.name)[1].lstrip(".").lower()
        facets = {
            KIND: [("image", str(_("Hình ảnh")))],
            YEAR: _year(image.created_at),
            FILE_TYPE: [(extension, extension.upper())] if extension else [],
        }
        if agency is not None:
            facets[AGENCY] = [(agency.slug, str(agency))]
        results.append(
            Result(
                obj=image,
                title=image.title,
                url=reverse("wagtailimages:edit", args=[image.pk]),
                text=image.default_alt_text or "",
                kind=str(_("Hình ảnh")),
                facets=facets,
            )
        )
    return results


def register_builtin_sources():
    register(
        SearchSource(
            key="public-pages",
            label=_("Trang"),
            model=Page,
            queryset=public_pages,
            describe=describe_public_pages,
            public=True,
            staff=False,
            filters_on_index_fields=True,
        )
    )
    register(
        SearchSource(
            key="pages",
            label=_("Trang"),
            model=Page,
            queryset=staff_pages,
            describe=describe_staff_pages,
            filters_on_index_fields=True,
        )
    )
    register(
        SearchSource(
            key="documents",
            label=_("Tài liệu"),
            model=DocumentText,
            queryset=staff_documents,
            describe=describe_documents,
            filters_on_index_fields=True,
        )
    )
    register(
        SearchSource(
            key="images",
            label=_("Hình ảnh"),
            model=get_image_model(),
            queryset=staff_images,
            describe=describe_images,
            filters_on_index_fields=True,
        )
    )
