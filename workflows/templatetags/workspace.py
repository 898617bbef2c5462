"""Template helpers of the workspace's pages."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notifications(context):
    """How many in-app notifications the signed-in user has not read yet."""
    from workflows.models import Notification

    user = context["request"].user
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
