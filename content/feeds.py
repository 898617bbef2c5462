"""RSS and Atom feeds of new materials, for agency websites and social pages.

One feed for everything; the same query parameters as the library (``loai``, ``chu_de``,
``co_quan`` …) narrow it to a kind, a topic or an agency.
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .filters import MaterialFilterForm
from .models import MaterialPage


@dataclass(frozen=True)
class FeedQuery:
    """What one feed request asks for."""

    request: HttpRequest
    form: MaterialFilterForm


class MaterialsFeed(Feed):
    """RSS 2.0 feed of the newest published materials, optionally filtered."""

    limit = 30

    def get_object(self, request, *args, **kwargs):
        # The feed instance serves every request (threads too): the request travels in
        # the object, never on ``self``.
        return FeedQuery(
            request, MaterialFilterForm(request.GET or None, with_years=False)
        )

    def title(self, query):
        return _("Tài liệu truyền thông phòng, chống mua bán người")

    def link(self, query):
        return query.request.build_absolute_uri("/")

    def description(self, query):
        return _("Các tài liệu mới nhất của các cơ quan tham gia.")

    def items(self, query):
        try:
            locale = Locale.get_active()
        except Locale.DoesNotExist:
            locale = None
        materials = MaterialPage.objects.published().originals()
        if locale is not None:
            materials = materials.filter(locale=locale)
        materials = query.form.apply(materials).select_related("owner_agency")
        return materials.order_by("-publication_date", "-pk")[: self.limit]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url()

    def item_pubdate(self, item):
        return timezone.make_aware(
            datetime.datetime.combine(item.publication_date, datetime.time(8, 0))
        )

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return str(item.owner_agency)

    def item_categories(self, item):
        return [str(item.kind_name)]


class MaterialsAtomFeed(MaterialsFeed):
    """The same feed in Atom 1.0."""

    feed_type = Atom1Feed
    subtitle = MaterialsFeed.description
