import pytest
from django.contrib.auth.models import Group
from django.test import Client

from ..factories import AuthorUserFactory


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
