"""The referral flow as a viewflow app, with need-to-know and the second factor enforced
on every URL it serves.

``referral_viewset`` goes into the workspace's ``viewflow.urls.Site``. Each of its URLs
(viewflow's own and the case pages) is wrapped by ``guard``: anonymous users go to the
sign-in page, users without a case role get 404, users who have not passed the second
factor go to it, and any URL naming a process of a case the user may not see is 404.
"""

from functools import wraps
from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponseRedirect
from django.urls import URLPattern, URLResolver, path, reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from viewflow.utils import viewprop
from viewflow.workflow.flow import FlowAppViewset
from viewflow.workflow.flow.views import (
    FlowArchiveListView,
    FlowInboxListView,
    FlowQueueListView,
)
from viewflow.workflow.status import STATUS

from portal.audit.models import AuditEvent
from portal.audit.services import record

from . import case_views
from .access import filter_tasks, has_case_role
from .flows import ReferralFlow
from .models import Case, ReferralProcess


def second_factor_passed(user) -> bool:
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


def visible_case_code(user, process_pk):
    """The code of the case behind ``process_pk`` if ``user`` may see it, else None."""
    process = ReferralProcess.objects.filter(
        pk=process_pk,
        artifact_content_type=ContentType.objects.get_for_model(Case),
        artifact_object_id__in=Case.objects.visible_to(user).values("pk"),
    ).first()
    if process is None:
        return None
    return (
        Case.objects.filter(pk=process.artifact_object_id)
        .values_list("code", flat=True)
        .first()
    )


def guard(view):
    """Wraps one view of the referral app with the case access rules.

    Every POST parameter is marked sensitive, so an error report never carries what a
    case worker typed.
    """

    @wraps(view)
    @sensitive_post_parameters()
    def guarded(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not has_case_role(user):
            raise Http404
        if not second_factor_passed(user):
            query = urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(f"{reverse('accounts:otp_verify')}?{query}")
        process_pk = kwargs.get("process_pk")
        if process_pk is not None:
            code = visible_case_code(user, process_pk)
            if code is None:
                raise Http404
            if request.method == "GET" and request.resolver_match.url_name != "execute":
                # viewflow's own process and task pages are reads of the case too
                # (the step pages log themselves).
                record(
                    request,
                    code,
                    AuditEvent.Action.VIEW,
                    f"flow:{request.resolver_match.url_name}",
                )
        response = view(request, *args, **kwargs)
        # Case pages are never cached by browsers or proxies, nor indexed.
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return guarded


def _guard_patterns(patterns):
    for entry in patterns:
        if isinstance(entry, URLPattern):
            if not getattr(entry.callback, "_case_guarded", False):
                entry.callback = guard(entry.callback)
                entry.callback._case_guarded = True
        elif isinstance(entry, URLResolver):
            _guard_patterns(entry.url_patterns)
    return patterns


class CaseInboxView(FlowInboxListView):
    """The user's own referral tasks, only of cases they may see."""

    @viewprop
    def queryset(self):
        tasks = self.model._default_manager.filter(
            process__flow_class=self.flow_class,
            owner=self.request.user,
            status=STATUS.ASSIGNED,
        )
        return filter_tasks(
            self.request.user, tasks.select_related("process")
        ).order_by("-created")


class CaseQueueView(FlowQueueListView):
    """Referral tasks waiting for the user's agencies."""

    @viewprop
    def queryset(self):
        from .access import worker_agency_ids

        tasks = self.model._default_manager.filter(
            process__flow_class=self.flow_class,
            status=STATUS.NEW,
            data__agency__in=list(worker_agency_ids(self.request.user)),
        )
        return filter_tasks(
            self.request.user, tasks.select_related("process")
        ).order_by("-created")


class CaseArchiveView(FlowArchiveListView):
    """Referral tasks the user completed, of cases they may still see."""

    @viewprop
    def queryset(self):
        tasks = self.model._default_manager.filter(
            process__flow_class=self.flow_class,
            owner=self.request.user,
            finished__isnull=False,
        )
        return filter_tasks(
            self.request.user, tasks.select_related("process")
        ).order_by("-created")


class ReferralViewset(FlowAppViewset):
    """Victim referrals in the workspace: case list, case pages, flow steps."""

    inbox_view_class = CaseInboxView
    queue_view_class = CaseQueueView
    archive_view_class = CaseArchiveView
    # viewflow's all-process and all-task dashboards list every case: replaced by the
    # need-to-know case list; bulk actions are not offered for cases.
    process_list_path = None
    task_list_path = None
    tasks_assign_path = None
    tasks_unassign_path = None

    @property
    def index_path(self):
        return path("", case_views.CaseListView.as_view(), name="index")

    case_detail_path = path(
        "case/<str:code>/", case_views.CaseDetailView.as_view(), name="case_detail"
    )
    print_case_path = path(
        "case/<str:code>/print/", case_views.CasePrintView.as_view(), name="print_case"
    )
    export_case_path = path(
        "case/<str:code>/export/",
        case_views.ExportCaseView.as_view(),
        name="export_case",
    )
    access_log_path = path(
        "case/<str:code>/access-log/",
        case_views.AccessLogView.as_view(),
        name="access_log",
    )
    edit_person_path = path(
        "case/<str:code>/person/",
        case_views.EditPersonView.as_view(),
        name="edit_person",
    )
    add_note_path = path(
        "case/<str:code>/notes/add/", case_views.AddNoteView.as_view(), name="add_note"
    )
    add_document_path = path(
        "case/<str:code>/documents/add/",
        case_views.AddDocumentView.as_view(),
        name="add_document",
    )
    document_path = path(
        "case/<str:code>/documents/<int:document_pk>/",
        case_views.DocumentDownloadView.as_view(),
        name="document",
    )
    add_service_path = path(
        "case/<str:code>/services/add/",
        case_views.AddServiceView.as_view(),
        name="add_service",
    )
    add_relative_path = path(
        "case/<str:code>/relatives/add/",
        case_views.AddRelativeView.as_view(),
        name="add_relative",
    )
    add_event_path = path(
        "case/<str:code>/events/add/",
        case_views.AddEventView.as_view(),
        name="add_event",
    )
    claim_task_path = path(
        "case/<str:code>/tasks/<int:task_pk>/claim/",
        case_views.ClaimTaskView.as_view(),
        name="claim_task",
    )

    def has_view_permission(self, user, obj=None):
        # viewflow's SiteMiddleware would answer 403 before ``guard`` runs; the guard
        # decides instead (login for anonymous users, 404 without a case role).
        return True

    def _get_urls(self):
        return _guard_patterns(super()._get_urls())


referral_viewset = ReferralViewset(
    ReferralFlow, icon="assignment_ind", title=_("Hồ sơ nạn nhân")
)
# Mounted as /workspace/cases/ in the workspace Site.
referral_viewset.app_name = "cases"
