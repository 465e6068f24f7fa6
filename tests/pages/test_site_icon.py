"""The site icon: an SVG the pages link to, and /favicon.ico for everything else."""

import io
from xml.etree import ElementTree

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

pytestmark = pytest.mark.django_db


def test_favicon_ico_is_served_at_the_site_root_in_several_sizes(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/")
    data = b"".join(response.streaming_content)
    response.close()
    icon = Image.open(io.BytesIO(data))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32), (48, 48)} <= icon.info["sizes"]


def test_pages_link_the_svg_icon(client):
    body = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/img/icon.svg" type="image/svg+xml">' in body
    svg = ElementTree.parse(finders.find("img/icon.svg")).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
