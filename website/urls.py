from django.conf import settings
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from core import admin_reports, routing
from home import views as home_views
from search import views as search_views
from website.health import healthz

urlpatterns = [
    # Wagtail's own reports, with exports no spreadsheet runs: ahead of the admin.
    *admin_reports.urlpatterns,
    path("admin/", include(wagtailadmin_urls)),
    path("accounts/", include("accounts.urls")),
    # Wagtail's own login would skip email verification: ours instead.
    path("_util/login/", account_views.wagtail_login),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz/", healthz, name="healthz"),
    path("search/", search_views.site_search, name="search"),
    path("library-files/", include("resources.urls")),
    path("network-links/", include("networks.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving comes last: it matches every other path. Pages are
# found through the content cache (core/routing.py), then served by Wagtail.
urlpatterns += [
    *(url for url in wagtail_urls.urlpatterns if url.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
]

handler500 = "home.views.server_error"
