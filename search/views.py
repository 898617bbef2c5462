"""Public search, staff search and autocomplete; all three go through ``search.query``."""

from urllib.parse import urlencode

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.models import Page, Site

from portal.caching import active_locale_id

from . import query

FACET_LABELS = {
    "kind": _("Loại"),
    "topic": _("Chủ đề"),
    "audience": _("Đối tượng"),
    "agency": _("Cơ quan"),
    "process": _("Quy trình"),
    "year": _("Năm"),
    "file_type": _("Loại tệp"),
}


def _page_number(raw) -> int:
    try:
        return max(1, min(int(raw), 10_000))
    except (TypeError, ValueError):
        return 1


class BaseSearchView(TemplateView):
    """Reads the query, the facet filters and the page number; renders the outcome."""

    public = True
    facet_names = ("kind", "topic", "audience", "agency", "year")

    def get_context_data(self, **kwargs):
        params = self.request.GET
        raw_filters = {name: params.getlist(name) for name in self.facet_names}
        outcome = query.search(
            params.get("q", ""),
            self.request,
            public=self.public,
            filters=raw_filters,
            page=_page_number(params.get("page")),
            facet_names=self.facet_names,
        )
        return {
            **super().get_context_data(**kwargs),
            "outcome": outcome,
            "query": outcome.query,
            "facets": self._facet_links(outcome),
            "page_links": self._page_links(outcome),
            "searched": bool(params.get("q", "").strip()),
        }

    def _url(self, query_text, filters, page=None):
        items = [("q", query_text)]
        for name, values in filters.items():
            items.extend((name, v) for v in values)
        if page and page > 1:
            items.append(("page", page))
        return f"{self.request.path}?{urlencode(items)}"

    def _facet_links(self, outcome):
        """Each facet value with the URL that toggles it (back to page one)."""
        groups = []
        for name, values in outcome.facets.items():
            if len(values) < 1:
                continue
            links = []
            for value in values:
                chosen = dict(outcome.filters)
                current = list(chosen.get(name, []))
                if value.selected:
                    current.remove(value.value)
                else:
                    current.append(value.value)
                chosen[name] = current
                links.append({"facet": value, "url": self._url(outcome.query, chosen)})
            groups.append({"name": name, "label": FACET_LABELS[name], "links": links})
        return groups

    def _page_links(self, outcome):
        page = outcome.page
        if page is None or page.paginator.num_pages < 2:
            return {}
        links = {}
        if page.has_previous():
            links["previous"] = self._url(
                outcome.query, outcome.filters, page.previous_page_number()
            )
        if page.has_next():
            links["next"] = self._url(
                outcome.query, outcome.filters, page.next_page_number()
            )
        return links


class PublicSearchView(BaseSearchView):
    """/search/: published public pages in the language being read."""

    template_name = "search/search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if context["searched"] and not context["outcome"].total:
            context["popular_pages"] = self.popular_pages()
        return context

    def popular_pages(self):
        """Pages the site puts in its menu, in this language: where most people go."""
        site = Site.find_for_request(self.request)
        if site is None:
            return []
        root = site.root_page.localized
        pages = (
            Page.objects.live()
            .public()
            .in_menu()
            .child_of(root)
            .filter(locale_id=active_locale_id())
        )
        return [root, *pages[:6]]


class StaffSearchView(LoginRequiredMixin, BaseSearchView):
    """/search/staff/: everything the signed-in user may see, drafts and files included."""

    template_name = "search/staff_search.html"
    public = False
    facet_names = ("kind", "agency", "process", "year", "file_type")


class SuggestView(View):
    """Autocomplete as JSON: titles and links, public sources only (staff with
    ``?scope=staff`` when signed in)."""

    def get(self, request):
        staff = request.GET.get("scope") == "staff" and request.user.is_authenticated
        hits = query.autocomplete(request.GET.get("q", ""), request, public=not staff)
        return JsonResponse(
            {"results": [{"title": h.title, "url": h.url} for h in hits]}
        )
