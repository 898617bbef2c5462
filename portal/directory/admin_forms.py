"""Admin forms and views of the directory that keep agency administrators inside their own
agencies: they choose only among them, and other agencies' records answer 404."""

from django.http import Http404
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail_modeladmin.views import DeleteView, EditView

from .models import Agency
from .roles import AGENCY_ADMINISTRATOR, role_groups
from .services import agencies_of


def managed_agencies(user):
    """Agencies whose records ``user`` may manage; ``None`` means every agency."""
    if user.is_superuser or user.has_perm("directory.add_agency"):
        return None
    return agencies_of(user, role=AGENCY_ADMINISTRATOR)


class MembershipForm(WagtailAdminModelForm):
    """Membership form: roles are role groups only; agency administrators pick among their
    own agencies."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["roles"].queryset = role_groups()
        managed = managed_agencies(self.for_user) if self.for_user else None
        if managed is not None:
            self.fields["agency"].queryset = Agency.objects.filter(
                pk__in=[a.pk for a in managed]
            )


class _ScopedInstanceMixin:
    """Answers 404 when the instance lies outside the agencies the user manages."""

    agency_attribute = "agency"

    def dispatch(self, request, *args, **kwargs):
        managed = managed_agencies(request.user)
        if managed is not None:
            agency = self.instance
            if self.agency_attribute:
                agency = getattr(self.instance, self.agency_attribute)
            if agency.pk not in {a.pk for a in managed}:
                raise Http404
        return super().dispatch(request, *args, **kwargs)


class ScopedEditView(_ScopedInstanceMixin, EditView):
    """Edit view limited to the user's managed agencies."""


class ScopedDeleteView(_ScopedInstanceMixin, DeleteView):
    """Delete view limited to the user's managed agencies."""


class AgencyEditView(ScopedEditView):
    """An agency administrator edits their own agency's record (contacts) only."""

    agency_attribute = None
