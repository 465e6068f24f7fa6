"""
ASGI config for backpain project.

It exposes the ASGI callable as a module-level variable named ``application``.

For more information on this file, see
https://docs.djangoproject.com/en/5.2/howto/deployment/asgi/
"""

import os

from django.core.asgi import get_asgi_application

from backpain.http import SiteASGIRequest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backpain.settings")

application = get_asgi_application()
# Copes with hostile headers (see backpain/http.py).
application.request_class = SiteASGIRequest
