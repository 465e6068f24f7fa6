"""GET /healthz: for load balancers, uptime checks and `make serve`.

"ok" means this process answers and can run a query on the database, which is
what every page needs. It is a plain view on purpose: no template, no session,
no cookie, one `SELECT 1`, so checking it often costs next to nothing and it
keeps answering when templates or content are broken. The response must never
come from a cache (a cached "ok" would hide a dead database), so it is marked
private and max-age=0: shared caches and Django's cache middleware leave it
alone, and browsers and proxies get no-store.
"""

import logging

from django.db import Error as DatabaseError
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

PLAIN_TEXT = "text/plain; charset=utf-8"


@never_cache
@require_safe
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        # The reason goes to the log, not to whoever is asking.
        logger.exception("Health check: the database query failed")
        return HttpResponse("database unavailable", status=503, content_type=PLAIN_TEXT)
    return HttpResponse("ok", content_type=PLAIN_TEXT)
