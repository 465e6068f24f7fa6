import shutil
from copy import copy

import pytest
from django.contrib.auth.models import Group
from django.template.backends.jinja2 import Template as Jinja2Template
from django.test import Client, signals

from articles import statements

from .factories import AuthorUserFactory


@pytest.fixture(autouse=True, scope="session")
def _jinja2_pages_report_their_context():
    """`response.context` and `response.templates` for the Jinja2 pages.

    Django's test setup reports what its own templates render (the
    template_rendered signal) but not what Jinja2 renders; tests read the
    public pages' context, so each Jinja2 page reports itself the same way.
    """
    render = Jinja2Template.render

    def reporting_render(self, context=None, request=None):
        signals.template_rendered.send(
            sender=self, template=self.template, context=copy(context or {})
        )
        return render(self, context, request)

    Jinja2Template.render = reporting_render
    yield
    Jinja2Template.render = render


@pytest.fixture
def author_user(db):
    return AuthorUserFactory()


@pytest.fixture
def author_client(author_user) -> Client:
    client = Client()
    client.force_login(author_user)
    return client


@pytest.fixture
def editor_user(db):
    """In the Authors and the Editors group, as `createauthor --editor` makes."""
    user = AuthorUserFactory()
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(editor_user) -> Client:
    client = Client()
    client.force_login(editor_user)
    return client


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache. Inside the test transaction no change
    commits, so the content version, which keys what is cached, never moves."""
    from django.core.cache import caches

    from articles import freshness

    for backend in caches.all():
        backend.clear()
    freshness.forget_kept()


@pytest.fixture
def page_cache_on(settings):
    """Whole pages cached for anonymous visitors, as in production (the test
    settings turn it off); a test may still turn it off again."""
    from django.core.cache import cache

    settings.BACKPAIN_PAGE_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def compiles(monkeypatch, settings) -> list[str]:
    """The statements compiled (articles.statements), by their SQL, with the
    page cache off so every request reaches them."""
    settings.BACKPAIN_PAGE_CACHE = False
    made = []
    compiled = statements.compiled

    def counting(queryset):
        statement = compiled(queryset)
        made.append(statement.sql)
        return statement

    monkeypatch.setattr(statements, "compiled", counting)
    return made


@pytest.fixture(scope="session", autouse=True)
def _remove_test_media():
    """Uploaded test images live in a temporary folder; remove it afterwards."""
    yield
    from django.conf import settings

    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    shutil.rmtree(settings.STATIC_ROOT, ignore_errors=True)
    if getattr(settings, "TEST_DB_DIR", None):
        shutil.rmtree(settings.TEST_DB_DIR, ignore_errors=True)


@pytest.fixture
def prepared_after_five(monkeypatch):
    """psycopg prepares the site's statements after five runs, as settings.py
    has it, whatever DATABASE_PREPARED_STATEMENTS says where the tests run."""
    from django.db import connection

    connection.ensure_connection()
    monkeypatch.setattr(connection.connection, "prepare_threshold", 5)
