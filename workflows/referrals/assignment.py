"""Which agency does each step: resolved through the directory's functions, never by
agency name (DESIGN.md §4b)."""

import datetime

from portal.directory.models import LegalReference
from portal.directory.services import FunctionNotAssigned, agency_holding

SUPPORT_AUTHORITY = "victim-support-authority"
VERIFYING_POLICE = "verifying-police"
CITIZENSHIP_VERIFICATION = "citizenship-verification"

# Law 53/2024/QH15 art. 27(2): initial verification within 3 days.
VERIFICATION_LAW = ("53/2024/QH15", "Điều 27 khoản 2")
VERIFICATION_FALLBACK_DAYS = 3


def holder(function_code, on=None):
    try:
        return agency_holding(function_code, on=on)
    except FunctionNotAssigned:
        return None


def support_authority(on=None):
    return holder(SUPPORT_AUTHORITY, on)


def verification_reference(on=None):
    """The legal reference in force that sets the verification deadline."""
    number, article = VERIFICATION_LAW
    return (
        LegalReference.objects.valid_on(on)
        .filter(document_number=number, article=article, deadline_days__isnull=False)
        .first()
    )


def verification_deadline(start: datetime.date):
    """(due date, legal reference) for a verification starting on ``start``."""
    reference = verification_reference(start)
    days = reference.deadline_days if reference else VERIFICATION_FALLBACK_DAYS
    return start + datetime.timedelta(days=days), reference
