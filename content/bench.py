"""Bench scenarios of the library: a filtered listing and a material page."""

from portal.bench.hooks import Scenario


def scenarios():
    from content.models.pages import LeafletPage, LibraryPage

    rows = []
    library = LibraryPage.objects.live().filter(locale__language_code="vi").first()
    if library is not None:
        rows.append(
            Scenario(
                "library listing (filtered)",
                f"{library.url}?co_quan=so-y-te-tphcm&sap_xep=moi-nhat",
            )
        )
    leaflet = LeafletPage.objects.live().filter(locale__language_code="vi").first()
    if leaflet is not None:
        rows.append(Scenario("material page", leaflet.url))
    return rows
