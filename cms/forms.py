"""Spam protection for the forms built in the admin, without third-party services: a
honeypot field people never see, and a signed time stamp that refuses forms sent back
too fast (by a script) or too late (a replayed copy)."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

HONEYPOT_FIELD = "website"
TIMESTAMP_FIELD = "form_started"
# Fields that only guard the form: never stored with a submission.
GUARD_FIELDS = (HONEYPOT_FIELD, TIMESTAMP_FIELD)
_SALT = "cms.forms.started"


def min_seconds() -> float:
    return getattr(settings, "CMS_FORM_MIN_SECONDS", 3)


def max_age() -> int:
    return getattr(settings, "CMS_FORM_MAX_AGE", 24 * 3600)


class SpamProtectedForm(BaseForm):
    """The base of every admin-built form: checks the honeypot and the time stamp."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Để trống ô này"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[TIMESTAMP_FIELD] = forms.CharField(
            required=False, widget=forms.HiddenInput
        )
        # A fresh stamp on every render, also when the form comes back with errors.
        self.initial[TIMESTAMP_FIELD] = signing.dumps(time.time(), salt=_SALT)
        if self.is_bound:
            data = self.data.copy()
            self.submitted_stamp = data.get(TIMESTAMP_FIELD, "")
            data[TIMESTAMP_FIELD] = self.initial[TIMESTAMP_FIELD]
            self.data = data

    @property
    def visible_fields_without_guards(self):
        return [f for f in self.visible_fields() if f.name not in GUARD_FIELDS]

    def clean(self):
        cleaned = super().clean()
        too_fast_or_forged = _(
            "Không gửi được biểu mẫu. Vui lòng kiểm tra lại và bấm gửi lần nữa."
        )
        if cleaned.get(HONEYPOT_FIELD):
            raise forms.ValidationError(too_fast_or_forged, code="spam")
        try:
            started = signing.loads(
                getattr(self, "submitted_stamp", ""), salt=_SALT, max_age=max_age()
            )
        except signing.BadSignature:
            raise forms.ValidationError(too_fast_or_forged, code="stamp") from None
        if time.time() - float(started) < min_seconds():
            raise forms.ValidationError(too_fast_or_forged, code="too_fast")
        for name in GUARD_FIELDS:
            cleaned.pop(name, None)
        return cleaned


class SpamProtectedFormBuilder(FormBuilder):
    """Builds the form class of a ``FormPage`` on ``SpamProtectedForm``."""

    def get_form_class(self):
        return type("PortalForm", (SpamProtectedForm,), self.formfields)
