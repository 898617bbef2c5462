"""``{% public_fragment "name" var … %}…{% endpublic_fragment %}``: a piece of a public
page rendered once per content version and reused for every anonymous visitor.

The key holds the fragment's name, the host, the current language, the content version
(``portal.caching``, bumped on every publish) and the values given after the name, so a
fragment is never stale after a change. It is rendered afresh, never cached, for signed-in
users (who may see restricted pages), previews, error pages and requests other than GET
and HEAD. What it holds must depend only on those values: no CSRF token, no messages.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from portal.caching import content_version, versioned_key

register = template.Library()


def _shareable(context) -> bool:
    request = context.get("request")
    if request is None or context.get("error_page"):
        return False
    user = getattr(request, "user", None)
    return (
        getattr(settings, "PUBLIC_FRAGMENT_SECONDS", 0) > 0
        and request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
        and not getattr(user, "is_authenticated", False)
    )


def _version(request) -> str:
    # One cache read per request, however many fragments the page has.
    if not hasattr(request, "_content_version"):
        request._content_version = content_version()
    return request._content_version


class PublicFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        if not _shareable(context):
            return self.nodelist.render(context)
        request = context["request"]
        values = [str(variable.resolve(context)) for variable in self.vary_on]
        # The host too: links to pages are relative on their own site only.
        name = "|".join(
            [
                self.name.resolve(context),
                request.get_host(),
                translation.get_language() or "",
                *values,
            ]
        )
        key = versioned_key("fragment", name, _version(request))
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, settings.PUBLIC_FRAGMENT_SECONDS)
        return html


@register.tag("public_fragment")
def public_fragment(parser, token):
    """Caches its content for anonymous visitors; see the module's docstring."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            "'public_fragment' needs a name: {% public_fragment \"name\" var … %}"
        )
    nodelist = parser.parse(("endpublic_fragment",))
    parser.delete_first_token()
    return PublicFragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
    )
