"""The read-only JSON API of published materials (Wagtail API v2).

Mounted at /api/v2/; only the ``materials`` endpoint is exposed, not the whole page tree.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from .models import MaterialPage


class MaterialsAPIViewSet(PagesAPIViewSet):
    """Published, public materials (originals, not aliases) of every agency and kind."""

    name = "materials"
    model = MaterialPage
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "summary",
        "kind",
        "owner_agency_name",
        "publication_date",
        "download_url",
    ]

    def get_base_queryset(self):
        return (
            super().get_base_queryset().type(MaterialPage).filter(alias_of__isnull=True)
        )


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("materials", MaterialsAPIViewSet)
