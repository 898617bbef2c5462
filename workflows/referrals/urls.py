"""URL helpers: case pages live inside the referral viewset wherever it is mounted."""

from django.urls import get_resolver


def _mounted_viewset():
    """The referral viewset as mounted in a Site (the Site mounts a copy of it).

    viewflow learns its namespaces while the URLconf is built, so build it first.
    """
    from .flows import ReferralFlow

    get_resolver().url_patterns  # noqa: B018 - built for its side effect
    return ReferralFlow.parent


def app_url(name="index", args=None):
    return _mounted_viewset().reverse(name, args=args)


def case_url(name, case, *args):
    """The URL of a case page; only the pseudonymous code appears in it."""
    return app_url(name, args=[case.code, *args])


def flow_url(node_name, view_name="execute", args=None):
    from .flows import ReferralFlow

    _mounted_viewset()
    return getattr(ReferralFlow, node_name).reverse(view_name, args=args)
