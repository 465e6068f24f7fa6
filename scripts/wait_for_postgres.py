"""Exit 0 once PostgreSQL at the given URL accepts connections, 1 after a timeout.

Used by `make test` to tell "server not running" apart from a failing test.
"""

import sys
import time

import psycopg

TIMEOUT_SECONDS = 10


def main(url: str) -> int:
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return 0
        except psycopg.OperationalError as error:
            if time.monotonic() > deadline:
                print(f"Cannot connect to PostgreSQL: {error}".strip(), file=sys.stderr)
                return 1
            time.sleep(0.5)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
