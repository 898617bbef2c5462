"""The workspace's shared pages: inbox, queue, archive, process history, cancel,
reassignment, delegations, notifications and protected process files."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import generic
from viewflow.workflow.flow import views as flow_views
from viewflow.workflow.models import Process, Task
from viewflow.workflow.status import PROCESS, STATUS

from portal.directory.dates import today
from portal.directory.services import agencies_of

from . import assignment
from .models import Delegation, Notification, Participation
from .notifications import notify

OPEN = [STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED]


def process_label(process) -> str:
    """A short, non-confidential label of a process, kept in its data at start."""
    label = (process.data or {}).get("label")
    return f"#{process.pk} {label}" if label else f"#{process.pk}"


class TaskListMixin(LoginRequiredMixin):
    """A list of tasks with their route, deadline and process, in a fixed number of
    queries whatever the number of rows."""

    template_name = "workflows/task_list.html"
    paginate_by = 50
    flow_class = None
    viewset = None
    title = ""
    tab = ""

    def base_queryset(self):
        queryset = Task.objects.filter(flow_task_type="HUMAN").select_related(
            "process", "route", "route__agency", "owner"
        )
        if self.flow_class is not None:
            queryset = queryset.filter(process__flow_class=self.flow_class)
        return queryset

    def order(self, queryset):
        # Overdue first, then by deadline (tasks without one last), then oldest first.
        now = timezone.now()
        return queryset.annotate(
            overdue_rank=Case(
                When(route__due_at__lt=now, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        ).order_by(
            "overdue_rank", F("route__due_at").asc(nulls_last=True), "created", "pk"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        reach = assignment.reach_of(self.request.user)
        rows = []
        for task in context["object_list"]:
            route = assignment.route_of(task)
            rows.append(
                {
                    "task": task,
                    "title": task.flow_task.task_title or str(task.flow_task),
                    "process": process_label(task.process),
                    "process_url": task.flow_task.flow_class.instance.reverse(
                        "process_detail", args=[task.process_id]
                    ),
                    "url": task.flow_task.reverse(
                        "index", args=[task.process_id, task.pk]
                    ),
                    "route": route,
                    "overdue": bool(route and route.is_overdue(now)),
                    "mine": task.owner_id in reach.owners,
                }
            )
        context.update(rows=rows, title=self.title, tab=self.tab)
        return context


def inbox_queryset(user, flow_class=None):
    """Open human tasks of ``user`` (and those they cover for) and of their agencies
    and roles."""
    reach = assignment.reach_of(user)
    queryset = Task.objects.filter(flow_task_type="HUMAN", status__in=OPEN).filter(
        Q(owner_id__in=reach.owners) | reach.route_q()
    )
    if flow_class is not None:
        queryset = queryset.filter(process__flow_class=flow_class)
    return queryset


def queue_queryset(user, flow_class=None):
    """Tasks nobody has taken yet that ``user`` may claim."""
    queryset = Task.objects.filter(
        flow_task_type="HUMAN", status=STATUS.NEW, owner__isnull=True
    ).filter(assignment.reach_of(user).route_q())
    if flow_class is not None:
        queryset = queryset.filter(process__flow_class=flow_class)
    return queryset


class InboxView(TaskListMixin, generic.ListView):
    """The user's open tasks and those of their agencies and roles, overdue first."""

    title = _("Hộp việc")
    tab = "inbox"

    def get_queryset(self):
        ids = inbox_queryset(self.request.user, self.flow_class).values("pk")
        return self.order(self.base_queryset().filter(pk__in=ids))


class QueueView(TaskListMixin, generic.ListView):
    """Tasks nobody has taken yet that the user may claim."""

    title = _("Việc có thể nhận")
    tab = "queue"

    def get_queryset(self):
        ids = queue_queryset(self.request.user, self.flow_class).values("pk")
        return self.order(self.base_queryset().filter(pk__in=ids))


class ArchiveView(TaskListMixin, generic.ListView):
    """Tasks the user has completed."""

    title = _("Việc đã xong")
    tab = "archive"

    def get_queryset(self):
        return (
            self.base_queryset()
            .filter(owner=self.request.user, finished__isnull=False)
            .order_by("-finished")
        )


class ProcessDetailView(LoginRequiredMixin, generic.DetailView):
    """A process: its data, the agencies taking part, and its history (every task with
    agency, owner, status and dates, cancellations included); links to the diagram."""

    template_name = "workflows/process_detail.html"
    flow_class = None
    viewset = None
    pk_url_kwarg = "process_pk"
    context_object_name = "process"

    def get_queryset(self):
        return self.flow_class.process_class._default_manager.filter(
            assignment.visible_processes_q(self.request.user),
            flow_class=self.flow_class,
        ).distinct()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        process = self.object
        user = self.request.user
        tasks = (
            process.task_set.select_related("owner", "route", "route__agency")
            .exclude(flow_task_type__in=["PARALLEL_GATEWAY", "JOIN"])
            .order_by("created", "pk")
        )
        history = []
        for task in tasks:
            actions = []
            if task.status in OPEN and task.flow_task_type == "HUMAN":
                node = task.flow_task
                if node.can_execute(user, task):
                    actions.append(
                        (
                            _("Xử lý"),
                            node.reverse("execute", args=[process.pk, task.pk]),
                        )
                    )
                elif node.can_assign(user, task):
                    actions.append(
                        (
                            _("Nhận việc"),
                            node.reverse("assign", args=[process.pk, task.pk]),
                        )
                    )
                if hasattr(node, "can_reassign") and node.can_reassign(user, task):
                    actions.append(
                        (
                            _("Giao lại"),
                            node.reverse("reassign", args=[process.pk, task.pk]),
                        )
                    )
            history.append(
                {
                    "task": task,
                    "title": task.flow_task.task_title or str(task.flow_task),
                    "route": assignment.route_of(task),
                    "actions": actions,
                }
            )
        context.update(
            history=history,
            label=process_label(process),
            participations=process.participations.select_related("agency"),
            flow=self.flow_class.instance,
            can_cancel=can_cancel(user, process),
            cancel_reason=(process.data or {}).get("cancel_reason", ""),
            detail_template=f"{self.flow_class.instance.app_label}/process_data.html",
            chart_url=self.flow_class.instance.reverse(
                "process_chart", args=[process.pk]
            ),
            cancel_url=self.flow_class.instance.reverse(
                "process_cancel", args=[process.pk]
            ),
            now=timezone.now(),
            subject=process.coerced,
        )
        # A flow may add figures of its own to its process page (e.g. a report).
        extra = getattr(self.flow_class.instance, "detail_context", None)
        if extra is not None:
            context.update(extra(context["subject"]))
        return context


def organiser_of(process):
    participation = process.participations.filter(
        kind=Participation.Kind.ORGANISER
    ).first()
    return participation.agency if participation else None


def can_cancel(user, process) -> bool:
    """The organising agency's head (or a manager) may cancel a running process."""
    if process.status in (PROCESS.DONE, PROCESS.CANCELED):
        return False
    if process.flow_class.instance.has_manage_permission(user):
        return True
    organiser = organiser_of(process)
    return bool(organiser and assignment.is_head_of(user, organiser.pk))


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do hủy"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Lý do được ghi vào lịch sử quy trình và báo cho người đang xử lý."
        ),
    )


class CancelProcessView(LoginRequiredMixin, generic.FormView):
    """Cancels a process and its open tasks, with a reason kept in its history."""

    template_name = "workflows/process_cancel.html"
    form_class = CancelForm
    flow_class = None
    viewset = None

    def dispatch(self, request, *args, **kwargs):
        self.process = get_object_or_404(
            Process, pk=kwargs["process_pk"], flow_class=self.flow_class
        )
        if request.user.is_authenticated and not can_cancel(request.user, self.process):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            process=self.process, label=process_label(self.process), **kwargs
        )

    def form_valid(self, form):
        process = self.process
        open_tasks = list(
            process.task_set.filter(status__in=OPEN, flow_task_type="HUMAN").exclude(
                owner__isnull=True
            )
        )
        self.flow_class.instance.cancel(process)
        with transaction.atomic():
            process.refresh_from_db()
            process.data = {
                **(process.data or {}),
                "cancel_reason": form.cleaned_data["reason"],
                "cancelled_by": self.request.user.get_full_name()
                or self.request.user.get_username(),
            }
            process.save(update_fields=["data"])
            for task in open_tasks:
                notify("cancelled", task, [task.owner])
        messages.success(self.request, _("Quy trình đã được hủy."))
        return HttpResponseRedirect(
            self.flow_class.instance.reverse("process_detail", args=[process.pk])
        )


class ReassignForm(forms.Form):
    user = forms.ModelChoiceField(
        label=_("Giao cho"),
        queryset=get_user_model().objects.none(),
        help_text=_("Người có vai trò phù hợp trong cơ quan được giao việc."),
    )


class ReassignTaskView(LoginRequiredMixin, generic.FormView):
    """Hands a task to a colleague holding the same role in the same agency."""

    template_name = "workflows/task_reassign.html"
    form_class = ReassignForm

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        route = assignment.route_of(self.request.activation.task)
        form.fields["user"].queryset = assignment.candidates(route.agency, route.role)
        form.fields["user"].label_from_instance = lambda u: (
            u.get_full_name() or u.get_username()
        )
        return form

    def get_context_data(self, **kwargs):
        task = self.request.activation.task
        return super().get_context_data(
            task=task,
            title=task.flow_task.task_title,
            label=process_label(task.process),
            **kwargs,
        )

    def form_valid(self, form):
        activation = self.request.activation
        task = activation.task
        user = form.cleaned_data["user"]
        task.owner = user
        task.status = STATUS.ASSIGNED
        task.assigned = timezone.now()
        task.save(update_fields=["owner", "status", "assigned"])
        notify("new_task", task, [user])
        messages.success(
            self.request,
            _("Đã giao việc cho %(name)s.")
            % {"name": user.get_full_name() or user.get_username()},
        )
        return HttpResponseRedirect(
            task.flow_task.flow_class.instance.reverse(
                "process_detail", args=[task.process_id]
            )
        )


class StartView(LoginRequiredMixin, generic.TemplateView):
    """The processes the user may start."""

    template_name = "workflows/start.html"

    def get_context_data(self, **kwargs):
        from .site import flow_classes

        starts = []
        for flow_class in flow_classes():
            for node in flow_class.get_start_nodes(self.request.user):
                starts.append(
                    {
                        "title": flow_class.process_title,
                        "description": flow_class.process_description,
                        "url": node.reverse("execute"),
                    }
                )
        return super().get_context_data(starts=starts, tab="start", **kwargs)


class DelegationForm(forms.ModelForm):
    class Meta:
        model = Delegation
        fields = ["agency", "delegate", "valid_from", "valid_to", "reason"]
        widgets = {
            "valid_from": forms.DateInput(attrs={"type": "date"}),
            "valid_to": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.delegator = user
        agencies = agencies_of(user)
        self.fields["agency"].queryset = self.fields["agency"].queryset.filter(
            pk__in=[a.pk for a in agencies]
        )
        self.fields["delegate"].queryset = (
            get_user_model()
            .objects.filter(
                is_active=True,
                memberships__agency__in=[a.pk for a in agencies],
            )
            .exclude(pk=user.pk)
            .distinct()
        )
        self.fields["delegate"].label_from_instance = lambda u: (
            u.get_full_name() or u.get_username()
        )
        self.fields["valid_from"].required = True
        self.fields["valid_to"].required = True

    def clean(self):
        cleaned = super().clean()
        agency, delegate = cleaned.get("agency"), cleaned.get("delegate")
        if agency and delegate and agency not in agencies_of(delegate):
            self.add_error(
                "delegate", _("Người được ủy quyền phải làm việc tại cơ quan này.")
            )
        return cleaned


class DelegationView(LoginRequiredMixin, generic.CreateView):
    """A user records who covers their work during leave, and sees their delegations."""

    template_name = "workflows/delegations.html"
    form_class = DelegationForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            given=Delegation.objects.filter(delegator=user).select_related(
                "delegate", "agency"
            ),
            received=Delegation.objects.filter(delegate=user).select_related(
                "delegator", "agency"
            ),
            today=today(),
            tab="delegations",
            **kwargs,
        )

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("Đã ghi nhận ủy quyền."))
        return HttpResponseRedirect(reverse("workspace:tasks:delegations"))


class NotificationListView(LoginRequiredMixin, generic.ListView):
    """The user's in-app notifications, newest first; opening the page marks them read."""

    template_name = "workflows/notifications.html"
    paginate_by = 50

    def get_queryset(self):
        return Notification.objects.filter(user=self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(tab="notifications", **kwargs)
        Notification.objects.filter(
            user=self.request.user, read_at__isnull=True
        ).update(read_at=timezone.now())
        return context


class ProcessFileView(LoginRequiredMixin, generic.View):
    """Serves a process document (handout, paper, draft, minutes) only to the users of
    the agencies taking part in its process."""

    def get(self, request, kind, pk):
        from .documents import find_document

        document = find_document(kind, pk)
        if document is None or not assignment.can_see_process(
            request.user, document.process_id
        ):
            raise Http404
        return FileResponse(
            document.file.open("rb"),
            as_attachment=True,
            filename=document.file.name.rsplit("/", 1)[-1],
        )


class TaskIndexView(generic.RedirectView):
    """Where a task link leads: its form for the owner, claiming for those who may
    take it, the process page for everyone else who can see it."""

    def get_redirect_url(self, *args, **kwargs):
        activation = self.request.activation
        task, node, user = activation.task, activation.flow_task, self.request.user
        if task.status in OPEN and node.can_execute(user, task):
            return node.reverse("execute", args=[task.process_id, task.pk])
        if task.status == STATUS.NEW and node.can_assign(user, task):
            return node.reverse("assign", args=[task.process_id, task.pk])
        return node.flow_class.instance.reverse(
            "process_detail", args=[task.process_id]
        )


class ClaimTaskView(LoginRequiredMixin, generic.FormView):
    """Takes a task from the agency's queue; then opens its form."""

    template_name = "workflows/task_claim.html"
    form_class = forms.Form

    def get_context_data(self, **kwargs):
        task = self.request.activation.task
        return super().get_context_data(
            task=task,
            title=task.flow_task.task_title,
            label=process_label(task.process),
            route=assignment.route_of(task),
            **kwargs,
        )

    def form_valid(self, form):
        activation = self.request.activation
        activation.assign(self.request.user)
        task = activation.task
        messages.success(self.request, _("Bạn đã nhận việc này."))
        return HttpResponseRedirect(
            task.flow_task.reverse("execute", args=[task.process_id, task.pk])
        )


class VisibleDashboardView(flow_views.DashboardView):
    """viewflow's kanban of a flow, limited to the processes of the user's agencies
    (viewflow lists every process of the flow to anyone with the view permission)."""

    def visible_tasks(self):
        return self.flow_class.task_class._default_manager.filter(
            assignment.visible_processes_q(self.request.user, prefix="process__"),
            process__flow_class=self.flow_class,
        ).select_related("process")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tasks = self.visible_tasks()
        for column in context["columns"]:
            column["tasks"] = tasks.filter(
                Q(finished__isnull=True) | Q(status=STATUS.ERROR),
                flow_task=column["node"],
            ).distinct()[: self.MAX_ROWS]
        context["finished"] = tasks.filter(
            finished__isnull=False, flow_task__in=context["end_nodes"]
        ).distinct()[: self.MAX_ROWS]
        return context


class VisibleProcessListView(flow_views.DashboardProcessListView):
    """viewflow's process list of a flow, limited to the user's agencies' processes."""

    def get_queryset(self):
        visible = Process.objects.filter(
            assignment.visible_processes_q(self.request.user)
        ).values("pk")
        return super().get_queryset().filter(pk__in=visible).order_by("-created")


class VisibleTaskListView(flow_views.DashboardTaskListView):
    """viewflow's task list of a flow, limited to the user's agencies' processes."""

    @property
    def queryset(self):
        visible = Process.objects.filter(
            assignment.visible_processes_q(self.request.user)
        ).values("pk")
        return self.model._default_manager.filter(
            process__flow_class=self.flow_class, process_id__in=visible
        ).select_related("process")
