"""Dumping and restoring each database the site runs on, all or nothing.

SQLite: both ways through SQLite's online backup API, in a single step. The
dump is a consistent snapshot taken under one read transaction, so authors may
keep saving meanwhile (WAL); the restore copies the backup's pages into the
live database in one write transaction, which every open connection then sees,
and which a crash or an error undoes entirely. The pages are copied as they
are, so the FTS5 search table and its shadow tables come back with the rest,
and the database stays in WAL mode.

PostgreSQL: `pg_dump --format=custom` (one snapshot), and a restore run by psql
in one transaction: first every table, view and sequence in the site's schema
is dropped, so tables made since the backup go too, then the dump's statements
recreate them. The pg_trgm extension is created if missing (never dropped), the
search vector is a generated column that the database fills again from the
restored rows, and any error rolls the whole transaction back.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

from django.db import connections
from django.db.backends.postgresql.client import DatabaseClient

from .archive import BackupError

# How long a PostgreSQL restore waits for a table the running site has in use
# before it gives up and changes nothing.
LOCK_WAIT = "30s"

# Run before the dump's own statements, in the same transaction. The pg_trgm
# extension stays: the dump creates it only if it is missing.
CLEAR_SCHEMA = """
SET lock_timeout = '{lock_wait}';
SET client_min_messages = warning;
DO $$
DECLARE
    item record;
BEGIN
    FOR item IN
        SELECT n.nspname, c.relname, c.relkind
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema()
          AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
          -- Not pg_trgm's (e), nor a sequence a column owns (a, i): that one
          -- goes with its table.
          AND NOT EXISTS (
              SELECT FROM pg_depend d
              WHERE d.classid = 'pg_class'::regclass
                AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i')
          )
        ORDER BY c.relkind IN ('r', 'p') DESC, c.relname
    LOOP
        -- IF EXISTS: a table's CASCADE may already have taken a view.
        EXECUTE format(
            'DROP %s IF EXISTS %I.%I CASCADE',
            CASE item.relkind
                WHEN 'v' THEN 'VIEW'
                WHEN 'm' THEN 'MATERIALIZED VIEW'
                WHEN 'S' THEN 'SEQUENCE'
                ELSE 'TABLE'
            END,
            item.nspname,
            item.relname
        );
    END LOOP;
END
$$;
"""

CLIENT_TOOLS = (
    "It comes with the PostgreSQL client tools (Debian/Ubuntu: apt-get install "
    "postgresql-client), whose version must be at least the server's."
)


class SQLiteDatabase:
    vendor = "sqlite"
    label = "SQLite"
    suffix = ".sqlite3"

    def __init__(self, using: str):
        self.connection = connections[using]

    def describe(self) -> str:
        return f"the SQLite database {self.connection.settings_dict['NAME']}"

    def dump(self, path: Path) -> None:
        self.connection.ensure_connection()
        try:
            copy = sqlite3.connect(path)
            try:
                # pages=-1 (the default): one step, under one read transaction.
                self.connection.connection.backup(copy)
                # A file that stands alone, with no -wal file to travel with it.
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        except sqlite3.Error as error:
            raise BackupError(f"Could not copy the database ({error}).") from error

    def prepare(self, path: Path, work: Path) -> Path:
        """Check the file in the backup; the file `restore` then takes."""
        try:
            source = _read_only(path)
            try:
                result = source.execute("PRAGMA integrity_check").fetchall()
                source.execute("SELECT app, name FROM django_migrations").fetchall()
            finally:
                source.close()
        except sqlite3.Error as error:
            raise BackupError(
                f"The database in the backup is unusable ({error})."
            ) from error
        if result != [("ok",)]:
            problems = "; ".join(row[0] for row in result[:3])
            raise BackupError(f"The database in the backup is damaged: {problems}.")
        return path

    def restore(self, prepared: Path) -> None:
        self.connection.ensure_connection()
        if self.connection.in_atomic_block:
            raise BackupError("A restore cannot run inside a transaction.")
        try:
            source = _read_only(prepared)
            try:
                source.backup(self.connection.connection)
            finally:
                source.close()
        except sqlite3.Error as error:
            raise BackupError(
                f"SQLite refused the restore ({error}); the database is unchanged."
            ) from error


class PostgreSQLDatabase:
    vendor = "postgresql"
    label = "PostgreSQL"
    suffix = ".pgdump"

    def __init__(self, using: str):
        self.connection = connections[using]

    def describe(self) -> str:
        settings = self.connection.settings_dict
        where = f"{settings.get('HOST') or 'localhost'}:{settings.get('PORT') or 5432}"
        return f"the PostgreSQL database {settings['NAME']} on {where}"

    def dump(self, path: Path) -> None:
        self._run("pg_dump", "--format=custom", f"--file={path}", connect=True)

    def prepare(self, path: Path, work: Path) -> Path:
        """Turn the dump into the SQL script `restore` runs. pg_restore reads
        the whole dump to write it, so a dump it cannot read is refused here,
        before the database is touched."""
        listing = self._run("pg_restore", "--list", str(path))
        # Commenting on an extension takes its owner, which the site's role may
        # not be; the comment is pg_trgm's stock text anyway.
        kept = [
            line for line in listing.splitlines() if " COMMENT - EXTENSION " not in line
        ]
        contents = work / "restore.list"
        contents.write_text("\n".join(kept) + "\n", encoding="utf-8")
        script = work / "restore.sql"
        self._run(
            "pg_restore",
            # Objects belong to whoever restores, as they did to whoever
            # migrated: the backup may come from a server with other roles.
            "--no-owner",
            "--no-acl",
            f"--use-list={contents}",
            f"--file={script}",
            str(path),
        )
        return script

    def restore(self, prepared: Path) -> None:
        try:
            self._run(
                "psql",
                "--no-psqlrc",
                "--quiet",
                "--set=ON_ERROR_STOP=1",
                # BEGIN before the first --command/--file, COMMIT after the
                # last; on an error, no COMMIT.
                "--single-transaction",
                f"--command={CLEAR_SCHEMA.format(lock_wait=LOCK_WAIT)}",
                f"--file={prepared}",
                connect=True,
            )
        except BackupError as error:
            busy = (
                "\nThe site, or another connection, kept a table in use for "
                f"{LOCK_WAIT}: stop it and try again."
                if "lock timeout" in str(error)
                else ""
            )
            raise BackupError(
                f"{error}{busy}\nThe restore ran in one transaction, which was "
                "rolled back: the database is unchanged."
            ) from error
        finally:
            # The tables this connection knew were dropped and made anew.
            self.connection.close()

    def _run(self, program: str, *args: str, connect: bool = False) -> str:
        """Run a PostgreSQL client tool; what it printed. With `connect`, it
        reaches the site's database as Django does (host, user, password, TLS)."""
        command, env = [program, *args], None
        if connect:
            command, env = DatabaseClient.settings_to_cmd_args_env(
                self.connection.settings_dict, list(args)
            )
            command[0] = program
        try:
            result = subprocess.run(
                command,
                env={**os.environ, **(env or {})},
                capture_output=True,
                text=True,
                errors="replace",
            )
        except FileNotFoundError:
            raise BackupError(f"{program} was not found. {CLIENT_TOOLS}") from None
        if result.returncode != 0:
            said = result.stderr.strip() or f"exit status {result.returncode}"
            raise BackupError(f"{program} failed: {said}")
        return result.stdout


DATABASES = {db.vendor: db for db in (SQLiteDatabase, PostgreSQLDatabase)}


def database(using: str) -> SQLiteDatabase | PostgreSQLDatabase:
    vendor = connections[using].vendor
    if vendor not in DATABASES:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return DATABASES[vendor](using)


def _read_only(path: Path) -> sqlite3.Connection:
    # mode=ro: checking a backup must never change it (or create a journal).
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
