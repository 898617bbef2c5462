"""Models of the library, split by concern; import them from ``content.models``."""

from .metrics import CommunicationEvent, MaterialDailyStat
from .pages import (
    MATERIAL_KINDS,
    AgencyLibraryPage,
    BookletPage,
    HandbookPage,
    LeafletPage,
    LeafletPreview,
    LibraryPage,
    Licence,
    MaterialPage,
    ReportagePage,
    SpecialPage,
    SpecialPageItem,
    VideoPage,
    embed_player_url,
)
from .taxonomy import Audience, MaterialLanguage, Region, Topic

__all__ = [
    "MATERIAL_KINDS",
    "AgencyLibraryPage",
    "Audience",
    "BookletPage",
    "CommunicationEvent",
    "HandbookPage",
    "LeafletPage",
    "LeafletPreview",
    "LibraryPage",
    "Licence",
    "MaterialDailyStat",
    "MaterialLanguage",
    "MaterialPage",
    "Region",
    "ReportagePage",
    "SpecialPage",
    "SpecialPageItem",
    "Topic",
    "VideoPage",
    "embed_player_url",
]
