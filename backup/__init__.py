"""Backups of the whole site: the database and the media files, in one archive.

`manage.py backup` (`make backup`) writes a dated archive into
BACKPAIN_BACKUP_DIR; `manage.py restore` (`make restore`) puts one back exactly:
every table as it was, every media file as it was, nothing added since.

Our own commands rather than django-dbbackup's (5.4.0): its SQLite restore
overwrites the live file in place, ignoring the WAL and the open connections,
and is not atomic; its media restore only adds files; and it writes the
database and the media as two unrelated archives. See backup/databases.py for
how each database is dumped and restored.
"""
