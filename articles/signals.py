"""Signals of the article layer, for apps built on it (search)."""

from django.dispatch import Signal

# Sent by ArticleQuerySet.publish() and .unpublish(), whose update() sends no
# post_save: sender is the article model, `pks` the rows whose state changed and
# `using` the database.
publication_changed = Signal()
