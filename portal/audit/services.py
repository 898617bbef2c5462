"""Writing audit events: one call per read, change, export or print of a case."""

from .models import AuditEvent


def client_address(request):
    """The address the request came from, as the web server saw it.

    Behind the proxy, gunicorn's forwarded-allow-ips sets REMOTE_ADDR; a forwarded
    header sent by the client itself is never trusted.
    """
    return request.META.get("REMOTE_ADDR") or None


def record(request, case_code, action, detail="", user=None):
    """Appends one audit event for ``case_code``; ``request`` may be None (commands)."""
    user = user or (getattr(request, "user", None) if request is not None else None)
    authenticated = getattr(user, "is_authenticated", False)
    return AuditEvent.objects.create(
        user_id=user.pk if authenticated else None,
        username=user.get_username() if authenticated else "",
        case_code=case_code,
        action=action,
        detail=detail[:200],
        ip_address=client_address(request) if request is not None else None,
    )
