import shutil

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from .factories import AuthorUserFactory


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
    from django.core.cache import cache

    from articles import freshness

    cache.clear()
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


@pytest.fixture(scope="session", autouse=True)
def _remove_test_media():
    """Uploaded test images live in a temporary folder; remove it afterwards."""
    yield
    from django.conf import settings

    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    shutil.rmtree(settings.STATIC_ROOT, ignore_errors=True)
    if getattr(settings, "TEST_DB_DIR", None):
        shutil.rmtree(settings.TEST_DB_DIR, ignore_errors=True)
