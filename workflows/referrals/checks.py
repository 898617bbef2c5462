"""System checks: case data must never be stored without an encryption key."""

import base64
import binascii

from django.conf import settings
from django.core.checks import Error, register


@register()
def encryption_key_configured(app_configs, **kwargs):
    keys = getattr(settings, "FIELD_ENCRYPTION_KEYS", None) or []
    if not keys:
        return [
            Error(
                "FIELD_ENCRYPTION_KEY is not set.",
                hint="Set it to one or more Fernet keys, comma-separated.",
                id="referrals.E001",
            )
        ]
    errors = []
    for position, key in enumerate(keys, start=1):
        try:
            valid = len(base64.urlsafe_b64decode(key)) == 32
        except (binascii.Error, ValueError):
            valid = False
        if not valid:
            errors.append(
                Error(
                    f"Key number {position} of FIELD_ENCRYPTION_KEY is not a Fernet key.",
                    hint="Make one with: python -c 'from cryptography.fernet import "
                    "Fernet; print(Fernet.generate_key().decode())'",
                    id="referrals.E002",
                )
            )
    return errors
