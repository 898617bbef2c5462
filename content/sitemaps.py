"""The sitemap of the public site in both languages."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    """Wagtail's sitemap, extended from the site's root to every translation of it, so
    the English pages are listed beside the Vietnamese ones."""

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = root.get_translations(inclusive=True)
        pages = Page.objects.none()
        for translated_root in roots:
            pages = pages | Page.objects.descendant_of(translated_root, inclusive=True)
        return (
            pages.live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
