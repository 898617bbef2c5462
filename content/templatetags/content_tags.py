"""Template tags of the library for other apps' pages (the home page in particular)."""

from django import template
from wagtail.models import Locale

from ..models import MATERIAL_KINDS, LibraryPage, MaterialPage

register = template.Library()


@register.inclusion_tag("content/tags/latest_materials.html", takes_context=True)
def latest_materials(context, per_kind=1, scan=60):
    """The newest published materials of each kind in the current language.

    One query for the newest ``scan`` materials, grouped here, so the home page's cost does
    not grow with the number of kinds.
    """
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return {"groups": [], "library": None, "request": context.get("request")}
    newest = list(
        MaterialPage.objects.published()
        .originals()
        .filter(locale=locale)
        .for_cards()
        .order_by("-publication_date", "-pk")[:scan]
    )
    by_kind = {code: [] for code in MATERIAL_KINDS}
    for material in newest:
        bucket = by_kind.get(material.kind)
        if bucket is not None and len(bucket) < per_kind:
            bucket.append(material)
    groups = [
        {"code": code, "label": MATERIAL_KINDS[code].kind_label, "materials": found}
        for code, found in by_kind.items()
        if found
    ]
    library = LibraryPage.objects.live().filter(locale=locale).first()
    return {"groups": groups, "library": library, "request": context.get("request")}
