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
    "axes",
    "reversion",
    "reversion_compare",
    "articles",
    "authors",
    "exercises",
    "conditions",
    "demo",
    "images",
    "search",
    "backup",
]

MIDDLEWARE = [
    "backpain.security.HeadResponseMiddleware",
    # First: every request gets the reference id its log lines and the error
    # page carry; then an oversized body is refused before anything reads it.
    "log_request_id.middleware.RequestIDMiddleware",
    "backpain.security.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before the page cache, so a cached page gets the same headers as a fresh one.
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a cached page skips them entirely.
    "articles.page_cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its own page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "backpain.urls"

# The public pages are Jinja2 (backpain/jinja2.py says why); the Django
# templates serve the admin, its overrides in templates/ and form widgets.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "backpain.jinja2.environment"},
    },
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
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env.bool(
    "DATABASE_PREPARED_STATEMENTS", default=True
):
    # The pages' own SQL (articles/cursors.py) is prepared on a connection after
    # five runs, so PostgreSQL parses it once and mostly stops planning it;
    # Django's cursors bind on the client and are never prepared. Django leaves
    # this off for poolers in transaction mode that cannot carry prepared
    # statements (PgBouncer before 1.21, or without max_prepared_statements;
    # psycopg's notes on PgBouncer list what else it needs): set
    # DATABASE_PREPARED_STATEMENTS=0 behind one. A DATABASE_URL that sets
    # prepare_threshold itself wins.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("prepare_threshold", 5)
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
        },
        # In front of Redis for keys whose value never changes: pages and
        # figures under a content version, rendered Markdown under its digest
        # (articles/immutable_cache.py). The limit counts entries, the least
        # recently used going first: pages are 7 to 26 KB, so about 25 MB a
        # process at most; the large figures each process keeps as objects
        # (freshness.derived(in_process=True)) are not copied here.
        "local": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "backpain-immutable",
            "TIMEOUT": 60 * 60,
            "OPTIONS": {"MAX_ENTRIES": 1000, "CULL_FREQUENCY": 4},
        },
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
# Every HTTPS setting below is on by default with debug off (what `check
# --deploy` asks for) and can be turned off one by one from the environment:
# `make serve` and the benchmark serve plain HTTP on loopback, so they turn off
# the redirect (README: "Serving in production").
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env.bool("DJANGO_SSL_REDIRECT", default=not DEBUG)
# Load balancers check over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# A year, as hstspreload.org asks. Browsers keep it only from an HTTPS
# response, so a local run over HTTP is never affected.
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True
)
# With the preload directive anyone may submit the domain to hstspreload.org,
# after which browsers refuse plain HTTP to it and every subdomain, and leaving
# the list takes months. On by default because the site is HTTPS-only and
# Django's checklist asks for it; a domain with HTTP-only subdomains sets
# DJANGO_HSTS_PRELOAD=0 (then check --deploy rightly warns, security.W021).
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)
# Behind a proxy that ends TLS (the production set-up), only its header says
# whether the visitor used HTTPS; without it the redirect would loop. gunicorn
# listens on loopback only, so no one else can send the header.
BEHIND_HTTPS_PROXY = env.bool("DJANGO_BEHIND_HTTPS_PROXY", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_HTTPS_PROXY else None
)
# How many proxies append to X-Forwarded-For in front of gunicorn; 0 means none,
# and the socket's address is the visitor's. Login throttling counts by it.
PROXY_COUNT = env.int("DJANGO_PROXY_COUNT", default=1 if BEHIND_HTTPS_PROXY else 0)

# Where authors log in. Moving it off /admin/ keeps drive-by scanners off the
# login form; throttling below is the protection.
ADMIN_URL = env.str("BACKPAIN_ADMIN_URL", default="admin/").strip("/") + "/"
# Where readers send corrections; the editorial policy shows it when set.
BACKPAIN_CORRECTIONS_EMAIL = env.str("BACKPAIN_CORRECTIONS_EMAIL", default="")

# Content-Security-Policy (django-csp). Nothing on the site runs inline script
# or style, so nothing needs 'unsafe-inline': an injected <script> or style=
# does nothing.
MEDIA_ORIGINS = [
    f"https://{domain}"
    for domain in [env.str("DJANGO_MEDIA_CUSTOM_DOMAIN", default="")]
    if domain
] + env.list("DJANGO_MEDIA_ORIGINS", default=[])
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        **({"upgrade-insecure-requests": True} if SECURE_SSL_REDIRECT else {}),
    }
}
# Browser features the site never uses, refused for it and anything it embeds
# (django-permissions-policy).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# Admin login throttling (django-axes): after this many failures in a row an
# account, and separately an address, is locked out until an administrator
# lifts it (admin: Access attempts, or `manage.py axes_reset`) or the cool-off
# passes.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("BACKPAIN_LOGIN_FAILURE_LIMIT", default=5)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = env.float("BACKPAIN_LOGIN_COOLOFF_HOURS", default=1.0) or None
# Not reset on success: axes would then clear every failure from the address
# that logged in, so an author could guess a colleague's password without end
# by logging in as themselves every four tries. Failures expire with the
# cool-off instead.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "backpain.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "backpain.security.client_ip"
# Logged masked: the admin's Access attempts list has the details.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address"]
AXES_VERBOSE = True

# Whole requests are refused above this size before anything reads them (see
# backpain.security): room for an article's form with several photos.
BACKPAIN_MAX_REQUEST_BYTES = env.int("BACKPAIN_MAX_REQUEST_MB", default=40) * 1_048_576

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

# Every request gets a fresh reference id (django-log-request-id); it is on
# each log line and on the error page, so a visitor's report finds the
# traceback. An id sent by the client is never trusted.
GENERATE_REQUEST_ID_IF_NOT_IN_HEADER = True
LOG_REQUESTS = False
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "log_request_id.filters.RequestIDFilter"},
        "request_facts": {"()": "backpain.security.RequestFactsFilter"},
    },
    "formatters": {
        "plain": {
            "format": "%(asctime)s %(levelname)s %(name)s ref=%(request_id)s "
            "path=%(request_path)s user=%(user_id)s %(message)s"
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id", "request_facts"],
            "formatter": "plain",
        }
    },
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", "INFO")},
    # Its start-up banner on every manage.py command is noise; lockouts are
    # warnings and still show.
    "loggers": {"axes.apps": {"level": "WARNING"}},
}

# Backups
# `make backup` / `make restore` run our own commands (the backup app; why not
# dbbackup's: backup/__init__.py). Archives hold password hashes and sessions:
# they are written readable by their owner only, and backups/ is git-ignored.
BACKPAIN_BACKUP_DIR = Path(
    env.str("BACKPAIN_BACKUP_DIR", default="") or BASE_DIR / "backups"
)
