"""images.presenters.file_urls: a picture's URLs, kept only where they never change."""

import itertools

from django.core.files.storage import Storage, default_storage
from django.test import override_settings

from images.presenters import file_urls


def file_url(storage: Storage, name: str) -> str:
    return file_urls(storage)(name)


def test_a_local_file_url_is_the_storage_url_and_follows_media_url():
    name = "images/renditions/bird dog-640.webp"
    assert file_url(default_storage, name) == default_storage.url(name)
    with override_settings(MEDIA_URL="/elsewhere/"):
        assert file_url(default_storage, name) == (
            "/elsewhere/images/renditions/bird%20dog-640.webp"
        )
    assert file_url(default_storage, name) == default_storage.url(name)


class SigningStorage(Storage):
    """Like S3 without a custom domain: each URL carries a fresh signature."""

    signatures = itertools.count()

    def url(self, name):
        return f"https://bucket.example/{name}?signature={next(self.signatures)}"


def test_other_storages_are_asked_every_time():
    storage = SigningStorage()
    first, second = (file_url(storage, "a.webp") for _ in range(2))
    assert first != second
