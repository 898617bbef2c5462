"""Notifications about a case: the case code and a link, never anything personal."""

import logging
import threading
from contextlib import contextmanager

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override

from portal.directory.roles import CASE_SUPERVISOR, CASE_WORKER
from portal.directory.services import users_with_role

logger = logging.getLogger(__name__)
_muted = threading.local()


@contextmanager
def muted():
    """Sends nothing inside the block (loading demo data)."""
    _muted.on = True
    try:
        yield
    finally:
        _muted.on = False


def case_link(case) -> str:
    from .urls import case_url

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + case_url("case_detail", case)


def _recipients(agency, roles):
    users = set()
    for role in roles:
        users.update(users_with_role(agency, role).exclude(email=""))
    return sorted({u.email for u in users})


def notify_agency(case, agency, reason, roles=(CASE_WORKER,)):
    """E-mails the case workers of ``agency`` that ``case`` needs them.

    ``reason`` is a fixed phrase chosen by the code (a step name), never user input.
    Sent after the transaction commits, so a rolled-back step sends nothing.
    """
    if agency is None or getattr(_muted, "on", False):
        return
    recipients = _recipients(agency, roles)
    if not recipients:
        logger.warning(
            "No case worker to notify for case %s at agency %s", case.code, agency.pk
        )
        return
    code, link = case.code, case_link(case)

    def send():
        with override(settings.LANGUAGE_CODE):
            subject = _("Hồ sơ %(code)s: %(reason)s") % {"code": code, "reason": reason}
            body = _(
                "Hồ sơ %(code)s cần cơ quan của anh/chị xử lý: %(reason)s.\n\n"
                "Mở hồ sơ (cần đăng nhập và xác thực hai lớp): %(link)s\n\n"
                "Thư này không chứa thông tin cá nhân của người được hỗ trợ. "
                "Không chuyển tiếp thư này."
            ) % {"code": code, "reason": reason, "link": link}
        send_mail(subject, body, None, recipients, fail_silently=False)
        logger.info(
            "Case %s: notified agency %s (%s)", code, agency.pk, len(recipients)
        )

    transaction.on_commit(send)


def notify_supervisors(case, agency, reason):
    notify_agency(case, agency, reason, roles=(CASE_SUPERVISOR,))
