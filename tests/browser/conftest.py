"""Browser tests: Debian's Chromium, driven by Playwright, against the live server.

Never `playwright install`: the browser is the system's (`apt-get install
chromium`), and axe-core comes from npm (`npm ci`, which `make test` runs). When
either is missing the tests skip with a message; in CI (`CI` set) they fail.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.urls import include, path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(
    os.environ.get("BACKPAIN_CHROMIUM")
    or shutil.which("chromium")
    or "/usr/bin/chromium"
)
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(__file__).parent / "screenshots"  # git-ignored


def _missing() -> list[str]:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    if not AXE.exists():
        missing.append(f"axe-core at {AXE} (npm ci)")
    return missing


@pytest.fixture(scope="session", autouse=True)
def _browser_tools():
    if missing := _missing():
        message = "Browser tests need " + " and ".join(missing) + "."
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    # Playwright's sync API runs an event loop in the test's thread; the ORM
    # calls a test makes between page actions are still ordinary synchronous
    # ones. Set here, for the browser tests only, not at import (the conftest is
    # imported whenever tests/ is collected).
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM)}


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's, started after the test database exists: started before,
    it takes the SQLite database for an in-memory one and shares the test's own
    connection with its threads, which crashes SQLite when a thread closes it."""
    return live_server


# Each test module marks itself `BROWSER`. `make test-browser` runs them in a
# process of their own (pyproject.toml says why); plain `pytest` leaves them out.
BROWSER = [
    pytest.mark.browser,
    # Real commits, so the server's threads see what a test writes; the rows
    # migrations made (groups, the content version) come back for each test.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def site(live_server, settings):
    """The live server with the demo library and its photos, as `make run` shows it."""
    from demo.services import demo_load

    settings.ROOT_URLCONF = "tests.browser.conftest"
    demo_load()
    return live_server.url


def _media(request, path):
    from django.conf import settings
    from django.views.static import serve

    return serve(request, path, document_root=settings.MEDIA_ROOT)


# The live server serves static files but not uploads (debug's static() would).
urlpatterns = [
    path("", include("backpain.urls")),
    path("media/<path:path>", _media),
]
