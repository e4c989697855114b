"""
Content Security Policy: enforced on the public site, report-only in the
Wagtail admin, whose editor (Wagtail 8.0.1) still has inline scripts.
https://django-csp.readthedocs.io/en/latest/configuration.html
"""

from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"


class SiteCSPMiddleware(CSPMiddleware):
    """
    CONTENT_SECURITY_POLICY excludes the admin (EXCLUDE_URL_PREFIXES); this
    keeps CONTENT_SECURITY_POLICY_REPORT_ONLY to the admin alone, so a public
    page carries one enforced policy and an admin page one report-only policy.
    """

    def process_response(self, request, response):
        if not request.path_info.startswith(ADMIN_PREFIX):
            response._csp_exempt_ro = True
        return super().process_response(request, response)
