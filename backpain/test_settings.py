"""Settings for the test suite: the real settings, made fast and self-contained.

Tests run with DEBUG off, like production, so they need a key; the database still
comes from DATABASE_URL, which is how `make test` runs the suite on SQLite and on
PostgreSQL.
"""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-not-secret")
os.environ.setdefault("DJANGO_DEBUG", "0")
# The test client speaks plain HTTP; tests of the redirect turn it back on.
os.environ.setdefault("DJANGO_SSL_REDIRECT", "0")
# Production's proxy set-up, whatever a developer's .env says.
os.environ.setdefault("DJANGO_BEHIND_HTTPS_PROXY", "1")
os.environ.setdefault("DJANGO_PROXY_COUNT", "1")

from .settings import *  # noqa: E402,F403
from .settings import DATABASES, STORAGES  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests see fresh pages unless they are about the page cache (they turn it on).
BACKPAIN_PAGE_CACHE = False
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="backpain-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="backpain-test-static-")
# The manifest needs collectstatic; tests check pages, not hashed file names.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# SQLite runs on a file, as the site does, not in memory: only then do several
# connections (the concurrent-save tests use threads) compete for the write lock
# with the real journal mode, busy timeout and transaction mode.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    TEST_DB_DIR = tempfile.mkdtemp(prefix="backpain-test-db-")
    DATABASES["default"]["TEST"] = {"NAME": str(Path(TEST_DB_DIR) / "test.sqlite3")}
