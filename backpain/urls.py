from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from . import health, views

admin.site.site_header = "backpain authors"
admin.site.site_title = "backpain authors"
admin.site.index_title = "Write and publish"

urlpatterns = [
    # First: checked often, so it is matched before any other pattern.
    path("healthz", health.healthz, name="healthz"),
    path("", views.home, name="home"),
    path("exercises/", include("exercises.urls")),
    path("conditions/", include("conditions.urls")),
    path("authors/", include("authors.urls")),
    path("updates/", include("articles.urls")),
    path("search/", include("search.urls")),
    path("editorial-policy/", views.editorial_policy, name="editorial_policy"),
    path(settings.ADMIN_URL, admin.site.urls),
]

# A 500 page that shows the reference id its log lines carry.
handler500 = "backpain.views.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
