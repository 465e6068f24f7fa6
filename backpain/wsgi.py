"""
WSGI config for backpain project.

It exposes the WSGI callable as a module-level variable named ``application``.

For more information on this file, see
https://docs.djangoproject.com/en/5.2/howto/deployment/wsgi/
"""

import os

from django.core.wsgi import get_wsgi_application

from backpain.http import SiteWSGIRequest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backpain.settings")

application = get_wsgi_application()
# Copes with hostile headers (see backpain/http.py).
application.request_class = SiteWSGIRequest
