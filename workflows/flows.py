"""The base class of every workspace flow: row locks for joins, and process visibility
by the agencies taking part (everybody else gets 404, see middleware.py)."""

from viewflow.workflow import flow, lock

from . import assignment


class WorkspaceFlow(flow.Flow):
    """A flow of the workspace; subclasses set process_class and their nodes."""

    lock_impl = lock.select_for_update_lock
    # The kind used for default invitations and deadline rules, e.g. "training".
    process_kind = ""

    def has_view_permission(self, user, obj=None):
        # The model-wide permission opens the flow; a process is seen only by the
        # agencies taking part in it.
        if not super().has_view_permission(user):
            return False
        return obj is None or assignment.can_see_process(user, obj)

    def has_manage_permission(self, user, obj=None):
        return super().has_manage_permission(user)
