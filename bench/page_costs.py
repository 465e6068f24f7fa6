"""What each page costs in queries and HTML bytes, measured in process.

    .venv/bin/python bench/page_costs.py /healthz / /exercises/ ...

bench/run calls this with the environment it gives gunicorn (the same database,
debug off, the same page-cache setting) and reads the JSON it prints. Each page
is fetched twice with Django's test client, which runs the full middleware
stack: the second, warm fetch is the one counted, as that is what a server that
has been up a while does for most requests (Markdown already rendered, a cached
page already stored). Counting here rather than with a header from the server
keeps bench-only code out of the site.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def page_costs(paths: list[str]) -> dict:
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    # An allowed host, so the site's own ALLOWED_HOSTS needs no "testserver".
    client = Client(HTTP_HOST="127.0.0.1")
    pages = {}
    for path in paths:
        with CaptureQueriesContext(connection) as cold:
            client.get(path)
        with CaptureQueriesContext(connection) as warm:
            response = client.get(path)
        pages[path] = {
            "status": response.status_code,
            "bytes": len(response.content),
            "queries": len(warm),
            "cold_queries": len(cold),
            "cookies": sorted(response.cookies),
        }
    if connection.vendor == "postgresql":
        version = connection.cursor().connection.info.server_version
        database = f"PostgreSQL {version // 10000}.{version % 10000}"
    else:
        database = f"SQLite {sqlite3.sqlite_version}"
    return {
        "pages": pages,
        "database": database,
        "page_cache_setting": getattr(settings, "BACKPAIN_PAGE_CACHE", None),
        "page_cache_middleware": [m for m in settings.MIDDLEWARE if "cache" in m],
    }


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backpain.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    print(json.dumps(page_costs(sys.argv[1:])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
