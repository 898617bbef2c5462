"""Pages and settings of the public site, split by subject; import them from here."""

from .editorial import AgencyEditorial
from .events import EventIndexPage, EventPage, EventPageQuerySet
from .forms import FormField, FormPage
from .news import NewsIndexPage, NewsPage
from .pages import (
    AgencyPage,
    HomePage,
    SectionPage,
    StandardPage,
    attach_owner_agencies,
)
from .site_settings import NATIONAL_HOTLINE, SiteSettings

__all__ = [
    "NATIONAL_HOTLINE",
    "AgencyEditorial",
    "AgencyPage",
    "EventIndexPage",
    "EventPage",
    "EventPageQuerySet",
    "FormField",
    "FormPage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "SectionPage",
    "SiteSettings",
    "StandardPage",
    "attach_owner_agencies",
]
