"""Encryption at rest for case data: model fields and uploaded files.

Fields use django-fernet-encrypted-fields, keyed here from ``FIELD_ENCRYPTION_KEY``
(a list: the first key encrypts, every key decrypts) instead of from SECRET_KEY, so the
two secrets rotate independently. Files are Fernet tokens on disk, served only by an
audited view. Identity numbers also get a keyed digest so duplicates can be found
without decrypting every record.
"""

import hashlib
import hmac
import unicodedata

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from encrypted_fields import fields as encrypted


def keys() -> list[bytes]:
    configured = getattr(settings, "FIELD_ENCRYPTION_KEYS", None) or []
    if not configured:
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEY is not set: case data cannot be encrypted."
        )
    return [k.encode() if isinstance(k, str) else k for k in configured]


_cache: dict[tuple, MultiFernet] = {}


def fernet() -> MultiFernet:
    """The MultiFernet for the configured keys (rebuilt when the settings change)."""
    current = tuple(keys())
    if current not in _cache:
        _cache.clear()
        _cache[current] = MultiFernet([Fernet(k) for k in current])
    return _cache[current]


def encrypt_bytes(data: bytes) -> bytes:
    return fernet().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    return fernet().decrypt(token)


def rotate_bytes(token: bytes) -> bytes:
    """Re-encrypts a token under the first (newest) key."""
    return fernet().rotate(token)


def normalise_identifier(value: str) -> str:
    """An ID number as compared for duplicates: no spaces or dashes, upper case."""
    value = unicodedata.normalize("NFKC", value or "").upper()
    return "".join(ch for ch in value if ch.isalnum())


def identifier_digest(value: str) -> str:
    """A keyed digest of an ID number: equal numbers match, the number stays secret."""
    normalised = normalise_identifier(value)
    if not normalised:
        return ""
    index_key = hmac.new(keys()[0], b"identifier-index", hashlib.sha256).digest()
    return hmac.new(index_key, normalised.encode(), hashlib.sha256).hexdigest()


class KeyringMixin:
    """Makes a library field use the case-data keyring instead of SECRET_KEY."""

    @property
    def f(self):  # the library's name for its Fernet instance
        return fernet()

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, f"{__name__}.{type(self).__name__}", args, kwargs


class EncryptedCharField(KeyringMixin, encrypted.EncryptedCharField):
    """A short personal text (a name, a phone number), encrypted at rest."""


class EncryptedTextField(KeyringMixin, encrypted.EncryptedTextField):
    """A personal free text (an address, a narrative), encrypted at rest."""


class EncryptedDateField(KeyringMixin, encrypted.EncryptedDateField):
    """A personal date (a birth date), encrypted at rest."""


ENCRYPTED_FIELD_TYPES = (EncryptedCharField, EncryptedTextField, EncryptedDateField)
