"""Settings for backpain, read from the environment (django-environ).

Every variable is listed in `.env.example`. A `.env` file next to `manage.py` is
read when present; real environment variables win over it.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# Off unless asked for: a forgotten variable must never expose debug pages.
DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. It is required when DJANGO_DEBUG is off; "
            "set it in the environment or in .env (see .env.example)."
        )
    # Only reachable with DEBUG on, so a local run needs no setup.
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS",
    default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else [],
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_filters",
    "articles",
    "authors",
    "exercises",
    "conditions",
    "demo",
    "images",
    "search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a cached page skips them entirely.
    "articles.page_cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "backpain.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "backpain.wsgi.application"

# An empty DATABASE_URL (as in a copied .env.example) means the SQLite default.
DATABASE_URL = (
    env.str("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
)
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite must take several authors saving at once. IMMEDIATE takes the write
    # lock when a transaction starts, so a writer waits its turn (up to the
    # timeout) instead of failing with "database is locked" when a read turns
    # into a write; WAL lets pages be read while someone saves.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": env.int("DATABASE_SQLITE_TIMEOUT", default=20),
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Whole public pages cached for anonymous visitors (articles/page_cache.py);
# 0 turns it off, for the benchmark and for debugging.
BACKPAIN_PAGE_CACHE = env.bool("BACKPAIN_PAGE_CACHE", default=True)

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "backpain",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# An empty value (as in a copied .env.example) means the default, never the
# current folder.
STATIC_ROOT = Path(
    env.str("DJANGO_STATIC_ROOT", default="") or BASE_DIR / "staticfiles"
)
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env.str("DJANGO_MEDIA_ROOT", default="") or BASE_DIR / "media")
WHITENOISE_ROOT = BASE_DIR / "static" / "root"  # /favicon.ico: browsers ask the root

# Uploaded images go through Django's storage API: local files by default; for
# several servers, a shared bucket (README: "Media storage").
MEDIA_STORAGE = env.str(
    "DJANGO_MEDIA_STORAGE", default="django.core.files.storage.FileSystemStorage"
)
MEDIA_STORAGE_OPTIONS = {
    key: value
    for key, value in {
        "bucket_name": env.str("DJANGO_MEDIA_BUCKET", default=""),
        "endpoint_url": env.str("DJANGO_MEDIA_ENDPOINT_URL", default=""),
        "custom_domain": env.str("DJANGO_MEDIA_CUSTOM_DOMAIN", default=""),
    }.items()
    if value
}
STORAGES = {
    "default": {"BACKEND": MEDIA_STORAGE, "OPTIONS": MEDIA_STORAGE_OPTIONS},
    "staticfiles": {
        # Hashed names let production serve static files with far-future caching;
        # the manifest needs collectstatic, so local runs use plain storage.
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

# Anonymous visitors never get a cookie; only authors who log in have a session.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https")
    if env.bool("DJANGO_BEHIND_HTTPS_PROXY", default=False)
    else None
)

# An article's admin page posts every row of its update log, steps and images;
# Django's default of 1,000 fields refused an article with about 170 log
# entries. 10,000 is room for about 1,900 entries; request size stays capped by
# DATA_UPLOAD_MAX_MEMORY_SIZE.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Images (see images/processing.py). The web server in front should also cap
# request bodies a little above IMAGE_MAX_UPLOAD_BYTES.
IMAGE_MAX_UPLOAD_BYTES = env.int("DJANGO_IMAGE_MAX_UPLOAD_MB", default=10) * 1_048_576
IMAGE_MAX_PIXELS = 40_000_000
IMAGE_MAX_SIDE = 10_000
IMAGE_RENDITION_WIDTHS = (400, 800, 1200)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", "INFO")},
}
