"""The full-text index, in each database's own way (search/backends.py)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class RunSQLOn(migrations.RunSQL):
    """RunSQL for one database vendor only; the others skip it."""

    def __init__(self, vendor, *args, **kwargs):
        self.vendor = vendor
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, args, kwargs = super().deconstruct()
        return name, [self.vendor, *args], kwargs

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_backwards(app_label, schema_editor, from_state, to_state)


# Weights: A title and names, B summary, C body regions, D everything else.
VECTOR = """
    setweight(to_tsvector('english', title || ' ' || names), 'A')
    || setweight(to_tsvector('english', summary), 'B')
    || setweight(to_tsvector('english', regions), 'C')
    || setweight(to_tsvector('english', body), 'D')
"""


class Migration(migrations.Migration):
    dependencies = [("search", "0001_entries")]

    operations = [
        RunSQLOn(
            "sqlite",
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "title, names, summary, regions, body, "
            "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')",
            "DROP TABLE search_fts",
        ),
        # No-ops on other databases. Creating the extension needs a superuser or
        # a trusted extension (pg_trgm is trusted from PostgreSQL 13).
        TrigramExtension(),
        RunSQLOn(
            "postgresql",
            [
                f"ALTER TABLE search_searchentry ADD COLUMN vector tsvector "
                f"GENERATED ALWAYS AS ({VECTOR}) STORED",
                "CREATE INDEX search_entry_vector ON search_searchentry "
                "USING gin (vector)",
                "CREATE INDEX search_key_trigrams ON search_searchkey "
                "USING gin (key gin_trgm_ops)",
            ],
            [
                "DROP INDEX search_key_trigrams",
                "DROP INDEX search_entry_vector",
                "ALTER TABLE search_searchentry DROP COLUMN vector",
            ],
        ),
    ]
