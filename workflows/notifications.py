"""Notifications of the workspace: "new task", reminders, overdue and escalation
messages, by e-mail and in-app, delivered by the background task worker.

They carry only the task's title, the process number, the agency and a link; never a
name, a narrative or any other content of the process. Texts come from the admin
(``NotificationText``) with the defaults below.
"""

import logging
import string

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

logger = logging.getLogger(__name__)

PLACEHOLDERS = ("task", "process", "agency", "deadline", "url")


def default_texts():
    """The built-in text of each kind, used until an administrator writes one."""
    return {
        "new_task": (
            _("Việc mới: {task} ({process})"),
            _(
                "Có việc mới cho {agency}: {task} thuộc {process}.\n"
                "Hạn xử lý: {deadline}.\nMở việc: {url}"
            ),
        ),
        "reminder": (
            _("Nhắc hạn: {task} ({process})"),
            _("Việc {task} thuộc {process} sắp đến hạn ({deadline}).\nMở việc: {url}"),
        ),
        "overdue": (
            _("Quá hạn: {task} ({process})"),
            _("Việc {task} thuộc {process} đã quá hạn ({deadline}).\nMở việc: {url}"),
        ),
        "escalation": (
            _("Việc quá hạn tại {agency}: {task}"),
            _(
                "Việc {task} thuộc {process}, giao cho {agency}, đã quá hạn "
                "({deadline}). Xin chỉ đạo xử lý.\nMở quy trình: {url}"
            ),
        ),
        "cancelled": (
            _("Quy trình đã hủy: {process}"),
            _("{process} đã bị hủy; việc {task} không cần xử lý nữa.\n{url}"),
        ),
    }


class _StrictFormatter(string.Formatter):
    """Only bare placeholders from PLACEHOLDERS: no attribute or index access."""

    def get_field(self, field_name, args, kwargs):
        if field_name not in PLACEHOLDERS:
            raise KeyError(field_name)
        return kwargs[field_name], field_name


def render_text(template: str, context: dict) -> str:
    return _StrictFormatter().format(template, **context)


def _texts(kind: str):
    from .models import NotificationText

    custom = NotificationText.objects.filter(kind=kind).first()
    if custom is not None:
        return custom.subject, custom.body
    return default_texts()[kind]


def _context(task_obj, recipient_url: str):
    from .assignment import route_of

    route = route_of(task_obj)
    deadline = ""
    if route and route.due_at:
        deadline = formats.date_format(
            timezone.localtime(route.due_at), "SHORT_DATETIME_FORMAT"
        )
    return {
        "task": str(task_obj.title),
        "process": f"{task_obj.flow_task.flow_class.process_title} #{task_obj.process_id}",
        "agency": str(route.agency) if route else "",
        "deadline": deadline or _("không có"),
        "url": recipient_url,
    }


def task_url(task_obj, process_only: bool = False) -> str:
    """The link to the task (or its process) in the workspace, without the host."""
    from .site import ensure_urls, process_url

    ensure_urls()
    if process_only:
        return process_url(task_obj.process)
    return task_obj.flow_task.reverse("index", args=[task_obj.process_id, task_obj.pk])


@task()
def deliver(kind: str, task_id: int, user_ids: list[int]) -> int:
    """Writes the in-app notification and sends the e-mail to each user; returns how
    many were notified. Runs in the background worker (inline in tests)."""
    from viewflow.workflow.models import Task

    from .models import Notification

    task_obj = Task.objects.select_related("process").filter(pk=task_id).first()
    if task_obj is None:
        return 0
    users = get_user_model().objects.filter(pk__in=user_ids, is_active=True)
    with override(settings.LANGUAGE_CODE):
        url = task_url(task_obj, process_only=kind in ("escalation", "cancelled"))
        subject_t, body_t = _texts(kind)
        context = _context(task_obj, settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url)
        subject = render_text(str(subject_t), context)
        body = render_text(str(body_t), context)
    count = 0
    for user in users:
        Notification.objects.create(
            user=user,
            kind=kind,
            task=task_obj,
            subject=subject[:200],
            body=body,
            url=url[:300],
        )
        if user.email:
            send_mail(subject, body, None, [user.email], fail_silently=True)
        count += 1
    logger.info(
        "workspace notification %s for task %s to %d users", kind, task_id, count
    )
    return count


def notify(kind: str, task_obj, users) -> None:
    """Queues ``kind`` notifications about ``task_obj`` for ``users``."""
    user_ids = sorted({u.pk for u in users})
    if user_ids:
        deliver.enqueue(kind, task_obj.pk, user_ids)
