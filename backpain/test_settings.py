"""Settings for the test suite: the real settings, made fast and self-contained.

Tests run with DEBUG off, like production, so they need a key; the database still
comes from DATABASE_URL, which is how `make test` runs the suite on SQLite and on
PostgreSQL.
"""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-not-secret")
os.environ.setdefault("DJANGO_DEBUG", "0")

from .settings import *  # noqa: E402,F403
from .settings import STORAGES  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="backpain-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="backpain-test-static-")
# The manifest needs collectstatic; tests check pages, not hashed file names.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
