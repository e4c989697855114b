"""
{% contentcache %}: a template fragment kept until the content changes.

    {% load content_cache_tags %}
    {% contentcache "network-aside" %} ... {% endcontentcache %}
    {% contentcache "network-meetings" today %} ... {% endcontentcache %}

Wagtail's {% wagtailpagecache %} keyed on the content generation
(core/content_cache.py), so a change to the page or to anything it shows
(a lead's snippet, an organisation, an image) shows at once. It varies on
the page, the site and any variables given; it is bypassed in previews, when
CONTENT_CACHE_SECONDS is 0 and when the cache is down. Nothing inside may
depend on who is looking.
"""

from django import template
from django.conf import settings
from django.template import TemplateSyntaxError

from wagtail.templatetags.wagtail_cache import WagtailPageCacheNode

from core.content_cache import caching_generation

register = template.Library()


class ContentCacheNode(WagtailPageCacheNode):
    def render(self, context):
        number = caching_generation()
        if number is None:
            return self.nodelist.render(context)
        seconds = settings.CONTENT_CACHE_SECONDS
        with context.update(
            {"content_generation": number, "content_cache_seconds": seconds}
        ):
            return super().render(context)


@register.tag("contentcache")
def contentcache(parser, token):
    nodelist = parser.parse(("endcontentcache",))
    parser.delete_first_token()
    tokens = token.split_contents()
    if len(tokens) < 2:
        raise TemplateSyntaxError("'contentcache' needs a fragment name.")
    return ContentCacheNode(
        nodelist,
        parser.compile_filter("content_cache_seconds"),
        tokens[1].strip("\"'"),
        [parser.compile_filter(t) for t in (*tokens[2:], "content_generation")],
        None,
    )
