"""Bench scenarios of the workspace: a process staff member's task inbox, and a case page
opened by a case worker who passed the second factor."""

from django.urls import reverse

from portal.bench.hooks import Scenario


def scenarios():
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from portal.directory.demo import USERS
    from workflows.referrals.models import Case

    rows = []
    if "hoa.quytrinh" in USERS:
        rows.append(
            Scenario(
                "task inbox",
                reverse("workspace:tasks:index"),
                username="hoa.quytrinh",
                public=False,
            )
        )
    device = TOTPDevice.objects.filter(user__username="thu.hoso").first()
    if device is not None:
        from django.contrib.auth import get_user_model

        worker = get_user_model().objects.get(username="thu.hoso")
        case = Case.objects.visible_to(worker).first()
        if case is not None:
            rows.append(
                Scenario(
                    "case page",
                    reverse("workspace:cases:case_detail", kwargs={"code": case.code}),
                    username="thu.hoso",
                    public=False,
                    session={DEVICE_ID_SESSION_KEY: device.persistent_id},
                )
            )
    return rows
