"""Admin registrations of the library: taxonomy and community events as snippets, the
shared library and the evaluation report as admin views with menu items."""

from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from portal.directory.models import Agency

from . import admin_views, sharing
from .models import Audience, CommunicationEvent, MaterialLanguage, Region, Topic


class TermViewSet(SnippetViewSet):
    """A taxonomy term list in the admin."""

    list_display = ["name", "name_en", "slug"]
    search_fields = ["name", "name_en"]


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"


class LanguageViewSet(TermViewSet):
    model = MaterialLanguage
    icon = "globe"


class RegionViewSet(TermViewSet):
    model = Region
    icon = "site"


class CommunicationEventForm(WagtailAdminModelForm):
    """Staff record events of their own agencies only."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not for_user.is_superuser:
            self.fields["agency"].queryset = Agency.objects.filter(
                pk__in=[a.pk for a in sharing.communications_agencies(for_user)]
            )


def _own_events(request):
    events = CommunicationEvent.objects.select_related("agency", "audience")
    if request.user.is_superuser:
        return events
    return events.of_agencies(sharing.communications_agencies(request.user))


class OwnEventMixin:
    """Editing or deleting another agency's event is a 404, as if it did not exist."""

    def get_object(self, queryset=None):
        event = super().get_object(queryset)
        if not _own_events(self.request).filter(pk=event.pk).exists():
            raise Http404
        return event


class CommunicationEventEditView(OwnEventMixin, EditView):
    pass


class CommunicationEventDeleteView(OwnEventMixin, DeleteView):
    pass


class CommunicationEventViewSet(SnippetViewSet):
    """Community communication events, each agency seeing and editing its own."""

    model = CommunicationEvent
    icon = "date"
    form_class = CommunicationEventForm
    list_display = ["title", "date", "place", "agency", "number_reached"]
    list_filter = ["date", "audience"]
    search_fields = ["title", "place"]
    edit_view_class = CommunicationEventEditView
    delete_view_class = CommunicationEventDeleteView

    def get_queryset(self, request):
        return _own_events(request)


class LibraryViewSetGroup(SnippetViewSetGroup):
    """The library's menu group in the admin."""

    menu_label = _("Thư viện tài liệu")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        CommunicationEventViewSet,
        TopicViewSet,
        AudienceViewSet,
        LanguageViewSet,
        RegionViewSet,
    )


register_snippet(LibraryViewSetGroup)


@hooks.register("register_admin_urls")
def register_library_admin_urls():
    return [
        path(
            "thu-vien-chung/",
            admin_views.SharedLibraryView.as_view(),
            name="content_shared_library",
        ),
        path(
            "thu-vien-chung/<int:pk>/dung-lai/",
            admin_views.ReuseView.as_view(),
            name="content_reuse",
        ),
        path(
            "danh-gia-truyen-thong/",
            admin_views.EvaluationReportView.as_view(),
            name="content_report",
        ),
    ]


class CommunicationsMenuItem(MenuItem):
    """A menu item shown to communications staff only."""

    def is_shown(self, request):
        return sharing.is_communications_staff(request.user)


@hooks.register("register_admin_menu_item")
def register_shared_library_menu_item():
    return CommunicationsMenuItem(
        _("Thư viện dùng chung"),
        reverse("content_shared_library"),
        icon_name="doc-full-inverse",
        order=240,
    )


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return CommunicationsMenuItem(
        _("Đánh giá truyền thông"),
        reverse("content_report"),
        icon_name="table",
        order=260,
    )
