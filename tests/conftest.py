import pytest
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
