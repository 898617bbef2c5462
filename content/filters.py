"""The library's filter form: kind, topic, audience, language, agency, year, sorting.

A GET form, so every filtered listing has a URL that can be shared or bookmarked. Its
choices are cached lists (see ``caching``), so drawing the form costs no query.
"""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.caching import cached
from portal.directory.models import Agency

from .models import MATERIAL_KINDS, Audience, MaterialLanguage, MaterialPage, Topic

SORTS = {
    "moi-nhat": ("-publication_date", "-pk"),
    "cu-nhat": ("publication_date", "pk"),
    "ten": ("title", "pk"),
}
TERM_FIELDS = {
    "chu_de": (Topic, "topics__slug"),
    "doi_tuong": (Audience, "audiences__slug"),
    "ngon_ngu": (MaterialLanguage, "languages__slug"),
}


def _term_choices(model):
    rows = cached(
        f"terms:{model._meta.model_name}",
        lambda: list(model.objects.values_list("slug", "name", "name_en")),
    )
    english = (get_language() or "vi").startswith("en")
    return [
        (slug, (name_en or name) if english else name) for slug, name, name_en in rows
    ]


def _agency_choices():
    return cached(
        "agencies-with-materials",
        lambda: [
            (a.slug, str(a))
            for a in Agency.objects.filter(materials__live=True).distinct()
        ],
    )


def _year_choices(locale_id):
    return cached(
        f"years:{locale_id}",
        lambda: [
            d.year
            for d in MaterialPage.objects.live()
            .filter(locale_id=locale_id)
            .dates("publication_date", "year", order="DESC")
        ],
    )


class MaterialFilterForm(forms.Form):
    """Filters of the library listing and of the feeds; invalid values are ignored."""

    loai = forms.ChoiceField(label=_("Loại tài liệu"), required=False)
    chu_de = forms.ChoiceField(label=_("Chủ đề"), required=False)
    doi_tuong = forms.ChoiceField(label=_("Đối tượng"), required=False)
    ngon_ngu = forms.ChoiceField(label=_("Ngôn ngữ"), required=False)
    co_quan = forms.ChoiceField(label=_("Cơ quan"), required=False)
    nam = forms.TypedChoiceField(
        label=_("Năm phát hành"), required=False, coerce=int, empty_value=None
    )
    sap_xep = forms.ChoiceField(
        label=_("Sắp xếp"),
        required=False,
        choices=[
            ("moi-nhat", _("Mới nhất")),
            ("cu-nhat", _("Cũ nhất")),
            ("ten", _("Theo tên (A–Z)")),
        ],
    )

    def __init__(self, data=None, locale_id=None, with_years=True, **kwargs):
        super().__init__(data, **kwargs)
        everyone = [("", _("Tất cả"))]
        self.fields["loai"].choices = everyone + [
            (code, model.kind_label) for code, model in MATERIAL_KINDS.items()
        ]
        for name, (model, _lookup) in TERM_FIELDS.items():
            self.fields[name].choices = everyone + _term_choices(model)
        self.fields["co_quan"].choices = everyone + _agency_choices()
        if with_years and locale_id is not None:
            self.fields["nam"].choices = everyone + [
                (year, str(year)) for year in _year_choices(locale_id)
            ]
        else:
            del self.fields["nam"]

    def apply(self, materials):
        """``materials`` narrowed by the valid filters and sorted."""
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("loai"):
            materials = materials.of_kind(data["loai"])
        for name, (_model, lookup) in TERM_FIELDS.items():
            if data.get(name):
                materials = materials.filter(**{lookup: data[name]})
        if data.get("co_quan"):
            materials = materials.filter(owner_agency__slug=data["co_quan"])
        if data.get("nam"):
            materials = materials.filter(publication_date__year=data["nam"])
        return materials.order_by(*SORTS[data.get("sap_xep") or "moi-nhat"])

    def is_valid(self):
        # An unknown value in one filter must not drop the others: keep the valid ones.
        if not self.is_bound:
            return False
        super().is_valid()
        for name in list(self.errors):
            self.cleaned_data[name] = None
        return True

    def querystring(self):
        """The active, valid filters as a query string, for pagination and feeds."""
        if not self.is_valid():
            return ""
        return urlencode(
            [
                (name, self.data[name])
                for name in self.fields
                if self.cleaned_data.get(name)
            ]
        )
