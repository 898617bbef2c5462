"""The workspace sits behind the project's sign-in, and a process is visible only to
the agencies taking part: anonymous users are sent to sign in (viewflow would answer
403), and a guessed process or task URL of another agency answers 404."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from viewflow.workflow.models import Task

from . import assignment

NAMESPACE = "workspace"


class WorkspaceAccessMiddleware:
    """Runs before viewflow's SiteMiddleware, which would raise 403 for anonymous."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not match.namespaces or match.namespaces[0] != NAMESPACE:
            return None
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        process_pk = view_kwargs.get("process_pk")
        if process_pk is not None and not assignment.can_see_process(
            request.user, process_pk
        ):
            raise Http404
        task_pk = view_kwargs.get("task_pk")
        if task_pk is not None and not (
            Task.objects.filter(pk=task_pk, process_id=process_pk).exists()
        ):
            # viewflow loads a task by its own key: a task of another process must
            # not be reachable through a visible process's URL.
            raise Http404
        return None
