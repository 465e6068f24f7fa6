"""A URLconf that mounts the site under /elsewhere/, for test_urlcache."""

from django.urls import include, path

urlpatterns = [path("elsewhere/", include("backpain.urls"))]
