"""Production settings pass Django's deployment checklist, set from the environment."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
# Long and random enough for check --deploy (security.W009); test-only.
KEY = "x7Qm2-vT9pLk4rZs8wNe3yHb6uJd1cFa5gKo0iXq7MtR2nWz4vYp8sLb6eUh3jGd"


def manage(*args: str, **env_overrides: str) -> subprocess.CompletedProcess:
    """manage.py in a new process with production settings: debug off and only
    what a real deployment must set. Empty values shadow a developer's .env."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "BACKPAIN_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="backpain.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=KEY,
        DJANGO_ALLOWED_HOSTS="backpain.example.org",
        # The database the suite runs on, so the PostgreSQL run checks that too.
        DATABASE_URL=os.environ.get("DATABASE_URL", ""),
        REDIS_URL="",
    )
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def deploy_check(**env_overrides: str) -> subprocess.CompletedProcess:
    return manage("check", "--deploy", "--fail-level", "WARNING", **env_overrides)


def test_production_defaults_pass_check_deploy_with_no_warnings():
    result = deploy_check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize(
    ("variable", "value", "warning"),
    [
        ("DJANGO_SSL_REDIRECT", "0", "security.W008"),
        ("DJANGO_HSTS_SECONDS", "0", "security.W004"),
        ("DJANGO_HSTS_INCLUDE_SUBDOMAINS", "0", "security.W005"),
        ("DJANGO_HSTS_PRELOAD", "0", "security.W021"),
        ("DJANGO_SECURE_COOKIES", "0", "security.W012"),
    ],
)
def test_each_protection_turned_off_is_reported(variable, value, warning):
    """Each setting really comes from its variable, and the check sees it."""
    result = deploy_check(**{variable: value})
    assert result.returncode != 0
    assert warning in result.stderr + result.stdout


SHOW = (
    "from django.conf import settings as s; from django.urls import reverse; "
    "print(s.SECURE_PROXY_SSL_HEADER, s.PROXY_COUNT, reverse('admin:index'))"
)


def test_behind_the_proxy_by_default_in_production():
    result = manage("shell", "--no-imports", "-c", SHOW)
    assert result.stdout.split() == [
        "('HTTP_X_FORWARDED_PROTO',",
        "'https')",
        "1",
        "/admin/",
    ], result.stderr


def test_without_a_proxy_no_forwarded_header_is_trusted():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        SHOW,
        DJANGO_BEHIND_HTTPS_PROXY="0",
        DJANGO_SSL_REDIRECT="0",
    )
    assert result.stdout.split() == ["None", "0", "/admin/"], result.stderr


def test_the_admin_url_is_configurable():
    result = manage(
        "shell", "--no-imports", "-c", SHOW, BACKPAIN_ADMIN_URL="/authors-desk/"
    )
    assert result.stdout.split()[-1] == "/authors-desk/", result.stderr


def test_debug_runs_keep_plain_http():
    """`make run` serves HTTP on localhost: no redirect, no secure-only cookies."""
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)",
        DJANGO_DEBUG="1",
    )
    assert result.stdout.split() == ["False", "False", "0"], result.stderr
