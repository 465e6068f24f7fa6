import pytest
from django.db import transaction

from . import site


@pytest.fixture(scope="module")
def public_site(django_db_setup, django_db_blocker):
    """The site in tests/security/site.py, built once per module and rolled back
    after it.

    Module-scoped so that hypothesis can reuse it for every example: the fuzz
    tests only read, and building it afresh for each of a thousand requests
    would take minutes. Each test still runs in its own savepoint inside.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        site.build()
        yield
        transaction.set_rollback(True)
