"""Flow nodes of the workspace: a human task routed to an agency and a role (with a
deadline), and a parallel split that creates one task per agency.

Used by every flow of the workspace (training, referrals …)::

    nominate = (
        AgencyView(views.NominateView.as_view())
        .Route(agency=lambda activation: activation.task_agency, role=PROCESS_STAFF)
        .Deadline(days=7)
        .Next(this.join_nominations)
    )
"""

from functools import update_wrapper

from django.contrib import messages
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext as _
from viewflow import this
from viewflow.fsm import TransitionNotAllowed
from viewflow.workflow import flow
from viewflow.workflow.activation import Activation
from viewflow.workflow.exceptions import FlowRuntimeError
from viewflow.workflow.nodes.split import SplitActivation
from viewflow.workflow.nodes.view import ViewActivation
from viewflow.workflow.status import STATUS

from portal.directory.models import Agency

from . import assignment
from .deadlines import deadline_for

# Tasks routed by agency carry this marker permission, which nobody holds: viewflow's
# own queues then stay empty and only the workspace's lists (assignment.py) show them.
ROUTED = "workflows.routed_task"
OPEN = [STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED]


class AgencyViewActivation(ViewActivation):
    """Creates the task's route (agency, role, deadline) with the task."""

    @classmethod
    def create(cls, flow_task, prev_activation, token, data=None, seed=None):
        activation = super().create(flow_task, prev_activation, token, data, seed)
        flow_task.create_route(activation)
        return activation

    @property
    def task_agency(self):
        """The agency named in the task's data (one task per agency in a split)."""
        agency_id = (self.task.data or {}).get("agency")
        return Agency.objects.get(pk=agency_id) if agency_id else None


def _conflict(request, task):
    # The other person was first: say so and keep them on their inbox.
    if task.status == STATUS.DONE:
        text = _(
            "Việc này đã được hoàn thành bởi người khác; thông tin bạn nhập chưa được lưu."
        )
    elif task.status == STATUS.CANCELED:
        text = _("Việc này đã bị hủy cùng quy trình; thông tin bạn nhập chưa được lưu.")
    else:
        text = _("Việc này đã được người khác nhận xử lý.")
    messages.error(request, text)
    from .site import inbox_url

    return HttpResponseRedirect(inbox_url())


def _guarded(node, origin_view, permission, start=False, race=True):
    """Like viewflow's task view wrapper, but a task someone else finished or claimed
    meanwhile gives a clear message instead of a bare 403."""

    def view(request, *args, **kwargs):
        process_pk, task_pk = kwargs.get("process_pk"), kwargs.get("task_pk")
        if process_pk is None or task_pk is None:
            raise ImproperlyConfigured("Task URLs need process_pk and task_pk")

        def call():
            task = get_object_or_404(
                node.flow_class.task_class, pk=task_pk, process_id=process_pk
            )
            if task.process.flow_class != node.flow_class or task.flow_task != node:
                raise Http404
            if task.status in (STATUS.DONE, STATUS.CANCELED):
                return _conflict(request, task)
            request.activation = node.activation_class(task)
            if not permission(request.user, task=task):
                if race and assignment.can_take(request.user, task):
                    if task.status == STATUS.NEW and not task.owner_id:
                        # Not taken yet: take it first.
                        return HttpResponseRedirect(
                            node.reverse("assign", args=[task.process_id, task.pk])
                        )
                    # Allowed to take it, but a colleague was first.
                    return _conflict(request, task)
                raise PermissionDenied
            if start:
                request.activation.start(request)
            return origin_view(request, *args, **kwargs)

        try:
            if request.method == "POST":
                with node.flow_class.lock(process_pk), transaction.atomic():
                    return call()
            return call()
        except TransitionNotAllowed as error:
            raise PermissionDenied(",".join(error.args)) from error

    update_wrapper(view, origin_view)
    return view


class AgencyView(flow.View):
    """A human task for "an agency's role": resolved through the directory when the
    task is created, with a deadline from the flow or the admin (``DeadlineRule``)."""

    activation_class = AgencyViewActivation

    @property
    def index_view_class(self):
        from .views import TaskIndexView

        return TaskIndexView

    @property
    def assign_view_class(self):
        from .views import ClaimTaskView

        return ClaimTaskView

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._route_agency = None
        self._route_function = None
        self._route_role = None
        self._default_days = None
        self._due = None
        self._on_overdue = None
        self._owner_permission = ROUTED
        self._owner_permission_obj = None

    def Route(self, role, agency=None, function=None):
        """Route to ``role`` in ``agency`` (a callable taking the activation) or in the
        agency holding ``function`` in the directory on the day of creation."""
        if (agency is None) == (function is None):
            raise ValueError("Route needs exactly one of agency= or function=")
        self._route_role = role
        self._route_agency = agency
        self._route_function = function
        return self

    def Deadline(self, days=None, due=None):
        """Default deadline in days (an admin ``DeadlineRule`` for this step wins), or
        ``due``: a callable taking the activation and returning the moment, for
        deadlines the organiser sets (a consultation's answer date)."""
        self._default_days = days
        self._due = due
        return self

    def OnOverdue(self, handler):
        """What the periodic deadline check does with the task once it is overdue
        (e.g. record "no answer" and close it), besides escalating to the head."""
        self._on_overdue = handler
        return self

    def _resolve(self, instance):
        super()._resolve(instance)
        self._route_agency = this.resolve(instance, self._route_agency)
        self._due = this.resolve(instance, self._due)
        self._on_overdue = this.resolve(instance, self._on_overdue)

    @property
    def node_key(self):
        return f"{self.flow_class.instance.app_label}.{self.name}"

    def resolve_agency(self, activation):
        if self._route_function:
            return assignment.agency_for_function(self._route_function)
        return self._route_agency(activation)

    def create_route(self, activation):
        from .models import Participation, TaskRoute
        from .notifications import notify

        task = activation.task
        agency = self.resolve_agency(activation)
        if agency is None:
            raise FlowRuntimeError(f"No agency for {self.name}")
        if self._due is not None:
            due_at, reference = self._due(activation), None
        else:
            due_at, reference, _remind = deadline_for(self.node_key, self._default_days)
        route = TaskRoute.objects.create(
            task=task,
            agency=agency,
            role=self._route_role,
            function=self._route_function or "",
            due_at=due_at,
            legal_reference=reference,
        )
        Participation.objects.get_or_create(
            process_id=task.process_id,
            agency=agency,
            defaults={"kind": Participation.Kind.INVITED},
        )
        task.route = route
        recipients = (
            [task.owner] if task.owner_id else assignment.candidates(agency, route.role)
        )
        notify("new_task", task, recipients)

    # Permissions: by route and ownership (with delegations), not by global perms.
    def can_assign(self, user, task):
        return (
            not task.owner_id
            and task.status == STATUS.NEW
            and assignment.can_take(user, task)
        )

    def can_execute(self, user, task):
        return assignment.acts_for_owner(user, task)

    def can_unassign(self, user, task):
        if not task.owner_id:
            return False
        route = assignment.route_of(task)
        return assignment.acts_for_owner(user, task) or bool(
            route and assignment.is_head_of(user, route.agency_id)
        )

    def can_view(self, user, task):
        return assignment.can_see_process(user, task.process_id)

    @property
    def view_path(self):
        return path(
            f"<int:process_pk>/{self.name}/<int:task_pk>/execute/",
            _guarded(self, self.view, self.can_execute, start=True),
            name="execute",
        )

    @property
    def assign_path(self):
        return path(
            f"<int:process_pk>/{self.name}/<int:task_pk>/assign/",
            _guarded(self, self.assign_view, self.can_assign),
            name="assign",
        )

    @property
    def reassign_view(self):
        from .views import ReassignTaskView

        return ReassignTaskView.as_view()

    @property
    def reassign_path(self):
        return path(
            f"<int:process_pk>/{self.name}/<int:task_pk>/reassign/",
            _guarded(self, self.reassign_view, self.can_reassign, race=False),
            name="reassign",
        )

    def can_reassign(self, user, task):
        """The owner (or their delegate) and the agency's head may hand a task on."""
        route = assignment.route_of(task)
        if route is None:
            return False
        return assignment.acts_for_owner(user, task) or assignment.is_head_of(
            user, route.agency_id
        )


class AgencySplitActivation(SplitActivation):
    """Creates one task per item of a branch's data source (one per agency)."""

    @Activation.status.super()
    def activate(self):
        for node, cond, data_source in self.flow_task._branches:
            if cond and not cond(self):
                continue
            if data_source is None:
                self.next_tasks.append((node, None))
            else:
                self.next_tasks.extend((node, item) for item in data_source(self))
        if not self.next_tasks:
            raise FlowRuntimeError(f"No next task available for {self.flow_task.name}")


class AgencySplit(flow.Split):
    """A parallel split where a branch can run once per agency: ``data_source`` returns
    a list of task data, e.g. ``[{"agency": 3}, {"agency": 5}]``."""

    activation_class = AgencySplitActivation

    def Next(self, node, case=None, data_source=None):
        self._activate_next.append((node, case, data_source))
        return self
