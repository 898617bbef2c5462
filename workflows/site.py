"""The private workspace: viewflow's Site mounted at /workspace/ (and /en/workspace/).

``WORKSPACE_VIEWSETS`` is the one list of flows the workspace shows; a new process
(e.g. victim referrals) adds ``WorkspaceFlowViewset(ReferralFlow, icon=...)`` to it.
The shared lists (inbox, queue, archive), delegations and notifications are the
``WorkspaceApp``; each flow keeps viewflow's dashboard, process list and diagram.
"""

from django.urls import get_resolver, path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from viewflow.urls import Application, Site
from viewflow.workflow.flow import FlowAppViewset

from . import views
from .conferences.flows import ConferenceFlow
from .consultations.flows import ConsultationFlow
from .reporting import views as reporting_views
from .reporting.flows import ReportFlow
from .training.flows import TrainingFlow


class WorkspaceFlowViewset(FlowAppViewset):
    """A flow in the workspace: viewflow's views, with the workspace's own inbox,
    queue and archive (routed by agency and role) and process page (history)."""

    base_template_name = "viewflow/workflow/base_page.html"
    inbox_view_class = views.InboxView
    queue_view_class = views.QueueView
    archive_view_class = views.ArchiveView
    process_detail_view_class = views.ProcessDetailView
    process_cancel_view_class = views.CancelProcessView
    dashboard_view_class = views.VisibleDashboardView
    process_list_view_class = views.VisibleProcessListView
    task_list_view_class = views.VisibleTaskListView

    def get_context_data(self, request):
        # The counts in viewflow's menu come from the workspace's own lists.
        return {
            "user_inbox": views.inbox_queryset(request.user, self._flow_class),
            "user_queue": views.queue_queryset(request.user, self._flow_class),
        }


class WorkspaceApp(Application):
    """The user's work across every flow: inbox, queue, archive, delegations,
    notifications and the processes they may start."""

    app_name = "tasks"
    title = _("Việc của tôi")
    icon = "inbox"

    @property
    def index_path(self):
        return path("", views.InboxView.as_view(), name="index")

    @property
    def queue_path(self):
        return path("queue/", views.QueueView.as_view(), name="queue")

    @property
    def archive_path(self):
        return path("archive/", views.ArchiveView.as_view(), name="archive")

    @property
    def start_path(self):
        return path("start/", views.StartView.as_view(), name="start")

    @property
    def delegations_path(self):
        return path("delegations/", views.DelegationView.as_view(), name="delegations")

    @property
    def notifications_path(self):
        return path(
            "notifications/", views.NotificationListView.as_view(), name="notifications"
        )

    @property
    def report_download_path(self):
        return path(
            "reports/<int:process_pk>/consolidated.<str:fmt>",
            reporting_views.download,
            name="report_download",
        )

    @property
    def file_path(self):
        return path(
            "files/<str:kind>/<int:pk>/",
            views.ProcessFileView.as_view(),
            name="file",
        )


WORKSPACE_VIEWSETS = [
    WorkspaceFlowViewset(TrainingFlow, icon="school"),
    WorkspaceFlowViewset(ReportFlow, icon="summarize"),
    WorkspaceFlowViewset(ConsultationFlow, icon="rate_review"),
    WorkspaceFlowViewset(ConferenceFlow, icon="groups"),
]


class WorkspaceSite(Site):
    """The workspace behind sign-in (see middleware.py): its index is the inbox."""

    title = _("Không gian làm việc")

    @property
    def index_path(self):
        return path(
            "", RedirectView.as_view(pattern_name="workspace:tasks:index"), name="index"
        )

    def has_view_permission(self, user, obj=None):
        return user.is_authenticated


site = WorkspaceSite(
    app_name="workspace", viewsets=[WorkspaceApp(), *WORKSPACE_VIEWSETS]
)


def ensure_urls() -> None:
    """viewflow reverses a flow's URLs through the viewsets that mount it; outside a
    request (worker, management command) the URLconf must be loaded first."""
    get_resolver().url_patterns  # noqa: B018 - imports the URLconf once


def inbox_url() -> str:
    return reverse("workspace:tasks:index")


def process_url(process) -> str:
    return process.flow_class.instance.reverse("process_detail", args=[process.pk])


def flow_classes():
    """Every flow shown in the workspace."""
    return [viewset._flow_class for viewset in WORKSPACE_VIEWSETS]
