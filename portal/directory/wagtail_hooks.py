"""The directory in the Wagtail admin (wagtail-modeladmin): search, filters by kind, unit
and validity. Agency administrators see and manage only their own agencies' members."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from .admin_forms import (
    AgencyEditView,
    MembershipForm,
    ScopedDeleteView,
    ScopedEditView,
    managed_agencies,
)
from .filters import ValidityFilter
from .models import (
    AdministrativeUnit,
    Agency,
    Function,
    FunctionAssignment,
    LegalReference,
    Membership,
)


class AdministrativeUnitAdmin(ModelAdmin):
    """Administrative units: the dated tree of province, districts and communes."""

    model = AdministrativeUnit
    menu_icon = "site"
    list_display = ("name", "code", "level", "parent", "valid_from", "valid_to")
    list_filter = ("level", ValidityFilter)
    search_fields = ("name", "code")
    list_select_related = ("parent",)


class AgencyAdmin(ModelAdmin):
    """Agencies, with their kind, parent, area and contacts."""

    model = Agency
    menu_icon = "group"
    list_display = ("name", "short_name", "kind", "unit", "valid_from", "valid_to")
    list_filter = ("kind", "unit", ValidityFilter)
    search_fields = ("name", "short_name", "slug", "email")
    list_select_related = ("unit",)
    edit_view_class = AgencyEditView

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        managed = managed_agencies(request.user)
        if managed is None:
            return queryset
        return queryset.filter(pk__in=[a.pk for a in managed])


class FunctionAdmin(ModelAdmin):
    """Functions the processes assign work to."""

    model = Function
    menu_icon = "tag"
    list_display = ("name", "code")
    search_fields = ("name", "code")


class FunctionAssignmentAdmin(ModelAdmin):
    """Which agency holds which function, where and when."""

    model = FunctionAssignment
    menu_icon = "link"
    list_display = ("function", "agency", "area", "valid_from", "valid_to")
    list_filter = ("function", "agency__kind", ValidityFilter)
    search_fields = ("function__name", "agency__name", "agency__short_name")
    list_select_related = ("function", "agency", "area")


class LegalReferenceAdmin(ModelAdmin):
    """Legal provisions behind deadlines, forms and amounts."""

    model = LegalReference
    menu_icon = "doc-full"
    list_display = (
        "document_number",
        "article",
        "title",
        "deadline_days",
        "valid_from",
    )
    list_filter = (ValidityFilter,)
    search_fields = ("document_number", "title", "article")


class MembershipAdmin(ModelAdmin):
    """Users' dated memberships in agencies, with their roles."""

    model = Membership
    menu_icon = "user"
    list_display = ("user", "agency", "position", "valid_from", "valid_to")
    list_filter = ("agency__kind", "agency", "roles", ValidityFilter)
    search_fields = (
        "user__username",
        "user__first_name",
        "user__last_name",
        "agency__name",
    )
    list_select_related = ("user", "agency")
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    edit_handler = ObjectList(
        [
            FieldPanel("user"),
            FieldPanel("agency"),
            FieldPanel("roles"),
            FieldPanel("position"),
            FieldPanel("valid_from"),
            FieldPanel("valid_to"),
        ],
        base_form_class=MembershipForm,
    )

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        managed = managed_agencies(request.user)
        if managed is None:
            return queryset
        return queryset.filter(agency__in=managed)


class DirectoryGroup(ModelAdminGroup):
    """The "Directory" menu of the admin."""

    menu_label = _("Danh bạ")
    menu_icon = "list-ul"
    menu_order = 300
    items = (
        AgencyAdmin,
        MembershipAdmin,
        FunctionAssignmentAdmin,
        FunctionAdmin,
        AdministrativeUnitAdmin,
        LegalReferenceAdmin,
    )


modeladmin_register(DirectoryGroup)
